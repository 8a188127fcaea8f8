/** POST /v1/sales: a retailer registers a sale (its own: a retailer's caller cannot name another). */
import { registerSale as registerSaleOperation } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { checkActingRetailer } from '../../http/principal.ts';
import { registerSale } from './service.ts';

export function saleRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(registerSaleOperation, ({ body, caller }) => {
      checkActingRetailer(caller, body.retailerId, 'retailerId');
      return registerSale(deps, caller.brandId, body);
    }),
  ];
}
