/**
 * Shops connect with their retailer's key (`rk_…`), no longer with a secret key (`sk_…`), which
 * the brand now keeps for itself (it reads every retailer's data).
 * - `key_kind`: which kind of key is sealed in the row. Every row written before this migration
 *   holds an `sk_…` key (the only kind accepted then), so they read `secret`, and the admin page
 *   asks the merchant to replace it.
 * - `retailer_name`: the retailer the key acts for, as the brand names it (null in old rows).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('shop_connections').addColumn('key_kind', 'text', (c) => c.notNull().defaultTo('secret')).execute();
  await db.schema.alterTable('shop_connections').addColumn('retailer_name', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('shop_connections').dropColumn('retailer_name').execute();
  await db.schema.alterTable('shop_connections').dropColumn('key_kind').execute();
}
