/**
 * Deletes what has outlived its use: ended rate-limit and attempt windows, expired idempotency
 * entries and passkey challenges, and the brand's client notes past their retention day.
 */
import type { Clock } from './clock.ts';
import { pruneAttemptCounters } from './db/attempt-counters.ts';
import { pruneCounters } from './db/counters.ts';
import type { Db } from './db/database.ts';
import { deleteNotesPastRetention } from './features/client-notes/notes.ts';
import { pruneWebAuthnChallenges } from './features/passkeys/challenges.ts';
import { pruneIdempotencyKeys } from './http/idempotency.ts';
import type { Logger } from './logger.ts';
import { defaultRateLimitPolicies, maintenanceIntervalMs } from './limits.ts';

/** Windows older than the longest policy window are over for every policy. */
function longestWindowMs(): number {
  return Math.max(...Object.values(defaultRateLimitPolicies).map((policy) => policy.windowSeconds)) * 1000;
}

export async function pruneExpiredRecords(db: Db, now: Date): Promise<void> {
  await pruneCounters(db, new Date(now.getTime() - longestWindowMs()));
  await pruneAttemptCounters(db, now);
  await pruneIdempotencyKeys(db, now);
  await pruneWebAuthnChallenges(db, now);
  await deleteNotesPastRetention(db, now);
}

/** Runs the pruning now and then; the timer never keeps the process alive. Returns a stop function. */
export function startMaintenance(db: Db, clock: Clock, logger: Logger): () => void {
  const timer = setInterval(() => {
    pruneExpiredRecords(db, clock.now()).catch((error: unknown) => logger.error('maintenance_failed', { error: (error as Error).message }));
  }, maintenanceIntervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
