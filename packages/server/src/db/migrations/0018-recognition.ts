import { sql, type Kysely } from 'kysely';

/**
 * Issue 15, "recognise, don't reveal": an owner's profile shared with one retailer (the only way
 * a retailer's lookup shows who the client is; the owner space will let owners share and revoke,
 * today no operation writes it), and the notes a retailer of record gets when another retailer
 * serves its client's piece (a modification, a repair taken in). A revoked share keeps its row:
 * when it was shared and revoked stays known.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('profile_shares')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('brand_id', 'text', (col) => col.notNull().references('brands.id'))
    .addColumn('owner_id', 'text', (col) => col.notNull().references('owners.id'))
    .addColumn('retailer_id', 'text', (col) => col.notNull().references('retailers.id'))
    .addColumn('shared_at', 'text', (col) => col.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('profile_shares_owner_retailer_idx').on('profile_shares').columns(['owner_id', 'retailer_id']).execute();

  await db.schema
    .createTable('retailer_notes')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('brand_id', 'text', (col) => col.notNull().references('brands.id'))
    // The retailer of record the note is for.
    .addColumn('retailer_id', 'text', (col) => col.notNull().references('retailers.id'))
    .addColumn('item_id', 'text', (col) => col.notNull().references('items.id'))
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('modification', 'repair_intake')`))
    .addColumn('serving_retailer_id', 'text', (col) => col.notNull().references('retailers.id'))
    // What was done, without personal data: the modification's public words, or the service type.
    .addColumn('detail', 'text', (col) => col.notNull())
    .addColumn('occurred_at', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('retailer_notes_listing_idx').on('retailer_notes').columns(['retailer_id', 'created_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('retailer_notes').execute();
  await db.schema.dropTable('profile_shares').execute();
}
