import type { Kysely } from 'kysely';

/**
 * Issue 12: retailer keys (`rk_…`), each acting for one retailer of the brand, and the retailer a
 * repair was left with, so a retailer's queries can be scoped to its own repairs. No foreign key:
 * SQLite cannot drop a column that has one, and the brand scoping is checked where keys are made.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('api_keys').addColumn('retailer_id', 'text').execute();
  await db.schema.alterTable('repair_orders').addColumn('retailer_id', 'text').execute();
  await db.schema.createIndex('repair_orders_retailer_idx').on('repair_orders').columns(['brand_id', 'retailer_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('repair_orders_retailer_idx').execute();
  await db.schema.alterTable('repair_orders').dropColumn('retailer_id').execute();
  await db.schema.alterTable('api_keys').dropColumn('retailer_id').execute();
}
