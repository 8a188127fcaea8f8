/** GET /v1/retailer-benchmarks: a retailer's figures against the network median. */
import { getRetailerBenchmarks } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { retailerScopeOf } from '../../http/principal.ts';
import { retailerBenchmarks } from './service.ts';

export function retailerBenchmarkRoutes(deps: ServerDeps): OperationRoute[] {
  return [route(getRetailerBenchmarks, ({ query, caller }) => retailerBenchmarks(deps, caller.brandId, query, retailerScopeOf(caller)))];
}
