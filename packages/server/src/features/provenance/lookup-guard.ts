/**
 * Guards `GET /v1/provenance/{serial}`: admits the lookup against its budgets (per key and per
 * address), answers 429 when one is spent, and audits every lookup, refused ones included, with
 * its outcome. Runs before the operation's handler, so a refused lookup never reads the record.
 */
import { Serial } from '@atelier/client/contract';
import type { MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { presentedApiKey } from '../../http/auth.ts';
import type { AppEnv } from '../../http/context.ts';
import { problemResponse } from '../../http/problem.ts';
import { mergeRateLimitHeaders } from '../../http/rate-limit.ts';
import type { ProvenanceLookupPolicies } from '../../limits.ts';
import { recordLookup, type LookupRecord } from './lookup-audit.ts';
import { admitLookup } from './lookup-limits.ts';

export interface LookupGuardDeps {
  db: Db;
  clock: Clock;
  policies: ProvenanceLookupPolicies;
  hashAddress: (address: string) => Promise<string>;
}

export async function findLookedUpItem(db: Db, brandId: string, serial: string): Promise<{ id: string; status: string } | undefined> {
  return db.selectFrom('items').select(['id', 'status']).where('brand_id', '=', brandId).where('serial', '=', serial).executeTakeFirst();
}

export function provenanceLookupGuard(deps: LookupGuardDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = await presentedApiKey(c, deps.db);
    const serial = z.safeParse(Serial, c.req.param('serial') ?? '');
    // Without a valid key or serial the operation itself answers 401/403/422; nothing was looked up.
    if (!key || !serial.success) return next();

    const now = deps.clock.now();
    const clientAddressHash = await deps.hashAddress(c.get('clientIp'));
    const admission = await admitLookup(deps.db, now, [
      { policy: deps.policies.perKey, subject: `key:${key.id}` },
      { policy: deps.policies.perAddress, subject: `address:${clientAddressHash}` },
    ]);
    const lookup: Omit<LookupRecord, 'outcome'> = {
      brandId: key.brandId,
      serial: serial.data,
      item: await findLookedUpItem(deps.db, key.brandId, serial.data),
      channel: 'api',
      apiKeyId: key.id,
      clientAddressHash,
      at: now,
    };
    if (!admission.allowed) {
      await recordLookup(deps.db, { ...lookup, outcome: 'rate_limited' });
      return problemResponse({
        status: 429,
        code: 'rate_limited',
        detail: `Too many provenance lookups from this key or address; retry in ${admission.retryAfterSeconds} seconds.`,
        headers: { ...admission.headers, 'Retry-After': String(admission.retryAfterSeconds) },
      });
    }
    await next();
    // Only answers that looked something up are audited: a refused key or bad serial read nothing.
    if (c.res.status === 200 || c.res.status === 404) {
      await recordLookup(deps.db, { ...lookup, outcome: c.res.status === 200 ? 'answered' : 'unknown_serial' });
    }
    mergeRateLimitHeaders(c.res.headers, admission.headers);
  };
}
