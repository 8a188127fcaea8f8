/** /v1/sales: a retailer registers a sale (its own: a retailer's caller cannot name another), lists its sales, voids a mistaken one, gives the price of one registered without it. */
import { listSales, recordSalePrice as recordSalePriceOperation, registerSale as registerSaleOperation, voidSale } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { checkActingRetailer, retailerScopeOf } from '../../http/principal.ts';
import { recordSalePrice } from './sale-prices.ts';
import { listSalesPage, voidRetailerSale } from './sale-voids.ts';
import { registerSale } from './service.ts';

export function saleRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(registerSaleOperation, ({ body, caller }) => {
      checkActingRetailer(caller, body.retailerId, 'retailerId');
      return registerSale(deps, caller.brandId, body);
    }),
    route(listSales, ({ query, caller }) => listSalesPage(deps, caller.brandId, query, retailerScopeOf(caller))),
    route(voidSale, ({ params, body, caller }) =>
      voidRetailerSale(deps, caller.brandId, { saleId: params.saleId, reason: body.reason, actor: caller.actor, retailerScope: retailerScopeOf(caller) }),
    ),
    route(recordSalePriceOperation, ({ params, body, caller }) =>
      recordSalePrice(deps, caller.brandId, { saleId: params.saleId, price: body.price, retailerScope: retailerScopeOf(caller) }),
    ),
  ];
}
