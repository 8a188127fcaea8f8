/**
 * Request budgets per API key, per person signed in to the console, else per client IP, counted in the database so
 * every instance shares them (through SharedCounters: in memory, synced in small batches). Answers carry the IETF draft headers
 * (`RateLimit-Policy: "publishable";q=600;w=60`, `RateLimit: "publishable";r=597;t=42`);
 * an exhausted budget answers 429 problem+json with `Retry-After`.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { ApiKeyCache } from '../api-keys.ts';
import type { Clock } from '../clock.ts';
import type { SharedCounters } from '../db/shared-counters.ts';
import type { RateLimitPolicies, RateLimitPolicy } from '../limits.ts';
import { presentedApiKey } from './auth.ts';
import type { AppEnv } from './context.ts';
import type { SessionAuthenticator } from './principal.ts';
import { problemResponse } from './problem.ts';

export function rateLimitHeaders(policy: RateLimitPolicy, remaining: number, resetSeconds: number): Record<string, string> {
  return {
    'RateLimit-Policy': `"${policy.name}";q=${policy.requestsPerWindow};w=${policy.windowSeconds}`,
    RateLimit: `"${policy.name}";r=${Math.max(0, remaining)};t=${resetSeconds}`,
  };
}

export interface RateLimitDeps {
  apiKeys: ApiKeyCache;
  counters: SharedCounters;
  clock: Clock;
  policies: RateLimitPolicies;
  /** The console's sessions (the same, per-request memoized, as the operations use: see `oncePerRequest`). */
  authenticateSession: SessionAuthenticator;
}

/** Who a request is counted against: its key, the person of its console session, else its address. */
async function budgetOf(c: Context<AppEnv>, deps: RateLimitDeps): Promise<{ policy: RateLimitPolicy; subject: string; what: string }> {
  const key = await presentedApiKey(c, deps.apiKeys);
  if (key) return { policy: deps.policies[key.kind], subject: `rate:key:${key.id}`, what: 'key' };
  // A session that has ended, or a write from another origin, is refused by the operation with its
  // own error; until then it is counted as what it is, an address.
  const session = await deps.authenticateSession(c.req.raw, c.get('clientIp')).catch(() => undefined);
  if (session?.kind === 'owner') return { policy: deps.policies.owner, subject: `rate:owner:${session.actor.id}`, what: 'owner' };
  if (session) return { policy: deps.policies.staff, subject: `rate:person:${session.actor.id}`, what: 'person' };
  return { policy: deps.policies.anonymous, subject: `rate:ip:${c.get('clientIp')}`, what: 'address' };
}

export function rateLimit(deps: RateLimitDeps): MiddlewareHandler<AppEnv> {
  const { counters, clock } = deps;
  return async (c, next) => {
    const { policy, subject, what } = await budgetOf(c, deps);
    const now = clock.now();
    const windowMs = policy.windowSeconds * 1000;
    const window = await counters.increment(`${subject}:${policy.name}`, windowMs, now);
    const resetSeconds = Math.max(1, Math.ceil((window.resetsAt - now.getTime()) / 1000));
    const headers = rateLimitHeaders(policy, policy.requestsPerWindow - window.count, resetSeconds);
    if (window.count > policy.requestsPerWindow) {
      return problemResponse({
        code: 'rate_limited',
        detail: `This ${what} may make ${policy.requestsPerWindow} requests per ${policy.windowSeconds} seconds; retry in ${resetSeconds} seconds.`,
        headers: { ...headers, 'Retry-After': String(resetSeconds) },
      });
    }
    await next();
    mergeRateLimitHeaders(c.res.headers, headers);
  };
}

/**
 * Adds policies to an answer that may already carry others (a provenance lookup has its own
 * budgets besides the key's): both headers are lists, one item per policy.
 */
export function mergeRateLimitHeaders(target: Headers, added: Record<string, string>): void {
  for (const [name, value] of Object.entries(added)) {
    const existing = target.get(name);
    target.set(name, existing ? `${value}, ${existing}` : value);
  }
}
