/**
 * Issue 16, the owner's preferences, on both databases: per channel marketing / service only /
 * none, the language and a quiet period, each change kept with its time, source and the words the
 * owner read, and the history readable by them (registration and unsubscribe-link entries too);
 * refusals name the field; the concierge's sender honours `none` (dropped) and the quiet period
 * (kept a draft, sent once it is over); one owner never reads another's.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { MyPreferences, Problem } from '@atelier/client/contract';
import { MailOutbox } from '../../mail/outbox.ts';
import { createTestServer, describeEachDatabase, fixtureConsoleOrigin, fixturePublicUrl, type TestServer } from '../../testing/index.ts';
import { hashUnsubscribeToken, sendCareReminder, type CareReminderSendingDeps } from '../care/care-reminder-sending.ts';
import { sweepCareReminders } from '../care/care-sweep.ts';
import { asOwner, giveOwnerPiece, signInOwner } from '../owner-space/testing.ts';
import { recordEmailConsents } from '../owners/owners.ts';
import { unsubscribeByToken } from '../unsubscribe/unsubscribe.ts';

const ownerEmail = 'ada@example.com';
const dayMs = 86_400_000;

describeEachDatabase("the owner's preferences", (database) => {
  let server: TestServer;
  let cookie: string;
  let ownerId: string;
  const outboxes: MailOutbox[] = [];
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 2 });
    // Bought three years ago: its service is due, so the concierge drafts a reminder.
    ({ ownerId } = await giveOwnerPiece(server, { email: ownerEmail, item: server.items[0]!, purchaseDate: '2023-12-01', coverageEnd: '2027-12-01', language: 'fr' }));
    await giveOwnerPiece(server, { email: 'someone@example.com', item: server.items[1]! });
    cookie = await signInOwner(server, ownerEmail);
  });
  afterEach(async () => {
    for (const outbox of outboxes.splice(0)) await outbox.close();
    await server.close();
  });

  const read = async (as = cookie): Promise<MyPreferences> => {
    const response = await asOwner(server, as, '/v1/owner/preferences');
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as MyPreferences;
  };
  const update = (body: unknown) => asOwner(server, cookie, '/v1/owner/preferences', { method: 'PATCH', body });

  it('reads the choice the registration recorded, and its history with where it came from', async () => {
    await recordEmailConsents(server.db, ownerId, { service: true, marketing: false }, 'warranty_activation', new Date('2026-01-10T09:00:00.000Z'));
    const preferences = await read();
    assert.deepEqual(preferences.channels, [{ channel: 'email', choice: 'service_only', service: true, marketing: false, since: '2026-01-10T09:00:00.000Z' }]);
    assert.equal(preferences.language, 'fr');
    assert.equal(preferences.quietPeriod, null);
    // Both recorded at one instant: in either order.
    assert.deepEqual(
      preferences.history.map((change) => [change.kind, change.source, change.consent?.purpose, change.consent?.granted, change.wording]).sort(),
      [
        ['consent', 'registration', 'marketing', false, null],
        ['consent', 'registration', 'service', true, null],
      ],
    );
  });

  it('keeps each change with its time, the source owner_space and the words the owner read; the same choice again adds nothing', async () => {
    const wording = 'E-mail — marketing: news, invitations and the care of my pieces.';
    const changed = await update({ channels: [{ channel: 'email', choice: 'marketing' }], language: 'en', quietPeriod: { from: '2026-12-20', until: '2027-01-05' }, wording });
    assert.equal(changed.status, 200, await changed.clone().text());
    const preferences = (await changed.json()) as MyPreferences;
    const at = server.clock.now().toISOString();
    assert.deepEqual(preferences.channels, [{ channel: 'email', choice: 'marketing', service: true, marketing: true, since: at }]);
    assert.equal(preferences.language, 'en');
    assert.deepEqual(preferences.quietPeriod, { from: '2026-12-20', until: '2027-01-05' });
    assert.equal(preferences.history.length, 4);
    for (const change of preferences.history) assert.deepEqual([change.at, change.source, change.wording], [at, 'owner_space', wording]);
    assert.deepEqual(new Set(preferences.history.map((change) => change.kind)), new Set(['consent', 'language', 'quiet_period']));
    const owner = await server.db.selectFrom('owners').select('language').where('id', '=', ownerId).executeTakeFirstOrThrow();
    assert.equal(owner.language, 'en', 'e-mails now go out in English');

    server.clock.advance(60_000);
    const again = (await (await update({ channels: [{ channel: 'email', choice: 'marketing' }], language: 'en', quietPeriod: { from: '2026-12-20', until: '2027-01-05' }, wording })).json()) as MyPreferences;
    assert.equal(again.history.length, 4, 'nothing changed, nothing recorded');

    const lowered = (await (await update({ channels: [{ channel: 'email', choice: 'service_only' }], quietPeriod: null, wording: 'E-mail — the care of my pieces only.' })).json()) as MyPreferences;
    assert.equal(lowered.channels[0]!.choice, 'service_only');
    assert.equal(lowered.quietPeriod, null);
    assert.deepEqual(
      lowered.history.slice(0, 2).map((change) => [change.kind, change.consent?.purpose ?? null, change.consent?.granted ?? null, change.quietPeriod ?? null]).sort(),
      [['consent', 'marketing', false, null], ['quiet_period', null, null, null]].sort(),
      'newest first: marketing withdrawn alone, the quiet period lifted',
    );
  });

  it('shows an unsubscribe link’s withdrawal in the history, as the owner’s choice none honoured', async () => {
    await update({ channels: [{ channel: 'email', choice: 'service_only' }], wording: 'Care only.' });
    const token = 'x'.repeat(43);
    await server.db.insertInto('unsubscribe_tokens').values({ token_hash: hashUnsubscribeToken(token), owner_id: ownerId, purpose: 'service', created_at: server.clock.now().toISOString() }).execute();
    server.clock.advance(60_000);
    await unsubscribeByToken(server.db, server.clock, token);
    const preferences = await read();
    assert.equal(preferences.channels[0]!.choice, 'none');
    assert.deepEqual([preferences.history[0]!.source, preferences.history[0]!.consent, preferences.history[0]!.wording], ['unsubscribe_link', { channel: 'email', purpose: 'service', granted: false }, null]);
  });

  it('refuses bad input with 422 validation_failed naming the field, and changes nothing', async () => {
    const cases: Array<[unknown, string]> = [
      [{ channels: [{ channel: 'email', choice: 'sometimes' }], wording: 'x' }, 'channels.0.choice'],
      [{ channels: [{ channel: 'pigeon', choice: 'none' }], wording: 'x' }, 'channels.0.channel'],
      [{ channels: [{ channel: 'email', choice: 'none' }, { channel: 'email', choice: 'marketing' }], wording: 'x' }, 'channels.1.channel'],
      [{ channels: [{ channel: 'email', choice: 'none' }] }, 'wording'],
      [{ language: 'xx', wording: 'x' }, 'language'],
      [{ quietPeriod: { from: '2027-01-05', until: '2026-12-20' }, wording: 'x' }, 'quietPeriod.until'],
      [{ quietPeriod: { from: '2027-01-01', until: '2028-01-02' }, wording: 'x' }, 'quietPeriod.until'],
      [{ quietPeriod: { from: '2026-10-01', until: '2026-11-24' }, wording: 'x' }, 'quietPeriod.until'],
    ];
    for (const [body, field] of cases) {
      const refused = await update(body);
      assert.equal(refused.status, 422, JSON.stringify(body));
      const problem = (await refused.json()) as Problem;
      assert.equal(problem.code, 'validation_failed');
      assert.ok(problem.errors?.some((error) => error.path === field), `${JSON.stringify(body)} names ${field}: ${JSON.stringify(problem.errors)}`);
    }
    assert.deepEqual((await read()).history, []);
  });

  it("an owner reads and changes only their own preferences", async () => {
    await update({ channels: [{ channel: 'email', choice: 'marketing' }], wording: 'Everything.' });
    const other = await signInOwner(server, 'someone@example.com');
    const theirs = await read(other);
    assert.deepEqual(theirs.history, []);
    assert.equal(theirs.channels[0]!.choice, 'none');
  });

  describe('the concierge honours them', () => {
    function sendingDeps(): CareReminderSendingDeps {
      const outbox = new MailOutbox({ db: server.db, transport: server.mailer, clock: server.clock, logger: server.logger });
      outboxes.push(outbox);
      return { db: server.db, mailer: outbox, clock: server.clock, publicUrl: fixturePublicUrl, publicOrigin: fixtureConsoleOrigin };
    }
    async function draftedReminder(): Promise<string> {
      await sweepCareReminders(server.db, server.clock, server.brand.id);
      const reminder = await server.db.selectFrom('care_reminders').select('id').where('owner_id', '=', ownerId).where('care_kind', '=', 'service').executeTakeFirstOrThrow();
      return reminder.id;
    }
    const mailsToOwner = () => server.mailer.messages.filter((message) => message.to === ownerEmail && /\/repair\.html\?serial=/.test(message.link ?? '')).length;

    it('drops the reminder when the owner chose none on e-mail', async () => {
      await update({ channels: [{ channel: 'email', choice: 'none' }], wording: 'Nothing by e-mail.' });
      const reminderId = await draftedReminder();
      assert.deepEqual(await sendCareReminder(sendingDeps(), server.brand.id, reminderId), { outcome: 'dropped', reason: 'no_service_consent' });
      assert.equal(mailsToOwner(), 0);
    });

    it('keeps it a draft through the quiet period and sends it once the period is over; service only still gets it', async () => {
      await update({ channels: [{ channel: 'email', choice: 'service_only' }], quietPeriod: { from: '2026-11-20', until: '2026-12-10' }, wording: 'Care only; not before 11 December.' });
      const reminderId = await draftedReminder();
      assert.deepEqual(await sendCareReminder(sendingDeps(), server.brand.id, reminderId), { outcome: 'deferred', until: '2026-12-10' });
      server.clock.advance(15 * dayMs); // 10 December: still quiet
      assert.deepEqual(await sendCareReminder(sendingDeps(), server.brand.id, reminderId), { outcome: 'deferred', until: '2026-12-10' });
      assert.equal(mailsToOwner(), 0);
      const draft = await server.db.selectFrom('care_reminders').select('status').where('id', '=', reminderId).executeTakeFirstOrThrow();
      assert.equal(draft.status, 'draft');
      server.clock.advance(dayMs); // 11 December
      assert.deepEqual(await sendCareReminder(sendingDeps(), server.brand.id, reminderId), { outcome: 'sent' });
      assert.deepEqual(await sendCareReminder(sendingDeps(), server.brand.id, reminderId), { outcome: 'not_a_draft' });
    });
  });
});
