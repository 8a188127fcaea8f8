/**
 * Counts the brand's definitive refusals of a unit's sale, so that retrying after one sends a new
 * idempotency key (the brand would replay the stored refusal for the old one).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('order_units').addColumn('sale_refusals', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.createIndex('order_units_by_status').on('order_units').columns(['shop', 'status']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('order_units_by_status').execute();
  await db.schema.alterTable('order_units').dropColumn('sale_refusals').execute();
}
