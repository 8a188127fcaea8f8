/** GET /v1/brand: the calling key's brand. */
import { getBrand } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { getBrandConfig } from './service.ts';

export function brandRoutes(deps: ServerDeps): OperationRoute[] {
  return [route(getBrand, ({ caller }) => getBrandConfig(deps.db, caller.brandId))];
}
