/**
 * Expiring offline access tokens (Shopify requires them of public apps from 2027-01-01): the sealed
 * session now also holds a refresh token; these columns hold what the app must read or update
 * without unsealing it, and what several app processes on one database coordinate on.
 * - `access_token_expires_at`, `refresh_token_expires_at`: null for a non-expiring token, which is
 *   how every row written before this migration is found by the operator's migration step.
 * - `revision`: bumped on every write, so an update can be made conditional on what was read.
 * - `refresh_claimed_until`: the lease of the one process refreshing this token (a refresh token is
 *   replaced on every use: two refreshes with the same one would lock the shop out).
 * - `reauthorization_needed_at`: Shopify refused the token; only the merchant opening the app fixes it.
 */
import type { Kysely } from 'kysely';

const addedColumns = ['access_token_expires_at', 'refresh_token_expires_at', 'refresh_claimed_until', 'reauthorization_needed_at'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  for (const column of addedColumns) {
    await db.schema.alterTable('shopify_sessions').addColumn(column, 'text').execute();
  }
  await db.schema.alterTable('shopify_sessions').addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.createIndex('shopify_sessions_by_access_token_expiry').on('shopify_sessions').columns(['is_online', 'access_token_expires_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('shopify_sessions_by_access_token_expiry').execute();
  for (const column of [...addedColumns, 'revision']) {
    await db.schema.alterTable('shopify_sessions').dropColumn(column).execute();
  }
}
