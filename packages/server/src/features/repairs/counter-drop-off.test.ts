/**
 * Service at the counter (issue 15): a retailer's staff take a piece in for its owner, drop-off
 * `retailer`. Only a retailer's caller may; the contact typed at the counter gets one confirmation
 * request and nothing else until its link is used; the desk and the brand see whether it was; the
 * retailer lists only the repairs left with it.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { trackerLinkFragmentKey, type RepairBookingRequest, type RepairList, type RepairOrder, type RepairTracker } from '@atelier/client/contract';
import type { MailMessage } from '../../mail/mailer.ts';
import { createTestServer, describeEachDatabase, type SignedInTestPerson, type TestServer } from '../../testing/index.ts';
import { fixtureCentreId, staffMove } from './testing.ts';

const contactEmail = 'client@example.com';

function counterBooking(serial: string, overrides: Partial<RepairBookingRequest> = {}): RepairBookingRequest {
  return {
    serial,
    serviceType: 'full_service',
    description: 'Stops overnight; crystal scratched at 3 o’clock.',
    serviceCentreId: fixtureCentreId,
    dropOff: { method: 'retailer' },
    contact: { name: 'Grace Client', email: contactEmail, language: 'en' },
    ...overrides,
  };
}

/** The tracking code and token of an e-mailed link, as the tracker widget reads its fragment. */
function linkParts(message: MailMessage): { trackingCode: string; linkToken: string } {
  const [key, value = ''] = new URL(message.link ?? '').hash.slice(1).split('=');
  assert.equal(key, trackerLinkFragmentKey);
  const [trackingCode = '', linkToken = ''] = value.split('.');
  return { trackingCode, linkToken };
}

