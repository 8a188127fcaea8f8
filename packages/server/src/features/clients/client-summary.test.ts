/**
 * The client summaries the segments read are what the registry says, after every kind of write
 * that changes a client's figures: a retailer's sale confirmed by its buyer, a gift confirmed by
 * its recipient, a buyer's own activation, a service recorded, a repair returned serviced, an
 * ownership transfer confirmed (the previous owner's piece ends), a sale voided as a mistake. After
 * each, the stored rows equal a recomputation of every person of the brand; and migration 0023's
 * backfill, run on the same registry, writes the same rows.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { Kysely } from 'kysely';
import { EstimateDecisionRequest, OwnershipTransferRequest } from '@atelier/client/contract';
import { backfillClientSummaries } from '../../db/migrations/0023-client-summaries.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { bookRepair } from '../repairs/booking.ts';
import { decideEstimate } from '../repairs/lifecycle.ts';
import { booking, fixtureCentreId, staffMove } from '../repairs/testing.ts';
import { sellAtFirstRetailer } from '../sales/testing.ts';
import { transferOwnership } from '../warranties/transfer.ts';
import { confirmWarranty } from '../warranties/service.ts';
import { tokenSentTo } from '../warranties/testing.ts';
import { computeClientSummaries, storedClientSummary, type ClientSummary } from './client-summary.ts';
import { storedSummaryOf } from './testing.ts';

describeEachDatabase('client summaries kept by the writes', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
  });
  afterEach(() => server.close());

  async function stored(): Promise<ClientSummary[]> {
    return (await server.db.selectFrom('client_summaries').selectAll().where('brand_id', '=', server.brand.id).orderBy('owner_id').execute()).map(storedClientSummary);
  }

  async function recomputed(): Promise<ClientSummary[]> {
    const people = await server.db.selectFrom('owners').select('id').where('brand_id', '=', server.brand.id).execute();
    const summaries = await computeClientSummaries(server.db, server.brand.id, people.map((person) => person.id));
    return [...summaries.values()].sort((a, b) => (a.owner_id < b.owner_id ? -1 : 1));
  }

  async function assertKept(after: string): Promise<ClientSummary[]> {
    const rows = await stored();
    assert.deepEqual(rows, await recomputed(), `after ${after}`);
    return rows;
  }

  const summaryOf = (email: string) => storedSummaryOf(server.db, email);

  it('equals a recomputation after each kind of write, and the backfill writes the same rows', async () => {
    await sellAtFirstRetailer(server, 0, { buyerEmail: 'marc@example.org' });
    await assertKept('a sale not yet confirmed');
    assert.equal(await summaryOf('marc@example.org'), undefined, 'an unconfirmed sale makes no client');
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'marc@example.org'));
    await assertKept('a sale confirmed');
    assert.equal((await summaryOf('marc@example.org'))?.pieces_owned, 1);

    await sellAtFirstRetailer(server, 1, { buyerEmail: 'marc@example.org', gift: { name: 'Léa Aubry', email: 'lea@example.org' } });
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'lea@example.org'));
    await assertKept('a gift confirmed by its recipient');
    assert.deepEqual([(await summaryOf('marc@example.org'))?.purchases, (await summaryOf('marc@example.org'))?.pieces_owned].map(Number), [2, 1], 'the giver bought two, owns one');

    const activated = await server.fromWidget('/v1/warranties/activations', {
        serial: server.items[2]!.serial,
        cardCode: server.items[2]!.cardCode,
        purchaseDate: '2026-10-02',
        owner: { name: 'Jeanne Moreau', email: 'jeanne@example.com', country: 'FR', language: 'fr' },
        consents: { service: true, marketing: false },
    });
    assert.equal(activated.status, 201, await activated.clone().text());
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'jeanne@example.com'));
    await assertKept('a buyer’s own activation confirmed');

    const serviced = await server.request(`/v1/items/${server.items[0]!.serial}/services`, {
      key: 'secret',
      body: { date: '2026-11-24', serviceType: 'full_service', serviceCentreId: fixtureCentreId },
    });
    assert.equal(serviced.status, 201, await serviced.clone().text());
    await assertKept('a service recorded');
    assert.equal((await summaryOf('marc@example.org'))?.last_service_on, '2026-11-24');

    const { trackingCode } = await bookRepair(server.deps, server.brand.id, booking(server.items[2]!.serial, { contact: { name: 'Jeanne Moreau', email: 'jeanne@example.com', language: 'fr' } }));
    for (const to of ['received', 'diagnosed'] as const) await staffMove(server, trackingCode, { to });
    await staffMove(server, trackingCode, { to: 'awaiting_approval', estimate: { currency: 'EUR', lineItems: [{ description: 'Full service', amountMinorUnits: 45_000 }], validUntil: '2026-12-31' } });
    await decideEstimate(server.deps, server.brand.id, EstimateDecisionRequest.parse({ trackingCode, email: 'jeanne@example.com', decision: 'approve', name: 'Jeanne Moreau' }), '203.0.113.7');
    for (const to of ['in_repair', 'quality_control', 'ready', 'returned'] as const) await staffMove(server, trackingCode, { to });
    await assertKept('a repair returned serviced');
    assert.equal(Number((await summaryOf('jeanne@example.com'))?.services), 1);

    await transferOwnership(
      server.deps,
      server.brand.id,
      server.items[0]!.serial,
      OwnershipTransferRequest.parse({ newOwner: { name: 'Sofia Rossi', email: 'sofia@example.it', country: 'IT', language: 'it' }, consents: { service: true, marketing: false } }),
    );
    await assertKept('a transfer requested');
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'sofia@example.it'));
    await assertKept('a transfer confirmed');
    const marc = await summaryOf('marc@example.org');
    assert.deepEqual([marc?.pieces_owned, marc?.services, marc?.last_service_on].map((value) => (typeof value === 'bigint' ? Number(value) : value)), [0, 0, null], 'the previous owner no longer owns the piece nor its service');

    const mistaken = await sellAtFirstRetailer(server, 3, { buyerEmail: 'nina@example.org' });
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'nina@example.org'));
    assert.ok(await summaryOf('nina@example.org'));
    const voided = await server.request(`/v1/sales/${mistaken.saleId}/voids`, { key: 'retailer', body: { reason: 'Wrong piece scanned' } });
    assert.equal(voided.status, 200, await voided.clone().text());
    const rows = await assertKept('a sale voided as a mistake');
    assert.equal(await summaryOf('nina@example.org'), undefined, 'a voided sale makes no client');

    await server.db.deleteFrom('client_summaries').execute();
    await backfillClientSummaries(server.db as unknown as Kysely<unknown>);
    // Migration 0023 came before amounts (0036): no value existed then, so its backfill leaves them at zero.
    const withoutValues = (summaries: ClientSummary[]) => summaries.map((summary) => ({ ...summary, purchase_value_minor_units: 0, after_sales_value_minor_units: 0, amounts_unconverted: 0 }));
    assert.deepEqual(await stored(), withoutValues(rows), 'the backfill writes what the writes kept');
  });
});
