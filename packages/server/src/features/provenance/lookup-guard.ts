/**
 * Guards `GET /v1/provenance/{serial}`: admits the lookup against its budgets (per key and per
 * address) and answers 429 when one is spent, auditing the refusal. Runs before the operation's
 * handler, so a refused lookup never reads the record; an admitted one is audited by the
 * handler (public-lookup.ts), which reads the piece anyway.
 */
import { Serial } from '@atelier/client/contract';
import type { MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import type { ApiKeyCache } from '../../api-keys.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { SharedCounters } from '../../db/shared-counters.ts';
import { presentedApiKey } from '../../http/auth.ts';
import type { AppEnv } from '../../http/context.ts';
import { problemResponse } from '../../http/problem.ts';
import { mergeRateLimitHeaders } from '../../http/rate-limit.ts';
import type { ProvenanceLookupPolicies } from '../../limits.ts';
import type { LookupAuditLog } from './lookup-audit.ts';
import { admitLookup } from './lookup-limits.ts';

export interface LookupGuardDeps {
  db: Db;
  clock: Clock;
  apiKeys: ApiKeyCache;
  counters: SharedCounters;
  audit: LookupAuditLog;
  policies: ProvenanceLookupPolicies;
  hashAddress: (address: string) => Promise<string>;
}

export async function findLookedUpItem(db: Db, brandId: string, serial: string): Promise<{ id: string; status: string } | undefined> {
  return db.selectFrom('items').select(['id', 'status']).where('brand_id', '=', brandId).where('serial', '=', serial.toUpperCase()).executeTakeFirst();
}

export function provenanceLookupGuard(deps: LookupGuardDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = await presentedApiKey(c, deps.apiKeys);
    const serial = z.safeParse(Serial, c.req.param('serial') ?? '');
    // Without a valid key or serial the operation itself answers 401/403/422; nothing was looked up.
    if (!key || !serial.success) return next();

    const now = deps.clock.now();
    const clientAddressHash = await deps.hashAddress(c.get('clientIp'));
    const admission = await admitLookup(deps.counters, now, [
      { policy: deps.policies.perKey, subject: `key:${key.id}` },
      { policy: deps.policies.perAddress, subject: `address:${clientAddressHash}` },
    ]);
    if (!admission.allowed) {
      deps.audit.record({
        brandId: key.brandId,
        serial: serial.data,
        item: await findLookedUpItem(deps.db, key.brandId, serial.data),
        channel: 'api',
        outcome: 'rate_limited',
        apiKeyId: key.id,
        clientAddressHash,
        at: now,
      });
      return problemResponse({
        code: 'rate_limited',
        detail: `Too many provenance lookups from this key or address; retry in ${admission.retryAfterSeconds} seconds.`,
        headers: { ...admission.headers, 'Retry-After': String(admission.retryAfterSeconds) },
      });
    }
    await next();
    mergeRateLimitHeaders(c.res.headers, admission.headers);
  };
}
