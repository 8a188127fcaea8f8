import { sql, type Kysely } from 'kysely';

/**
 * Issue 16, "From the brand": invitations to an event and news, written by the brand's staff for
 * an audience of its clients (features/invitations, features/brand-news).
 *
 * - `invitations`: the event (place, start as given with its time zone, and the same instant in
 *   UTC in `starts_at`), its texts per language (JSON), its audience (JSON, the segment language),
 *   its seats. `seats_taken` is only ever moved by a conditional update (`seats_taken < capacity`)
 *   and checked by the table, so concurrent yeses never overfill the event.
 * - `invitation_guests`: each owner invited, once per invitation (the unique key makes a second
 *   send, or two instances sending at once, invite nobody twice: its primary key), whether and when they were
 *   e-mailed (or why not), and their answer. Personal data: who was invited, and what they said.
 * - `brand_news`: a news item's texts (JSON), link and audience; who reads it is its audience when
 *   read, so nothing per owner is stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('brand_id', 'text', (col) => col.notNull().references('brands.id'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('default_language', 'text', (col) => col.notNull())
    .addColumn('texts', 'text', (col) => col.notNull())
    .addColumn('place_name', 'text', (col) => col.notNull())
    .addColumn('place_address', 'text')
    .addColumn('place_city', 'text', (col) => col.notNull())
    .addColumn('place_country', 'text', (col) => col.notNull())
    .addColumn('starts_on', 'text', (col) => col.notNull())
    .addColumn('starts_time', 'text', (col) => col.notNull())
    .addColumn('time_zone', 'text', (col) => col.notNull())
    .addColumn('starts_at', 'text', (col) => col.notNull())
    .addColumn('capacity', 'integer', (col) => col.notNull())
    .addColumn('seats_taken', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('audience', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('sent_at', 'text')
    .addCheckConstraint('invitations_status', sql`status in ('draft', 'sent')`)
    .addCheckConstraint('invitations_seats', sql`seats_taken >= 0 and seats_taken <= capacity`)
    .execute();
  await db.schema.createIndex('invitations_brand_created_idx').on('invitations').columns(['brand_id', 'created_at']).execute();

  await db.schema
    .createTable('invitation_guests')
    .addColumn('invitation_id', 'text', (col) => col.notNull().references('invitations.id'))
    .addColumn('brand_id', 'text', (col) => col.notNull().references('brands.id'))
    .addColumn('owner_id', 'text', (col) => col.notNull().references('owners.id'))
    .addColumn('invited_at', 'text', (col) => col.notNull())
    .addColumn('emailed_at', 'text')
    .addColumn('not_emailed_reason', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'text')
    .addCheckConstraint('invitation_guests_answer', sql`answer is null or answer in ('yes', 'no')`)
    .addPrimaryKeyConstraint('invitation_guests_once', ['invitation_id', 'owner_id'])
    .execute();
  // An owner's invitations (their space, "heard from the brand"), and an invitation's figures.
  await db.schema.createIndex('invitation_guests_owner_idx').on('invitation_guests').columns(['owner_id', 'emailed_at']).execute();

  await db.schema
    .createTable('brand_news')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('brand_id', 'text', (col) => col.notNull().references('brands.id'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('default_language', 'text', (col) => col.notNull())
    .addColumn('texts', 'text', (col) => col.notNull())
    .addColumn('link', 'text')
    .addColumn('audience', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('published_at', 'text')
    .addCheckConstraint('brand_news_status', sql`status in ('draft', 'published')`)
    .execute();
  await db.schema.createIndex('brand_news_brand_created_idx').on('brand_news').columns(['brand_id', 'created_at']).execute();
  await db.schema.createIndex('brand_news_brand_published_idx').on('brand_news').columns(['brand_id', 'published_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('brand_news').execute();
  await db.schema.dropTable('invitation_guests').execute();
  await db.schema.dropTable('invitations').execute();
}
