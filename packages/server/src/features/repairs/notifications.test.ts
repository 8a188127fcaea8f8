/**
 * The owner's e-mails and the tracker link they carry: which changes mail, in which language, that
 * the link opens the tracker through the real lookup route, and that a failing mailer never undoes a move.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { trackerLinkFragmentKey, type Locale, type RepairTracker } from '@atelier/client/contract';
import type { MailMessage } from '../../mail/mailer.ts';
import { fixturePublicUrl, createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { bookRepair } from './booking.ts';
import { getRepairOrder } from './lifecycle.ts';
import { booking, insertActiveWarranty, insertSlot, staffMove } from './testing.ts';

const ownerEmail = 'ada@example.com';
const estimate = {
  currency: 'EUR',
  lineItems: [
    { description: 'Full service of the movement', amountMinorUnits: 45_000 },
    { description: 'Crown <replaced>', amountMinorUnits: 12_000, coveredByWarranty: true },
  ],
  validUntil: '2026-12-31',
};

interface Problem {
  status: number;
  code: string;
  detail?: string;
  errors?: { path: string; code: string; message: string }[];
}

/** The tracking code and token of an e-mailed link, read back as the tracker widget reads its fragment. */
function linkParts(message: MailMessage): { page: string; trackingCode: string; linkToken: string } {
  const link = new URL(message.link ?? '');
  const [key, value = ''] = link.hash.slice(1).split('=');
  assert.equal(key, trackerLinkFragmentKey);
  const [trackingCode = '', linkToken = ''] = value.split('.');
  return { page: `${link.origin}${link.pathname}${link.search}`, trackingCode, linkToken };
}

