import type { Kysely } from 'kysely';

/**
 * Issue 16, Documents: each owner's private calendar feed (features/owner-documents/calendar-feed.ts).
 * The feed's address holds a random token, the only secret: a row keeps its SHA-256, never the
 * token. An owner has at most one live feed: a new one revokes the one before (`revoked_at`), and
 * a revoked row stays so its time of revocation is known. Personal data: whose feed it is.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('owner_calendar_feeds')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('brand_id', 'text', (col) => col.notNull().references('brands.id'))
    .addColumn('owner_id', 'text', (col) => col.notNull().references('owners.id'))
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('owner_calendar_feeds_owner_idx').on('owner_calendar_feeds').columns(['owner_id', 'revoked_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('owner_calendar_feeds').execute();
}
