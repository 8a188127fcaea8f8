import { sql, type Kysely } from 'kysely';

/**
 * Issue 17, notes: the brand's notes about a client, a piece or a repair (features/client-notes).
 * A note names exactly what it is attached to — the person (`owner_id`), the piece (`item_id`),
 * or the repair (`repair_id`, with its piece in `item_id`). `search_text` is the text folded for
 * search (lower case, accents removed) by the server, so both databases compare it alike.
 * `client_note_retailers` holds, for a `retailer_of_record` note, the retailers of record when it
 * was written: who may read it, fixed then. `retain_until` is swept by maintenance.ts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('client_notes')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('brand_id', 'text', (col) => col.notNull().references('brands.id'))
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('owner_id', 'text', (col) => col.references('owners.id'))
    .addColumn('item_id', 'text', (col) => col.references('items.id'))
    .addColumn('repair_id', 'text', (col) => col.references('repair_orders.id'))
    .addColumn('visibility', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('search_text', 'text', (col) => col.notNull())
    .addColumn('retain_until', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addCheckConstraint('client_notes_subject', sql`subject in ('client', 'piece', 'repair')`)
    .addCheckConstraint('client_notes_visibility', sql`visibility in ('brand', 'retailer_of_record', 'all_retailers')`)
    .addCheckConstraint(
      'client_notes_subject_named',
      sql`(subject = 'client' and owner_id is not null and item_id is null and repair_id is null) or (subject = 'piece' and owner_id is null and item_id is not null and repair_id is null) or (subject = 'repair' and owner_id is null and item_id is not null and repair_id is not null)`,
    )
    .execute();
  // A brand's notes newest first (listing, keyset pages), a subject's notes, and the retention sweep.
  await db.schema.createIndex('client_notes_brand_created_idx').on('client_notes').columns(['brand_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('client_notes_owner_idx').on('client_notes').column('owner_id').execute();
  await db.schema.createIndex('client_notes_item_idx').on('client_notes').column('item_id').execute();
  await db.schema.createIndex('client_notes_repair_idx').on('client_notes').column('repair_id').execute();
  await db.schema.createIndex('client_notes_retain_until_idx').on('client_notes').column('retain_until').execute();
  await db.schema
    .createTable('client_note_retailers')
    .addColumn('note_id', 'text', (col) => col.notNull().references('client_notes.id').onDelete('cascade'))
    .addColumn('retailer_id', 'text', (col) => col.notNull().references('retailers.id'))
    .addPrimaryKeyConstraint('client_note_retailers_pk', ['note_id', 'retailer_id'])
    .execute();
  await db.schema.createIndex('client_note_retailers_retailer_idx').on('client_note_retailers').columns(['retailer_id', 'note_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('client_note_retailers').execute();
  await db.schema.dropTable('client_notes').execute();
}
