/**
 * Exact limits on attempts at a secret: the primitive every such limit goes through (which limits
 * these are, and why, is listed in limits.ts: `attemptLimits`). One atomic database statement per
 * attempt (db/attempt-counters.ts) adds it to each of its counters and reads their counts, so
 * however many instances serve the burst, exactly `attemptsPerWindow` attempts per window are
 * admitted. Traffic budgets, which may overshoot, use db/shared-counters.ts instead.
 *
 * Usage — count BEFORE checking the secret, with every budget the attempt falls under:
 *
 * ```ts
 * await admitAttempt(db, clock.now(), [
 *   { limit: attemptLimits.cardCodePerSerialAndNetwork, subject: `${actorScopeOf(caller.actor)}:${item.id}:${caller.clientNetwork}` },
 *   { limit: attemptLimits.cardCodePerNetwork, subject: `${actorScopeOf(caller.actor)}:${caller.clientNetwork}` },
 * ]); // throws too_many_attempts (429, Retry-After) once any of them is spent
 * ```
 *
 * A subject names who is counted (never a secret, never a raw address: `caller.clientNetwork` is a
 * salted hash). Never count per secret or per piece alone: whoever exhausts that budget locks its
 * real owner out. `countAttempt` answers instead of throwing, for a refusal of another kind.
 * Refused attempts count too, so hammering keeps a subject refused until its window ends.
 */
import type { Db } from './db/database.ts';
import { countAttempts } from './db/attempt-counters.ts';
import { AtelierError } from './errors.ts';
import type { AttemptLimit } from './limits.ts';

export interface AttemptBudget {
  limit: AttemptLimit;
  /** Who is counted under `limit`, e.g. `<key id>:<item id>:<client network>`. */
  subject: string;
}

export interface AttemptAdmission {
  admitted: boolean;
  /** The limits this attempt went over (empty when admitted). */
  exceeded: AttemptLimit[];
  /** Seconds until every exceeded limit's window has ended; 0 when admitted. */
  retryAfterSeconds: number;
}

function counterKey(budget: AttemptBudget): string {
  return `attempt:${budget.limit.name}:${budget.subject}`;
}

/** Counts one attempt under every budget (one atomic statement) and says whether all of them admit it. */
export async function countAttempt(db: Db, now: Date, budgets: readonly AttemptBudget[]): Promise<AttemptAdmission> {
  const counts = await countAttempts(
    db,
    budgets.map((budget) => ({ key: counterKey(budget), windowMs: budget.limit.windowSeconds * 1000 })),
    now,
  );
  const exceeded: AttemptLimit[] = [];
  let retryAfterSeconds = 0;
  for (const [index, budget] of budgets.entries()) {
    const counted = counts[index]!;
    if (counted.count <= budget.limit.attemptsPerWindow) continue;
    exceeded.push(budget.limit);
    retryAfterSeconds = Math.max(retryAfterSeconds, Math.max(1, Math.ceil((counted.windowEndsAt - now.getTime()) / 1000)));
  }
  return { admitted: exceeded.length === 0, exceeded, retryAfterSeconds };
}

/**
 * Counts one attempt under every budget; throws 429 `too_many_attempts` with `Retry-After` when
 * one is spent. `refusal` is the sentence the person reads (what they tried too often).
 */
export async function admitAttempt(
  db: Db,
  now: Date,
  budgets: readonly AttemptBudget[],
  refusal = 'Too many attempts. Please try again later.',
): Promise<void> {
  const admission = await countAttempt(db, now, budgets);
  if (admission.admitted) return;
  throw new AtelierError('too_many_attempts', refusal, { headers: { 'Retry-After': String(admission.retryAfterSeconds) } });
}
