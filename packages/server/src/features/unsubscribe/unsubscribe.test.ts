/**
 * One-click unsubscribe from a care reminder, on both databases, without signing in: the link's GET
 * only asks (scanners prefetch it), its RFC 8058 POST withdraws the owner's service consent once,
 * kept in the consent history with its time and source, and answers alike for any token; the next
 * reminder to that owner is dropped, and the token is in no log.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { MailOutbox } from '../../mail/outbox.ts';
import { createTestServer, describeEachDatabase, fixtureConsoleOrigin, fixturePublicUrl, type TestServer } from '../../testing/index.ts';
import { sendCareReminder, type CareReminderSendingDeps } from '../care/care-reminder-sending.ts';
import { putCareRule } from '../care/care-rules.ts';
import { sweepCareReminders } from '../care/care-sweep.ts';
import { giveOwnerPiece } from '../owner-space/testing.ts';
import { recordEmailConsents } from '../owners/owners.ts';
import { oneClickUnsubscribeSource } from './unsubscribe.ts';

const oneClick = { 'Content-Type': 'application/x-www-form-urlencoded' };

describeEachDatabase('one-click unsubscribe', (database) => {
  let server: TestServer;
  let outbox: MailOutbox;
  let deps: CareReminderSendingDeps;
  let ownerId: string;
  /** The path of the unsubscribe link of the first reminder sent. */
  let unsubscribePath: string;
  let token: string;

  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 2 });
    outbox = new MailOutbox({ db: server.db, transport: server.mailer, clock: server.clock, logger: server.logger });
    deps = { db: server.db, mailer: outbox, clock: server.clock, publicUrl: fixturePublicUrl, publicOrigin: fixtureConsoleOrigin };
    await putCareRule(server.db, server.clock, server.brand.id, { scope: 'collection', key: 'Méridienne' }, { reminderLeadTimeDays: 45 });
    // One owner, two pieces whose services fall due 20 Dec and 10 Nov 2026: a reminder each on 25 Nov 2026.
    for (const [index, purchaseDate] of ['2023-12-20', '2023-11-10'].entries()) {
      ({ ownerId } = await giveOwnerPiece(server, { email: 'ada@example.com', item: server.items[index]!, purchaseDate, coverageEnd: '2027-12-31' }));
    }
    await recordEmailConsents(server.db, ownerId, { service: true, marketing: true }, 'registration_form', server.clock.now());
    await sweepCareReminders(server.db, server.clock, server.brand.id);
    const first = await reminderOf(server.items[0]!.id);
    assert.deepEqual(await sendCareReminder(deps, server.brand.id, first.id), { outcome: 'sent' });
    const header = server.mailer.lastTo('ada@example.com')?.headers?.['List-Unsubscribe'] ?? '';
    const url = new URL(header.slice(1, -1));
    unsubscribePath = url.pathname;
    token = unsubscribePath.split('/').pop()!;
  });
  afterEach(async () => {
    await outbox.close();
    await server.close();
  });

  async function reminderOf(itemId: string) {
    return server.db.selectFrom('care_reminders').selectAll().where('item_id', '=', itemId).executeTakeFirstOrThrow();
  }

  async function serviceConsents() {
    const rows = await server.db.selectFrom('consents').select(['granted', 'recorded_at', 'source']).where('owner_id', '=', ownerId).where('purpose', '=', 'service').orderBy('recorded_at').orderBy('id').execute();
    return rows.map((row) => `${String(row.granted)} ${row.recorded_at} ${row.source}`);
  }

  const granted = '1 2026-11-25T10:00:00.000Z registration_form';

  it('asks on GET and changes nothing: mail clients and scanners fetch links', async () => {
    const response = await server.request(unsubscribePath, { headers: { 'Accept-Language': 'fr-CH, en;q=0.5' } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('Content-Type') ?? '', /^text\/html/);
    const page = await response.text();
    assert.match(page, /<form method="post">/);
    assert.match(page, /<input type="hidden" name="List-Unsubscribe" value="One-Click">/);
    assert.match(page, /Me désabonner/);
    assert.equal(response.headers.get('Referrer-Policy'), 'no-referrer');
    assert.deepEqual(await serviceConsents(), [granted]);
  });

  it('withdraws the service consent on the one-click POST, once, with its time and source; the next reminder is dropped', async () => {
    server.clock.set('2026-11-27T08:00:00.000Z');
    for (let click = 0; click < 2; click++) {
      const response = await server.request(unsubscribePath, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: oneClick });
      assert.equal(response.status, 200);
      assert.match(await response.text(), /you will receive no more service reminders/);
    }
    assert.deepEqual(await serviceConsents(), [granted, `0 2026-11-27T08:00:00.000Z ${oneClickUnsubscribeSource}`]);
    // Marketing is another consent: untouched.
    const marketing = await server.db.selectFrom('consents').select('granted').where('owner_id', '=', ownerId).where('purpose', '=', 'marketing').execute();
    assert.deepEqual(marketing.map((row) => row.granted), [1]);

    const second = await reminderOf(server.items[1]!.id);
    assert.deepEqual(await sendCareReminder(deps, server.brand.id, second.id), { outcome: 'dropped', reason: 'no_service_consent' });
    assert.equal(JSON.stringify(server.logger.entries).includes(token), false, 'the token is in no log');
  });

  it('takes the multipart form a mail provider may send', async () => {
    const form = new FormData();
    form.set('List-Unsubscribe', 'One-Click');
    const response = await server.app.request(unsubscribePath, { method: 'POST', body: form });
    assert.equal(response.status, 200);
    assert.equal((await serviceConsents()).length, 2);
  });

  it('answers any token as it answers a real one, and refuses a POST without the one-click field, naming it', async () => {
    const real = await server.request(unsubscribePath, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: oneClick });
    const unknown = await server.request('/v1/unsubscribe/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: oneClick });
    assert.deepEqual([unknown.status, await unknown.text()], [real.status, await real.text()]);

    for (const body of [undefined, 'List-Unsubscribe=Yes', { 'List-Unsubscribe': 'One-Click' }]) {
      const refused = await server.request(unsubscribePath, { method: 'POST', body, ...(typeof body === 'string' ? { headers: oneClick } : {}) });
      assert.equal(refused.status, 422);
      const problem = (await refused.json()) as { code: string; errors: Array<{ path: string }> };
      assert.equal(problem.code, 'validation_failed');
      assert.deepEqual(problem.errors.map((error) => error.path), ['List-Unsubscribe']);
    }
    assert.equal((await serviceConsents()).length, 2);
  });
});
