/**
 * Migration 0010 on both databases: an `ownership_transferred` event stored with the new owner's
 * country (as appended before issue 11) loses it, the piece's chain is hashed again from there and
 * still verifies against the brand's key, its stored public record is gone, and other pieces are untouched.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { verifyProvenanceRecord } from '@atelier/client';
import type { Kysely } from 'kysely';
import type { BrandConfig, ProvenanceRecord } from '@atelier/client/contract';
import { appendProvenanceEvent, type ProvenanceEventInput } from '../../features/provenance/events.ts';
import { storePublicRecords } from '../../features/provenance/stored-record.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { up } from './0010-owner-places-removed.ts';

describeEachDatabase('migration 0010-owner-places-removed', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
  });
  afterEach(() => server.close());

  async function append(itemId: string, type: ProvenanceEventInput['type'], place: ProvenanceEventInput['place'], details: ProvenanceEventInput['details'] = {}): Promise<void> {
    await appendProvenanceEvent(server.db, { brandId: server.brand.id, itemId, type, occurredAt: server.clock.now().toISOString(), place, details }, server.clock.now());
  }

  async function record(serial: string, from: string): Promise<ProvenanceRecord> {
    const response = await server.request(`/v1/provenance/${serial}`, { key: 'publishable', headers: { Origin: server.keys.origin, 'X-Forwarded-For': from } });
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as ProvenanceRecord;
  }

  async function hashes(itemId: string): Promise<string[]> {
    const rows = await server.db.selectFrom('provenance_events').select('hash').where('item_id', '=', itemId).orderBy('sequence').execute();
    return rows.map((row) => row.hash);
  }

  it('erases the owner’s place from transfer events, chains the piece again and drops its stored record', async () => {
    const [transferred, untouched] = [server.items[0]!, server.items[1]!];
    const nowhere = { retailerId: null, country: null, city: null };
    await append(transferred.id, 'warranty_activated', nowhere);
    await append(transferred.id, 'ownership_transferred', { retailerId: null, country: 'JP', city: 'Sapporo' });
    await append(transferred.id, 'serviced', { retailerId: null, country: 'FR', city: 'Paris' }, { serviceType: 'full_service' });
    await append(untouched.id, 'ownership_transferred', nowhere);
    await storePublicRecords(server.db, { pieces: [transferred, untouched].map((item) => ({ brandId: server.brand.id, itemId: item.id })), at: server.clock.now().toISOString() });
    const [hashesBefore, untouchedBefore] = [await hashes(transferred.id), await hashes(untouched.id)];

    await up(server.db as unknown as Kysely<unknown>);

    const stored = await server.db.selectFrom('provenance_public_records').select('item_id').execute();
    assert.deepEqual(stored.map((row) => row.item_id), [untouched.id], 'the rewritten piece’s stored record is gone');
    const hashesAfter = await hashes(transferred.id);
    assert.deepEqual(hashesAfter.slice(0, 2), hashesBefore.slice(0, 2), 'events before the transfer keep their hashes');
    assert.ok(hashesAfter.slice(2).every((hash, index) => hash !== hashesBefore[index + 2]), 'the transfer and every later event are hashed again');
    assert.deepEqual(await hashes(untouched.id), untouchedBefore);

    const public_ = await record(transferred.serial, '192.0.2.90');
    const transfer = public_.events.find((event) => event.type === 'ownership_transferred');
    assert.ok(transfer);
    assert.equal(transfer.country, undefined);
    assert.equal(transfer.city, undefined);
    assert.ok(!JSON.stringify(public_).includes('Sapporo'));
    assert.equal(public_.events.at(-1)?.city, 'Paris', 'a service centre’s place stays');
    const brand = (await (await server.request('/v1/brand', { key: 'publishable' })).json()) as BrandConfig;
    assert.ok(brand.signingKey);
    assert.deepEqual(await verifyProvenanceRecord(public_, brand.signingKey), { verified: true });

    await up(server.db as unknown as Kysely<unknown>);
    assert.deepEqual(await hashes(transferred.id), hashesAfter, 'running it again changes nothing');
  });
});
