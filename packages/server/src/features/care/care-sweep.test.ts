/**
 * The concierge's sweep, on both databases: it drafts a reminder for each kind of care whose lead
 * time has come (by hand below), none for a piece stolen or not yet confirmed, and each reminder
 * exactly once — whatever sweeps again after a restart, and however many instances sweep at once
 * (two connection pools on one PostgreSQL database, sweeping together, round after round).
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { openDatabase, type Db } from '../../db/database.ts';
import { MailOutbox } from '../../mail/outbox.ts';
import { createTestServer, describeEachDatabase, fixtureConsoleOrigin, fixturePublicUrl, type TestServer } from '../../testing/index.ts';
import { eraseMyAccount } from '../my-data/erasure.ts';
import { giveOwnerPiece } from '../owner-space/testing.ts';
import { recordEmailConsents } from '../owners/owners.ts';
import { appendProvenanceEvent } from '../provenance/events.ts';
import type { CareReminderSendingDeps } from './care-reminder-sending.ts';
import { putCareRule } from './care-rules.ts';
import { reminderTimeHasCome, sweepAllCareReminders, sweepCareReminders } from './care-sweep.ts';
import { tokenSentTo } from '../warranties/testing.ts';

describeEachDatabase("the concierge's sweep", (database) => {
  let server: TestServer;
  /** Pieces by name: A, B, C, D held and confirmed, E stolen, F waiting for its buyer's confirmation. */
  let pieceIds: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', string>;

  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 6 });
    // The fixture brand services every 36 months; every fixture model is of the Méridienne collection.
    await putCareRule(server.db, server.clock, server.brand.id, { scope: 'collection', key: 'Méridienne' }, { waterResistanceCheckIntervalMonths: 24, reminderLeadTimeDays: 45 });
    const [a, b, c, d, e, f] = server.items;
    const purchases = [
      [a!, '2023-12-20'],
      [b!, '2024-12-31'],
      [c!, '2025-02-10'],
      [d!, '2023-11-10'],
      [e!, '2023-12-20'],
      [f!, '2023-12-20'],
    ] as const;
    for (const [index, [item, purchaseDate]] of purchases.entries()) {
      await giveOwnerPiece(server, { email: `owner${index}@example.com`, item, purchaseDate, coverageEnd: '2027-12-31' });
    }
    await server.db.updateTable('items').set({ status: 'stolen' }).where('id', '=', e!.id).execute();
    await server.db.updateTable('warranties').set({ status: 'pending_confirmation', confirmed_at: null }).where('item_id', '=', f!.id).execute();
    pieceIds = { A: a!.id, B: b!.id, C: c!.id, D: d!.id, E: e!.id, F: f!.id };
  });
  afterEach(() => server.close());

  async function reminders(): Promise<string[]> {
    const rows = await server.db.selectFrom('care_reminders').select(['item_id', 'care_kind', 'due_on', 'status']).execute();
    const nameOf = new Map(Object.entries(pieceIds).map(([name, id]) => [id, name]));
    return rows.map((row) => `${nameOf.get(row.item_id)} ${row.care_kind} ${row.due_on} ${row.status}`).sort();
  }

  it('drafts what falls within the lead time, by hand, and nothing twice whatever sweeps again', async () => {
    // 25 Nov 2026, lead time 45 days (the collection's rule), reminders up to 30 days late:
    // A: service 20 Dec 2026 (bought 20 Dec 2023 + 36 months), drafted from 5 Nov → yes; its check (20 Dec 2025) is too late to catch up.
    // B: check 31 Dec 2026 (31 Dec 2024 + 24 months), drafted from 16 Nov → yes; service 31 Dec 2027 → no.
    // C: check 10 Feb 2027, drafted from 27 Dec 2026 → not yet.
    // D: service 10 Nov 2026, 15 days late → yes (caught up).
    // E is stolen, F's buyer has not confirmed: none.
    assert.deepEqual(await sweepCareReminders(server.db, server.clock, server.brand.id), { drafted: 3 });
    const drafted = ['A service 2026-12-20 draft', 'B water_resistance_check 2026-12-31 draft', 'D service 2026-11-10 draft'];
    assert.deepEqual(await reminders(), drafted);

    // A restart sweeps again: nothing new.
    assert.deepEqual(await sweepCareReminders(server.db, server.clock, server.brand.id), { drafted: 0 });
    assert.deepEqual(await reminders(), drafted);

    // 28 Dec 2026: C's check comes within its lead time; A's service, now past, is already drafted.
    server.clock.set('2026-12-28T06:00:00.000Z');
    assert.deepEqual(await sweepCareReminders(server.db, server.clock, server.brand.id), { drafted: 1 });
    assert.deepEqual(await reminders(), [...drafted, 'C water_resistance_check 2027-02-10 draft'].sort());

    // B serviced in Atelier that day: its check is due again 28 Dec 2028, far off; nothing new, the old draft stays for customer care to drop.
    await appendProvenanceEvent(
      server.db,
      { brandId: server.brand.id, itemId: pieceIds.B, type: 'serviced', occurredAt: '2026-12-28T10:00:00.000Z', place: { retailerId: null, country: 'CH', city: 'Genève' }, details: { serviceType: 'full_service' } },
      server.clock.now(),
    );
    assert.deepEqual(await sweepCareReminders(server.db, server.clock, server.brand.id), { drafted: 0 });
  });

  it('drafts nothing for a piece whose owner erased their account', async () => {
    const owner = await server.db.selectFrom('warranties').select('owner_id').where('item_id', '=', pieceIds.A).executeTakeFirstOrThrow();
    await eraseMyAccount({ db: server.db, clock: server.clock }, { ownerId: owner.owner_id, brandId: server.brand.id });
    // 25 Nov 2026: without A (its service due 20 Dec 2026), B's check and D's service as in the test above.
    assert.deepEqual(await sweepCareReminders(server.db, server.clock, server.brand.id), { drafted: 2 });
    assert.deepEqual(await reminders(), ['B water_resistance_check 2026-12-31 draft', 'D service 2026-11-10 draft']);
  });

  it('drafts the care of a piece for its new owner once a transfer is confirmed, once, while the previous owner’s draft is dropped', async () => {
    assert.deepEqual(await sweepCareReminders(server.db, server.clock, server.brand.id), { drafted: 3 });
    const serial = server.items[0]!.serial;
    const started = await server.request(`/v1/items/${serial}/ownership-transfers`, { key: 'secret', body: { newOwner: { name: 'Nora Neu', email: 'nora@example.com', country: 'DE', language: 'de' } } });
    assert.equal(started.status, 201, await started.clone().text());
    // Drafted before the transfer is confirmed: still the previous owner's, as the piece is.
    assert.deepEqual(await sweepCareReminders(server.db, server.clock, server.brand.id), { drafted: 0 });
    const confirmed = await server.fromWidget('/v1/warranties/confirmations', { token: tokenSentTo(server, 'nora@example.com') });
    assert.equal(confirmed.status, 200, await confirmed.clone().text());

    // The care due stays the piece's: the same service, due 20 Dec 2026, now for Nora; once, whatever sweeps again.
    assert.deepEqual(await sweepCareReminders(server.db, server.clock, server.brand.id), { drafted: 1 });
    assert.deepEqual(await sweepCareReminders(server.db, server.clock, server.brand.id), { drafted: 0 });
    const forA = await server.db
      .selectFrom('care_reminders')
      .innerJoin('owners', 'owners.id', 'care_reminders.owner_id')
      .select(['owners.email', 'care_reminders.care_kind', 'care_reminders.due_on', 'care_reminders.status', 'care_reminders.dropped_reason'])
      .where('care_reminders.item_id', '=', pieceIds.A)
      .orderBy('owners.email')
      .execute();
    assert.deepEqual(
      forA.map((row) => ({ ...row })),
      [
        { email: 'nora@example.com', care_kind: 'service', due_on: '2026-12-20', status: 'draft', dropped_reason: null },
        { email: 'owner0@example.com', care_kind: 'service', due_on: '2026-12-20', status: 'dropped', dropped_reason: 'piece_transferred' },
      ],
    );

    // It goes to Nora once she wants service e-mails (nobody could consent for her), and to nobody else.
    const nora = await server.db.selectFrom('owners').select('id').where('email', '=', 'nora@example.com').executeTakeFirstOrThrow();
    await recordEmailConsents(server.db, nora.id, { service: true, marketing: false }, 'registration_form', server.clock.now());
    const outbox = new MailOutbox({ db: server.db, transport: server.mailer, clock: server.clock, logger: server.logger });
    try {
      await server.db.updateTable('brands').set({ care_reminder_send_after_days: 0 }).where('id', '=', server.brand.id).execute();
      await sweepAllCareReminders({ db: server.db, mailer: outbox, clock: server.clock, publicUrl: fixturePublicUrl, publicOrigin: fixtureConsoleOrigin });
    } finally {
      await outbox.close();
    }
    const remindersTo = (to: string) => server.mailer.messages.filter((message) => message.to === to && message.headers?.['List-Unsubscribe'] !== undefined);
    assert.equal(remindersTo('nora@example.com').length, 1, 'the new owner is reminded of the piece’s service once');
    assert.match(remindersTo('nora@example.com')[0]!.text, new RegExp(serial));
    assert.deepEqual(remindersTo('owner0@example.com'), [], 'the previous owner is not');
  });

  it('drafts each reminder exactly once when two instances sweep the same database at the same moment, round after round', async () => {
    // A second connection pool is a second instance's on PostgreSQL; SQLite has one writer, the same database twice.
    const other = server.databaseUrl === undefined ? server.db : openDatabase({ databaseUrl: server.databaseUrl });
    try {
      let total = 0;
      for (let round = 0; round < 5; round++) {
        const outcomes = await Promise.all([sweepCareReminders(server.db, server.clock, server.brand.id), sweepCareReminders(other, server.clock, server.brand.id)]);
        total += outcomes.reduce((sum, outcome) => sum + outcome.drafted, 0);
      }
      assert.equal(total, 3, 'the sweeps together drafted each reminder once');
      assert.deepEqual(await reminders(), ['A service 2026-12-20 draft', 'B water_resistance_check 2026-12-31 draft', 'D service 2026-11-10 draft']);
    } finally {
      if (other !== server.db) await other.destroy();
    }
  });

  describe('sending what customer care left untouched', () => {
    let outboxes: MailOutbox[];
    beforeEach(async () => {
      outboxes = [];
      // The owners of A, B and C want service e-mails; D's owner never said so.
      const owners = await server.db.selectFrom('owners').select('id').where('email', 'in', ['owner0@example.com', 'owner1@example.com', 'owner2@example.com']).execute();
      for (const owner of owners) await recordEmailConsents(server.db, owner.id, { service: true, marketing: false }, 'registration_form', server.clock.now());
    });
    afterEach(async () => {
      for (const outbox of outboxes) await outbox.close();
    });

    function sendingDeps(db: Db = server.db): CareReminderSendingDeps {
      const outbox = new MailOutbox({ db, transport: server.mailer, clock: server.clock, logger: server.logger });
      outboxes.push(outbox);
      return { db, mailer: outbox, clock: server.clock, publicUrl: fixturePublicUrl, publicOrigin: fixtureConsoleOrigin };
    }
    const recipients = () => server.mailer.messages.map((message) => message.to).sort();

    it('sends the drafts the brand\'s days after drafting them (3 by default), drops those it may not send, and sends each once', async () => {
      const deps = sendingDeps();
      assert.deepEqual(await sweepAllCareReminders(deps), { drafted: 3, sent: 0, dropped: 0 });
      server.clock.set('2026-11-28T09:59:59.000Z');
      assert.deepEqual(await sweepAllCareReminders(deps), { drafted: 0, sent: 0, dropped: 0 }, 'not yet three days');
      server.clock.set('2026-11-28T10:00:00.000Z');
      assert.deepEqual(await sweepAllCareReminders(deps), { drafted: 0, sent: 2, dropped: 1 });
      assert.deepEqual(recipients(), ['owner0@example.com', 'owner1@example.com']);
      assert.deepEqual(await reminders(), ['A service 2026-12-20 sent', 'B water_resistance_check 2026-12-31 sent', 'D service 2026-11-10 dropped']);
      assert.deepEqual(await sweepAllCareReminders(deps), { drafted: 0, sent: 0, dropped: 0 }, 'swept again: nothing twice');

      // The brand sends at once: C's check, drafted on 28 Dec, goes out with that sweep.
      await server.db.updateTable('brands').set({ care_reminder_send_after_days: 0 }).where('id', '=', server.brand.id).execute();
      server.clock.set('2026-12-28T06:00:00.000Z');
      assert.deepEqual(await sweepAllCareReminders(deps), { drafted: 1, sent: 1, dropped: 0 });
      assert.deepEqual(recipients(), ['owner0@example.com', 'owner1@example.com', 'owner2@example.com']);
    });

    it('sends each reminder once when two instances sweep and send at the same moment', async () => {
      const other = server.databaseUrl === undefined ? server.db : openDatabase({ databaseUrl: server.databaseUrl });
      try {
        await server.db.updateTable('brands').set({ care_reminder_send_after_days: 0 }).where('id', '=', server.brand.id).execute();
        const [first, second] = [sendingDeps(), sendingDeps(other)];
        let sent = 0;
        for (let round = 0; round < 3; round++) {
          for (const outcome of await Promise.all([sweepAllCareReminders(first), sweepAllCareReminders(second)])) sent += outcome.sent;
        }
        for (const outbox of outboxes) await outbox.close();
        assert.equal(sent, 2);
        assert.deepEqual(recipients(), ['owner0@example.com', 'owner1@example.com']);
      } finally {
        if (other !== server.db) await other.destroy();
      }
    });
  });

  it('times a reminder from its lead time before the due date to 30 days after it', () => {
    assert.equal(reminderTimeHasCome('2026-12-31', 30, '2026-11-30'), false);
    assert.equal(reminderTimeHasCome('2026-12-31', 30, '2026-12-01'), true);
    assert.equal(reminderTimeHasCome('2026-12-31', 0, '2026-12-31'), true);
    assert.equal(reminderTimeHasCome('2026-12-31', 30, '2027-01-30'), true);
    assert.equal(reminderTimeHasCome('2026-12-31', 30, '2027-01-31'), false);
  });
});
