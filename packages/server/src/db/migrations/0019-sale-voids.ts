import type { Kysely } from 'kysely';

/**
 * Issue 15: a retailer voids a sale registered by mistake, within the brand's window. The void is
 * kept on the warranty (when, by whom, why), which stays `void`: nothing is deleted. An index for
 * a retailer's sales, newest first.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // 72 hours: a mistake noticed after a weekend the boutique was closed can still be undone.
  await db.schema.alterTable('brands').addColumn('sale_void_window_hours', 'integer', (col) => col.notNull().defaultTo(72)).execute();
  await db.schema.alterTable('warranties').addColumn('voided_at', 'text').execute();
  await db.schema.alterTable('warranties').addColumn('voided_by', 'text').execute();
  await db.schema.alterTable('warranties').addColumn('void_reason', 'text').execute();
  await db.schema.createIndex('warranties_retailer_sales_idx').on('warranties').columns(['brand_id', 'retailer_id', 'source', 'activated_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('warranties_retailer_sales_idx').execute();
  await db.schema.alterTable('warranties').dropColumn('void_reason').execute();
  await db.schema.alterTable('warranties').dropColumn('voided_by').execute();
  await db.schema.alterTable('warranties').dropColumn('voided_at').execute();
  await db.schema.alterTable('brands').dropColumn('sale_void_window_hours').execute();
}
