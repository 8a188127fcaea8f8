/** Service metrics for the brand's after-sales staff (secret key). */
import { getServiceMetrics as getServiceMetricsOperation } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { serviceMetrics } from './metrics.ts';

export function serviceMetricsRoutes(deps: ServerDeps): OperationRoute[] {
  return [route(getServiceMetricsOperation, ({ caller }) => serviceMetrics(deps, caller.brandId))];
}
