/**
 * A client's profile and timeline over HTTP, on both databases, against a history written out by
 * hand (today is 25 November 2026): Marc received a piece as a gift from Paul in 2023 and passed it
 * on to Sofia in 2026, bought one for himself in 2024 (serviced, its strap replaced, then repaired
 * and rated), and gave one to Léa in 2025; a sale to him voided as a mistake and an activation he
 * never confirmed count for nothing. What is not his — Léa's service of his gift, Sofia's service
 * of the piece she took over — is not in his timeline. Every read is audited; an unknown id is 404,
 * a malformed one a field error at `clientId`.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { EstimateDecisionRequest, RatingRequest, type Client, type ClientPieceRef, type ClientTimeline, type Problem } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { newId } from '../../ids.ts';
import { appendProvenanceEvent } from '../provenance/events.ts';
import { insertService } from '../recognition/testing.ts';
import { bookRepair } from '../repairs/booking.ts';
import { decideEstimate, rateRepair } from '../repairs/lifecycle.ts';
import { booking, fixtureCentreId, staffMove } from '../repairs/testing.ts';
import { insertClient, insertWarranty } from '../segments/testing.ts';
import { nextAnniversary } from './client-profile.ts';

describeEachDatabase('a client’s profile and timeline', (database) => {
  let server: TestServer;
  let marc: string;
  let lea: string;
  let paul: string;
  beforeEach(async () => {
    server = await createTestServer({ database });
    marc = await seedMarcsHistory();
  });
  afterEach(() => server.close());

  const item = (index: number) => server.items[index]!;

  async function pieceRef(index: number): Promise<ClientPieceRef> {
    const row = await server.db
      .selectFrom('items')
      .innerJoin('models', 'models.id', 'items.model_id')
      .select(['items.serial', 'models.reference', 'models.name'])
      .where('items.id', '=', item(index).id)
      .executeTakeFirstOrThrow();
    return { serial: row.serial, model: { reference: row.reference, name: row.name } };
  }

  async function consent(ownerId: string, purpose: 'service' | 'marketing', granted: boolean, recordedAt: string, source: string): Promise<void> {
    await server.db.insertInto('consents').values({ id: newId('cns'), owner_id: ownerId, channel: 'email', purpose, granted: granted ? 1 : 0, recorded_at: recordedAt, source }).execute();
  }

  async function seedMarcsHistory(): Promise<string> {
    const { db } = server;
    const brandId = server.brand.id;
    const now = server.clock.now();
    const person = (name: string, country: string, customerType: 'retail' | 'collector' = 'retail') => insertClient(db, brandId, { name, country, language: 'fr', customerType });
    const marcId = await person('Marc', 'FR', 'collector');
    lea = await person('Léa', 'FR');
    paul = await person('Paul', 'FR');
    const sofia = await person('Sofia', 'IT');
    const [first, second] = server.retailers;

    // Piece 2: Paul's gift to Marc, serviced while Marc held it, taken over by Sofia in June 2026 and serviced again for her.
    await insertWarranty(db, brandId, { itemId: item(2).id, ownerId: marcId, buyerId: paul, purchaseDate: '2023-05-01', status: 'void' });
    await insertService(db, brandId, item(2).id, '2024-08-01', now);
    await insertWarranty(db, brandId, { itemId: item(2).id, ownerId: sofia, purchaseDate: '2023-05-01', source: 'transfer', activatedOn: '2026-06-01' });
    await insertService(db, brandId, item(2).id, '2026-08-01', now);
    // Piece 0: Marc's own, bought from the first retailer for €12,000, serviced, its strap replaced at the second.
    await insertWarranty(db, brandId, { itemId: item(0).id, ownerId: marcId, purchaseDate: '2024-03-10', retailerId: first!.id, price: { currency: 'EUR', amountMinorUnits: 1_200_000 } });
    await insertService(db, brandId, item(0).id, '2025-09-15', now);
    await appendProvenanceEvent(
      db,
      { brandId, itemId: item(0).id, type: 'modified', occurredAt: '2025-10-01T14:00:00.000Z', place: { retailerId: second!.id, country: second!.country, city: second!.city }, details: { what: 'Strap replaced', retailerName: second!.name } },
      now,
    );
    // Piece 1: Marc's gift to Léa, bought for CHF 5,000 (the brand has no CHF rate for December 2025 yet), serviced for her.
    await insertWarranty(db, brandId, { itemId: item(1).id, ownerId: lea, buyerId: marcId, purchaseDate: '2025-12-20', retailerId: second!.id, price: { currency: 'CHF', amountMinorUnits: 500_000 } });
    await insertService(db, brandId, item(1).id, '2026-03-01', now);
    // Neither counts: a sale voided as a mistake, an activation never confirmed.
    await insertWarranty(db, brandId, { itemId: item(3).id, ownerId: marcId, purchaseDate: '2026-11-20', status: 'void', voidedAt: '2026-11-21T10:00:00.000Z', retailerId: first!.id, price: { currency: 'EUR', amountMinorUnits: 999_900 } });
    await insertWarranty(db, brandId, { itemId: item(4).id, ownerId: marcId, purchaseDate: '2026-11-01', status: 'pending_confirmation', confirmed: false });

    await consent(marcId, 'service', true, '2024-03-12T08:00:00.000Z', 'registration_confirmed');
    await consent(marcId, 'marketing', true, '2024-03-12T08:01:00.000Z', 'registration_confirmed');
    await consent(marcId, 'marketing', false, '2026-02-01T10:00:00.000Z', 'concierge_call');
    await consent(lea, 'marketing', true, '2026-01-05T10:00:00.000Z', 'registration_confirmed');

    // Piece 0's repair: booked on 2 November, returned on the 20th (a service), rated on the 22nd.
    server.clock.set('2026-11-02T08:30:00.000Z');
    const contact = { name: 'Marc', email: 'marc@example.com', language: 'fr' as const };
    const { trackingCode } = await bookRepair(server.deps, brandId, booking(item(0).serial, { contact }));
    for (const to of ['received', 'diagnosed'] as const) await staffMove(server, trackingCode, { to });
    await staffMove(server, trackingCode, { to: 'awaiting_approval', estimate: { currency: 'EUR', lineItems: [{ description: 'Full service', amountMinorUnits: 45_000 }], validUntil: '2026-12-31' } });
    await decideEstimate(server.deps, brandId, EstimateDecisionRequest.parse({ trackingCode, email: contact.email, decision: 'approve', name: 'Marc' }), '203.0.113.7');
    for (const to of ['in_repair', 'quality_control', 'ready'] as const) await staffMove(server, trackingCode, { to });
    server.clock.set('2026-11-20T16:00:00.000Z');
    await staffMove(server, trackingCode, { to: 'returned' });
    server.clock.set('2026-11-22T09:00:00.000Z');
    await rateRepair(server.deps, brandId, RatingRequest.parse({ trackingCode, email: contact.email, score: 5, comment: 'Runs like new.' }));
    server.clock.set('2026-11-25T10:00:00.000Z');
    return marcId;
  }

  async function read<T>(path: string, init: Parameters<TestServer['request']>[1] = { key: 'secret' }): Promise<T> {
    const response = await server.request(path, init);
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as T;
  }

  async function trackingCodeOfPiece0(): Promise<{ trackingCode: string; promisedDate: string | null }> {
    const row = await server.db.selectFrom('repair_orders').select(['tracking_code', 'promised_date']).where('item_id', '=', item(0).id).executeTakeFirstOrThrow();
    return { trackingCode: row.tracking_code, promisedDate: row.promised_date };
  }

  it('tells who the client is, their figures and tier, and what they are to each piece', async () => {
    const [first, second] = server.retailers;
    const profile = await read<Client>(`/v1/clients/${marc}`);
    assert.deepEqual(profile, {
      id: marc,
      name: 'Marc',
      email: 'marc@example.com',
      postalAddress: null,
      country: 'FR',
      language: 'fr',
      customerType: 'collector',
      createdAt: '2019-01-01T00:00:00.000Z',
      consents: [
        { channel: 'email', purpose: 'service', granted: true, recordedAt: '2024-03-12T08:00:00.000Z', source: 'registration_confirmed' },
        { channel: 'email', purpose: 'marketing', granted: false, recordedAt: '2026-02-01T10:00:00.000Z', source: 'concierge_call' },
      ],
      // Purchases: Paul's gift, his own piece, his gift to Léa. Services: his own piece's two (the gift's was before he passed it on, and it is no longer his).
      figures: { purchases: 3, piecesOwned: 1, services: 2, firstPurchaseOn: '2023-05-01', lastPurchaseOn: '2025-12-20', lastServiceOn: '2026-11-20', lastPurchaseOrServiceOn: '2026-11-20' },
      // Active five days ago, three purchases and two services: at least four.
      tier: 'vip',
      // His own piece (€12,000; the voided sale never happened) and the repair's approved €450; his gift's CHF 5,000 waits for its rate.
      value: {
        purchase: { currency: 'EUR', amountMinorUnits: 1_200_000 },
        afterSales: { currency: 'EUR', amountMinorUnits: 45_000 },
        basis: { reportingCurrency: 'EUR', convertedWith: 'brand_monthly_rates', missingRates: [{ currency: 'CHF', month: '2025-12' }], amountsLeftOut: 1 },
      },
      pieces: [
        { ...(await pieceRef(2)), roles: ['former_owner', 'gift_recipient'], purchaseDate: '2023-05-01', acquiredOn: '2023-05-01', retailer: null, warranty: null },
        {
          ...(await pieceRef(0)),
          roles: ['owner', 'buyer'],
          purchaseDate: '2024-03-10',
          acquiredOn: '2024-03-10',
          retailer: { id: first!.id, name: first!.name, country: first!.country, city: first!.city },
          // 1 January 2030, and a year for the repair's service.
          warranty: { status: 'active', coverageEnd: '2031-01-01' },
        },
        { ...(await pieceRef(1)), roles: ['gift_giver'], purchaseDate: '2025-12-20', acquiredOn: null, retailer: { id: second!.id, name: second!.name, country: second!.country, city: second!.city }, warranty: null },
      ],
      specialDates: [{ kind: 'purchase_anniversary', serial: item(0).serial, since: '2024-03-10', next: '2027-03-10', years: 3 }],
      asOf: '2026-11-25',
    });

    // Once the brand enters December's rate, the gift counts for its giver: CHF 5,000 × 1.0712 = €5,356.
    const rated = await server.request('/v1/exchange-rates', { method: 'PUT', key: 'secret', body: { currency: 'CHF', fromMonth: '2025-12', toMonth: '2025-12', rate: '1.0712' } });
    assert.equal(rated.status, 200, await rated.clone().text());
    assert.deepEqual((await read<Client>(`/v1/clients/${marc}`)).value, {
      purchase: { currency: 'EUR', amountMinorUnits: 1_200_000 + 535_600 },
      afterSales: { currency: 'EUR', amountMinorUnits: 45_000 },
      basis: { reportingCurrency: 'EUR', convertedWith: 'brand_monthly_rates', missingRates: [], amountsLeftOut: 0 },
    });

    const giver = await read<Client>(`/v1/clients/${paul}`);
    assert.deepEqual(giver.value?.purchase, { currency: 'EUR', amountMinorUnits: 0 }, 'a gift without a price adds nothing to its giver’s value');
    assert.deepEqual(giver.pieces.map((piece) => [piece.serial, piece.roles]), [[item(2).serial, ['gift_giver']]], 'a giver who owns nothing is a client with the piece he gave');
    assert.equal(giver.tier, 'at_risk', 'Paul: his one purchase was more than 36 months ago');
    const recipient = await read<Client>(`/v1/clients/${lea}`);
    assert.deepEqual(recipient.pieces.map((piece) => piece.roles), [['owner', 'gift_recipient']]);
  });

  it('tells everything in one timeline, oldest first, and only what happened while they held a piece', async () => {
    const [first, second] = server.retailers;
    const centre = await server.db.selectFrom('service_centres').select(['country', 'city']).where('id', '=', fixtureCentreId).executeTakeFirstOrThrow();
    const { trackingCode, promisedDate } = await trackingCodeOfPiece0();
    const [gift, own, given] = [await pieceRef(2), await pieceRef(0), await pieceRef(1)];
    const { entries } = await read<ClientTimeline>(`/v1/clients/${marc}/timeline`);
    const retailer = (shop: typeof first) => ({ id: shop!.id, name: shop!.name, country: shop!.country, city: shop!.city });
    assert.deepEqual(entries, [
      { kind: 'purchase', at: '2023-05-01T00:00:00.000Z', piece: gift, purchase: { role: 'gift_recipient', purchaseDate: '2023-05-01', retailer: null, counterpart: { id: paul, name: 'Paul' } } },
      { kind: 'purchase', at: '2024-03-10T00:00:00.000Z', piece: own, purchase: { role: 'buyer', purchaseDate: '2024-03-10', retailer: retailer(first), counterpart: null } },
      { kind: 'consent', at: '2024-03-12T08:00:00.000Z', consent: { channel: 'email', purpose: 'service', granted: true, source: 'registration_confirmed' } },
      { kind: 'consent', at: '2024-03-12T08:01:00.000Z', consent: { channel: 'email', purpose: 'marketing', granted: true, source: 'registration_confirmed' } },
      { kind: 'service', at: '2024-08-01T09:00:00.000Z', piece: gift, service: { serviceType: 'full_service', country: 'CH', city: 'Geneva' } },
      { kind: 'service', at: '2025-09-15T09:00:00.000Z', piece: own, service: { serviceType: 'full_service', country: 'CH', city: 'Geneva' } },
      { kind: 'piece_event', at: '2025-10-01T14:00:00.000Z', piece: own, pieceEvent: { type: 'modified', detail: 'Strap replaced', country: second!.country, city: second!.city } },
      { kind: 'purchase', at: '2025-12-20T00:00:00.000Z', piece: given, purchase: { role: 'gift_giver', purchaseDate: '2025-12-20', retailer: retailer(second), counterpart: { id: lea, name: 'Léa' } } },
      { kind: 'consent', at: '2026-02-01T10:00:00.000Z', consent: { channel: 'email', purpose: 'marketing', granted: false, source: 'concierge_call' } },
      { kind: 'repair', at: '2026-11-02T08:30:00.000Z', piece: own, repair: { trackingCode, serviceType: 'full_service', status: 'returned', promisedDate } },
      { kind: 'service', at: '2026-11-20T16:00:00.000Z', piece: own, service: { serviceType: 'full_service', country: centre.country, city: centre.city } },
      { kind: 'rating', at: '2026-11-22T09:00:00.000Z', piece: own, rating: { trackingCode, score: 5, comment: 'Runs like new.' } },
    ]);
    assert.ok(promisedDate && promisedDate > '2026-11-02', 'the repair has a promised date after its booking');
  });

  it('answers the concierge and an admin, audits every read, and refuses unknown or malformed ids', async () => {
    const concierge = await server.signIn({ role: 'concierge' });
    await read<Client>(`/v1/clients/${marc}`, { session: concierge.session });
    const admin = await server.signIn({ role: 'admin' });
    await read<ClientTimeline>(`/v1/clients/${marc}/timeline`, { session: admin.session });
    const audited = await server.db.selectFrom('audit_log').select(['actor_id', 'operation', 'target_kind', 'target_id', 'outcome']).where('operation', 'in', ['getClient', 'getClientTimeline']).orderBy('at').orderBy('operation').execute();
    assert.deepEqual(audited.map((row) => ({ ...row })), [
      { actor_id: concierge.personId, operation: 'getClient', target_kind: 'client', target_id: marc, outcome: 'ok' },
      { actor_id: admin.personId, operation: 'getClientTimeline', target_kind: 'client', target_id: marc, outcome: 'ok' },
    ]);

    for (const path of ['/v1/clients/own_nobody', '/v1/clients/own_nobody/timeline']) {
      const unknown = await server.request(path, { key: 'secret' });
      assert.equal(unknown.status, 404);
      assert.equal(((await unknown.json()) as Problem).code, 'unknown_client');
    }
    for (const path of ['/v1/clients/not-a-client-id', `/v1/clients/${encodeURIComponent('own_a b')}/timeline`]) {
      const malformed = await server.request(path, { key: 'secret' });
      assert.equal(malformed.status, 422, path);
      const problem = (await malformed.json()) as Problem;
      assert.equal(problem.code, 'validation_failed');
      assert.deepEqual(problem.errors?.map((error) => error.path), ['clientId']);
    }
    const associate = await server.signIn({ role: 'associate' });
    assert.equal((await server.request(`/v1/clients/${marc}`, { session: associate.session })).status, 403, 'a retailer never reads a client profile');
    assert.equal((await server.request(`/v1/clients/${marc}/timeline`, { key: 'retailer' })).status, 403);
  });
});

it('a purchase anniversary is the next one on or after today, 29 February as 28 February in other years', () => {
  assert.deepEqual(nextAnniversary('2024-03-10', '2026-11-25'), { next: '2027-03-10', years: 3 });
  assert.deepEqual(nextAnniversary('2024-11-25', '2026-11-25'), { next: '2026-11-25', years: 2 });
  assert.deepEqual(nextAnniversary('2024-11-26', '2026-11-25'), { next: '2026-11-26', years: 2 });
  assert.deepEqual(nextAnniversary('2026-11-25', '2026-11-25'), { next: '2027-11-25', years: 1 });
  assert.deepEqual(nextAnniversary('2020-02-29', '2026-11-25'), { next: '2027-02-28', years: 7 });
  assert.deepEqual(nextAnniversary('2020-02-29', '2027-12-01'), { next: '2028-02-29', years: 8 });
});
