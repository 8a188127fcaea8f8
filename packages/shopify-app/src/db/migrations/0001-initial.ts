import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('shopify_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('shop', 'text', (c) => c.notNull())
    .addColumn('is_online', 'integer', (c) => c.notNull())
    .addColumn('sealed_session', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('shopify_sessions_by_shop').on('shopify_sessions').column('shop').execute();

  await db.schema
    .createTable('shop_connections')
    .addColumn('shop', 'text', (c) => c.primaryKey())
    .addColumn('api_url', 'text', (c) => c.notNull())
    .addColumn('sealed_secret_key', 'text', (c) => c.notNull())
    .addColumn('retailer_id', 'text', (c) => c.notNull())
    .addColumn('brand_name', 'text', (c) => c.notNull())
    .addColumn('connected_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('orders')
    .addColumn('shop', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text', (c) => c.notNull())
    .addColumn('order_name', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text')
    .addColumn('buyer_name', 'text')
    .addColumn('buyer_email', 'text')
    .addColumn('buyer_country', 'text')
    .addColumn('buyer_language', 'text', (c) => c.notNull())
    .addColumn('purchase_date', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('orders_pk', ['shop', 'order_id'])
    .execute();
  await db.schema.createIndex('orders_by_customer').on('orders').columns(['shop', 'customer_id']).execute();

  await db.schema
    .createTable('order_units')
    .addColumn('shop', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text', (c) => c.notNull())
    .addColumn('line_item_id', 'text', (c) => c.notNull())
    .addColumn('unit_index', 'integer', (c) => c.notNull())
    .addColumn('product_title', 'text', (c) => c.notNull())
    .addColumn('sku', 'text')
    .addColumn('serial', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error_code', 'text')
    .addColumn('warranty_id', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('order_units_pk', ['shop', 'order_id', 'line_item_id', 'unit_index'])
    .addForeignKeyConstraint('order_units_order_fk', ['shop', 'order_id'], 'orders', ['shop', 'order_id'], (fk) => fk.onDelete('cascade'))
    .execute();
  await db.schema.createIndex('order_units_by_serial').on('order_units').columns(['shop', 'serial']).execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('webhook_id', 'text', (c) => c.primaryKey())
    .addColumn('shop', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('data_request_exports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('shop', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('export_json', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['data_request_exports', 'webhook_deliveries', 'order_units', 'orders', 'shop_connections', 'shopify_sessions']) {
    await db.schema.dropTable(table).execute();
  }
}
