import type { Kysely } from 'kysely';

/**
 * Issue 17: customer segments. A segment asks, for each client, for their registrations as owner
 * and as buyer (features/segments/compile-filter.ts); without these indexes each of those
 * questions read the whole warranties table (a 6,000-client `vip` count took 85 s on SQLite and
 * 31 s on PostgreSQL; with them 49 ms and 1.5 s: bench/segments.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('warranties_owner_idx').on('warranties').column('owner_id').execute();
  await db.schema.createIndex('warranties_buyer_idx').on('warranties').column('buyer_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('warranties_buyer_idx').execute();
  await db.schema.dropIndex('warranties_owner_idx').execute();
}
