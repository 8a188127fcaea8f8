/**
 * On a SQLite file the public lookup's read, its audit rows and the rate-limit counts go through
 * threads with their own connections (threads/procedure-threads.ts). The in-memory test databases
 * cannot take a second connection, so this suite serves a file, and checks what a user would
 * notice if the threads got it wrong: the record, the 404, staff seeing a lookup at once, and
 * nothing lost on shutdown.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { ProvenanceLookupList, ProvenanceRecord } from '@atelier/client/contract';
import { createApiKey } from '../../api-keys.ts';
import { createServer, type App } from '../../app.ts';
import { fixedClock } from '../../clock.ts';
import { migrateToLatest, openDatabase, type Db } from '../../db/database.ts';
import { recordingLogger } from '../../logger.ts';
import { RecordingMailer } from '../../mail/recording-mailer.ts';
import { insertBrand, insertItems, insertModels } from '../../seed/building-blocks.ts';
import { demoBrand, demoModels } from '../../seed/demo-catalogue.ts';
import { loadProvenanceRecord } from './record.ts';

const clock = fixedClock('2026-11-25T10:00:00.000Z');

describe('provenance lookups served from a SQLite file', () => {
  let dataDir: string;
  let db: Db;
  let app: App;
  let logger: ReturnType<typeof recordingLogger>;
  let keys: { publishable: string; secret: string };
  let serial: string;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'atelier-lookup-threads-'));
    db = openDatabase({ dataDir });
    await migrateToLatest(db);
    const now = clock.now();
    await insertBrand(db, demoBrand, now);
    const models = await insertModels(db, demoBrand.id, demoModels.slice(0, 1));
    const [item] = await insertItems(db, { brandId: demoBrand.id, models, count: 1, serialPrefix: 'TH-', firstSerialNumber: 1, firstManufacturedOn: '2025-01-06', daysBetweenPieces: 1, now });
    serial = item!.serial;
    keys = {
      publishable: (await createApiKey(db, { brandId: demoBrand.id, kind: 'publishable', now })).key,
      secret: (await createApiKey(db, { brandId: demoBrand.id, kind: 'secret', now })).key,
    };
    logger = recordingLogger();
    app = createServer({ db, mailer: new RecordingMailer(), clock, publicUrl: 'https://brand.example', publicOrigin: 'https://api.brand.example', options: { logger } });
  });
  afterEach(async () => {
    await app.drain();
    await db.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const get = (path: string, key: 'publishable' | 'secret') => app.request(path, { headers: { Authorization: `Bearer ${keys[key]}` } });

  it('answers the same record as a read on the serving connection, and 404 for an unknown serial', async () => {
    const answer = await get(`/v1/provenance/${serial.toLowerCase()}`, 'publishable');
    assert.equal(answer.status, 200);
    assert.deepEqual((await answer.json()) as ProvenanceRecord, await loadProvenanceRecord(db, demoBrand.id, serial));
    const unknown = await get('/v1/provenance/TH-404', 'publishable');
    assert.equal(unknown.status, 404);
    assert.equal(((await unknown.json()) as { code: string }).code, 'unknown_serial');
    assert.deepEqual(logger.entries.filter((entry) => entry.level === 'error'), []);
  });

  it('shows a lookup to staff right after it was made', async () => {
    assert.equal((await get(`/v1/provenance/${serial}`, 'publishable')).status, 200);
    const audit = (await (await get(`/v1/items/${serial}/lookups`, 'secret')).json()) as ProvenanceLookupList;
    assert.deepEqual(audit.lookups.map((lookup) => lookup.outcome), ['answered']);
  });

  it('has written every lookup and count to the file once drained', async () => {
    for (let lookup = 0; lookup < 3; lookup++) assert.equal((await get(`/v1/provenance/${serial}`, 'publishable')).status, 200);
    await app.drain();
    await db.destroy();
    db = openDatabase({ dataDir });
    const rows = await db.selectFrom('provenance_lookups').select('outcome').execute();
    assert.equal(rows.length, 3);
    const perKey = await db.selectFrom('rate_limit_counters').select('count').where('key', 'like', 'lookup:provenance-key:%').executeTakeFirst();
    assert.equal(Number(perKey?.count), 3);
  });
});
