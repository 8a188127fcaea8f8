import type { Kysely } from 'kysely';

/**
 * Issue 15, service at the counter: a piece left at a retailer's counter (`drop_off_method`
 * `retailer`, the retailer in `retailer_id`) has a contact typed by the retailer's staff, so no
 * update is e-mailed until the contact opens the confirmation link (features/repairs/contact-confirmation.ts).
 * `contact_confirmed_at`: when they did; null before, and for every other drop-off, which needs none.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('repair_orders').addColumn('contact_confirmed_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('repair_orders').dropColumn('contact_confirmed_at').execute();
}
