import type { Kysely } from 'kysely';

/**
 * Issue 11: a repair booking for a piece whose registered owner has another e-mail is flagged to
 * the service desk (features/repairs/booking-limits.ts). Bookings made before are not flagged:
 * whether their contact was the owner then is not known any more.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('repair_orders')
    .addColumn('booked_by_non_owner', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('repair_orders').dropColumn('booked_by_non_owner').execute();
}
