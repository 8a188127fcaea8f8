/**
 * Large deletes as a series of short ones: each batch is its own statement (its own transaction),
 * and the event loop gets a turn between batches, so requests writing the same table are served in
 * between instead of waiting behind one long delete.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

export interface BatchedDeleteOptions {
  batchRows: number;
  /** Aborting stops after the batch under way (shutdown); what was not reached is left for next time. */
  signal?: AbortSignal | undefined;
}

/**
 * Calls `deleteBatch` (which deletes at most `batchRows` rows and returns how many it deleted) until
 * a batch comes back short. Returns the number of rows deleted.
 */
export async function deleteInBatches(deleteBatch: (batchRows: number) => Promise<bigint>, options: BatchedDeleteOptions): Promise<number> {
  let deleted = 0;
  while (!options.signal?.aborted) {
    const batch = Number(await deleteBatch(options.batchRows));
    deleted += batch;
    if (batch < options.batchRows) break;
    await nextTurn();
  }
  return deleted;
}
