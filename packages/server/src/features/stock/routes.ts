/** /v1/stock: deliveries and returns by the brand (one by one or from a file), stock pages for the brand and each retailer, the brand's alerts. */
import { importStockMovements, listStock, listStockAlerts, recordDelivery, recordReturn } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { retailerScopeOf } from '../../http/principal.ts';
import { importStockFile } from './csv-import.ts';
import { listStockPage, recordMovement, stockAlerts } from './service.ts';

export function stockRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(recordDelivery, ({ body, caller }) => recordMovement(deps, caller.brandId, 'delivery', body)),
    route(recordReturn, ({ body, caller }) => recordMovement(deps, caller.brandId, 'return', body)),
    route(importStockMovements, ({ body, caller }) => importStockFile(deps, caller.brandId, body)),
    route(listStock, ({ query, caller }) => listStockPage(deps, caller.brandId, query, retailerScopeOf(caller))),
    route(listStockAlerts, ({ caller }) => stockAlerts(deps, caller.brandId)),
  ];
}
