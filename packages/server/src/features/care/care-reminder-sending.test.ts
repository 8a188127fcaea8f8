/**
 * The concierge sends a drafted reminder, on both databases: once, to the piece's owner in their
 * language, with its booking link, its warranty condition and RFC 8058 one-click unsubscribe headers
 * whose token is stored hashed only; dropped instead, with why, when the piece is stolen, another's
 * or the owner wants no service e-mails; and sent once when two instances send at the same moment
 * (two connection pools on one PostgreSQL database, round after round).
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { openDatabase, type Db } from '../../db/database.ts';
import { MailOutbox } from '../../mail/outbox.ts';
import { createTestServer, describeEachDatabase, fixtureConsoleOrigin, fixturePublicUrl, type TestServer } from '../../testing/index.ts';
import { giveOwnerPiece } from '../owner-space/testing.ts';
import { recordEmailConsents } from '../owners/owners.ts';
import { putCareRule } from './care-rules.ts';
import { bookingLink, hashUnsubscribeToken, sendCareReminder, type CareReminderSendingDeps } from './care-reminder-sending.ts';
import { sweepCareReminders } from './care-sweep.ts';

describeEachDatabase("the concierge's sending", (database) => {
  let server: TestServer;
  let outboxes: MailOutbox[];
  /** Owners of pieces A, B, C (bought 20 Dec 2023, 31 Dec 2024, 10 Nov 2023): each has one reminder drafted on 25 Nov 2026. */
  let owners: Array<{ ownerId: string; email: string; itemId: string }>;

  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 3 });
    outboxes = [];
    await putCareRule(
      server.db,
      server.clock,
      server.brand.id,
      { scope: 'collection', key: 'Méridienne' },
      { waterResistanceCheckIntervalMonths: 24, reminderLeadTimeDays: 45, warrantyCondition: { careKind: 'water_resistance_check', text: 'Un contrôle tous les deux ans maintient la garantie.' } },
    );
    const purchases = ['2023-12-20', '2024-12-31', '2023-11-10'];
    owners = [];
    for (const [index, item] of server.items.entries()) {
      const email = `owner${String(index)}@example.com`;
      const { ownerId } = await giveOwnerPiece(server, { email, item, purchaseDate: purchases[index]!, coverageEnd: '2027-12-31', language: index === 1 ? 'fr' : 'en' });
      await recordEmailConsents(server.db, ownerId, { service: true, marketing: false }, 'registration_form', server.clock.now());
      owners.push({ ownerId, email, itemId: item.id });
    }
    assert.deepEqual(await sweepCareReminders(server.db, server.clock, server.brand.id), { drafted: 3 });
  });
  afterEach(async () => {
    for (const outbox of outboxes) await outbox.close();
    await server.close();
  });

  /** What the server gives the sender: the outbox (queued with the unit of work) over the recording transport. */
  function sendingDeps(db: Db = server.db): CareReminderSendingDeps {
    const outbox = new MailOutbox({ db, transport: server.mailer, clock: server.clock, logger: server.logger });
    outboxes.push(outbox);
    return { db, mailer: outbox, clock: server.clock, publicUrl: fixturePublicUrl, publicOrigin: fixtureConsoleOrigin };
  }

  async function reminderOf(itemId: string) {
    return server.db.selectFrom('care_reminders').selectAll().where('item_id', '=', itemId).executeTakeFirstOrThrow();
  }

  it('sends the reminder once, in the owner’s language, with the booking link, the warranty condition and one-click unsubscribe', async () => {
    const b = owners[1]!;
    const reminder = await reminderOf(b.itemId);
    assert.deepEqual(await sendCareReminder(sendingDeps(), server.brand.id, reminder.id), { outcome: 'sent' });
    assert.deepEqual(await sendCareReminder(sendingDeps(), server.brand.id, reminder.id), { outcome: 'not_a_draft' });

    const messages = server.mailer.messages.filter((message) => message.to === b.email);
    assert.equal(messages.length, 1);
    const mail = messages[0]!;
    const serial = server.items[1]!.serial;
    assert.match(mail.subject, /contrôle d'étanchéité/);
    assert.match(mail.text, new RegExp(`numéro de série ${serial}`));
    assert.match(mail.text, /31 décembre 2026/);
    assert.match(mail.text, /Un contrôle tous les deux ans maintient la garantie\. Sans cela, la garantie prend fin après le 31 décembre 2026\./);
    assert.match(mail.text, /Vous recevez cet e-mail parce que/);
    assert.equal(mail.link, `${fixturePublicUrl}/repair.html?serial=${serial}`);
    assert.ok(mail.text.includes(mail.link));

    const unsubscribe = /^<(https:\/\/[^>]+\/v1\/unsubscribe\/([A-Za-z0-9_-]{43}))>$/.exec(mail.headers?.['List-Unsubscribe'] ?? '');
    assert.ok(unsubscribe, 'an https List-Unsubscribe URL with a 256-bit token');
    assert.equal(unsubscribe[1]!.startsWith(`${fixtureConsoleOrigin}/v1/unsubscribe/`), true);
    assert.equal(mail.headers?.['List-Unsubscribe-Post'], 'List-Unsubscribe=One-Click');
    assert.ok(mail.text.includes(unsubscribe[1]!));
    const token = unsubscribe[2]!;
    const stored = await server.db.selectFrom('unsubscribe_tokens').selectAll().execute();
    assert.deepEqual(
      stored.map((row) => [row.token_hash, row.owner_id, row.purpose]),
      [[hashUnsubscribeToken(token), b.ownerId, 'service']],
    );
    assert.equal(JSON.stringify(server.logger.entries).includes(token), false, 'the token is in no log');

    const sent = await reminderOf(b.itemId);
    assert.equal(sent.status, 'sent');
    assert.equal(sent.sent_at, server.clock.now().toISOString());
  });

  it('drops the draft, with why, when the piece is stolen, another’s since the draft, or the owner wants no service e-mails', async () => {
    const [a, b, c] = owners as [(typeof owners)[number], (typeof owners)[number], (typeof owners)[number]];
    await server.db.updateTable('items').set({ status: 'stolen' }).where('id', '=', a.itemId).execute();
    // B's piece sold on to someone else: a newer warranty of another owner.
    await server.db.updateTable('warranties').set({ covering_item_id: null }).where('item_id', '=', b.itemId).execute();
    server.clock.set('2026-11-26T10:00:00.000Z');
    await giveOwnerPiece(server, { email: 'next-owner@example.com', item: server.items[1]!, purchaseDate: '2026-11-26' });
    await recordEmailConsents(server.db, c.ownerId, { service: false, marketing: false }, 'owner_space', server.clock.now());

    const deps = sendingDeps();
    const outcomes = [];
    for (const owner of owners) outcomes.push(await sendCareReminder(deps, server.brand.id, (await reminderOf(owner.itemId)).id));
    assert.deepEqual(outcomes, [
      { outcome: 'dropped', reason: 'piece_not_held' },
      { outcome: 'dropped', reason: 'piece_transferred' },
      { outcome: 'dropped', reason: 'no_service_consent' },
    ]);
    assert.equal(server.mailer.messages.length, 0);
    assert.equal((await server.db.selectFrom('unsubscribe_tokens').selectAll().execute()).length, 0);
    const c1 = await reminderOf(c.itemId);
    assert.deepEqual([c1.status, c1.dropped_reason, c1.dropped_at], ['dropped', 'no_service_consent', '2026-11-26T10:00:00.000Z']);
  });

  it('sends each reminder once when two instances send the same reminders at the same moment, round after round', async () => {
    // A second connection pool is a second instance's on PostgreSQL; SQLite has one writer, the same database twice.
    const other = server.databaseUrl === undefined ? server.db : openDatabase({ databaseUrl: server.databaseUrl });
    try {
      const first = sendingDeps();
      const second = sendingDeps(other);
      const ids = await Promise.all(owners.map(async (owner) => (await reminderOf(owner.itemId)).id));
      const outcomes = [];
      for (let round = 0; round < 3; round++) {
        for (const id of ids) outcomes.push(...(await Promise.all([sendCareReminder(first, server.brand.id, id), sendCareReminder(second, server.brand.id, id)])));
      }
      for (const outbox of outboxes) await outbox.close();
      assert.equal(outcomes.filter((outcome) => outcome.outcome === 'sent').length, 3);
      assert.deepEqual(server.mailer.messages.map((message) => message.to).sort(), owners.map((owner) => owner.email).sort());
      assert.equal((await server.db.selectFrom('unsubscribe_tokens').selectAll().execute()).length, 3);
    } finally {
      if (other !== server.db) await other.destroy();
    }
  });

  it('links to the brand’s own service page when it has one, the serial and GTIN filled in', () => {
    assert.equal(bookingLink('https://brand.example/service/{gtin}/{serial}', fixturePublicUrl, 'AT 1/2', '07612345678900'), 'https://brand.example/service/07612345678900/AT%201%2F2');
    assert.equal(bookingLink(null, 'https://brand.example/', 'AT-1', null), 'https://brand.example/repair.html?serial=AT-1');
  });
});
