/**
 * Customer care's queue, through the API on both databases: the drafts listed with what customer
 * care reviews (the piece, the owner's name and language, the warranty condition, the e-mail as it
 * would go) and filtered; a personalised draft goes out with customer care's words and every
 * mandatory part; a held draft waits for customer care, released it waits the brand's days again;
 * sent now it goes once; dropped by hand it never goes; a draft whose owner booked the piece in is
 * dropped; an owner who heard from the brand within the blackout window is written to after it.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { CareReminder, CareRemindersPage } from '@atelier/client/contract';
import { newId } from '../../ids.ts';
import { MailOutbox } from '../../mail/outbox.ts';
import { createTestServer, describeEachDatabase, fixtureConsoleOrigin, fixtureNow, fixturePublicUrl, type SignedInTestPerson, type TestServer } from '../../testing/index.ts';
import { bookRepair } from '../repairs/booking.ts';
import { booking } from '../repairs/testing.ts';
import { giveOwnerPiece } from '../owner-space/testing.ts';
import { recordEmailConsents } from '../owners/owners.ts';
import { putCareRule } from './care-rules.ts';
import { sendCareReminder, type CareReminderSendingDeps } from './care-reminder-sending.ts';
import { sweepAllCareReminders, sweepCareReminders } from './care-sweep.ts';

describeEachDatabase("customer care's queue of care reminders", (database) => {
  let server: TestServer;
  let outboxes: MailOutbox[];
  let concierge: SignedInTestPerson;
  /**
   * Owners of pieces A, B, C, drafted on 25 Nov 2026 (the fixture's day): C's service due 10 Nov
   * 2026, A's service due 20 Dec 2026, B's water-resistance check due 31 Dec 2026 (in French, with
   * the rule's warranty condition).
   */
  let owners: Array<{ ownerId: string; email: string; itemId: string; serial: string }>;

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
      owners.push({ ownerId, email, itemId: item.id, serial: item.serial });
    }
    assert.deepEqual(await sweepCareReminders(server.db, server.clock, server.brand.id), { drafted: 3 });
    concierge = await server.signIn({ role: 'concierge' });
  });
  afterEach(async () => {
    for (const outbox of outboxes) await outbox.close();
    await server.close();
  });

  function sendingDeps(): CareReminderSendingDeps {
    const outbox = new MailOutbox({ db: server.db, transport: server.mailer, clock: server.clock, logger: server.logger });
    outboxes.push(outbox);
    return { db: server.db, mailer: outbox, clock: server.clock, publicUrl: fixturePublicUrl, publicOrigin: fixtureConsoleOrigin };
  }

  /** What the server's daily timer runs, with its outbox. */
  async function dailySweep() {
    const deps = sendingDeps();
    const outbox = deps.mailer as MailOutbox;
    const outcome = await sweepAllCareReminders(deps);
    await outbox.close();
    return outcome;
  }

  /** Customer care signed in; once the tests move the clock past a console session's life, the brand's secret key. */
  const asConcierge = (path: string, init: { method?: string; body?: unknown } = {}) =>
    server.clock.now().toISOString() === fixtureNow ? server.request(path, { session: concierge.session, ...init }) : server.request(path, { key: 'secret', ...init });

  async function queue(query = 'status=draft'): Promise<CareReminder[]> {
    const response = await asConcierge(`/v1/care-reminders?${query}`);
    assert.equal(response.status, 200, await response.clone().text());
    return ((await response.json()) as CareRemindersPage).reminders;
  }

  async function reminderOf(owner: (typeof owners)[number], careKind?: string): Promise<CareReminder> {
    const found = (await queue('')).find((reminder) => reminder.piece.serial === owner.serial && (careKind === undefined || reminder.careKind === careKind));
    assert.ok(found, `a reminder for ${owner.serial}`);
    return found;
  }

  async function act(reminder: CareReminder, action: 'hold' | 'release' | 'send' | 'drop', body?: unknown): Promise<Response> {
    return asConcierge(`/v1/care-reminders/${reminder.id}/${action}`, { method: 'POST', body: body ?? {} });
  }

  /** The care reminders e-mailed to `email` (a booking's confirmation is not one). */
  const mailsTo = (email: string) => server.mailer.messages.filter((message) => message.to === email && message.headers?.['List-Unsubscribe'] !== undefined);

  it('lists the drafts earliest due first, each with the piece, its owner’s name and language, the warranty condition and its e-mail as it would go; filtered by kind and due dates', async () => {
    const [a, b, c] = owners as [(typeof owners)[number], (typeof owners)[number], (typeof owners)[number]];
    const drafts = await queue();
    assert.deepEqual(
      drafts.map((reminder) => [reminder.piece.serial, reminder.careKind, reminder.dueOn, reminder.owner.language]),
      [
        [c.serial, 'service', '2026-11-10', 'en'],
        [a.serial, 'service', '2026-12-20', 'en'],
        [b.serial, 'water_resistance_check', '2026-12-31', 'fr'],
      ],
    );
    const french = drafts[2]!;
    assert.equal(french.owner.name, 'Ada Owner');
    assert.equal(french.owner.clientId, b.ownerId);
    assert.deepEqual(french.warrantyCondition, { text: 'Un contrôle tous les deux ans maintient la garantie.', lapsesAfter: '2026-12-31' });
    assert.match(french.email?.subject ?? '', /contrôle d'étanchéité/);
    assert.match(french.email?.text ?? '', /Sans cela, la garantie prend fin après le 31 décembre 2026\./);
    assert.match(french.email?.text ?? '', /Vous recevez cet e-mail parce que/);
    assert.equal(french.heldAt, null);
    assert.equal(french.wouldBeDroppedFor, null);
    // Drafted on the fixture's day; sent by the sweep the brand's 3 days later.
    assert.equal(french.autoSendAt, new Date(Date.parse(french.draftedAt) + 3 * 86_400_000).toISOString());

    assert.deepEqual((await queue('careKind=water_resistance_check')).map((reminder) => reminder.piece.serial), [b.serial]);
    assert.deepEqual((await queue('dueFrom=2026-12-01&dueTo=2026-12-20')).map((reminder) => reminder.piece.serial), [a.serial]);
    assert.deepEqual(await queue('status=sent'), []);

    const refused = await asConcierge('/v1/care-reminders?dueFrom=2026-12-20&dueTo=2026-12-01');
    assert.equal(refused.status, 422);
    const problem = (await refused.json()) as { code: string; errors: Array<{ path: string }> };
    assert.equal(problem.code, 'validation_failed');
    assert.deepEqual(problem.errors.map((error) => error.path), ['dueTo']);
  });

  it('sends a personalised draft with customer care’s subject and note and every mandatory part, once', async () => {
    const b = owners[1]!;
    const draft = await reminderOf(b);
    const note = 'Nous serions ravis de vous accueillir\nà la boutique de Genève.';
    const personalised = await asConcierge(`/v1/care-reminders/${draft.id}`, { method: 'PATCH', body: { subject: 'Votre Méridienne et son contrôle', personalNote: note } });
    assert.equal(personalised.status, 200, await personalised.clone().text());
    const view = (await personalised.json()) as CareReminder;
    assert.deepEqual([view.personalisation.subject, view.personalisation.personalNote], ['Votre Méridienne et son contrôle', note]);
    assert.equal(view.email?.subject, 'Votre Méridienne et son contrôle');
    assert.ok(view.email?.text.includes(note));

    const tooLong = await asConcierge(`/v1/care-reminders/${draft.id}`, { method: 'PATCH', body: { personalNote: 'x'.repeat(1001) } });
    assert.equal(tooLong.status, 422);
    assert.deepEqual(((await tooLong.json()) as { errors: Array<{ path: string }> }).errors.map((error) => error.path), ['personalNote']);

    const sent = await act(draft, 'send');
    assert.equal(sent.status, 200, await sent.clone().text());
    assert.deepEqual([((await sent.json()) as CareReminder).status], ['sent']);
    assert.equal((await act(draft, 'send')).status, 409);
    const again = await asConcierge(`/v1/care-reminders/${draft.id}`, { method: 'PATCH', body: { personalNote: 'Trop tard.' } });
    assert.equal(again.status, 409);
    assert.equal(((await again.json()) as { code: string }).code, 'care_reminder_not_draft');

    const [mail, ...others] = mailsTo(b.email);
    assert.equal(others.length, 0);
    assert.equal(mail?.subject, 'Votre Méridienne et son contrôle');
    assert.ok(mail?.text.includes(note));
    assert.match(mail?.text ?? '', /numéro de série/);
    assert.match(mail?.text ?? '', /Un contrôle tous les deux ans maintient la garantie\./);
    assert.ok(mail?.text.includes(`${fixturePublicUrl}/repair.html?serial=${b.serial}`), 'the booking link');
    assert.match(mail?.text ?? '', /Vous recevez cet e-mail parce que/);
    assert.equal(mail?.headers?.['List-Unsubscribe-Post'], 'List-Unsubscribe=One-Click');
    assert.ok(mail?.html?.includes('à la boutique de Genève.'));
    assert.ok(mail?.html?.includes('accueillir<br>'), 'the note’s line break kept');
  });

  it('leaves a held draft to customer care: the sweep sends it only the brand’s days after its release', async () => {
    const a = owners[0]!;
    const draft = await reminderOf(a);
    const held = (await (await act(draft, 'hold')).json()) as CareReminder;
    assert.ok(held.heldAt);
    assert.equal(held.autoSendAt, null);

    server.clock.set('2026-12-05T09:00:00.000Z');
    await dailySweep();
    assert.equal(mailsTo(a.email).length, 0, 'held: not sent ten days after its draft');
    assert.equal((await reminderOf(a)).status, 'draft');

    const released = (await (await act(draft, 'release')).json()) as CareReminder;
    assert.equal(released.heldAt, null);
    assert.equal(released.autoSendAt, '2026-12-08T09:00:00.000Z');
    server.clock.set('2026-12-06T09:00:00.000Z');
    await dailySweep();
    assert.equal(mailsTo(a.email).length, 0, 'released a day ago: not yet');
    server.clock.set('2026-12-08T09:00:00.000Z');
    await dailySweep();
    await dailySweep();
    assert.equal(mailsTo(a.email).length, 1, 'sent once, three days after its release');
    assert.equal((await reminderOf(a)).status, 'sent');
    assert.equal((await act(draft, 'hold')).status, 409);
  });

  it('lets a hold or a personalisation made while the sweep runs win over the sweep', async () => {
    const [a, b] = owners as [(typeof owners)[number], (typeof owners)[number]];
    const held = await reminderOf(a);
    const personalised = await reminderOf(b);
    // The sweep chose both (untouched by now), then customer care held one and wrote in the other.
    const untouchedBy = server.clock.now().toISOString();
    server.clock.set('2026-11-25T10:05:00.000Z');
    assert.equal((await act(held, 'hold')).status, 200);
    assert.equal((await asConcierge(`/v1/care-reminders/${personalised.id}`, { method: 'PATCH', body: { personalNote: 'À bientôt.' } })).status, 200);
    const deps = sendingDeps();
    assert.deepEqual(await sendCareReminder(deps, server.brand.id, held.id, { untouchedBy }), { outcome: 'not_a_draft' });
    assert.deepEqual(await sendCareReminder(deps, server.brand.id, personalised.id, { untouchedBy }), { outcome: 'not_a_draft' });
    assert.equal(mailsTo(a.email).length + mailsTo(b.email).length, 0);
    assert.deepEqual([(await reminderOf(a)).status, (await reminderOf(b)).status], ['draft', 'draft']);
  });

  it('sends a held draft when customer care presses send, once, and never one dropped by hand', async () => {
    const [a, , c] = owners as [(typeof owners)[number], (typeof owners)[number], (typeof owners)[number]];
    const toSend = await reminderOf(a);
    await act(toSend, 'hold');
    const sent = (await (await act(toSend, 'send')).json()) as CareReminder;
    assert.equal(sent.status, 'sent');
    assert.equal(sent.email, null);

    const toDrop = await reminderOf(c);
    const missing = await act(toDrop, 'drop', {});
    assert.equal(missing.status, 422);
    assert.deepEqual(((await missing.json()) as { errors: Array<{ path: string }> }).errors.map((error) => error.path), ['reason']);
    const dropped = (await (await act(toDrop, 'drop', { reason: 'The owner asked by phone to be called instead.' })).json()) as CareReminder;
    assert.deepEqual([dropped.status, dropped.dropReason, dropped.dropNote], ['dropped', 'by_customer_care', 'The owner asked by phone to be called instead.']);
    assert.equal((await act(toDrop, 'send')).status, 409);

    server.clock.set('2026-12-10T09:00:00.000Z');
    await dailySweep();
    assert.deepEqual(mailsTo(a.email).length, 1);
    assert.deepEqual(mailsTo(c.email).length, 0);
    assert.deepEqual((await queue('status=dropped')).map((reminder) => reminder.piece.serial), [c.serial]);
    assert.equal((await asConcierge('/v1/care-reminders/crem_unknown')).status, 404);
  });

  it('shows a draft dropped as soon as its owner books the piece in, held or not, and never sends it', async () => {
    const [a, b] = owners as [(typeof owners)[number], (typeof owners)[number]];
    // A's draft held by customer care (the sweep never sends it): it would wait in the queue for a review.
    assert.equal((await act(await reminderOf(a), 'hold')).status, 200);
    // A's service is due 20 Dec 2026 with a 45-day lead time: booked on 25 Nov, within it. B books too.
    await bookRepair(server.deps, server.brand.id, booking(a.serial, { contact: { name: 'Ada Owner', email: a.email, language: 'en' } }));
    await bookRepair(server.deps, server.brand.id, booking(b.serial, { contact: { name: 'Bea Owner', email: b.email, language: 'fr' } }));

    // No sweep has run: the queue, read, no longer lists them as drafts, and says why they were dropped.
    assert.deepEqual((await queue()).map((reminder) => reminder.piece.serial), [owners[2]!.serial]);
    const dropped = await reminderOf(a);
    assert.deepEqual([dropped.status, dropped.dropReason, dropped.autoSendAt, dropped.email], ['dropped', 'owner_booked', null, null]);
    const one = (await (await asConcierge(`/v1/care-reminders/${(await reminderOf(b)).id}`)).json()) as CareReminder;
    assert.deepEqual([one.status, one.dropReason], ['dropped', 'owner_booked']);
    assert.equal((await act(dropped, 'send')).status, 409, 'nothing left to send');
    assert.deepEqual(await dailySweep(), { drafted: 0, sent: 0, dropped: 0 });
    assert.equal(mailsTo(a.email).length + mailsTo(b.email).length, 0);
  });

  it('drops a held draft at the daily sweep when its owner booked, though nobody read the queue', async () => {
    const a = owners[0]!;
    assert.equal((await act(await reminderOf(a), 'hold')).status, 200);
    await bookRepair(server.deps, server.brand.id, booking(a.serial, { contact: { name: 'Ada Owner', email: a.email, language: 'en' } }));
    assert.deepEqual(await dailySweep(), { drafted: 0, sent: 0, dropped: 1 });
    const row = await server.db.selectFrom('care_reminders').select(['status', 'dropped_reason']).where('item_id', '=', a.itemId).executeTakeFirstOrThrow();
    assert.deepEqual({ ...row }, { status: 'dropped', dropped_reason: 'owner_booked' });
  });

  it('waits until the owner’s blackout window has passed when they heard from the brand, then sends', async () => {
    const settings = await server.request('/v1/brand/settings', { key: 'secret', method: 'PATCH', body: { careReminderBlackoutDays: 14 } });
    assert.equal(settings.status, 200, await settings.clone().text());
    const a = owners[0]!;
    // A's service reminder goes first: A has then heard from the brand.
    const first = await reminderOf(a, 'service');
    assert.equal(((await (await act(first, 'send')).json()) as CareReminder).status, 'sent');

    // Another reminder for A (the piece's cleaning, a rule added since), drafted the same day.
    await putCareRule(server.db, server.clock, server.brand.id, { scope: 'collection', key: 'Méridienne' }, { waterResistanceCheckIntervalMonths: 24, cleaningIntervalMonths: 36, reminderLeadTimeDays: 45 });
    assert.deepEqual(await sweepCareReminders(server.db, server.clock, server.brand.id), { drafted: 2 });
    const cleaning = (await queue('careKind=cleaning')).find((reminder) => reminder.piece.serial === a.serial)!;
    assert.equal(cleaning.ownerLastHeardFromBrandAt, server.clock.now().toISOString());
    assert.equal(cleaning.autoSendAt, new Date(server.clock.now().getTime() + 14 * 86_400_000).toISOString());

    server.clock.set('2026-12-01T09:00:00.000Z');
    await dailySweep();
    assert.equal(mailsTo(a.email).length, 1, 'within 14 days of the first: postponed, not dropped');
    assert.equal((await reminderOf(a, 'cleaning')).status, 'draft');
    server.clock.set('2026-12-10T09:00:00.000Z');
    await dailySweep();
    assert.equal(mailsTo(a.email).length, 2, 'sent once the window has passed');
  });

  it('says a draft goes out after the owner’s quiet period, the day the sweep does send it', async () => {
    const a = owners[0]!;
    // Drafted 25 Nov: it would go on 28 Nov at 10:00 (3 days); A asked for quiet from 26 Nov to 10 Dec.
    await server.db
      .insertInto('owner_preference_changes')
      .values({ id: newId('opc'), owner_id: a.ownerId, kind: 'quiet_period', value: JSON.stringify({ from: '2026-11-26', until: '2026-12-10' }), recorded_at: server.clock.now().toISOString(), source: 'owner_space', wording: 'Not before 11 December.' })
      .execute();
    const shown = (await reminderOf(a)).autoSendAt;
    assert.equal(shown, '2026-12-11T00:00:00.000Z');

    server.clock.set('2026-11-28T10:00:00.000Z');
    await dailySweep();
    server.clock.set('2026-12-10T23:59:59.000Z');
    await dailySweep();
    assert.equal(mailsTo(a.email).length, 0, 'not during the quiet period');
    assert.equal((await reminderOf(a)).autoSendAt, shown, 'the day shown holds as days pass');
    server.clock.set(shown);
    await dailySweep();
    assert.equal(mailsTo(a.email).length, 1, 'sent on the day the queue said');
  });

  it('spaces an owner’s drafts by the blackout window in the days it shows, as the sweep sends them', async () => {
    const settings = await server.request('/v1/brand/settings', { key: 'secret', method: 'PATCH', body: { careReminderBlackoutDays: 14 } });
    assert.equal(settings.status, 200, await settings.clone().text());
    const a = owners[0]!;
    // A second draft for A's piece (its cleaning, a rule added the same day): two drafts, one owner.
    await putCareRule(server.db, server.clock, server.brand.id, { scope: 'collection', key: 'Méridienne' }, { waterResistanceCheckIntervalMonths: 24, cleaningIntervalMonths: 36, reminderLeadTimeDays: 45 });
    await sweepCareReminders(server.db, server.clock, server.brand.id);
    const theirs = (await queue()).filter((reminder) => reminder.piece.serial === a.serial);
    assert.equal(theirs.length, 2);
    const [first, second] = [...theirs].sort((x, y) => x.autoSendAt!.localeCompare(y.autoSendAt!));
    // Both untouched since 25 Nov: the first on 28 Nov, the second 14 days after the first went.
    assert.deepEqual([first!.autoSendAt, second!.autoSendAt], ['2026-11-28T10:00:00.000Z', '2026-12-12T10:00:00.000Z']);

    server.clock.set(first!.autoSendAt!);
    await dailySweep();
    assert.equal((await reminderOf(a, first!.careKind)).status, 'sent');
    assert.equal((await reminderOf(a, second!.careKind)).autoSendAt, second!.autoSendAt, 'the same day, now that the first went');
    server.clock.set('2026-12-12T09:59:59.000Z');
    await dailySweep();
    assert.equal(mailsTo(a.email).length, 1);
    server.clock.set(second!.autoSendAt!);
    await dailySweep();
    assert.equal(mailsTo(a.email).length, 2, 'sent on the day the queue said');
  });

  it('counts the reminders sent per kind of care and those followed by a booking within 60 days', async () => {
    const [a, b, c] = owners as [(typeof owners)[number], (typeof owners)[number], (typeof owners)[number]];
    for (const owner of [a, b, c]) assert.equal((await act(await reminderOf(owner), 'send')).status, 200);
    // A books 10 days later; C 61 days later (too late to count); B never.
    server.clock.set('2026-12-05T10:00:00.000Z');
    await bookRepair(server.deps, server.brand.id, booking(a.serial, { contact: { name: 'Ada Owner', email: a.email, language: 'en' } }));
    server.clock.set('2027-01-25T10:00:00.000Z');
    await bookRepair(server.deps, server.brand.id, booking(c.serial, { contact: { name: 'Ada Owner', email: c.email, language: 'en' } }));

    const response = await asConcierge('/v1/care-reminder-figures?from=2026-11-01&to=2026-11-30');
    assert.equal(response.status, 200, await response.clone().text());
    const figures = (await response.json()) as { kinds: Array<{ careKind: string; sent: number; followedByBooking: number; bookingRate: number | null }>; total: { sent: number; followedByBooking: number }; stillInWindow: number; bookingWindowDays: number };
    assert.deepEqual(
      figures.kinds.map((kind) => [kind.careKind, kind.sent, kind.followedByBooking, kind.bookingRate]),
      [
        ['service', 2, 1, 0.5],
        ['water_resistance_check', 1, 0, 0],
        ['cleaning', 0, 0, null],
      ],
    );
    assert.deepEqual([figures.total.sent, figures.total.followedByBooking, figures.stillInWindow, figures.bookingWindowDays], [3, 1, 0, 60]);

    const empty = (await (await asConcierge('/v1/care-reminder-figures?from=2026-12-01&to=2026-12-31')).json()) as { total: { sent: number } };
    assert.equal(empty.total.sent, 0);
    const backwards = await asConcierge('/v1/care-reminder-figures?from=2026-12-31&to=2026-12-01');
    assert.equal(backwards.status, 422);
    assert.deepEqual(((await backwards.json()) as { errors: Array<{ path: string }> }).errors.map((error) => error.path), ['to']);
  });
});
