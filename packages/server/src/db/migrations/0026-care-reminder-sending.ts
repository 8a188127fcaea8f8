import type { Kysely } from 'kysely';

/**
 * Issue 16, the concierge sends its reminders (features/care/care-reminder-sending.ts): a reminder
 * leaves `draft` once, for `sent` (with when) or `dropped` (with why), by one conditional update
 * that only the first of any number of senders makes. Each sent reminder carries a one-click
 * unsubscribe link (RFC 8058) whose token is kept here hashed only (`unsubscribe_tokens`): the
 * token itself is in the e-mail and nowhere else.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('care_reminders').addColumn('sent_at', 'text').execute();
  await db.schema.alterTable('care_reminders').addColumn('dropped_at', 'text').execute();
  await db.schema.alterTable('care_reminders').addColumn('dropped_reason', 'text').execute();
  await db.schema
    .createTable('unsubscribe_tokens')
    .addColumn('token_hash', 'text', (col) => col.primaryKey())
    .addColumn('owner_id', 'text', (col) => col.notNull().references('owners.id'))
    .addColumn('purpose', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('unsubscribe_tokens_owner_idx').on('unsubscribe_tokens').column('owner_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('unsubscribe_tokens').execute();
  await db.schema.alterTable('care_reminders').dropColumn('dropped_reason').execute();
  await db.schema.alterTable('care_reminders').dropColumn('dropped_at').execute();
  await db.schema.alterTable('care_reminders').dropColumn('sent_at').execute();
}
