/** The refresher gathers misses into batches, one store at a time, and stores what waits when closed. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fixedClock } from '../../clock.ts';
import type { ProcedureRunner } from '../../threads/procedure-threads.ts';
import { recordingLogger } from '../../logger.ts';
import { StoredRecordRefresher } from './stored-record-refresher.ts';

type Pieces = { brandId: string; itemId: string }[];

/** A writer whose stores finish when the test says so, recording each batch and how many ran at once. */
function controlledWriter() {
  const batches: Pieces[] = [];
  const finishers: ((failure?: Error) => void)[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const writer: ProcedureRunner = {
    run: ((_procedure: string, args: { pieces: Pieces }) => {
      batches.push(args.pieces);
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      return new Promise<void>((resolve, reject) => {
        finishers.push((failure) => {
          running--;
          if (failure) reject(failure);
          else resolve();
        });
      });
    }) as ProcedureRunner['run'],
    close: async () => {},
  };
  return { writer, batches, finishers, mostAtOnce: () => mostAtOnce };
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}

it('stores a burst of 250 misses in batches of at most 100, one at a time, each piece once', async () => {
  const { writer, batches, finishers, mostAtOnce } = controlledWriter();
  const refresher = new StoredRecordRefresher({ writer, clock: fixedClock('2026-11-25T10:00:00.000Z'), logger: recordingLogger() });
  for (let index = 0; index < 250; index++) {
    refresher.refresh('brand', `itm_${index}`);
    refresher.refresh('brand', `itm_${index}`);
  }
  const closing = refresher.close();
  while (finishers.length > 0) {
    finishers.shift()!();
    await settle();
  }
  await closing;
  // Nothing left to fire after close: no store of an empty batch once the writer is gone.
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.deepEqual(batches.map((batch) => batch.length), [100, 100, 50]);
  assert.equal(new Set(batches.flat().map((piece) => piece.itemId)).size, 250);
  assert.equal(mostAtOnce(), 1);
});

it('logs a failed store and stores the piece again when it is missed again', async () => {
  const { writer, batches, finishers } = controlledWriter();
  const logger = recordingLogger();
  const refresher = new StoredRecordRefresher({ writer, clock: fixedClock('2026-11-25T10:00:00.000Z'), logger });
  refresher.refresh('brand', 'itm_1');
  const closing = refresher.close();
  finishers.shift()!(new Error('database is locked'));
  await closing;
  assert.deepEqual(logger.entries.map((entry) => entry.event), ['public_records_store_failed']);

  refresher.refresh('brand', 'itm_1');
  const closingAgain = refresher.close();
  finishers.shift()!();
  await closingAgain;
  assert.deepEqual(batches.map((batch) => batch.map((piece) => piece.itemId)), [['itm_1'], ['itm_1']]);
});
