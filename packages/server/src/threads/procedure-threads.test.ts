/**
 * On a SQLite file, rate-limit counts and lookup audit rows are written by a thread with its own
 * connection. What the rest of the server relies on must still hold there: a write is readable
 * from the serving connection once it resolves, closing writes what was queued, and a failed
 * write is reported to its caller (which keeps its rows for the next try).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { fixedClock } from '../clock.ts';
import { LookupAuditLog, type LookupRecord } from '../features/provenance/lookup-audit.ts';
import type { LookupAuditRow } from '../features/provenance/lookup-audit-rows.ts';
import { recordingLogger, silentLogger } from '../logger.ts';
import { startProcedureThread, type ProcedureRunner } from './procedure-threads.ts';
import { migrateToLatest, openDatabase, type Db } from '../db/database.ts';
import { SharedCounters } from '../db/shared-counters.ts';

const clock = fixedClock('2026-11-25T10:00:00.000Z');
const windowMs = 60_000;
/** Long enough that no timer fires during a test: each test flushes or syncs by hand. */
const manualIntervalMs = 60 * 60 * 1000;

function lookup(serial: string): LookupRecord {
  return {
    brandId: 'brand_a',
    serial,
    item: { id: 'itm_1', status: 'stolen' },
    channel: 'api',
    outcome: 'answered',
    apiKeyId: 'key_1',
    clientAddressHash: 'f'.repeat(64),
    at: clock.now(),
  };
}

function auditLog(writer: ProcedureRunner): LookupAuditLog {
  return new LookupAuditLog({ writer, logger: silentLogger, flushIntervalMs: manualIntervalMs, rowsPerInsert: 2, maxBufferedRows: 100 });
}

/** Sorted: the lookups of one test share the fixed clock's instant, so their ids have no order. */
async function lookedUpSerials(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('provenance_lookups').select('serial').execute();
  return rows.map((row) => row.serial).toSorted();
}

describe('background writes on a SQLite file', () => {
  let dataDir: string;
  let db: Db;
  let writer: ProcedureRunner;
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'atelier-background-writes-'));
    db = openDatabase({ dataDir });
    await migrateToLatest(db);
    writer = startProcedureThread(db, { name: 'writer', logger: silentLogger, writes: true });
  });
  afterEach(async () => {
    await writer.close();
    await db.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('makes audit rows readable from the serving connection as soon as a flush resolves', async () => {
    const audit = auditLog(writer);
    for (const serial of ['bn-1', 'BN-2', 'BN-3']) audit.record(lookup(serial));
    await audit.flush();
    assert.deepEqual(await lookedUpSerials(db), ['BN-1', 'BN-2', 'BN-3']);
    const [row] = await db.selectFrom('provenance_lookups').selectAll().execute();
    assert.equal(row?.piece_was_stolen, 1);
  });

  it('answers every call made while earlier batches are still running, in the order they were made', async () => {
    // Calls over several turns of the event loop, none awaited: the first batches are out while
    // later calls wait in the outbox, so each must still be sent, run once and answered in turn.
    const answers: Promise<number[]>[] = [];
    for (let turn = 0; turn < 10; turn++) {
      for (let call = 0; call < 5; call++) answers.push(writer.run('addToCounters', [{ key: 'ordered', windowStart: 0, count: 1 }]));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const counts = (await Promise.all(answers)).map(([count]) => count);
    assert.deepEqual(counts, Array.from({ length: 50 }, (_, index) => index + 1));
  });

  it('writes queued audit rows and pending counts when closed, before the database is', async () => {
    const audit = auditLog(writer);
    const counters = new SharedCounters({ writer, clock, logger: silentLogger, syncIntervalMs: manualIntervalMs });
    audit.record(lookup('BN-7'));
    for (let request = 0; request < 4; request++) await counters.increment('rate:key:k1:publishable', windowMs, clock.now());
    await Promise.all([audit.close(), counters.close()]);
    await writer.close();
    await db.destroy();

    db = openDatabase({ dataDir });
    assert.deepEqual(await lookedUpSerials(db), ['BN-7']);
    const counter = await db.selectFrom('rate_limit_counters').select('count').where('key', '=', 'rate:key:k1:publishable').executeTakeFirst();
    assert.equal(Number(counter?.count), 4);
  });

  it('shares counts with another instance, its own connection and writer, on the same file', async () => {
    const first = new SharedCounters({ writer, clock, logger: silentLogger, syncIntervalMs: manualIntervalMs });
    const otherDb = openDatabase({ dataDir });
    const otherWriter = startProcedureThread(otherDb, { name: 'writer', logger: silentLogger, writes: true });
    const second = new SharedCounters({ writer: otherWriter, clock, logger: silentLogger, syncIntervalMs: manualIntervalMs });
    try {
      for (let request = 0; request < 3; request++) await first.increment('lookup:provenance-key:key:k1', windowMs, clock.now());
      await first.sync();
      assert.equal((await second.increment('lookup:provenance-key:key:k1', windowMs, clock.now())).count, 4);
    } finally {
      await Promise.all([first.close(), second.close()]);
      await otherWriter.close();
      await otherDb.destroy();
    }
  });

  it('rejects a write the database refuses, with its reason, and keeps serving later writes', async () => {
    const row: LookupAuditRow = ['lkp_same', 'brand_a', 'BN-1', null, clock.now().toISOString(), 'api', 'answered', null, 'a'.repeat(64), 0];
    await assert.rejects(writer.run('insertLookupRows', { rows: [row, row], rowsPerInsert: 1 }), /UNIQUE constraint failed/);
    assert.deepEqual(await lookedUpSerials(db), [], 'the failed batch was rolled back as a whole');
    assert.deepEqual(await writer.run('addToCounters', [{ key: 'k', windowStart: 0, count: 2 }]), [2]);
  });

  it('keeps audit rows whose write failed and logs it, then writes them on the next flush', async () => {
    const logger = recordingLogger();
    const audit = new LookupAuditLog({ writer, logger, flushIntervalMs: manualIntervalMs, rowsPerInsert: 10, maxBufferedRows: 100 });
    await db.schema.alterTable('provenance_lookups').renameTo('provenance_lookups_away').execute();
    audit.record(lookup('BN-9'));
    await audit.flush();
    assert.equal(logger.entries.find((entry) => entry.event === 'lookup_audit_write_failed')?.fields['rows'], 1);
    await db.schema.alterTable('provenance_lookups_away').renameTo('provenance_lookups').execute();
    await audit.close();
    assert.deepEqual(await lookedUpSerials(db), ['BN-9']);
  });
});
