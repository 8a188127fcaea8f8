/**
 * GET /v1/api-keys/current: which key is calling. A server integration (the Shopify app, a point
 * of sale) learns its brand and retailer from its key alone.
 */
import { getCurrentApiKey, type CurrentApiKey } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import type { Db } from '../../db/database.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import type { Caller } from '../../http/principal.ts';

async function describeCallerKey(db: Db, caller: Caller): Promise<CurrentApiKey> {
  const brand = await db.selectFrom('brands').select(['id', 'name']).where('id', '=', caller.brandId).executeTakeFirstOrThrow();
  if (caller.kind !== 'retailerKey') return { kind: 'secret', brand, retailer: null };
  const retailer = await db
    .selectFrom('retailers')
    .select(['id', 'name'])
    .where('id', '=', caller.retailerId)
    .where('brand_id', '=', caller.brandId)
    .executeTakeFirstOrThrow();
  return { kind: 'retailer', brand, retailer };
}

export function currentKeyRoutes(deps: ServerDeps): OperationRoute[] {
  return [route(getCurrentApiKey, ({ caller }) => describeCallerKey(deps.db, caller))];
}
