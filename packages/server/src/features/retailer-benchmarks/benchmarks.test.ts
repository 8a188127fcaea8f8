/**
 * Retailer benchmarks on a small history made through the real operations (deliveries, sales,
 * confirmations, repairs left with a retailer), checked against figures worked out by hand, on
 * both databases; and who gets whose figures.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { EstimateDecisionRequest, RatingRequest, type Problem, type RetailerBenchmarks } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { decideEstimate, rateRepair } from '../repairs/lifecycle.ts';
import { booking, staffMove } from '../repairs/testing.ts';
import { registerSale } from '../sales/testing.ts';
import { confirmWarranty } from '../warranties/service.ts';
import { tokenSentTo } from '../warranties/testing.ts';

const ownerEmail = 'ada@example.com';
const estimate = { currency: 'EUR', lineItems: [{ description: 'Movement service', amountMinorUnits: 45_000 }], validUntil: '2027-12-31' };

describeEachDatabase('retailer benchmarks', (database) => {
  let server: TestServer;
  let serials: string[];
  let paris: string;
  let geneva: string;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 12 });
    serials = server.items.map((item) => item.serial);
    [paris, geneva] = [server.retailers[0]!.id, server.retailers[1]!.id];
  });
  afterEach(() => server.close());

  async function deliver(retailerId: string, pieces: string[], date: string): Promise<void> {
    const response = await server.request('/v1/stock/deliveries', { key: 'secret', body: { retailerId, serials: pieces, date } });
    assert.equal(response.status, 201, await response.text());
  }

  async function sell(serial: string, retailerId: string, purchaseDate: string): Promise<string> {
    const email = `buyer-${serial.toLowerCase()}@example.com`;
    await registerSale(server, { serial, retailerId, purchaseDate, buyer: { name: 'Jeanne Martin', email, country: 'FR', language: 'fr' } });
    return email;
  }

  async function confirmOn(email: string, instant: string): Promise<void> {
    server.clock.set(instant);
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, email));
  }

  /** A repair left with the key's retailer: received, approved, ready at `readyAt`, returned, rated. */
  async function serviced(key: 'retailer' | 'otherRetailer', serial: string, receivedAt: string, readyAt: string, rating: number): Promise<void> {
    server.clock.set(receivedAt);
    const booked = await server.request('/v1/repairs', { key, body: booking(serial) });
    assert.equal(booked.status, 201, await booked.clone().text());
    const { trackingCode } = (await booked.json()) as { trackingCode: string };
    await staffMove(server, trackingCode, { to: 'received' });
    await staffMove(server, trackingCode, { to: 'diagnosed' });
    await staffMove(server, trackingCode, { to: 'awaiting_approval', estimate });
    await decideEstimate(server.deps, server.brand.id, EstimateDecisionRequest.parse({ trackingCode, email: ownerEmail, decision: 'approve', name: 'Ada Owner' }), '203.0.113.7');
    await staffMove(server, trackingCode, { to: 'in_repair' });
    await staffMove(server, trackingCode, { to: 'quality_control' });
    server.clock.set(readyAt);
    await staffMove(server, trackingCode, { to: 'ready' });
    await staffMove(server, trackingCode, { to: 'returned' });
    await rateRepair(server.deps, server.brand.id, RatingRequest.parse({ trackingCode, email: ownerEmail, score: rating }));
  }

  async function benchmarks(query: string, key: 'secret' | 'retailer' | 'otherRetailer' = 'secret'): Promise<RetailerBenchmarks> {
    const response = await server.request(`/v1/retailer-benchmarks${query}`, { key });
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as RetailerBenchmarks;
  }

  const figuresOf = (result: RetailerBenchmarks) =>
    Object.fromEntries(result.figures.map((figure) => [figure.id, [figure.retailer, figure.networkMedian, figure.sampleSize, figure.retailersCompared]]));

  it('matches a hand calculation for a retailer and the network median', async () => {
    /*
     * Today 25 November 2026: the window is 26 Nov 2025 – 25 Nov 2026.
     * Paris: a, b, c delivered 1 Oct; sold 11 Oct (10 days), 31 Oct (30), 20 Nov (50) → sell-through
     *   median of 10, 30, 50 = 30. a and b confirmed on 22 Nov (42 and 22 days after the sale), c not:
     *   rate 2/3 = 0.667, lag median of 22, 42 by nearest rank (rank 1 of 2) = 22.
     *   Repairs left with Paris, Paris centre: received 2 Nov, ready 12 Nov (10 days) rated 5, and
     *   ready 22 Nov (20 days) rated 3 → turnaround median 10, CSAT 1/2 = 0.5.
     * Geneva: d delivered 1 Sep, sold 21 Sep (20 days), confirmed 22 Nov (62 days); e sold 1 Nov without
     *   a delivery there (no sell-through), not confirmed; f sold 1 Jun 2025 (outside the window):
     *   sell-through 20, rate 1/2 = 0.5, lag 62. A repair left with Geneva: 2 → 17 Nov (15 days) rated 4:
     *   turnaround 15, CSAT 1.
     * The third retailer has nothing: no figure, not in the medians.
     * Network medians (nearest rank, 2 retailers: the lower): sell-through 20, rate 0.5, lag 22,
     *   turnaround 10, CSAT 0.5.
     */
    const [a, b, c, d, e, f, r1, r2, r3] = serials as [string, string, string, string, string, string, string, string, string];
    await serviced('retailer', r1, '2026-11-02T10:00:00.000Z', '2026-11-12T10:00:00.000Z', 5);
    await serviced('retailer', r2, '2026-11-02T10:00:00.000Z', '2026-11-22T10:00:00.000Z', 3);
    await serviced('otherRetailer', r3, '2026-11-02T10:00:00.000Z', '2026-11-17T10:00:00.000Z', 4);
    server.clock.set('2026-11-21T09:00:00.000Z');
    await deliver(paris, [a, b, c], '2026-10-01');
    await deliver(geneva, [d], '2026-09-01');
    const buyers = [await sell(a, paris, '2026-10-11'), await sell(b, paris, '2026-10-31'), await sell(c, paris, '2026-11-20')];
    const genevaBuyer = await sell(d, geneva, '2026-09-21');
    await sell(e, geneva, '2026-11-01');
    await sell(f, geneva, '2025-06-01');
    await confirmOn(buyers[0]!, '2026-11-22T12:00:00.000Z');
    await confirmOn(buyers[1]!, '2026-11-22T12:00:00.000Z');
    await confirmOn(genevaBuyer, '2026-11-22T12:00:00.000Z');
    server.clock.set('2026-11-25T12:00:00.000Z');

    const forParis = await benchmarks(`?retailerId=${paris}`);
    assert.deepEqual([forParis.retailerId, forParis.from, forParis.to], [paris, '2025-11-26', '2026-11-25']);
    assert.deepEqual(forParis.figures.map((figure) => figure.id), ['sellThroughDays', 'registrationRate', 'registrationLagDays', 'repairTurnaroundDays', 'csat']);
    assert.deepEqual(figuresOf(forParis), {
      sellThroughDays: [30, 20, 3, 2],
      registrationRate: [0.667, 0.5, 3, 2],
      registrationLagDays: [22, 22, 2, 2],
      repairTurnaroundDays: [10, 10, 2, 2],
      csat: [0.5, 0.5, 2, 2],
    });
    assert.deepEqual(figuresOf(await benchmarks(`?retailerId=${geneva}`)), {
      sellThroughDays: [20, 20, 1, 2],
      registrationRate: [0.5, 0.5, 2, 2],
      registrationLagDays: [62, 22, 1, 2],
      repairTurnaroundDays: [15, 10, 1, 2],
      csat: [1, 0.5, 1, 2],
    });
    const third = await benchmarks(`?retailerId=${server.retailers[2]!.id}`);
    assert.ok(third.figures.every((figure) => figure.retailer === null && figure.sampleSize === 0), 'no figure without a sale or repair');
  });

  it('gives a retailer its own figures whatever it asks for, and asks the brand to name one', async () => {
    assert.equal((await benchmarks(`?retailerId=${geneva}`, 'retailer')).retailerId, paris);
    assert.equal((await benchmarks('', 'otherRetailer')).retailerId, geneva);
    const unnamed = await server.request('/v1/retailer-benchmarks', { key: 'secret' });
    assert.equal(unnamed.status, 422);
    assert.deepEqual(((await unnamed.json()) as Problem).errors?.map((error) => error.path), ['retailerId']);
    const unknown = await server.request('/v1/retailer-benchmarks?retailerId=ret_nowhere', { key: 'secret' });
    assert.equal(unknown.status, 422);
    assert.equal(((await unknown.json()) as Problem).code, 'unknown_retailer');
  });
});
