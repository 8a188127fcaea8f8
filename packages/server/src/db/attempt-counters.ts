/**
 * Counters of attempts at a secret (attempt-limits.ts), one row per subject. Every attempt is one
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING` statement, which PostgreSQL (row lock on conflict)
 * and SQLite (one writer at a time) both run atomically: concurrent attempts on any number of
 * instances each get a distinct count, so exactly the budget is ever admitted.
 */
import { sql } from 'kysely';
import type { Db } from './database.ts';

/** One counter to add an attempt to. */
export interface AttemptIncrement {
  key: string;
  /** The length of a window this attempt opens when the counter has none running. */
  windowMs: number;
}

export interface AttemptCount {
  key: string;
  /** Attempts in the running window, this one included. */
  count: number;
  /** Epoch milliseconds at which the running window ends. */
  windowEndsAt: number;
}

function byKey(a: AttemptIncrement, b: AttemptIncrement): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Adds one attempt to each counter, in one statement, and returns each counter's count. A counter
 * whose window has ended starts a new one at `now`. Keys must be distinct.
 */
export async function countAttempts(db: Db, increments: readonly AttemptIncrement[], now: Date): Promise<AttemptCount[]> {
  if (increments.length === 0) return [];
  if (new Set(increments.map((increment) => increment.key)).size !== increments.length) {
    throw new Error('countAttempts: each counter may be counted once per attempt');
  }
  const nowMs = now.getTime();
  // Rows are locked in key order, so two statements sharing counters cannot deadlock on PostgreSQL.
  const rows = await db
    .insertInto('attempt_counters')
    .values([...increments].sort(byKey).map((increment) => ({ key: increment.key, count: 1, window_ends_at: nowMs + increment.windowMs })))
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        // Both expressions read the row as it was before this statement, on both databases.
        count: sql<number>`case when attempt_counters.window_ends_at <= ${nowMs} then 1 else attempt_counters.count + 1 end`,
        window_ends_at: sql<number>`case when attempt_counters.window_ends_at <= ${nowMs} then excluded.window_ends_at else attempt_counters.window_ends_at end`,
      }),
    )
    .returning(['key', 'count', 'window_ends_at'])
    .execute();
  // RETURNING promises no order: answer in the order asked.
  const counted = new Map(rows.map((row) => [row.key, { key: row.key, count: Number(row.count), windowEndsAt: Number(row.window_ends_at) }]));
  return increments.map((increment) => counted.get(increment.key)!);
}

/** Drops counters whose window ended before `now`; a later attempt starts afresh either way. */
export async function pruneAttemptCounters(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('attempt_counters').where('window_ends_at', '<', now.getTime()).execute();
}
