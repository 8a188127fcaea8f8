/** GET /v1/items/{serial}: a piece and its current warranty (secret key). */
import { getItem } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { getItemSummary } from './service.ts';

export function itemRoutes(deps: ServerDeps): OperationRoute[] {
  return [route(getItem, ({ params, caller }) => getItemSummary(deps.db, deps.clock, caller.brandId, params.serial))];
}
