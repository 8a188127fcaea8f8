/**
 * What the buyer paid for each serialized unit, in the shop's currency's minor unit, sent with its
 * sale so the brand counts the sale in the client's value. Units recorded before this migration
 * have none (null), and are registered without a price as before.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('order_units').addColumn('price_currency', 'text').execute();
  await db.schema.alterTable('order_units').addColumn('price_minor_units', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('order_units').dropColumn('price_minor_units').execute();
  await db.schema.alterTable('order_units').dropColumn('price_currency').execute();
}
