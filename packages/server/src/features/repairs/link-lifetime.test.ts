/**
 * How long an e-mailed tracker link works: a year from its e-mail while the repair is open, and
 * 90 days after the repair closed. A lapsed link is refused exactly like a wrong one, on every
 * route that takes a link token, and the owner can still use the tracking code and e-mail.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { trackerLinkFragmentKey } from '@atelier/client/contract';
import type { MailMessage } from '../../mail/mailer.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { bookRepair } from './booking.ts';
import { getRepairOrder } from './lifecycle.ts';
import { booking, staffMove } from './testing.ts';

const ownerEmail = 'ada@example.com';
const millisecondsPerDay = 86_400_000;
/** Valid long after every link in these tests has lapsed, so only the link can refuse a decision. */
const estimate = { currency: 'EUR', lineItems: [{ description: 'Full service of the movement', amountMinorUnits: 45_000 }], validUntil: '2029-12-31' };

/** What a caller sees of an answer; rate-limit headers count requests, so they are left out. */
interface Reply {
  status: number;
  contentType: string | null;
  body: string;
}

async function replyOf(response: Promise<Response>): Promise<Reply> {
  const answered = await response;
  return { status: answered.status, contentType: answered.headers.get('Content-Type'), body: await answered.text() };
}

/** The token of the tracker link an e-mail carries. */
function linkTokenOf(message: MailMessage | undefined): string {
  const fragment = new URL(message?.link ?? '').hash.slice(1);
  const prefix = `${trackerLinkFragmentKey}=`;
  assert.ok(fragment.startsWith(prefix), fragment);
  const token = fragment.slice(prefix.length).split('.')[1];
  assert.ok(token, fragment);
  return token;
}

