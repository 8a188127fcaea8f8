import { sql, type Kysely } from 'kysely';

/**
 * Issue 16, customer care's queue of care reminders (features/care/care-reminder-queue.ts): a
 * draft's personalisation (a subject line, a personal note in the owner's language, when), whether
 * customer care holds it, since when it has been left untouched (the sweep sends a draft the
 * brand's `care_reminder_send_after_days` after its drafting, last personalisation or release),
 * and customer care's words when it drops one by hand. The brand's blackout window: days after an
 * owner last heard from the brand during which the sweep sends them no reminder (0: none).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('care_reminders').addColumn('personal_subject', 'text').execute();
  await db.schema.alterTable('care_reminders').addColumn('personal_note', 'text').execute();
  await db.schema.alterTable('care_reminders').addColumn('personalised_at', 'text').execute();
  await db.schema.alterTable('care_reminders').addColumn('held_at', 'text').execute();
  await db.schema.alterTable('care_reminders').addColumn('untouched_since', 'text').execute();
  await db.schema.alterTable('care_reminders').addColumn('drop_note', 'text').execute();
  // Every reminder so far was untouched since it was drafted; the sweep fills it from now on.
  await sql`update care_reminders set untouched_since = drafted_at`.execute(db);
  await db.schema.alterTable('brands').addColumn('care_reminder_blackout_days', 'integer', (col) => col.notNull().defaultTo(0)).execute();
  // "Heard from the brand" (features/care/heard-from-brand.ts) reads an owner's latest sent reminder.
  await db.schema.createIndex('care_reminders_owner_sent_idx').on('care_reminders').columns(['owner_id', 'sent_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('care_reminders_owner_sent_idx').execute();
  await db.schema.alterTable('brands').dropColumn('care_reminder_blackout_days').execute();
  for (const column of ['drop_note', 'untouched_since', 'held_at', 'personalised_at', 'personal_note', 'personal_subject']) {
    await db.schema.alterTable('care_reminders').dropColumn(column).execute();
  }
}