describeEachDatabase('repair e-mails and tracker links', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
  });
  afterEach(() => server.close());


  async function problemOf(response: Response, status: number): Promise<Problem> {
    assert.equal(response.status, status, await response.clone().text());
    return (await response.json()) as Problem;
  }

  async function lookup(body: unknown): Promise<RepairTracker> {
    const response = await server.fromWidget('/v1/repairs/lookup', body);
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as RepairTracker;
  }

  async function book(language: Locale = 'fr', overrides: Parameters<typeof booking>[1] = {}) {
    return bookRepair(server.deps, server.brand.id, booking(server.items[0]!.serial, { contact: { name: 'Ada Owner', email: ownerEmail, language }, ...overrides }));
  }

  it('e-mails the booking in the owner’s language with a link whose token opens the tracker without the e-mail', async () => {
    const { trackingCode } = await book('fr');
    assert.equal(server.mailer.messages.length, 1);
    const mail = server.mailer.messages[0]!;
    assert.equal(mail.to, ownerEmail);
    assert.equal(mail.subject, `Maison Fixture : votre réparation ${trackingCode} est enregistrée`);
    assert.match(mail.html, /<html lang="fr">/);
    assert.ok(mail.text.includes('Merci d’envoyer votre pièce'), 'mail-in instructions, in French');

    const link = linkParts(mail);
    assert.equal(link.page, `${fixturePublicUrl}/repair.html`, 'the brand’s tracker page, the token only in the fragment');
    assert.equal(link.trackingCode, trackingCode);
    assert.match(link.linkToken, /^[A-Za-z0-9_-]{22}$/, '128 bits, base64url');
    assert.ok(mail.text.includes(mail.link!) && mail.html.includes(mail.link!), 'the link is in both parts');

    const tracker = await lookup({ trackingCode: link.trackingCode, linkToken: link.linkToken });
    assert.equal(tracker.trackingCode, trackingCode);
    const stored = await server.db.selectFrom('repair_link_tokens').select('token_hash').execute();
    assert.equal(stored.length, 1);
    assert.notEqual(stored[0]!.token_hash, link.linkToken, 'only its hash is stored');
  });

  it('answers a wrong token exactly like a wrong e-mail or an unknown code', async () => {
    const { trackingCode } = await book();
    const { linkToken } = linkParts(server.mailer.messages[0]!);
    const otherToken = `${linkToken.slice(0, -1)}${linkToken.endsWith('A') ? 'B' : 'A'}`;
    const wrongToken = await problemOf(await server.fromWidget('/v1/repairs/lookup', { trackingCode, linkToken: otherToken }), 404);
    const wrongEmail = await problemOf(await server.fromWidget('/v1/repairs/lookup', { trackingCode, email: 'eve@example.com' }), 404);
    const unknownCode = await problemOf(await server.fromWidget('/v1/repairs/lookup', { trackingCode: '0000-0000-0000', linkToken }), 404);
    assert.equal(wrongToken.code, 'unknown_repair');
    assert.deepEqual(wrongToken, wrongEmail);
    assert.deepEqual(wrongToken, unknownCode);
  });

  it('asks for the e-mail when neither proof is sent, and refuses both at once naming linkToken', async () => {
    const { trackingCode } = await book();
    const { linkToken } = linkParts(server.mailer.messages[0]!);
    for (const path of ['/v1/repairs/lookup', '/v1/repairs/estimate-decisions', '/v1/repairs/ratings']) {
      const neither = await problemOf(await server.fromWidget(path, { trackingCode }), 422);
      assert.equal(neither.code, 'validation_failed');
      assert.ok(neither.errors?.some((error) => error.path === 'email' && error.code === 'required'), `${path}: ${JSON.stringify(neither.errors)}`);
      const both = await problemOf(await server.fromWidget(path, { trackingCode, email: ownerEmail, linkToken }), 422);
      assert.ok(both.errors?.some((error) => error.path === 'linkToken'), `${path}: ${JSON.stringify(both.errors)}`);
      assert.ok(!both.errors?.some((error) => error.path === 'email'));
    }
  });

  it('mails each change the owner should know of and none of the workshop’s internal steps; every earlier link keeps working', async () => {
    const item = server.items[0]!;
    await insertActiveWarranty(server, item.id, '2027-06-01');
    const { trackingCode } = await book('en');
    const mailsAfter = async (move: () => Promise<unknown>) => {
      const before = server.mailer.messages.length;
      await move();
      return server.mailer.messages.slice(before);
    };

    const [received] = await mailsAfter(() => staffMove(server, trackingCode, { to: 'received' }));
    assert.match(received!.subject, /^Maison Fixture: we have received your .+$/);
    assert.ok(received!.text.includes('We promise it back ready by December 25, 2026.'), received!.text);
    assert.deepEqual(await mailsAfter(() => staffMove(server, trackingCode, { to: 'diagnosed' })), [], 'diagnosed: no mail');

    const [estimateMail] = await mailsAfter(() => staffMove(server, trackingCode, { to: 'awaiting_approval', estimate }));
    assert.ok(estimateMail!.text.includes('- Full service of the movement: €450.00'), estimateMail!.text);
    assert.ok(estimateMail!.text.includes('- Crown <replaced>: Covered by your warranty: no charge'));
    assert.ok(estimateMail!.text.includes('Total to pay: €450.00'));
    assert.ok(estimateMail!.html.includes('Crown &lt;replaced&gt;') && !estimateMail!.html.includes('<replaced>'), 'escaped in HTML');

    // The owner approves from the estimate e-mail's link, without typing their e-mail.
    const fromEstimate = linkParts(estimateMail!);
    const [approvedMail] = await mailsAfter(async () => {
      const response = await server.fromWidget('/v1/repairs/estimate-decisions', { trackingCode, linkToken: fromEstimate.linkToken, decision: 'approve', name: 'Ada Owner' });
      assert.equal(response.status, 200, await response.clone().text());
    });
    assert.match(approvedMail!.subject, /estimate approved/);

    assert.deepEqual(await mailsAfter(() => staffMove(server, trackingCode, { to: 'in_repair' })), [], 'in_repair: no mail');
    assert.deepEqual(await mailsAfter(() => staffMove(server, trackingCode, { to: 'quality_control' })), [], 'quality_control: no mail');
    const [ready] = await mailsAfter(() => staffMove(server, trackingCode, { to: 'ready' }));
    assert.ok(ready!.text.includes('is being shipped back to you'), 'mail-in: shipped back');
    const [returned] = await mailsAfter(() => staffMove(server, trackingCode, { to: 'returned' }));
    assert.ok(returned!.text.includes('your warranty is extended to June 1, 2028'), returned!.text);
    assert.ok(returned!.text.includes('Please rate the service'));

    assert.equal(server.mailer.messages.length, 6, 'booked, received, estimate, approved, ready, returned');
    const tokens = new Set(server.mailer.messages.map((message) => linkParts(message).linkToken));
    assert.equal(tokens.size, 6, 'a fresh token per e-mail');
    // The owner rates from the very first e-mail's link, long after later ones were sent.
    const fromBooking = linkParts(server.mailer.messages[0]!);
    const response = await server.fromWidget('/v1/repairs/ratings', { trackingCode, linkToken: fromBooking.linkToken, score: 5 });
    assert.equal(response.status, 201, await response.clone().text());
  });

  it('acknowledges a declined estimate and a cancellation, in the booking’s language', async () => {
    const declinedRepair = await book('de');
    await staffMove(server, declinedRepair.trackingCode, { to: 'received' });
    await staffMove(server, declinedRepair.trackingCode, { to: 'diagnosed' });
    await staffMove(server, declinedRepair.trackingCode, { to: 'awaiting_approval', estimate });
    const response = await server.fromWidget('/v1/repairs/estimate-decisions', { trackingCode: declinedRepair.trackingCode, email: ownerEmail, decision: 'decline', name: 'Ada Owner' });
    assert.equal(response.status, 200);
    assert.match(server.mailer.messages.at(-1)!.subject, /Kostenvoranschlag für die Reparatur .* abgelehnt/);
    await staffMove(server, declinedRepair.trackingCode, { to: 'returned' });
    assert.ok(!server.mailer.messages.at(-1)!.text.includes('Garantie'), 'a piece returned without work extends nothing');

    server.mailer.clear();
    const cancelled = await bookRepair(server.deps, server.brand.id, booking(server.items[1]!.serial, { contact: { name: 'Kenji', email: 'kenji@example.com', language: 'ja' } }));
    await staffMove(server, cancelled.trackingCode, { to: 'cancelled' });
    assert.deepEqual(
      server.mailer.messages.map((message) => message.subject),
      [`Maison Fixture：修理 ${cancelled.trackingCode} のご予約を承りました`, `Maison Fixture：修理 ${cancelled.trackingCode} はキャンセルされました`],
    );
  });

  it('gives a boutique drop-off’s window in the centre’s time zone, and says where to collect the piece', async () => {
    // 09:30 UTC on 1 December is 10:30 in Paris.
    const slotId = await insertSlot(server, { startsAt: '2026-12-01T09:30:00.000Z', capacity: 2 });
    const { trackingCode } = await book('en', { dropOff: { method: 'slot', slotId } });
    const mail = server.mailer.messages[0]!;
    assert.ok(mail.text.includes('Tuesday, December 1, 2026'), mail.text);
    assert.match(mail.text, /10:30\s*[–-]\s*11:00\s*AM/);
    assert.ok(mail.text.includes('the boutique’s local time'));
    for (const to of ['received', 'diagnosed', 'awaiting_approval'] as const) await staffMove(server, trackingCode, to === 'awaiting_approval' ? { to, estimate } : { to });
    await server.fromWidget('/v1/repairs/estimate-decisions', { trackingCode, email: ownerEmail, decision: 'approve', name: 'Ada Owner' });
    for (const to of ['in_repair', 'quality_control', 'ready'] as const) await staffMove(server, trackingCode, { to });
    assert.match(server.mailer.messages.at(-1)!.text, /You can collect it at .+, .+\./);
  });

  it('moves the repair even when the e-mail cannot be sent, and logs the failure without personal data', async () => {
    const { trackingCode } = await book('en');
    server.deps.mailer = {
      send: () => Promise.reject(Object.assign(new Error(`SMTP refused ${ownerEmail}`), { code: 'EENVELOPE' })),
    };
    const moved = await staffMove(server, trackingCode, { to: 'received' });
    assert.equal(moved.status, 'received');
    assert.equal((await getRepairOrder(server.deps, server.brand.id, trackingCode)).status, 'received');
    const failures = server.logger.entries.filter((entry) => entry.event === 'repair_mail_failed');
    assert.equal(failures.length, 1);
    assert.equal(failures[0]!.fields['notice'], 'received');
    assert.equal(failures[0]!.fields['errorCode'], 'EENVELOPE');
    const logged = JSON.stringify(failures);
    for (const secret of [ownerEmail, trackingCode, 'Ada Owner']) assert.ok(!logged.includes(secret), `the log holds ${secret}`);
  });
});