describeEachDatabase('service at the counter', (database) => {
  let server: TestServer;
  let associate: SignedInTestPerson;
  beforeEach(async () => {
    server = await createTestServer({ database });
    associate = await server.signIn({ role: 'associate' });
  });
  afterEach(() => server.close());

  async function takeIn(serial: string, as: { session?: string; key?: 'retailer' | 'otherRetailer' } = { session: associate.session }): Promise<RepairTracker> {
    const response = await server.request('/v1/repairs', { method: 'POST', ...as, body: counterBooking(serial) });
    assert.equal(response.status, 201, await response.clone().text());
    return (await response.json()) as RepairTracker;
  }

  async function order(trackingCode: string): Promise<RepairOrder> {
    const response = await server.request(`/v1/repairs/${trackingCode}`, { key: 'secret' });
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as RepairOrder;
  }

  async function lookup(body: unknown): Promise<Response> {
    return server.fromWidget('/v1/repairs/lookup', body);
  }

  it('takes the piece in at the associate’s counter and e-mails the contact only a confirmation request', async () => {
    const item = server.items[0]!;
    const tracker = await takeIn(item.serial);
    const retailer = server.retailers[0]!;
    assert.deepEqual(tracker.dropOff, { method: 'retailer', slot: null, mailInInstructions: null, retailer: { id: retailer.id, name: retailer.name, city: retailer.city, country: retailer.country } });

    assert.equal(server.mailer.messages.length, 1, 'one e-mail: the confirmation request, no booking notice');
    const request = server.mailer.messages[0]!;
    assert.equal(request.to, contactEmail);
    assert.equal(request.subject, 'Maison Fixture: please confirm your e-mail address');
    assert.ok(request.text.includes(retailer.name), 'says which retailer took a piece in');
    // A mistyped address learns nothing of someone's repair beyond the request itself.
    const body = `${request.subject}\n${request.text}\n${request.html}`.replace(request.link!, '').replace(request.link!.replaceAll('&', '&amp;'), '');
    for (const detail of [item.serial, 'Stops overnight', 'Grace', tracker.trackingCode, 'Full service', 'full_service']) {
      assert.ok(!body.includes(detail), `the confirmation request leaves out ${detail}`);
    }
    assert.equal(linkParts(request).trackingCode, tracker.trackingCode);

    const desk = await order(tracker.trackingCode);
    assert.equal(desk.contactConfirmation, 'pending');
  });

  it('holds every update back until the link is used, then mails the next one; a typed e-mail confirms nothing', async () => {
    const tracker = await takeIn(server.items[0]!.serial);
    const request = server.mailer.messages[0]!;
    await staffMove(server, tracker.trackingCode, { to: 'received' });
    assert.equal(server.mailer.messages.length, 1, 'no “received” e-mail to an unconfirmed address');

    // The owner, with the counter receipt's code and their address, may follow the repair; that proves knowing the address, not reading it.
    const typed = await lookup({ trackingCode: tracker.trackingCode, email: contactEmail });
    assert.equal(typed.status, 200, await typed.clone().text());
    assert.equal((await order(tracker.trackingCode)).contactConfirmation, 'pending');
    await staffMove(server, tracker.trackingCode, { to: 'diagnosed' });
    await staffMove(server, tracker.trackingCode, {
      to: 'awaiting_approval',
      estimate: { currency: 'EUR', lineItems: [{ description: 'Full service', amountMinorUnits: 48_000 }], validUntil: '2026-12-31' },
    });
    assert.equal(server.mailer.messages.length, 1, 'no estimate e-mail either');

    const opened = await lookup(linkParts(request));
    assert.equal(opened.status, 200, await opened.clone().text());
    assert.equal(((await opened.json()) as RepairTracker).status, 'awaiting_approval', 'the tracker shows where the repair stands');
    assert.equal((await order(tracker.trackingCode)).contactConfirmation, 'confirmed');

    await staffMove(server, tracker.trackingCode, { to: 'cancelled' });
    assert.equal(server.mailer.messages.length, 2);
    assert.equal(server.mailer.messages[1]!.to, contactEmail);
    assert.match(server.mailer.messages[1]!.subject, /cancelled/);
  });

  it('tells an owner whose piece is ready that it goes back to the counter it was left at', async () => {
    const tracker = await takeIn(server.items[0]!.serial);
    assert.equal((await lookup(linkParts(server.mailer.messages[0]!))).status, 200);
    for (const to of ['received', 'diagnosed'] as const) await staffMove(server, tracker.trackingCode, { to });
    await staffMove(server, tracker.trackingCode, {
      to: 'awaiting_approval',
      estimate: { currency: 'EUR', lineItems: [{ description: 'Full service', amountMinorUnits: 48_000, coveredByWarranty: true }], validUntil: '2026-12-31' },
    });
    const decided = await server.fromWidget('/v1/repairs/estimate-decisions', { ...linkParts(server.mailer.messages[0]!), decision: 'approve', name: 'Grace Client' });
    assert.equal(decided.status, 200, await decided.clone().text());
    for (const to of ['in_repair', 'quality_control', 'ready'] as const) await staffMove(server, tracker.trackingCode, { to });
    const ready = server.mailer.messages.at(-1)!;
    assert.match(ready.subject, /is ready/);
    assert.ok(ready.text.includes(`on its way back to ${server.retailers[0]!.name}, ${server.retailers[0]!.city}`), ready.text);
  });

  it('lets a retailer’s key and its manager take a piece in too, each for its own counter', async () => {
    const byKey = await takeIn(server.items[0]!.serial, { key: 'otherRetailer' });
    assert.equal(byKey.dropOff.retailer?.id, server.retailers[1]!.id);
    const manager = await server.signIn({ role: 'manager' });
    const byManager = await takeIn(server.items[1]!.serial, { session: manager.session });
    assert.equal(byManager.dropOff.retailer?.id, server.retailers[0]!.id);
  });

  it('refuses the counter drop-off to a page’s key and the brand’s secret key, naming dropOff.method', async () => {
    for (const key of ['publishable', 'secret'] as const) {
      const response = await server.request('/v1/repairs', {
        method: 'POST',
        key,
        ...(key === 'publishable' ? { headers: { Origin: server.keys.origin } } : {}),
        body: counterBooking(server.items[0]!.serial),
      });
      assert.equal(response.status, 422, await response.clone().text());
      const problem = (await response.json()) as { code: string; errors: { path: string; code: string }[] };
      assert.equal(problem.code, 'validation_failed');
      assert.deepEqual(
        problem.errors.map((error) => error.path),
        ['dropOff.method'],
      );
    }
    const slotWithCounter = await server.request('/v1/repairs', {
      method: 'POST',
      session: associate.session,
      body: // A slot with a counter drop-off, as a hand-written request might send it.
      counterBooking(server.items[0]!.serial, { dropOff: { method: 'retailer', slotId: 'slot_x' } as unknown as RepairBookingRequest['dropOff'] }),
    });
    assert.equal(slotWithCounter.status, 422);
    assert.deepEqual(
      ((await slotWithCounter.json()) as { errors: { path: string }[] }).errors.map((error) => error.path),
      ['dropOff.slotId'],
    );
    assert.equal(server.mailer.messages.length, 0);
    assert.equal((await server.db.selectFrom('repair_orders').select('id').execute()).length, 0, 'nothing booked');
  });

  it('lists at each counter only its own repairs, newest first, with the model and whether the contact confirmed', async () => {
    const first = await takeIn(server.items[0]!.serial);
    server.clock.advance(60_000);
    await takeIn(server.items[1]!.serial, { key: 'otherRetailer' });
    server.clock.advance(60_000);
    const second = await takeIn(server.items[2]!.serial);
    assert.equal((await lookup(linkParts(server.mailer.messages[0]!))).status, 200, 'the first contact confirms');
    await staffMove(server, first.trackingCode, { to: 'received' });

    const listed = await server.request('/v1/repairs', { session: associate.session });
    assert.equal(listed.status, 200, await listed.clone().text());
    const { repairs } = (await listed.json()) as RepairList;
    assert.deepEqual(
      repairs.map((repair) => [repair.trackingCode, repair.contactConfirmation, repair.status]),
      [
        [second.trackingCode, 'pending', 'requested'],
        [first.trackingCode, 'confirmed', 'received'],
      ],
    );
    const model = await server.db.selectFrom('items').innerJoin('models', 'models.id', 'items.model_id').select('models.name').where('items.id', '=', server.items[2]!.id).executeTakeFirstOrThrow();
    assert.equal(repairs[0]!.modelName, model.name);
    assert.equal(repairs[0]!.droppedOffAtRetailerId, server.retailers[0]!.id);

    const received = await server.request('/v1/repairs?status=received', { session: associate.session });
    assert.deepEqual(
      ((await received.json()) as RepairList).repairs.map((repair) => repair.trackingCode),
      [first.trackingCode],
    );
    const other = await server.request('/v1/repairs', { key: 'otherRetailer' });
    assert.equal(((await other.json()) as RepairList).repairs.length, 1, 'the other retailer sees its one repair only');
    const brand = await server.request('/v1/repairs', { key: 'secret' });
    assert.equal(((await brand.json()) as RepairList).repairs.length, 3, 'the brand sees all three');
  });
});
