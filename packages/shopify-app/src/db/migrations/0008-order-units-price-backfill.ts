/**
 * Where each unit recorded before migration 0007 stands in getting its price back from its Shopify
 * order (`src/sales/price-backfill.ts`): every unit that has no price now is marked `pending`, so
 * the backfill asks Shopify once per order and can stop and resume anywhere. Units recorded from
 * here on carry their price from the `orders/paid` payload and stay null (nothing to backfill).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('order_units').addColumn('price_backfill', 'text').execute();
  await sql`UPDATE order_units SET price_backfill = 'pending' WHERE price_minor_units IS NULL`.execute(db);
  await db.schema.createIndex('order_units_by_price_backfill').on('order_units').columns(['price_backfill', 'shop']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('order_units_by_price_backfill').execute();
  await db.schema.alterTable('order_units').dropColumn('price_backfill').execute();
}
