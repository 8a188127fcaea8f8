/**
 * Stored public records on both databases: a lookup answers from the store once the record is
 * there, and after any change to what a record is built from — an event appended or altered, the
 * piece's status or GTIN, its model's or a retailer's name, the brand's signing key, the record
 * format — the next lookup answers exactly the record built from the events, never the old copy.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import type { ProvenanceRecord } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { registerSale } from '../sales/testing.ts';
import { lockPieceForProvenance } from './events.ts';
import { loadProvenanceRecord } from './record.ts';
import { createBrandSigningKey } from './signing-keys.ts';
import { publicRecordFormat } from './stored-record.ts';

/** How long a test waits for a lookup's record to be stored (the store runs after the answer). */
const storeWaitLimitMs = 5_000;
const storePollIntervalMs = 10;
/** These tests look the same piece up many times. */
const unlimited = { requestsPerWindow: 1_000_000, windowSeconds: 60 };

describeEachDatabase('stored public records', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({
      database,
      serverOptions: {
        provenanceLookupLimits: {
          perKey: { name: 'provenance-key', ...unlimited },
          perAddress: { name: 'provenance-address', ...unlimited },
          digitalLinkPerAddress: { name: 'digital-link-address', ...unlimited },
        },
      },
    });
  });
  afterEach(() => server.close());

  async function lookUp(serial: string): Promise<ProvenanceRecord> {
    const response = await server.fromWidget(`/v1/provenance/${serial}`);
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as ProvenanceRecord;
  }

  function storedRow(serial: string) {
    return server.db.selectFrom('provenance_public_records').selectAll().where('brand_id', '=', server.brand.id).where('serial', '=', serial).executeTakeFirst();
  }

  /** The stored row once it holds `expected` (the record built from the events) in the current format. */
  async function storedAs(serial: string, expected: ProvenanceRecord) {
    for (let waited = 0; waited < storeWaitLimitMs; waited += storePollIntervalMs) {
      const row = await storedRow(serial);
      if (row?.format === publicRecordFormat && isDeepStrictEqual(JSON.parse(row.record_json), expected)) return row;
      await delay(storePollIntervalMs);
    }
    assert.fail(`the record of ${serial} was not stored as built from the events`);
  }

  async function storedAfterLookup(serial: string, expected: ProvenanceRecord) {
    await lookUp(serial);
    return storedAs(serial, expected);
  }

  /** What a lookup answers equals the record built from the events now, once stored and again from the store. */
  async function assertLookupMatchesEvents(serial: string): Promise<void> {
    const fromEvents = await loadProvenanceRecord(server.db, server.brand.id, serial);
    assert.deepEqual(await lookUp(serial), fromEvents, 'first lookup after the change');
    await storedAfterLookup(serial, fromEvents);
    assert.deepEqual(await lookUp(serial), fromEvents, 'lookup from the store');
  }

  function staff(path: string, body: unknown): Promise<Response> {
    return server.request(path, { key: 'secret', body });
  }

  it('answers from the store once a lookup has stored the record', async () => {
    const serial = server.items[0]!.serial;
    assert.equal(await storedRow(serial), undefined, 'nothing stored before the first lookup');
    const row = await storedAfterLookup(serial, await loadProvenanceRecord(server.db, server.brand.id, serial));

    // Proof that the next answer comes from the stored copy, not from the events: change the copy
    // behind the triggers' back (nothing in the server ever does) and the lookup shows it.
    const marked = { ...(JSON.parse(row.record_json) as ProvenanceRecord), ownerCount: 41 };
    await server.db.updateTable('provenance_public_records').set({ record_json: JSON.stringify(marked) }).where('item_id', '=', row.item_id).execute();
    assert.equal((await lookUp(serial)).ownerCount, 41);
  });

  it('stores the record of every piece of a burst of first lookups', async () => {
    await Promise.all(server.items.map((item) => lookUp(item.serial)));
    for (const item of server.items) await storedAs(item.serial, await loadProvenanceRecord(server.db, server.brand.id, item.serial));
  });

  it('answers the record built from the events after every kind of change, never the stored copy', async () => {
    const item = server.items[0]!;
    const modelId = (await server.db.selectFrom('items').select('model_id').where('id', '=', item.id).executeTakeFirstOrThrow()).model_id;
    // Each change, and whether it changes what the public sees (a record in an older format does not).
    const changes: [string, () => Promise<unknown>, boolean?][] = [
      ['a retailer’s sale', () => registerSale(server, { serial: item.serial, retailerId: server.retailers[0]!.id, purchaseDate: '2026-11-20', buyer: { name: 'Ines Duarte', email: 'ines@example.org', country: 'PT', language: 'en' } })],
      ['a service', () => staff(`/v1/items/${item.serial}/services`, { serviceType: 'full_service', serviceCentreId: 'svc_paris' })],
      ['a modification', () => staff(`/v1/items/${item.serial}/modifications`, { what: 'Bracelet shortened', retailerId: server.retailers[1]!.id })],
      ['a theft report', () => staff(`/v1/items/${item.serial}/theft-reports`, { country: 'FR', city: 'Lyon' })],
      ['a recovery', () => staff(`/v1/items/${item.serial}/recoveries`, { country: 'FR', city: 'Lyon' })],
      ['the model renamed', () => server.db.updateTable('models').set({ name: 'Renamed model' }).where('id', '=', modelId).execute()],
      ['the first sale’s retailer renamed', () => server.db.updateTable('retailers').set({ name: 'Renamed retailer' }).where('id', '=', server.retailers[0]!.id).execute()],
      ['the piece’s GTIN corrected', () => server.db.updateTable('items').set({ gtin: '09506000134376' }).where('id', '=', item.id).execute()],
      ['the piece lost, outside any event', () => server.db.updateTable('items').set({ status: 'lost' }).where('id', '=', item.id).execute()],
      ['the brand’s signing key rotated', () => createBrandSigningKey(server.db, server.brand.id, server.clock.now())],
      ['a record stored by another version of the server', () => server.db.updateTable('provenance_public_records').set({ format: 'older-format.1' }).execute(), false],
      // Taking the piece's turn first, as every writer of events does: a store of the record still
      // running from an earlier lookup otherwise reads the events before this edit commits and writes
      // its record after the trigger has run (PostgreSQL; no server path edits events unlocked).
      [
        'an event altered in the database',
        () =>
          server.db.transaction().execute(async (tx) => {
            await lockPieceForProvenance(tx, item.id);
            await tx.updateTable('provenance_events').set({ city: 'Altered' }).where('item_id', '=', item.id).where('type', '=', 'serviced').execute();
          }),
      ],
    ];
    await assertLookupMatchesEvents(item.serial);
    for (const [change, make, changesRecord = true] of changes) {
      const before = await lookUp(item.serial);
      const made = await make();
      if (made instanceof Response) assert.ok(made.ok, `${change}: ${made.status} ${await made.text()}`);
      await assertLookupMatchesEvents(item.serial);
      if (changesRecord) assert.notDeepEqual(await lookUp(item.serial), before, `${change} shows in the record`);
    }
  });
});