/** A token of the same shape that is not the repair's. */
function wrongTokenLike(token: string): string {
  return `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
}

describeEachDatabase('tracker links lapse', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
  });
  afterEach(() => server.close());


  function passDays(days: number): void {
    server.clock.advance(days * millisecondsPerDay);
  }

  /** Books a repair as Ada; answers its tracking code and the booking e-mail's link token. */
  async function book(): Promise<{ trackingCode: string; bookingToken: string }> {
    const { trackingCode } = await bookRepair(server.deps, server.brand.id, booking(server.items[0]!.serial, { contact: { name: 'Ada Owner', email: ownerEmail, language: 'en' } }));
    return { trackingCode, bookingToken: linkTokenOf(server.mailer.messages.at(-1)) };
  }

  /** Moves the repair to awaiting approval; answers the estimate e-mail's link token. */
  async function sendEstimate(trackingCode: string): Promise<string> {
    await staffMove(server, trackingCode, { to: 'received' });
    await staffMove(server, trackingCode, { to: 'diagnosed' });
    await staffMove(server, trackingCode, { to: 'awaiting_approval', estimate });
    return linkTokenOf(server.mailer.messages.at(-1));
  }

  /** Asserts the link opens the tracker now. */
  async function assertOpens(trackingCode: string, linkToken: string, when: string): Promise<void> {
    const response = await server.fromWidget('/v1/repairs/lookup', { trackingCode, linkToken });
    assert.equal(response.status, 200, `${when}: ${await response.text()}`);
  }

  /** Asserts a request with the lapsed token in `body` answers byte for byte what it answers with a wrong token. */
  async function assertRefusedLikeWrongToken(path: string, body: { linkToken: string } & Record<string, unknown>, when: string): Promise<void> {
    const lapsed = await replyOf(server.fromWidget(path, body));
    const wrong = await replyOf(server.fromWidget(path, { ...body, linkToken: wrongTokenLike(body.linkToken) }));
    assert.equal(lapsed.status, 404, `${when}: ${lapsed.body}`);
    assert.match(lapsed.body, /"code":"unknown_repair"/);
    assert.deepEqual(lapsed, wrong, when);
  }

  it('opens an open repair from a link up to 365 days old, and refuses a 366-day-old link like a wrong one', async () => {
    const { trackingCode, bookingToken } = await book();
    passDays(364);
    await assertOpens(trackingCode, bookingToken, 'day 364');
    passDays(1);
    await assertOpens(trackingCode, bookingToken, 'day 365');
    passDays(1);
    await assertRefusedLikeWrongToken('/v1/repairs/lookup', { trackingCode, linkToken: bookingToken }, 'day 366');
    const unknownCode = await replyOf(server.fromWidget('/v1/repairs/lookup', { trackingCode: '0000-0000-0000', linkToken: bookingToken }));
    assert.deepEqual(await replyOf(server.fromWidget('/v1/repairs/lookup', { trackingCode, linkToken: bookingToken })), unknownCode, 'lapsed link vs unknown code');

    const byEmail = await server.fromWidget('/v1/repairs/lookup', { trackingCode, email: ownerEmail });
    assert.equal(byEmail.status, 200, 'the tracking code and e-mail still open it');
  });

  it('opens a returned repair from its links for 90 days after the return, then refuses them, its rating too, like wrong ones', async () => {
    const { trackingCode, bookingToken } = await book();
    await sendEstimate(trackingCode);
    passDays(30);
    const declined = await server.fromWidget('/v1/repairs/estimate-decisions', { trackingCode, email: ownerEmail, decision: 'decline', name: 'Ada Owner' });
    assert.equal(declined.status, 200, await declined.text());
    await staffMove(server, trackingCode, { to: 'returned' });
    const returnedToken = linkTokenOf(server.mailer.messages.at(-1));

    passDays(89);
    await assertOpens(trackingCode, returnedToken, 'day 89 after the return');
    await assertOpens(trackingCode, bookingToken, 'day 89 after the return, the booking’s 119-day-old link');
    passDays(2);
    await assertRefusedLikeWrongToken('/v1/repairs/lookup', { trackingCode, linkToken: returnedToken }, 'day 91 after the return');
    await assertRefusedLikeWrongToken('/v1/repairs/lookup', { trackingCode, linkToken: bookingToken }, 'day 91 after the return, booking link');
    await assertRefusedLikeWrongToken('/v1/repairs/ratings', { trackingCode, linkToken: returnedToken, score: 5 }, 'rating, day 91');

    const rated = await server.fromWidget('/v1/repairs/ratings', { trackingCode, email: ownerEmail, score: 5 });
    assert.equal(rated.status, 201, `the owner still rates with the e-mail: ${await rated.text()}`);
    assert.equal((await server.fromWidget('/v1/repairs/lookup', { trackingCode, email: ownerEmail })).status, 200);
  });

  it('after a cancellation, opens only links that are both under a year old and within 90 days of the cancellation', async () => {
    const { trackingCode, bookingToken } = await book();
    passDays(300);
    await staffMove(server, trackingCode, { to: 'cancelled' });
    const cancellationToken = linkTokenOf(server.mailer.messages.at(-1));

    passDays(89);
    await assertOpens(trackingCode, cancellationToken, 'day 89 after the cancellation');
    await assertRefusedLikeWrongToken('/v1/repairs/lookup', { trackingCode, linkToken: bookingToken }, 'the booking’s 389-day-old link, within the grace');
    passDays(2);
    await assertRefusedLikeWrongToken('/v1/repairs/lookup', { trackingCode, linkToken: cancellationToken }, 'day 91 after the cancellation');
  });

  it('refuses an estimate decision from a lapsed link like one from a wrong token, and lets the owner decide with the e-mail', async () => {
    const { trackingCode } = await book();
    const estimateToken = await sendEstimate(trackingCode);
    const decision = { trackingCode, decision: 'approve', name: 'Ada Owner' };

    passDays(364);
    await assertOpens(trackingCode, estimateToken, 'day 364');
    passDays(2);
    await assertRefusedLikeWrongToken('/v1/repairs/estimate-decisions', { ...decision, linkToken: estimateToken }, 'decision, day 366');
    assert.equal((await getRepairOrder(server.deps, server.brand.id, trackingCode)).status, 'awaiting_approval', 'nothing was decided');

    const byEmail = await server.fromWidget('/v1/repairs/estimate-decisions', { ...decision, email: ownerEmail });
    assert.equal(byEmail.status, 200, await byEmail.text());
    assert.equal((await getRepairOrder(server.deps, server.brand.id, trackingCode)).status, 'approved');
  });
});
