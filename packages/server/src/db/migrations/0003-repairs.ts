import { sql, type Kysely } from 'kysely';

/**
 * Issue 4, repairs: what a service centre needs to take bookings (time zone, opening hours,
 * mail-in instructions), its drop-off slots with their booking counter, repair orders with their
 * status history and estimates.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Defaults keep existing centres valid; staff fill in the real values.
  await db.schema.alterTable('service_centres').addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('UTC')).execute();
  await db.schema.alterTable('service_centres').addColumn('opening_hours', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('service_centres').addColumn('mail_in_instructions', 'text', (c) => c.notNull().defaultTo('')).execute();

  await db.schema
    .createTable('drop_off_slots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('brand_id', 'text', (c) => c.notNull().references('brands.id'))
    .addColumn('service_centre_id', 'text', (c) => c.notNull().references('service_centres.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('booked', 'integer', (c) => c.notNull().defaultTo(0))
    // The database itself refuses an overbooked slot, whatever a writer does.
    .addCheckConstraint('drop_off_slots_within_capacity', sql`booked >= 0 and booked <= capacity`)
    .execute();
  await db.schema.createIndex('drop_off_slots_centre_idx').on('drop_off_slots').columns(['service_centre_id', 'starts_at']).execute();

  await db.schema
    .createTable('repair_orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('brand_id', 'text', (c) => c.notNull().references('brands.id'))
    .addColumn('tracking_code', 'text', (c) => c.notNull().unique())
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('service_type', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('service_centre_id', 'text', (c) => c.notNull().references('service_centres.id'))
    .addColumn('drop_off_method', 'text', (c) => c.notNull())
    .addColumn('drop_off_slot_id', 'text', (c) => c.references('drop_off_slots.id'))
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_email', 'text', (c) => c.notNull())
    .addColumn('contact_email_normalized', 'text', (c) => c.notNull())
    .addColumn('contact_language', 'text', (c) => c.notNull())
    .addColumn('flagged_item_status', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('promised_date', 'text')
    .addColumn('ready_at', 'text')
    .addColumn('rating_score', 'integer')
    .addColumn('rating_comment', 'text')
    .addColumn('rated_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('repair_orders_brand_status_idx').on('repair_orders').columns(['brand_id', 'status', 'created_at']).execute();
  await db.schema.createIndex('repair_orders_item_idx').on('repair_orders').columns(['item_id']).execute();

  await db.schema
    .createTable('repair_status_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('repair_id', 'text', (c) => c.notNull().references('repair_orders.id'))
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
  // A second writer of the same step fails here rather than forking the history.
  await db.schema.createIndex('repair_status_changes_sequence_unique').on('repair_status_changes').columns(['repair_id', 'sequence']).unique().execute();

  await db.schema
    .createTable('repair_estimates')
    .addColumn('repair_id', 'text', (c) => c.primaryKey().references('repair_orders.id'))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('line_items', 'text', (c) => c.notNull())
    .addColumn('total_minor_units', 'integer', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_by_name', 'text')
    .addColumn('decided_from_address', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['repair_estimates', 'repair_status_changes', 'repair_orders', 'drop_off_slots']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  for (const column of ['mail_in_instructions', 'opening_hours', 'time_zone']) {
    await db.schema.alterTable('service_centres').dropColumn(column).execute();
  }
}
