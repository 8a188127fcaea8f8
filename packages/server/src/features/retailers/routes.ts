/** GET /v1/retailers: the caller's brand's retailers. */
import { listRetailers } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { brandRetailers } from './service.ts';

export function retailerRoutes(deps: ServerDeps): OperationRoute[] {
  return [route(listRetailers, async ({ caller }) => ({ retailers: await brandRetailers(deps.db, caller.brandId) }))];
}
