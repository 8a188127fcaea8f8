import type { Kysely } from 'kysely';

/**
 * Issue 21: counters of the limits that guard a secret (card codes, repair proofs, confirmation
 * links), one row per subject, each attempt added by one atomic upsert (db/attempt-counters.ts).
 * A row carries its own window's end, so its window opens at the subject's first attempt and
 * pruning needs no knowledge of the policies. The rate-limit counters stay as they are: traffic
 * budgets only from now on. Card-code windows still counted there lapse within 15 minutes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('attempt_counters')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('window_ends_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attempt_counters_window_end_idx').on('attempt_counters').columns(['window_ends_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('attempt_counters').execute();
}
