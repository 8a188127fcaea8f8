import { sql, type Kysely } from 'kysely';

/**
 * Issue 16, transfers from the owner space (features/owner-transfers): an owner sells or gives a
 * piece and names its new owner, who confirms by e-mail. The transfer itself is the brand's
 * (a pending warranty with `source = 'transfer'`, its confirmation token, warranties/service.ts
 * confirming it); this table is the owner's act and its record — who asked, for whom (the pending
 * warranty `to_warranty_id` and its owner), sale or gift, when, and how it ended: `confirmed`,
 * `cancelled` by the owner, or `superseded` by another transfer of the piece. Personal data:
 * `from_owner_id` and `to_owner_id`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('piece_transfers')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('brand_id', 'text', (col) => col.notNull().references('brands.id'))
    .addColumn('item_id', 'text', (col) => col.notNull().references('items.id'))
    .addColumn('from_owner_id', 'text', (col) => col.notNull().references('owners.id'))
    .addColumn('from_warranty_id', 'text', (col) => col.notNull().references('warranties.id'))
    .addColumn('to_owner_id', 'text', (col) => col.notNull().references('owners.id'))
    .addColumn('to_warranty_id', 'text', (col) => col.notNull().unique().references('warranties.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('requested_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('ended_at', 'text')
    .addCheckConstraint('piece_transfers_kind', sql`kind in ('sale', 'gift')`)
    .addCheckConstraint('piece_transfers_status', sql`status in ('pending', 'confirmed', 'cancelled', 'superseded')`)
    .execute();
  await db.schema.createIndex('piece_transfers_item_idx').on('piece_transfers').columns(['item_id', 'status']).execute();
  await db.schema.createIndex('piece_transfers_from_owner_idx').on('piece_transfers').column('from_owner_id').execute();
  await db.schema.createIndex('piece_transfers_to_owner_idx').on('piece_transfers').column('to_owner_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('piece_transfers').execute();
}
