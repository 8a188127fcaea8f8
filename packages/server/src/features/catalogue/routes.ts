/** GET /v1/catalogue: the caller's brand's models, collections and categories. */
import { listCatalogue } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { brandCatalogue } from './service.ts';

export function catalogueRoutes(deps: ServerDeps): OperationRoute[] {
  return [route(listCatalogue, async ({ caller }) => brandCatalogue(deps.db, caller.brandId))];
}
