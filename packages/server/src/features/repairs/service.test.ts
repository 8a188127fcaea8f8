import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { EstimateDecisionRequest, RatingRequest, repairStatuses } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { rejection } from '../warranties/testing.ts';
import { bookRepair } from './booking.ts';
import { decideEstimate, getRepairOrder, lookupRepair, rateRepair, serviceExtensionReason } from './lifecycle.ts';
import { repairTransitions } from './state-machine.ts';
import { booking, fixtureMailInInstructions, insertActiveWarranty, insertSlot, staffMove } from './testing.ts';

const ownerAddress = '203.0.113.7';
const estimate = {
  currency: 'EUR',
  lineItems: [
    { description: 'Full service of the movement', amountMinorUnits: 45_000 },
    { description: 'Crown replaced', amountMinorUnits: 12_000, coveredByWarranty: true },
  ],
  validUntil: '2026-12-31',
};

describeEachDatabase('repairs', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
  });
  afterEach(() => server.close());

  async function bookedRepair(serial = server.items[0]!.serial) {
    return bookRepair(server.deps, server.brand.id, booking(serial));
  }

  function decide(trackingCode: string, decision: 'approve' | 'decline') {
    return decideEstimate(server.deps, server.brand.id, EstimateDecisionRequest.parse({ trackingCode, email: 'ada@example.com', decision, name: 'Ada Owner' }), ownerAddress);
  }

  it('answers a grouped, unambiguous tracking code and the tracker with the mail-in instructions', async () => {
    const tracker = await bookedRepair();
    assert.match(tracker.trackingCode, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    assert.equal(tracker.status, 'requested');
    assert.deepEqual(tracker.dropOff, { method: 'mail_in', slot: null, mailInInstructions: fixtureMailInInstructions, retailer: null });
    assert.equal(tracker.promisedDate, null);
    const other = await bookedRepair();
    assert.notEqual(other.trackingCode, tracker.trackingCode);
  });

  it('refuses every move outside the state machine, naming both states, and leaves the repair as it was', async () => {
    const { trackingCode } = await bookedRepair();
    let refused = 0;
    for (const from of repairStatuses) {
      for (const to of repairStatuses) {
        if (repairTransitions[from][to] === 'staff') continue;
        await server.db.updateTable('repair_orders').set({ status: from }).where('tracking_code', '=', trackingCode).execute();
        const error = await rejection(staffMove(server, trackingCode, { to, ...(to === 'awaiting_approval' ? { estimate } : {}) }));
        assert.equal(error.code, 'invalid_transition', `${from} → ${to}`);
        assert.equal(error.status, 409);
        assert.ok(error.message.includes(`"${from.replaceAll('_', ' ')}"`) && error.message.includes(`"${to.replaceAll('_', ' ')}"`), error.message);
        const stored = await server.db.selectFrom('repair_orders').select('status').where('tracking_code', '=', trackingCode).executeTakeFirstOrThrow();
        assert.equal(stored.status, from);
        refused += 1;
      }
    }
    // 11 × 11 pairs, less the 13 moves the service desk makes.
    assert.equal(refused, 121 - 13);
    const history = await server.db.selectFrom('repair_status_changes').select('id').execute();
    assert.equal(history.length, 1, 'no refused move left a history row');
  });

  it('lets the owner, not the service desk, decide the estimate', async () => {
    const { trackingCode } = await bookedRepair();
    await server.db.updateTable('repair_orders').set({ status: 'awaiting_approval' }).where('tracking_code', '=', trackingCode).execute();
    const error = await rejection(staffMove(server, trackingCode, { to: 'approved' }));
    assert.equal(error.code, 'invalid_transition');
    assert.match(error.message, /owner’s decision/);
  });

  it('books exactly the capacity of a slot under 40 concurrent bookings', async () => {
    const slotId = await insertSlot(server, { startsAt: '2026-12-01T09:00:00.000Z', capacity: 3 });
    const serial = server.items[0]!.serial;
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, () => bookRepair(server.deps, server.brand.id, booking(serial, { dropOff: { method: 'slot', slotId } }))),
    );
    const booked = results.filter((result) => result.status === 'fulfilled');
    const refusals = results.flatMap((result) => (result.status === 'rejected' ? [(result.reason as { code?: string }).code] : []));
    assert.equal(booked.length, 3);
    assert.deepEqual(new Set(refusals), new Set(['slot_full']));
    const slot = await server.db.selectFrom('drop_off_slots').select('booked').where('id', '=', slotId).executeTakeFirstOrThrow();
    assert.equal(slot.booked, 3);
    const repairs = await server.db.selectFrom('repair_orders').select('id').where('drop_off_slot_id', '=', slotId).execute();
    assert.equal(repairs.length, 3);
  });

  it('refuses a past slot or another centre’s slot as unknown, naming the field', async () => {
    const past = await insertSlot(server, { startsAt: '2026-11-20T09:00:00.000Z', capacity: 3 });
    const error = await rejection(bookRepair(server.deps, server.brand.id, booking(server.items[0]!.serial, { dropOff: { method: 'slot', slotId: past } })));
    assert.equal(error.code, 'unknown_slot');
    assert.equal(error.fieldErrors?.[0]?.path, 'dropOff.slotId');
  });

  it('reveals nothing to a right code with a wrong e-mail: the same answer as an unknown code', async () => {
    const { trackingCode } = await bookedRepair();
    const wrongEmail = await rejection(lookupRepair(server.deps, server.brand.id, { trackingCode, email: 'someone.else@example.com' }));
    const unknownCode = await rejection(lookupRepair(server.deps, server.brand.id, { trackingCode: '0000-0000-0000', email: 'ada@example.com' }));
    assert.equal(wrongEmail.code, 'unknown_repair');
    assert.equal(wrongEmail.status, 404);
    assert.deepEqual([wrongEmail.code, wrongEmail.status, wrongEmail.message, wrongEmail.fieldErrors], [unknownCode.code, unknownCode.status, unknownCode.message, unknownCode.fieldErrors]);

    // As typed from an e-mail or read over the phone: lower case, no dashes, O for 0, I or L for 1.
    const typed = trackingCode.replaceAll('-', '').toLowerCase().replaceAll('0', 'o').replaceAll('1', 'l');
    const tracker = await lookupRepair(server.deps, server.brand.id, { trackingCode: typed, email: ' ADA@example.com ' });
    assert.equal(tracker.trackingCode, trackingCode);
  });

  it('takes in a stolen piece, flags it to staff and tells the person booking nothing', async () => {
    const tracker = await bookedRepair(server.unavailableItems.stolen.serial);
    assert.ok(!JSON.stringify(tracker).includes('stolen'));
    const order = await getRepairOrder(server.deps, server.brand.id, tracker.trackingCode);
    assert.equal(order.flaggedItemStatus, 'stolen');
    const destroyed = await rejection(bookedRepair(server.unavailableItems.destroyed.serial));
    assert.equal(destroyed.code, 'item_unavailable');
  });

  it('goes through service: promised date on receipt, estimate decided by name, warranty extended and a serviced event on return, then a rating', async () => {
    const item = server.items[0]!;
    const warrantyId = await insertActiveWarranty(server, item.id, '2027-06-01');
    const { trackingCode } = await bookedRepair(item.serial);

    // 23:30 UTC on 25 November is already 26 November in Paris: the turnaround counts from the centre's day.
    server.clock.set('2026-11-25T23:30:00.000Z');
    const received = await staffMove(server, trackingCode, { to: 'received', note: 'Arrived by post, case scratched.' });
    assert.equal(received.promisedDate, '2026-12-26', 'full service: 30 days from 26 November');
    assert.equal(received.onTime, true);

    await staffMove(server, trackingCode, { to: 'diagnosed' });
    const missing = await rejection(staffMove(server, trackingCode, { to: 'awaiting_approval' }));
    assert.equal(missing.code, 'estimate_required');
    const awaiting = await staffMove(server, trackingCode, { to: 'awaiting_approval', estimate });
    assert.equal(awaiting.estimate?.totalMinorUnits, 45_000, 'the covered crown costs nothing');
    assert.equal(awaiting.estimate?.lineItems[1]?.coveredByWarranty, true);

    server.clock.set('2026-11-27T08:00:00.000Z');
    const approved = await decide(trackingCode, 'approve');
    assert.equal(approved.status, 'approved');
    assert.deepEqual(approved.estimate?.decision, { decision: 'approve', decidedAt: '2026-11-27T08:00:00.000Z', name: 'Ada Owner' });
    const again = await rejection(decide(trackingCode, 'decline'));
    assert.equal(again.code, 'invalid_transition');

    const early = await rejection(rateRepair(server.deps, server.brand.id, RatingRequest.parse({ trackingCode, email: 'ada@example.com', score: 5 })));
    assert.equal(early.code, 'repair_not_returned');

    for (const to of ['in_repair', 'quality_control', 'ready'] as const) await staffMove(server, trackingCode, { to });
    server.clock.set('2026-12-20T15:00:00.000Z');
    const returned = await staffMove(server, trackingCode, { to: 'returned' });
    assert.equal(returned.onTime, true);
    assert.equal(returned.estimateDecisionAddress, ownerAddress);
    assert.deepEqual(returned.history.map((change) => change.to), ['requested', 'received', 'diagnosed', 'awaiting_approval', 'approved', 'in_repair', 'quality_control', 'ready', 'returned']);
    assert.equal(returned.history[1]?.note, 'Arrived by post, case scratched.');
    assert.deepEqual(returned.warranty, { status: 'active', coverageEnd: '2028-06-01' });

    const extensions = await server.db.selectFrom('warranty_extensions').select(['reason', 'months']).where('warranty_id', '=', warrantyId).execute();
    assert.deepEqual(extensions.map((row) => ({ ...row })), [{ reason: serviceExtensionReason, months: 12 }]);
    const serviced = await server.db.selectFrom('provenance_events').select(['city', 'details', 'occurred_at']).where('item_id', '=', item.id).where('type', '=', 'serviced').execute();
    assert.deepEqual(serviced.map((row) => ({ ...row })), [{ city: 'Paris', details: JSON.stringify({ serviceType: 'full_service', coverageEnd: '2028-06-01' }), occurred_at: '2026-12-20T15:00:00.000Z' }]);

    const rated = await rateRepair(server.deps, server.brand.id, RatingRequest.parse({ trackingCode, email: 'ada@example.com', score: 5, comment: 'Like new.' }));
    assert.deepEqual(rated.rating, { score: 5, comment: 'Like new.', ratedAt: '2026-12-20T15:00:00.000Z' });
    const twice = await rejection(rateRepair(server.deps, server.brand.id, RatingRequest.parse({ trackingCode, email: 'ada@example.com', score: 1 })));
    assert.equal(twice.code, 'already_rated');
  });

  it('returns a declined piece without work: no extension, no serviced event', async () => {
    const item = server.items[1]!;
    const warrantyId = await insertActiveWarranty(server, item.id, '2027-06-01');
    const { trackingCode } = await bookedRepair(item.serial);
    for (const to of ['received', 'diagnosed'] as const) await staffMove(server, trackingCode, { to });
    await staffMove(server, trackingCode, { to: 'awaiting_approval', estimate });
    const declined = await decide(trackingCode, 'decline');
    assert.equal(declined.estimate?.decision?.decision, 'decline');
    const returned = await staffMove(server, trackingCode, { to: 'returned' });
    assert.equal(returned.status, 'returned');
    assert.equal(returned.onTime, null, 'nothing was promised back repaired');

    const warranty = await server.db.selectFrom('warranties').select('coverage_end').where('id', '=', warrantyId).executeTakeFirstOrThrow();
    assert.equal(warranty.coverage_end, '2027-06-01');
    const serviced = await server.db.selectFrom('provenance_events').select('id').where('item_id', '=', item.id).where('type', '=', 'serviced').execute();
    assert.equal(serviced.length, 0);
  });

  it('refuses an estimate that has already lapsed when the service desk sends it, naming the field', async () => {
    const { trackingCode } = await bookedRepair();
    for (const to of ['received', 'diagnosed'] as const) await staffMove(server, trackingCode, { to });
    server.clock.set('2026-12-01T12:00:00.000Z');
    const error = await rejection(staffMove(server, trackingCode, { to: 'awaiting_approval', estimate: { ...estimate, validUntil: '2026-11-30' } }));
    assert.equal(error.code, 'validation_failed');
    assert.deepEqual(error.fieldErrors?.map((fieldError) => fieldError.path), ['estimate.validUntil']);
    const order = await getRepairOrder(server.deps, server.brand.id, trackingCode);
    assert.equal(order.status, 'diagnosed', 'the repair did not move');
  });

  it('tells the service desk an unknown code is unknown, without speaking of an e-mail', async () => {
    const error = await rejection(getRepairOrder(server.deps, server.brand.id, 'ZZZZ-ZZZZ-ZZZZ'));
    assert.equal(error.code, 'unknown_repair');
    assert.doesNotMatch(error.message, /e-mail/);
  });

  it('refuses a decision on an estimate past its validity', async () => {
    const { trackingCode } = await bookedRepair();
    for (const to of ['received', 'diagnosed'] as const) await staffMove(server, trackingCode, { to });
    await staffMove(server, trackingCode, { to: 'awaiting_approval', estimate: { ...estimate, validUntil: '2026-11-30' } });
    server.clock.set('2026-12-01T12:00:00.000Z');
    const error = await rejection(decide(trackingCode, 'approve'));
    assert.equal(error.code, 'estimate_expired');
    const order = await getRepairOrder(server.deps, server.brand.id, trackingCode);
    assert.equal(order.status, 'awaiting_approval');
    assert.equal(order.estimate?.decision, null);
  });
});
