import type { Kysely } from 'kysely';

/**
 * Issue 16: owners' passkeys (features/owner-passkeys). An owner adds one in their space on the
 * brand's site, so it is bound to that site's host (`rp_id`), not to the API's: the same owner may
 * hold passkeys for two sites of the brand. Challenges go to `webauthn_challenges` (0015) with
 * purposes of their own. Personal data: whose passkey it is and what they called the device.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('owner_passkeys')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('brand_id', 'text', (col) => col.notNull().references('brands.id'))
    .addColumn('owner_id', 'text', (col) => col.notNull().references('owners.id'))
    .addColumn('rp_id', 'text', (col) => col.notNull())
    .addColumn('credential_id', 'text', (col) => col.notNull().unique())
    .addColumn('public_key', 'text', (col) => col.notNull())
    .addColumn('counter', 'bigint', (col) => col.notNull())
    .addColumn('transports', 'text', (col) => col.notNull())
    .addColumn('device_label', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_used_at', 'text')
    .execute();
  await db.schema.createIndex('owner_passkeys_owner_idx').on('owner_passkeys').columns(['owner_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('owner_passkeys').execute();
}
