import { sql, type Kysely } from 'kysely';

/**
 * Issue 15: stock per serial, from events. A delivery to a retailer or a return from it is one
 * `stock_movements` row per piece (append-only: a mistaken delivery is corrected by a return or
 * another delivery, so the history says what happened). The brand's threshold for aged stock.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stock_movements')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('brand_id', 'text', (col) => col.notNull().references('brands.id'))
    .addColumn('item_id', 'text', (col) => col.notNull().references('items.id'))
    .addColumn('retailer_id', 'text', (col) => col.notNull().references('retailers.id'))
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('delivery', 'return')`))
    // Every piece of one request shares it: the movement the API answers with.
    .addColumn('batch_id', 'text', (col) => col.notNull())
    .addColumn('occurred_on', 'text', (col) => col.notNull())
    .addColumn('reference', 'text')
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('stock_movements_item_idx').on('stock_movements').columns(['item_id', 'occurred_on', 'recorded_at']).execute();
  await db.schema.createIndex('stock_movements_retailer_idx').on('stock_movements').columns(['brand_id', 'retailer_id', 'kind']).execute();
  await db.schema.alterTable('brands').addColumn('aged_stock_days', 'integer', (col) => col.notNull().defaultTo(180)).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('brands').dropColumn('aged_stock_days').execute();
  await db.schema.dropTable('stock_movements').execute();
}

