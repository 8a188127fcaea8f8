/**
 * Issue 16, the owner's space: every piece the owner holds with its warranty end, next care due
 * (equal to a hand calculation) and retailer of record; one piece's story in one timeline; and
 * nothing of anyone else's pieces — another owner's piece answers as one that does not exist.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { OwnedPieceDetail, OwnedPieceList } from '@atelier/client/contract';
import { decideEstimate } from '../repairs/lifecycle.ts';
import { bookRepair } from '../repairs/booking.ts';
import { booking, staffMove } from '../repairs/testing.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { asOwner, giveOwnerPiece, signInOwner } from './testing.ts';

const ownerEmail = 'ada@example.com';
const estimate = { currency: 'EUR', lineItems: [{ description: 'Full service', amountMinorUnits: 48_000 }], validUntil: '2026-12-31' };

describeEachDatabase("the owner's pieces", (database) => {
  let server: TestServer;
  let cookie: string;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 4 });
    await server.db.updateTable('retailers').set({ contact_email: 'vendome@aubert.example', contact_phone: '+33 1 40 00 00 00' }).where('id', '=', server.retailers[0]!.id).execute();
  });
  afterEach(() => server.close());

  async function pieces(): Promise<OwnedPieceList['pieces']> {
    const response = await asOwner(server, cookie, '/v1/owner/pieces');
    assert.equal(response.status, 200, await response.clone().text());
    return ((await response.json()) as OwnedPieceList).pieces;
  }

  it('lists every piece the owner holds, with warranty end, next care due by hand and the retailer of record with its contact', async () => {
    const [first, second, someoneElses] = server.items;
    await giveOwnerPiece(server, { email: ownerEmail, item: first!, purchaseDate: '2023-01-31', coverageEnd: '2025-01-31' });
    await giveOwnerPiece(server, { email: ownerEmail, item: second!, purchaseDate: '2025-06-01', coverageEnd: '2027-06-01', retailerId: null });
    await giveOwnerPiece(server, { email: 'someone@example.com', item: someoneElses! });
    cookie = await signInOwner(server, ownerEmail);

    const listed = await pieces();
    assert.deepEqual(
      listed.map((piece) => [piece.serial, piece.warranty, piece.nextCareDue]),
      [
        // Serviced never; the fixture brand services every 36 months: 31 Jan 2023 + 36 months, already past on 25 Nov 2026.
        [first!.serial, { status: 'expired', coverageEnd: '2025-01-31' }, { date: '2026-01-31', after: 'purchase', overdue: true }],
        [second!.serial, { status: 'active', coverageEnd: '2027-06-01' }, { date: '2028-06-01', after: 'purchase', overdue: false }],
      ],
    );
    const retailer = server.retailers[0]!;
    assert.deepEqual(listed[0]!.retailerOfRecord, {
      id: retailer.id,
      name: retailer.name,
      country: retailer.country,
      city: retailer.city,
      contact: { email: 'vendome@aubert.example', phone: '+33 1 40 00 00 00' },
    });
    assert.equal(listed[1]!.retailerOfRecord, null);
  });

  it("shows each kind of care's next due date under the brand's care rules, and what lapses when, by hand", async () => {
    const [covered, expired] = server.items;
    const modelId = (await server.db.selectFrom('items').select('model_id').where('id', '=', covered!.id).executeTakeFirstOrThrow()).model_id;
    await server.db.updateTable('models').set({ category: 'diver' }).where('id', '=', modelId).execute();
    await server.db.updateTable('items').set({ model_id: modelId }).where('id', '=', expired!.id).execute();
    const put = (path: string, body: unknown) => server.request(`/v1/care-rules/${path}`, { key: 'secret', method: 'PUT', body });
    assert.equal((await put('category/diver', { serviceIntervalMonths: 60, cleaningIntervalMonths: 18 })).status, 200);
    const condition = { careKind: 'water_resistance_check', text: 'A water-resistance check every 2 years keeps the warranty.' };
    assert.equal((await put('collection/Méridienne', { waterResistanceCheckIntervalMonths: 24, warrantyCondition: condition })).status, 200);
    await giveOwnerPiece(server, { email: ownerEmail, item: covered!, purchaseDate: '2025-08-31', coverageEnd: '2027-08-31' });
    await giveOwnerPiece(server, { email: ownerEmail, item: expired!, purchaseDate: '2022-03-15', coverageEnd: '2024-03-15' });
    cookie = await signInOwner(server, ownerEmail);

    const [first, second] = await pieces();
    // Bought 15 Mar 2022, never serviced; the warranty ended 15 Mar 2024, so nothing is left to lapse.
    assert.deepEqual(first!.careDue, [
      { kind: 'service', date: '2027-03-15', after: 'purchase', overdue: false, intervalMonths: 60, ruledBy: { scope: 'category', key: 'diver' }, warrantyCondition: null },
      { kind: 'water_resistance_check', date: '2024-03-15', after: 'purchase', overdue: true, intervalMonths: 24, ruledBy: { scope: 'collection', key: 'Méridienne' }, warrantyCondition: null },
      { kind: 'cleaning', date: '2023-09-15', after: 'purchase', overdue: true, intervalMonths: 18, ruledBy: { scope: 'category', key: 'diver' }, warrantyCondition: null },
    ]);
    assert.deepEqual(first!.nextCareDue, { date: '2027-03-15', after: 'purchase', overdue: false }, 'the service entry');
    // Bought 31 Aug 2025: + 60, + 24 and + 18 months (31 Feb 2027 clamps to 28 Feb); the warranty covers it, so the check's condition shows.
    assert.deepEqual(
      second!.careDue.map((due) => [due.kind, due.date, due.overdue, due.warrantyCondition]),
      [
        ['service', '2030-08-31', false, null],
        ['water_resistance_check', '2027-08-31', false, { text: condition.text, lapsesAfter: '2027-08-31' }],
        ['cleaning', '2027-02-28', false, null],
      ],
    );
    const detail = (await (await asOwner(server, cookie, `/v1/owner/pieces/${covered!.serial}`)).json()) as OwnedPieceDetail;
    assert.deepEqual(detail.careDue, second!.careDue);
  });

  it('no longer lists a piece once it is transferred to a new owner who confirmed', async () => {
    const [piece] = server.items;
    const { warrantyId } = await giveOwnerPiece(server, { email: ownerEmail, item: piece! });
    cookie = await signInOwner(server, ownerEmail);
    assert.equal((await pieces()).length, 1);
    await server.db.updateTable('warranties').set({ covering_item_id: null, status: 'expired' }).where('id', '=', warrantyId).execute();
    await giveOwnerPiece(server, { email: 'next@example.com', item: piece! });
    assert.deepEqual(await pieces(), []);
    assert.equal((await asOwner(server, cookie, `/v1/owner/pieces/${piece!.serial}`)).status, 404);
  });

  it("tells one piece's story in one timeline: its events, its repair with the tracking code, the warranty extension after it", async () => {
    const [piece] = server.items;
    await giveOwnerPiece(server, { email: ownerEmail, item: piece!, purchaseDate: '2025-06-01', coverageEnd: '2027-06-01' });
    const { trackingCode } = await bookRepair(server.deps, server.brand.id, booking(piece!.serial, { contact: { name: 'Ada Owner', email: ownerEmail, language: 'fr' } }));
    for (const move of [{ to: 'received' }, { to: 'diagnosed' }, { to: 'awaiting_approval', estimate }] as const) await staffMove(server, trackingCode, move);
    await decideEstimate(server.deps, server.brand.id, { trackingCode, email: ownerEmail, decision: 'approve', name: 'Ada Owner' }, '192.0.2.1');
    server.clock.set('2026-12-20T15:00:00.000Z');
    for (const to of ['in_repair', 'quality_control', 'ready', 'returned'] as const) await staffMove(server, trackingCode, { to });
    cookie = await signInOwner(server, ownerEmail);

    const response = await asOwner(server, cookie, `/v1/owner/pieces/${piece!.serial.toLowerCase()}`);
    assert.equal(response.status, 200, await response.clone().text());
    const detail = (await response.json()) as OwnedPieceDetail;
    assert.deepEqual(
      detail.timeline.map((entry) => [entry.kind, entry.event?.type ?? entry.repair?.trackingCode ?? entry.extension?.reason]),
      [
        ['provenance', 'manufactured'],
        ['provenance', 'sold'],
        ['repair', trackingCode],
        ['provenance', 'serviced'],
        ['warranty_extension', 'service'],
      ],
    );
    const repair = detail.timeline.find((entry) => entry.kind === 'repair')!.repair!;
    assert.equal(repair.status, 'returned');
    assert.equal(repair.serviceType, 'full_service');
    assert.match(repair.trackerUrl, /^https:\/\//);
    assert.deepEqual(detail.nextCareDue, { date: '2029-12-20', after: 'last_service', overdue: false }, 'the service on 20 Dec 2026 + 36 months');
    assert.equal(detail.warranty.coverageEnd > '2027-06-01', true, 'extended by the service');
  });

  it("answers another owner's piece, and a serial that does not exist, with the same 404", async () => {
    const [mine, theirs] = server.items;
    await giveOwnerPiece(server, { email: ownerEmail, item: mine! });
    await giveOwnerPiece(server, { email: 'someone@example.com', item: theirs! });
    cookie = await signInOwner(server, ownerEmail);
    const other = await asOwner(server, cookie, `/v1/owner/pieces/${theirs!.serial}`);
    const missing = await asOwner(server, cookie, '/v1/owner/pieces/FX-999999');
    assert.equal(other.status, 404);
    assert.equal(missing.status, 404);
    const [otherBody, missingBody] = [(await other.json()) as Record<string, unknown>, (await missing.json()) as Record<string, unknown>];
    for (const body of [otherBody, missingBody]) delete body['instance'];
    assert.deepEqual(otherBody, missingBody);
    assert.equal(otherBody['code'], 'unknown_serial');
    assert.equal((await asOwner(server, cookie, `/v1/owner/pieces/${server.items[2]!.serial}`)).status, 404, 'a piece in stock');
  });
});
