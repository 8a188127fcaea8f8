/**
 * Service metrics on a small history made through the real lifecycle with a test clock, checked
 * against figures worked out by hand (below), on both databases.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { EstimateDecisionRequest, RatingRequest, type ServiceMetrics } from '@atelier/client/contract';
import { insertServiceCentres } from '../../seed/building-blocks.ts';
import { demoServiceCentres } from '../../seed/demo-catalogue.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { bookRepair } from '../repairs/booking.ts';
import { decideEstimate, rateRepair } from '../repairs/lifecycle.ts';
import { booking, staffMove } from '../repairs/testing.ts';
import { nearestRankPercentile } from './percentile.ts';

const paris = demoServiceCentres[0]!;
const geneve = demoServiceCentres[1]!;
const ownerEmail = 'ada@example.com';
const estimate = { currency: 'EUR', lineItems: [{ description: 'Movement service', amountMinorUnits: 45_000 }], validUntil: '2027-12-31' };

describeEachDatabase('service metrics', (database) => {
  let server: TestServer;
  let nextItem = 0;
  beforeEach(async () => {
    server = await createTestServer({ database });
    await insertServiceCentres(server.db, server.brand.id, [geneve]);
    nextItem = 0;
  });
  afterEach(() => server.close());

  /** Books a mail-in repair of the next fixture piece (at the fixture's now, 25 November 2026). */
  async function book(serviceType: string, centreId = paris.id): Promise<string> {
    server.clock.set('2026-11-25T09:00:00.000Z');
    const serial = server.items[nextItem++]!.serial;
    const tracker = await bookRepair(server.deps, server.brand.id, booking(serial, { serviceType, serviceCentreId: centreId }));
    return tracker.trackingCode;
  }

  async function receiveAndApprove(trackingCode: string, receivedAt: string): Promise<void> {
    server.clock.set(receivedAt);
    await staffMove(server, trackingCode, { to: 'received' });
    await staffMove(server, trackingCode, { to: 'diagnosed' });
    await staffMove(server, trackingCode, { to: 'awaiting_approval', estimate });
    await decideEstimate(server.deps, server.brand.id, EstimateDecisionRequest.parse({ trackingCode, email: ownerEmail, decision: 'approve', name: 'Ada Owner' }), '203.0.113.7');
  }

  /** Through the whole service: received, estimate approved, workshop, ready at `readyAt`, returned a day later, then rated. */
  async function serviced(serviceType: string, history: { receivedAt: string; readyAt: string; rating?: number; centreId?: string }): Promise<string> {
    const trackingCode = await book(serviceType, history.centreId);
    await receiveAndApprove(trackingCode, history.receivedAt);
    await staffMove(server, trackingCode, { to: 'in_repair' });
    await staffMove(server, trackingCode, { to: 'quality_control' });
    server.clock.set(history.readyAt);
    await staffMove(server, trackingCode, { to: 'ready' });
    server.clock.advance(86_400_000);
    await staffMove(server, trackingCode, { to: 'returned' });
    if (history.rating !== undefined) {
      await rateRepair(server.deps, server.brand.id, RatingRequest.parse({ trackingCode, email: ownerEmail, score: history.rating }));
    }
    return trackingCode;
  }

  it('matches a hand calculation: per centre and service, nearest-rank median and p90, on-time share in the centre’s time zone, ratings', async () => {
    /*
     * Paris (Europe/Paris, UTC+1 in winter), full service, promised 30 days after receipt.
     * All five are received on 25 November (Paris), so each is promised for 25 December.
     *   A ready 10 Dec 10:00 UTC          → 15 days, on time, rated 5
     *   B ready 20 Dec 10:00 UTC          → 25 days, on time, rated 4
     *   C ready 25 Dec 23:30 UTC = 26 Dec 00:30 in Paris → 31 days, LATE (on time by the UTC date), not rated
     *   D ready  4 Jan 10:00 UTC          → 40 days, late, rated 2
     *   E ready  1 Dec 10:00 UTC          →  6 days, on time, not rated
     * Sorted: 6, 15, 25, 31, 40 (n = 5). Median: rank ⌈0.5·5⌉ = 3 → 25. p90: rank ⌈0.9·5⌉ = 5 → 40.
     * On time 3 of 5 = 0.6. Ratings 5, 4, 2: mean 11/3 = 3.666… → 3.67, count 3.
     *
     * Paris, water-resistance test (promised 2 days): received 25 Nov 10:00 UTC, ready 26 Nov 09:00 UTC
     *   → 1 day, on time, rated 3: median 1, p90 1, share 1, average 3, count 1.
     *
     * Genève (Europe/Zurich), full service: received 25 Nov 10:00 UTC, ready 5 Dec 10:00 UTC → 10 days,
     *   on time, not rated: average null, count 0.
     *
     * Left out of every figure: a full service declined and returned without work, one cancelled,
     * and one ready but not yet returned.
     */
    const receivedAt = '2026-11-25T10:00:00.000Z';
    await serviced('full_service', { receivedAt, readyAt: '2026-12-10T10:00:00.000Z', rating: 5 });
    await serviced('full_service', { receivedAt, readyAt: '2026-12-20T10:00:00.000Z', rating: 4 });
    await serviced('full_service', { receivedAt, readyAt: '2026-12-25T23:30:00.000Z' });
    await serviced('full_service', { receivedAt, readyAt: '2027-01-04T10:00:00.000Z', rating: 2 });
    await serviced('full_service', { receivedAt, readyAt: '2026-12-01T10:00:00.000Z' });
    await serviced('water_resistance_test', { receivedAt, readyAt: '2026-11-26T09:00:00.000Z', rating: 3 });
    await serviced('full_service', { receivedAt, readyAt: '2026-12-05T10:00:00.000Z', centreId: geneve.id });

    const declined = await book('full_service');
    server.clock.set(receivedAt);
    await staffMove(server, declined, { to: 'received' });
    await staffMove(server, declined, { to: 'diagnosed' });
    await staffMove(server, declined, { to: 'awaiting_approval', estimate });
    await decideEstimate(server.deps, server.brand.id, EstimateDecisionRequest.parse({ trackingCode: declined, email: ownerEmail, decision: 'decline', name: 'Ada Owner' }), '203.0.113.7');
    await staffMove(server, declined, { to: 'returned' });
    await rateRepair(server.deps, server.brand.id, RatingRequest.parse({ trackingCode: declined, email: ownerEmail, score: 1 }));
    await staffMove(server, await book('full_service'), { to: 'cancelled' });
    const notYetReturned = await book('full_service');
    await receiveAndApprove(notYetReturned, receivedAt);
    for (const to of ['in_repair', 'quality_control', 'ready'] as const) await staffMove(server, notYetReturned, { to });

    server.clock.set('2027-02-01T12:00:00.000Z');
    const response = await server.request('/v1/service-metrics', { key: 'secret' });
    assert.equal(response.status, 200, await response.clone().text());
    const metrics = (await response.json()) as ServiceMetrics;
    assert.equal(metrics.generatedAt, '2027-02-01T12:00:00.000Z');
    assert.deepEqual(metrics.rows, [
      {
        serviceCentreId: paris.id,
        centreName: paris.name,
        serviceType: 'full_service',
        returnedCount: 5,
        medianTurnaroundDays: 25,
        p90TurnaroundDays: 40,
        onTimeShare: 0.6,
        averageRating: 3.67,
        ratingCount: 3,
      },
      {
        serviceCentreId: paris.id,
        centreName: paris.name,
        serviceType: 'water_resistance_test',
        returnedCount: 1,
        medianTurnaroundDays: 1,
        p90TurnaroundDays: 1,
        onTimeShare: 1,
        averageRating: 3,
        ratingCount: 1,
      },
      {
        serviceCentreId: geneve.id,
        centreName: geneve.name,
        serviceType: 'full_service',
        returnedCount: 1,
        medianTurnaroundDays: 10,
        p90TurnaroundDays: 10,
        onTimeShare: 1,
        averageRating: null,
        ratingCount: 0,
      },
    ]);
  });

  it('answers no rows before any repair is returned, and only to the secret key', async () => {
    const response = await server.request('/v1/service-metrics', { key: 'secret' });
    assert.deepEqual(((await response.json()) as ServiceMetrics).rows, []);
    const fromPage = await server.fromWidget('/v1/service-metrics');
    assert.equal(fromPage.status, 403);
  });
});

it('takes percentiles by nearest rank: always a value that happened', () => {
  assert.equal(nearestRankPercentile([], 50), null);
  assert.equal(nearestRankPercentile([7], 90), 7);
  assert.equal(nearestRankPercentile([4, 1, 3, 2], 50), 2, 'even n: the lower middle value, rank ⌈0.5·4⌉ = 2');
  assert.equal(nearestRankPercentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 90), 90, 'rank ⌈0.9·10⌉ = 9');
  assert.equal(nearestRankPercentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110], 90), 100, 'rank ⌈0.9·11⌉ = 10');
});
