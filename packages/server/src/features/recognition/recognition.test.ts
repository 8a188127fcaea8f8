/**
 * "Recognise, don't reveal", on both databases: a retailer looking up another retailer's client
 * learns nothing that names them (every field of the answer walked), unless the owner shared their
 * profile with that very retailer (a revoked share, or one with another retailer, does not count);
 * every lookup is in the audit log, unknown serials included; tier and next care due equal a hand
 * computation on seeded histories.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { PieceRecognition } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { registerSale } from '../sales/testing.ts';
import { insertOwner, insertProfileShare, insertRegistration, insertService, type SeededOwner } from './testing.ts';

/** Every string and number in `value`, however deep. */
function leaves(value: unknown): (string | number | boolean)[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [value as string | number | boolean];
}

function assertNothingNames(card: unknown, owner: SeededOwner): void {
  const secrets = [owner.name, owner.email, owner.postalAddress!, ...owner.name.split(' '), owner.email.split('@')[0]!].map((secret) => secret.toLowerCase());
  for (const leaf of leaves(card)) {
    const text = String(leaf).toLowerCase();
    for (const secret of secrets) assert.ok(!text.includes(secret), `the answer holds "${leaf}", which gives away ${secret}`);
  }
}

describeEachDatabase('recognising a piece without revealing its owner', (database) => {
  let server: TestServer;
  let paris: string;
  let geneva: string;
  let tokyo: string;
  let owner: SeededOwner;
  let serial: string;

  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 10 });
    [paris, geneva, tokyo] = [server.retailers[0]!.id, server.retailers[1]!.id, server.retailers[2]!.id];
    owner = await insertOwner(server.db, server.brand.id, { name: 'Héloïse Vantardier', email: 'heloise.vantardier@example.com', postalAddress: '12 rue des Orfèvres, 75001 Paris' });
    const item = server.items[0]!;
    serial = item.serial;
    // Bought at Paris (the first retailer, of the fixture's retailer key) in 2019, serviced in 2024.
    await insertRegistration(server.db, server.brand.id, { itemId: item.id, ownerId: owner.id, retailerId: paris, purchaseDate: '2019-05-02', coverageEnd: '2027-05-02' });
    await insertService(server.db, server.brand.id, item.id, '2024-01-10', server.clock.now());
  });
  afterEach(() => server.close());

  async function lookUp(piece: string, as: { key?: 'secret' | 'retailer' | 'otherRetailer'; session?: string }): Promise<PieceRecognition> {
    const response = await server.request(`/v1/recognition/${piece}`, as);
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as PieceRecognition;
  }

  it("shows a second retailer that the piece is registered, covered, its client's year and tier, and nothing that names them", async () => {
    const card = await lookUp(serial, { key: 'otherRetailer' });
    assert.equal(card.registered, true);
    assert.equal(card.reportedMissing, false);
    assert.deepEqual(card.warranty, { status: 'active', validUntil: '2027-05-02' });
    assert.deepEqual(card.client, { clientSince: 2019, tier: 'regular', contact: null });
    assert.deepEqual(card.retailerOfRecord, { id: paris, name: server.retailers[0]!.name, country: server.retailers[0]!.country, city: server.retailers[0]!.city });
    assertNothingNames(card, owner);
    const manager = await server.signIn({ role: 'manager', retailerId: geneva });
    const byStaff = await lookUp(serial.toLowerCase(), { session: manager.session });
    assert.deepEqual(byStaff, card, "a retailer's staff see what its key sees");
  });

  it('shows the contact only to the retailer the owner shared their profile with, and not once revoked', async () => {
    await insertProfileShare(server.db, server.brand.id, { ownerId: owner.id, retailerId: tokyo, sharedAt: '2026-10-01T09:00:00.000Z' });
    assert.equal((await lookUp(serial, { key: 'otherRetailer' })).client?.contact, null, 'a share with another retailer does not count');
    assertNothingNames(await lookUp(serial, { key: 'secret' }), owner);

    await insertProfileShare(server.db, server.brand.id, { ownerId: owner.id, retailerId: geneva, sharedAt: '2026-11-01T09:00:00.000Z' });
    const shared = await lookUp(serial, { key: 'otherRetailer' });
    assert.deepEqual(shared.client?.contact, {
      name: owner.name,
      email: owner.email,
      country: 'FR',
      language: 'fr',
      postalAddress: owner.postalAddress,
      sharedAt: '2026-11-01T09:00:00.000Z',
    });
    assertNothingNames(await lookUp(serial, { key: 'secret' }), owner);

    await server.db.updateTable('profile_shares').set({ revoked_at: '2026-11-20T09:00:00.000Z' }).where('retailer_id', '=', geneva).execute();
    const revoked = await lookUp(serial, { key: 'otherRetailer' });
    assert.equal(revoked.client?.contact, null);
    assertNothingNames(revoked, owner);
  });

  it('records every lookup in the audit log, an unknown serial too, and answers it 404 unknown_serial', async () => {
    await lookUp(serial, { key: 'otherRetailer' });
    const unknown = await server.request('/v1/recognition/NO-SUCH-PIECE', { key: 'otherRetailer' });
    assert.equal(unknown.status, 404);
    assert.equal(((await unknown.json()) as { code: string }).code, 'unknown_serial');
    const rows = await server.db.selectFrom('audit_log').selectAll().where('operation', '=', 'recognisePiece').orderBy('target_id').execute();
    assert.deepEqual(
      rows.map((row) => [row.actor_kind, row.retailer_id, row.target_kind, row.target_id, row.outcome]),
      [
        ['key', geneva, 'item', serial, 'ok'],
        ['key', geneva, 'item', 'NO-SUCH-PIECE', 'unknown_serial'],
      ].sort((a, b) => a[3]!.localeCompare(b[3]!)),
    );
  });

  it('says a stolen piece is reported missing, and a sale awaiting confirmation is not yet registered', async () => {
    const stolen = await lookUp(server.unavailableItems.stolen.serial, { key: 'retailer' });
    assert.deepEqual([stolen.status, stolen.reportedMissing, stolen.registered, stolen.client, stolen.warranty], ['stolen', true, false, null, null]);

    const pending = server.items[1]!.serial;
    await registerSale(server, { serial: pending, retailerId: paris, purchaseDate: '2026-11-24', buyer: { name: 'Jeanne Martin', email: 'jeanne.martin@example.com', country: 'FR', language: 'fr' } });
    const card = await lookUp(pending, { key: 'otherRetailer' });
    assert.deepEqual([card.registered, card.client, card.warranty?.status], [false, null, 'pending_confirmation']);
    assert.deepEqual(card.nextCareDue, { date: '2029-11-24', after: 'purchase', overdue: false });
    // A care rule of its collection (every fixture model is a Méridienne) services it every 48 months: 24 Nov 2026 + 48 months.
    assert.equal((await server.request('/v1/care-rules/collection/Méridienne', { key: 'secret', method: 'PUT', body: { serviceIntervalMonths: 48 } })).status, 200);
    assert.deepEqual((await lookUp(pending, { key: 'otherRetailer' })).nextCareDue, { date: '2030-11-24', after: 'purchase', overdue: false });

    const inStock = await lookUp(server.items[2]!.serial, { key: 'otherRetailer' });
    assert.deepEqual([inStock.registered, inStock.warranty, inStock.nextCareDue, inStock.retailerOfRecord], [false, null, null, null]);
  });

  it('computes each tier and the next care due as a hand computation does (today 2026-11-25, care every 36 months)', async () => {
    const brand = server.brand.id;
    const now = server.clock.now();
    const [, vipSecond, fresh, atRisk, lapsed, regular] = server.items;
    const register = (ownerId: string, itemId: string, purchaseDate: string) => insertRegistration(server.db, brand, { itemId, ownerId, retailerId: paris, purchaseDate, coverageEnd: '2030-01-01' });

    // VIP: the beforeEach owner's piece (2019, serviced 2024-01-10) and a second, bought 2023-03-10 and serviced 2025-06-01: 2 purchases + 2 services = 4.
    await register(owner.id, vipSecond!.id, '2023-03-10');
    await insertService(server.db, brand, vipSecond!.id, '2025-06-01', now);
    // New: one piece bought 2026-01-15, under 24 months ago.
    const newClient = await insertOwner(server.db, brand, { name: 'N', email: 'n@example.com' });
    await register(newClient.id, fresh!.id, '2026-01-15');
    // At risk: one piece bought 2022-06-01, nothing since: 41 months (≥ 36, < 60).
    const atRiskClient = await insertOwner(server.db, brand, { name: 'R', email: 'r@example.com' });
    await register(atRiskClient.id, atRisk!.id, '2022-06-01');
    // Lapsed: bought 2020-01-01, serviced 2021-11-25 — exactly 60 months ago.
    const lapsedClient = await insertOwner(server.db, brand, { name: 'L', email: 'l@example.com' });
    await register(lapsedClient.id, lapsed!.id, '2020-01-01');
    await insertService(server.db, brand, lapsed!.id, '2021-11-25', now);
    // Regular: bought 2024-02-01 (over 24 months ago), a gift to someone else bought 2025-12-20: 2 purchases, last 11 months ago.
    const regularClient = await insertOwner(server.db, brand, { name: 'G', email: 'g@example.com' });
    const recipient = await insertOwner(server.db, brand, { name: 'P', email: 'p@example.com' });
    await register(regularClient.id, regular!.id, '2024-02-01');
    await insertRegistration(server.db, brand, { itemId: server.items[6]!.id, ownerId: recipient.id, buyerId: regularClient.id, retailerId: geneva, purchaseDate: '2025-12-20', coverageEnd: '2027-12-20' });

    const expectations: [string, number, string, PieceRecognition['nextCareDue']][] = [
      [serial, 2019, 'vip', { date: '2027-01-10', after: 'last_service', overdue: false }],
      [vipSecond!.serial, 2019, 'vip', { date: '2028-06-01', after: 'last_service', overdue: false }],
      [fresh!.serial, 2026, 'new', { date: '2029-01-15', after: 'purchase', overdue: false }],
      [atRisk!.serial, 2022, 'at_risk', { date: '2025-06-01', after: 'purchase', overdue: true }],
      [lapsed!.serial, 2020, 'lapsed', { date: '2024-11-25', after: 'last_service', overdue: true }],
      [regular!.serial, 2024, 'regular', { date: '2027-02-01', after: 'purchase', overdue: false }],
      [server.items[6]!.serial, 2025, 'new', { date: '2028-12-20', after: 'purchase', overdue: false }],
    ];
    for (const [piece, since, tier, care] of expectations) {
      const card = await lookUp(piece, { key: 'otherRetailer' });
      assert.deepEqual([card.client?.clientSince, card.client?.tier, card.nextCareDue], [since, tier, care], piece);
    }
  });
});
