/** POST /v1/sales: a retailer registers a sale (secret key). */
import { registerSale as registerSaleOperation } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { registerSale } from './service.ts';

export function saleRoutes(deps: ServerDeps): OperationRoute[] {
  return [route(registerSaleOperation, ({ body, caller }) => registerSale(deps, caller.brandId, body))];
}
