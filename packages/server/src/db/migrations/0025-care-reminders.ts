import type { Kysely } from 'kysely';

/**
 * Issue 16, the concierge: the reminders its daily sweep drafts (features/care/care-sweep.ts), one
 * per piece, kind of care and due date — the unique key, not a check before the insert, is what
 * makes a reminder exist exactly once however many instances sweep at once and whatever restarts.
 * `owner_id` is the owner the piece had when the reminder was drafted (the sending step checks
 * the piece is still theirs).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('care_reminders')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('brand_id', 'text', (col) => col.notNull().references('brands.id'))
    .addColumn('item_id', 'text', (col) => col.notNull().references('items.id'))
    .addColumn('owner_id', 'text', (col) => col.notNull().references('owners.id'))
    .addColumn('care_kind', 'text', (col) => col.notNull())
    .addColumn('due_on', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('drafted_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('care_reminders_piece_kind_due', ['item_id', 'care_kind', 'due_on'])
    .execute();
  // Customer care's queue: a brand's drafts, oldest due first.
  await db.schema.createIndex('care_reminders_queue_idx').on('care_reminders').columns(['brand_id', 'status', 'due_on']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('care_reminders').execute();
}
