/** The repair operations through HTTP: the status codes and problem documents a widget or the service desk sees. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { RepairOrder, RepairTracker } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestRequestInit, type TestServer } from '../../testing/index.ts';
import { fixtureCentreId, insertSlot } from './testing.ts';

interface Problem {
  status: number;
  code: string;
  detail?: string;
  errors?: { path: string; code: string }[];
}

const ownerEmail = 'ada@example.com';

describeEachDatabase('repair routes', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
  });
  afterEach(() => server.close());


  function fromServiceDesk(path: string, init: Omit<TestRequestInit, 'key'> = {}): Promise<Response> {
    return server.request(path, { key: 'secret', ...init });
  }

  function bookingBody(overrides: Record<string, unknown> = {}) {
    return {
      serial: server.items[0]!.serial,
      serviceType: 'full_service',
      description: 'Stops overnight.',
      serviceCentreId: fixtureCentreId,
      dropOff: { method: 'mail_in' },
      contact: { name: 'Ada Owner', email: ownerEmail, language: 'en' },
      ...overrides,
    };
  }

  async function book(overrides: Record<string, unknown> = {}): Promise<RepairTracker> {
    const response = await server.fromWidget('/v1/repairs', bookingBody(overrides));
    assert.equal(response.status, 201, await response.clone().text());
    return (await response.json()) as RepairTracker;
  }

  async function move(trackingCode: string, body: unknown): Promise<Response> {
    return fromServiceDesk(`/v1/repairs/${trackingCode}/transitions`, { body });
  }

  async function problemOf(response: Response, status: number): Promise<Problem> {
    assert.equal(response.status, status, await response.clone().text());
    assert.match(response.headers.get('Content-Type') ?? '', /application\/problem\+json/);
    return (await response.json()) as Problem;
  }

  it('books with 201 and a tracking code, then opens the tracker with the code and e-mail in the body', async () => {
    const slotId = await insertSlot(server, { startsAt: '2026-12-03T09:00:00.000Z', capacity: 2 });
    const tracker = await book({ dropOff: { method: 'slot', slotId } });
    assert.match(tracker.trackingCode, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}$/);
    assert.equal(tracker.status, 'requested');
    assert.deepEqual(tracker.dropOff.slot, { startsAt: '2026-12-03T09:00:00.000Z', endsAt: '2026-12-03T09:30:00.000Z' });

    const lookup = await server.fromWidget('/v1/repairs/lookup', { trackingCode: tracker.trackingCode, email: ownerEmail.toUpperCase() });
    assert.equal(lookup.status, 200);
    assert.deepEqual(await lookup.json(), tracker);
  });

  it('keeps the line breaks of a description, on the tracker and the service desk\'s order', async () => {
    const description = 'Loses two minutes a day.\r\nThe crown is stiff.\n\nBought in 1998.';
    const tracker = await book({ description });
    assert.equal(tracker.description, description);
    const order = (await (await fromServiceDesk(`/v1/repairs/${tracker.trackingCode}`)).json()) as RepairOrder;
    assert.equal(order.description, description);
  });

  it('answers a wrong e-mail with exactly the 404 of an unknown code', async () => {
    const { trackingCode } = await book();
    const wrongEmail = await server.fromWidget('/v1/repairs/lookup', { trackingCode, email: 'someone.else@example.com' });
    const unknownCode = await server.fromWidget('/v1/repairs/lookup', { trackingCode: '0000-0000-0000', email: ownerEmail });
    assert.equal(wrongEmail.status, 404);
    assert.equal(unknownCode.status, 404);
    const [wrongEmailBody, unknownCodeBody] = [await wrongEmail.text(), await unknownCode.text()];
    assert.equal(wrongEmailBody, unknownCodeBody);
    assert.equal((JSON.parse(wrongEmailBody) as Problem).code, 'unknown_repair');
  });

  it('lets the service desk move a repair with the secret key, and refuses the publishable key', async () => {
    const { trackingCode } = await book();
    const refused = await server.request(`/v1/repairs/${trackingCode}/transitions`, { key: 'publishable', body: { to: 'received' } });
    assert.equal((await problemOf(refused, 403)).code, 'forbidden');
    const unchanged = (await (await fromServiceDesk(`/v1/repairs/${trackingCode}`)).json()) as RepairOrder;
    assert.equal(unchanged.status, 'requested');

    const moved = await move(trackingCode, { to: 'received', note: 'Arrived by post.' });
    assert.equal(moved.status, 201);
    const order = (await moved.json()) as RepairOrder;
    assert.equal(order.status, 'received');
    assert.equal(order.promisedDate, '2026-12-25', 'full service: 30 days from 25 November, the day it was received in Paris');
    assert.deepEqual(
      order.history.map((change) => [change.to, change.note]),
      [
        ['requested', null],
        ['received', 'Arrived by post.'],
      ],
    );
  });

  it('refuses an invalid transition with 409 naming both states', async () => {
    const { trackingCode } = await book();
    const problem = await problemOf(await move(trackingCode, { to: 'ready' }), 409);
    assert.equal(problem.code, 'invalid_transition');
    assert.match(problem.detail ?? '', /"requested"/);
    assert.match(problem.detail ?? '', /"ready"/);
  });

  it('takes the owner’s estimate decision and, after return, their rating', async () => {
    const { trackingCode } = await book();
    for (const to of ['received', 'diagnosed']) assert.equal((await move(trackingCode, { to })).status, 201);
    const estimate = { currency: 'EUR', lineItems: [{ description: 'Full service', amountMinorUnits: 48_000 }], validUntil: '2026-12-31' };
    assert.equal((await move(trackingCode, { to: 'awaiting_approval', estimate })).status, 201);

    const decided = await server.fromWidget('/v1/repairs/estimate-decisions', { trackingCode, email: ownerEmail, decision: 'approve', name: 'Ada Owner' });
    assert.equal(decided.status, 200);
    const tracker = (await decided.json()) as RepairTracker;
    assert.equal(tracker.status, 'approved');
    assert.equal(tracker.estimate?.decision?.name, 'Ada Owner');

    const early = await server.fromWidget('/v1/repairs/ratings', { trackingCode, email: ownerEmail, score: 5 });
    assert.equal((await problemOf(early, 409)).code, 'repair_not_returned');

    for (const to of ['in_repair', 'quality_control', 'ready', 'returned']) assert.equal((await move(trackingCode, { to })).status, 201);
    const rated = await server.fromWidget('/v1/repairs/ratings', { trackingCode, email: ownerEmail, score: 4, comment: 'Runs well again.' });
    assert.equal(rated.status, 201);
    assert.deepEqual(((await rated.json()) as RepairTracker).rating, { score: 4, comment: 'Runs well again.', ratedAt: '2026-11-25T10:00:00.000Z' });
  });

  const malformed: { name: string; path: string; send: (server: TestServer) => { url: string; body: unknown; key: 'publishable' | 'secret' } }[] = [
    { name: 'a booking without a serial', path: 'serial', send: () => ({ url: '/v1/repairs', key: 'publishable', body: { ...bookingBody(), serial: undefined } }) },
    { name: 'a slot drop-off without its slot', path: 'dropOff.slotId', send: () => ({ url: '/v1/repairs', key: 'publishable', body: bookingBody({ dropOff: { method: 'slot' } }) }) },
    {
      name: 'a contact e-mail that is not one',
      path: 'contact.email',
      send: () => ({ url: '/v1/repairs', key: 'publishable', body: bookingBody({ contact: { name: 'Ada', email: 'ada-at-example', language: 'en' } }) }),
    },
    {
      name: 'a contact name on two lines',
      path: 'contact.name',
      send: () => ({ url: '/v1/repairs', key: 'publishable', body: bookingBody({ contact: { name: 'Ada\nBcc: x@y', email: ownerEmail, language: 'en' } }) }),
    },
    {
      name: 'a description holding a control character other than a line break',
      path: 'description',
      send: () => ({ url: '/v1/repairs', key: 'publishable', body: bookingBody({ description: 'Stops\u0007 overnight.' }) }),
    },
    { name: 'a rating of 6', path: 'score', send: () => ({ url: '/v1/repairs/ratings', key: 'publishable', body: { trackingCode: '0000-0000-0000', email: ownerEmail, score: 6 } }) },
    {
      name: 'a decision that is neither approve nor decline',
      path: 'decision',
      send: () => ({ url: '/v1/repairs/estimate-decisions', key: 'publishable', body: { trackingCode: '0000-0000-0000', email: ownerEmail, decision: 'maybe', name: 'Ada' } }),
    },
    { name: 'a move to an unknown status', path: 'to', send: () => ({ url: '/v1/repairs/0000-0000-0000/transitions', key: 'secret', body: { to: 'lost_in_the_post' } }) },
  ];
  for (const { name, path, send } of malformed) {
    it(`answers ${name} with 422 naming ${path}`, async () => {
      const { url, body, key } = send(server);
      const response = await server.request(url, { key, body, ...(key === 'publishable' ? { headers: { Origin: server.keys.origin } } : {}) });
      const problem = await problemOf(response, 422);
      assert.equal(problem.code, 'validation_failed');
      assert.ok(
        problem.errors?.some((error) => error.path === path),
        `expected an error at ${path}, got ${JSON.stringify(problem.errors)}`,
      );
    });
  }
});
