import type { Kysely } from 'kysely';

/**
 * Issue 16: the concierge's drafts that customer care leaves untouched go out on their own this
 * many days after they were drafted (features/care/care-sweep.ts), a brand setting.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // 3 days: customer care sees a draft on at least one working day, even over a weekend.
  await db.schema.alterTable('brands').addColumn('care_reminder_send_after_days', 'integer', (col) => col.notNull().defaultTo(3)).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('brands').dropColumn('care_reminder_send_after_days').execute();
}
