import type { Kysely } from 'kysely';

/**
 * Issue 4, repair e-mails: the tracker link's tokens and the brand's tracker page.
 *
 * A token is kept only as its SHA-256, so a repair's e-mails cannot carry a token read back from
 * the database: each e-mail mints its own token, one row each, and every link ever sent keeps
 * opening the tracker (an owner may click the booking e-mail after the "received" one).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('repair_link_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('repair_id', 'text', (c) => c.notNull().references('repair_orders.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('repair_link_tokens_repair_idx').on('repair_link_tokens').columns(['repair_id']).execute();
  await db.schema.alterTable('brands').addColumn('service_tracker_url', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('brands').dropColumn('service_tracker_url').execute();
  await db.schema.dropTable('repair_link_tokens').execute();
}
