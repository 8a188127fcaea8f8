/**
 * Admission of public lookups against their budgets (per key and per address, or per address
 * alone on the resolver), counted in the database like every rate limit (SharedCounters). Counters are keyed by
 * the address's salted hash, so no address is written to the database even there.
 */
import type { SharedCounters } from '../../db/shared-counters.ts';
import { rateLimitHeaders } from '../../http/rate-limit.ts';
import type { RateLimitPolicy } from '../../limits.ts';

export interface LookupBudget {
  policy: RateLimitPolicy;
  /** Who is counted: `key:<id>` or `address:<hash>`. */
  subject: string;
}

export interface LookupAdmission {
  allowed: boolean;
  /** `RateLimit` and `RateLimit-Policy` for every budget counted, to merge into the answer. */
  headers: Record<string, string>;
  /** Seconds until the first exhausted budget refills; 0 when allowed. */
  retryAfterSeconds: number;
}

export async function admitLookup(counters: SharedCounters, now: Date, budgets: LookupBudget[]): Promise<LookupAdmission> {
  const policies: string[] = [];
  const states: string[] = [];
  let retryAfterSeconds = 0;
  for (const { policy, subject } of budgets) {
    const window = await counters.increment(`lookup:${policy.name}:${subject}`, policy.windowSeconds * 1000, now);
    const resetSeconds = Math.max(1, Math.ceil((window.resetsAt - now.getTime()) / 1000));
    const headers = rateLimitHeaders(policy, policy.requestsPerWindow - window.count, resetSeconds);
    policies.push(headers['RateLimit-Policy']!);
    states.push(headers.RateLimit!);
    if (window.count > policy.requestsPerWindow) retryAfterSeconds = Math.max(retryAfterSeconds, resetSeconds);
  }
  return {
    allowed: retryAfterSeconds === 0,
    headers: { 'RateLimit-Policy': policies.join(', '), RateLimit: states.join(', ') },
    retryAfterSeconds,
  };
}
