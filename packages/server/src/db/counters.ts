/**
 * Fixed-window counters kept in the database, so every server instance sees the same count:
 * the request rate limit and the warranty-card attempts per serial both count here.
 */
import { sql } from 'kysely';
import type { Db } from './database.ts';

export interface CounterWindow {
  /** Requests or attempts counted in the current window, this one included. */
  count: number;
  /** Epoch milliseconds at which the current window ends. */
  resetsAt: number;
}

/** Adds one to `key`'s counter in the window containing `now`, and returns the new count. */
export async function incrementCounter(db: Db, key: string, windowMs: number, now: Date): Promise<CounterWindow> {
  const windowStart = Math.floor(now.getTime() / windowMs) * windowMs;
  const row = await db
    .insertInto('rate_limit_counters')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ count: sql`rate_limit_counters.count + 1` }))
    .returning('count')
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), resetsAt: windowStart + windowMs };
}

/** Counts to add to one (key, window) row. */
export interface CounterIncrement {
  key: string;
  /** Epoch milliseconds at which the window starts. */
  windowStart: number;
  count: number;
}

/**
 * Adds each increment to its (key, window) row, creating the row if needed, in one transaction;
 * returns each row's count after the addition (what every instance has counted so far).
 */
export async function addToCounters(db: Db, increments: CounterIncrement[]): Promise<number[]> {
  return db.transaction().execute(async (tx) => {
    const counts: number[] = [];
    for (const increment of increments) {
      const row = await tx
        .insertInto('rate_limit_counters')
        .values({ key: increment.key, window_start: increment.windowStart, count: increment.count })
        .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet((eb) => ({ count: eb('rate_limit_counters.count', '+', increment.count) })))
        .returning('count')
        .executeTakeFirstOrThrow();
      counts.push(Number(row.count));
    }
    return counts;
  });
}

/** The count in the current window without adding to it. */
export async function readCounter(db: Db, key: string, windowMs: number, now: Date): Promise<CounterWindow> {
  const windowStart = Math.floor(now.getTime() / windowMs) * windowMs;
  const row = await db
    .selectFrom('rate_limit_counters')
    .select('count')
    .where('key', '=', key)
    .where('window_start', '=', windowStart)
    .executeTakeFirst();
  return { count: Number(row?.count ?? 0), resetsAt: windowStart + windowMs };
}

/** Drops windows that ended before `now`; called now and then, never on the request path's critical section. */
export async function pruneCounters(db: Db, olderThan: Date): Promise<void> {
  await db.deleteFrom('rate_limit_counters').where('window_start', '<', olderThan.getTime()).execute();
}
