import type { Kysely } from 'kysely';

/**
 * Issue 16, the owner's space: owners sign in with an e-mailed code or link (`owner_sign_ins`,
 * one row per request, its token and code stored hashed; `owner_id` null for an address that is no
 * owner's, so a request costs the same work whoever it names) and hold a session
 * (`owner_sessions`, the cookie's token hashed). The retailer of record's contact, shown to owners
 * in their space: `retailers.contact_email` and `contact_phone`, null until the brand gives them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('owner_sign_ins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('brand_id', 'text', (c) => c.notNull().references('brands.id'))
    .addColumn('owner_id', 'text', (c) => c.references('owners.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('owner_sign_ins_owner_idx').on('owner_sign_ins').columns(['owner_id', 'expires_at']).execute();

  await db.schema
    .createTable('owner_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('owners.id'))
    .addColumn('brand_id', 'text', (c) => c.notNull().references('brands.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('idle_expires_at', 'text', (c) => c.notNull())
    .addColumn('absolute_expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('owner_sessions_owner_idx').on('owner_sessions').column('owner_id').execute();

  await db.schema.alterTable('retailers').addColumn('contact_email', 'text').execute();
  await db.schema.alterTable('retailers').addColumn('contact_phone', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('retailers').dropColumn('contact_phone').execute();
  await db.schema.alterTable('retailers').dropColumn('contact_email').execute();
  await db.schema.dropTable('owner_sessions').execute();
  await db.schema.dropTable('owner_sign_ins').execute();
}
