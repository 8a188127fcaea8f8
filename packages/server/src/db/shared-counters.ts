/**
 * Rate-limit counters shared by every instance through the database, without a database write on
 * every request. Each instance counts in memory and adds its increments to the shared row in
 * batches:
 *
 * - The first count of a (key, window) on this instance is an upsert that returns the shared
 *   count, so a window starts from what every instance has counted so far.
 * - Later counts are local; at most `syncIntervalMs` later they are added to the row in one
 *   transaction, whose `returning count` brings in what other instances counted meanwhile.
 *
 * Trade-off (bounded staleness): another instance's counts reach the row at its own sync, and this
 * instance's view at this instance's next sync (which runs only once it counts something itself),
 * so up to about two intervals late. Each instance admits at most the budget by its own view, so N
 * instances admit at most N × the budget per window (a burst landing on all of them at once):
 * acceptable for traffic budgets only. Limits that guard a secret are exact (attempt-limits.ts).
 * Within one instance counts are exact, and nothing is lost on shutdown: `close()` writes what is
 * pending. A crash loses at most one interval of increments.
 */
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import type { CounterIncrement, CounterWindow } from './counters.ts';

/**
 * What runs `addToCounters` (counters.ts) for the shared counters: the server's writer thread
 * (threads/procedure-threads.ts) fits it. Declared here, by what it must do, so the database
 * layer names no runner of the server's procedures.
 */
export interface CounterWriter {
  run(procedure: 'addToCounters', increments: CounterIncrement[]): Promise<number[]>;
}

interface CounterEntry {
  key: string;
  windowStart: number;
  windowMs: number;
  /** The shared count as of the last upsert. */
  shared: number;
  /** Counted here, being added to the row now. */
  syncing: number;
  /** Counted here, not yet sent. */
  pending: number;
  /** The first upsert of this window on this instance, until it answers. */
  loading: Promise<void> | undefined;
}

export interface SharedCountersOptions {
  /** Runs the upserts: off the serving thread on a SQLite file (threads/procedure-threads.ts). */
  writer: CounterWriter;
  clock: Clock;
  logger: Logger;
  /** How long local counts may wait before they are added to the shared rows. */
  syncIntervalMs: number;
}

export class SharedCounters {
  readonly #options: SharedCountersOptions;
  readonly #entries = new Map<string, CounterEntry>();
  #timer: NodeJS.Timeout | undefined;
  #syncing: Promise<void> | undefined;

  constructor(options: SharedCountersOptions) {
    this.#options = options;
  }

  /** Adds one to `key`'s counter in the window containing `now`; the count includes every instance's as of the last sync. */
  async increment(key: string, windowMs: number, now: Date): Promise<CounterWindow> {
    const windowStart = Math.floor(now.getTime() / windowMs) * windowMs;
    const id = `${key}\u0000${windowStart}`;
    const entry = this.#entries.get(id);
    if (!entry) {
      const created: CounterEntry = { key, windowStart, windowMs, shared: 0, syncing: 0, pending: 0, loading: undefined };
      created.loading = this.#options.writer.run('addToCounters', [{ key, windowStart, count: 1 }]).then(
        ([count]) => {
          created.shared = count!;
          created.loading = undefined;
        },
        (error: unknown) => {
          this.#entries.delete(id);
          throw error;
        },
      );
      this.#entries.set(id, created);
      await created.loading;
      return { count: created.shared, resetsAt: windowStart + windowMs };
    }
    if (entry.loading) await entry.loading;
    entry.pending++;
    this.#scheduleSync();
    return { count: entry.shared + entry.syncing + entry.pending, resetsAt: windowStart + windowMs };
  }

  #scheduleSync(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.sync();
    }, this.#options.syncIntervalMs);
    // Pending counts never keep the process alive; close() writes them.
    this.#timer.unref();
  }

  /** Adds every pending count to the shared rows, in one transaction, and forgets ended windows. */
  sync(): Promise<void> {
    // One sync at a time (#syncOnce never rejects): a second caller runs after the first, with what came since.
    const run = (this.#syncing ?? Promise.resolve()).then(() => this.#syncOnce());
    this.#syncing = run;
    return run;
  }

  async #syncOnce(): Promise<void> {
    const batch = [...this.#entries.values()].filter((entry) => entry.pending > 0 && !entry.loading);
    for (const entry of batch) {
      entry.syncing = entry.pending;
      entry.pending = 0;
    }
    try {
      if (batch.length > 0) {
        const counts = await this.#options.writer.run(
          'addToCounters',
          batch.map((entry) => ({ key: entry.key, windowStart: entry.windowStart, count: entry.syncing })),
        );
        for (const [index, entry] of batch.entries()) entry.shared = counts[index]!;
        for (const entry of batch) entry.syncing = 0;
      }
    } catch (error) {
      // Kept, not lost: the counts go back to pending and the next sync retries them.
      for (const entry of batch) {
        entry.pending += entry.syncing;
        entry.syncing = 0;
      }
      this.#options.logger.error('rate_limit_sync_failed', { counters: batch.length, error: (error as Error).message });
      this.#scheduleSync();
    }
    const now = this.#options.clock.now().getTime();
    for (const [id, entry] of this.#entries) {
      if (entry.windowStart + entry.windowMs <= now && entry.pending === 0 && entry.syncing === 0 && !entry.loading) this.#entries.delete(id);
    }
  }

  /** Writes what is pending and stops the timer; call before closing the database. */
  async close(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.sync();
  }
}
