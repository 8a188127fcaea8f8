import { type Kysely } from 'kysely';

/**
 * Issue 17, money: sales and repairs carry their amounts with their currency, and the brand enters
 * the rates that bring them into its reporting currency, and what it spends to win clients.
 *
 * - `warranties.price_*`: what the buyer paid, given with a retailer's sale (null when not given);
 * - `repair_orders.charged_*`: what the owner paid for a repair, recorded at its return
 *   (`charged_on`, the UTC day), null before and when nothing was charged;
 * - `brands.reporting_currency`: the currency money figures are given in;
 * - `exchange_rates`: units of `quote_currency` (the reporting currency when entered) for one unit
 *   of `currency`, per month, as decimal text (never a float); only those quoted in the brand's
 *   current reporting currency are used, so changing it never mixes two bases;
 * - `acquisition_spend`: what the brand spent to win clients per month and channel;
 * - `client_summaries`: a client's value in the reporting currency (purchases, after-sales) and
 *   how many of their amounts had no rate. Every existing row is right with zeros: no amount was
 *   recorded before this migration.
 *
 * Amounts are `bigint`: a collector's value in yen outgrows a 32-bit integer.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('warranties').addColumn('price_currency', 'text').execute();
  await db.schema.alterTable('warranties').addColumn('price_minor_units', 'bigint').execute();
  await db.schema.alterTable('repair_orders').addColumn('charged_currency', 'text').execute();
  await db.schema.alterTable('repair_orders').addColumn('charged_minor_units', 'bigint').execute();
  await db.schema.alterTable('repair_orders').addColumn('charged_on', 'text').execute();
  await db.schema.alterTable('brands').addColumn('reporting_currency', 'text', (col) => col.notNull().defaultTo('EUR')).execute();
  await db.schema
    .createTable('exchange_rates')
    .addColumn('brand_id', 'text', (col) => col.notNull().references('brands.id'))
    .addColumn('currency', 'text', (col) => col.notNull())
    .addColumn('quote_currency', 'text', (col) => col.notNull())
    .addColumn('month', 'text', (col) => col.notNull())
    .addColumn('rate', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('exchange_rates_pk', ['brand_id', 'quote_currency', 'currency', 'month'])
    .execute();
  await db.schema
    .createTable('acquisition_spend')
    .addColumn('brand_id', 'text', (col) => col.notNull().references('brands.id'))
    .addColumn('month', 'text', (col) => col.notNull())
    .addColumn('channel', 'text', (col) => col.notNull())
    .addColumn('currency', 'text', (col) => col.notNull())
    .addColumn('amount_minor_units', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('acquisition_spend_pk', ['brand_id', 'month', 'channel'])
    .execute();
  await db.schema.alterTable('client_summaries').addColumn('purchase_value_minor_units', 'bigint', (col) => col.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('client_summaries').addColumn('after_sales_value_minor_units', 'bigint', (col) => col.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('client_summaries').addColumn('amounts_unconverted', 'integer', (col) => col.notNull().defaultTo(0)).execute();
  // A rate entered or changed refreshes the clients with an amount in its currency and month.
  await db.schema.createIndex('warranties_price_idx').on('warranties').columns(['brand_id', 'price_currency', 'purchase_date']).execute();
  await db.schema.createIndex('repair_orders_charged_idx').on('repair_orders').columns(['brand_id', 'charged_currency', 'charged_on']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('repair_orders_charged_idx').execute();
  await db.schema.dropIndex('warranties_price_idx').execute();
  for (const column of ['amounts_unconverted', 'after_sales_value_minor_units', 'purchase_value_minor_units']) {
    await db.schema.alterTable('client_summaries').dropColumn(column).execute();
  }
  await db.schema.dropTable('acquisition_spend').execute();
  await db.schema.dropTable('exchange_rates').execute();
  await db.schema.alterTable('brands').dropColumn('reporting_currency').execute();
  for (const column of ['charged_on', 'charged_minor_units', 'charged_currency']) {
    await db.schema.alterTable('repair_orders').dropColumn(column).execute();
  }
  for (const column of ['price_minor_units', 'price_currency']) {
    await db.schema.alterTable('warranties').dropColumn(column).execute();
  }
}
