/** The service network as owners choose a centre and a drop-off slot (publishable key). */
import { listServiceCentreSlots as listServiceCentreSlotsOperation, listServiceCentres as listServiceCentresOperation } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { listServiceCentres } from './directory.ts';
import { listCentreSlots } from './slots.ts';

export function serviceNetworkRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(listServiceCentresOperation, async ({ query, caller }) => ({ centres: await listServiceCentres(deps, caller.brandId, query) })),
    route(listServiceCentreSlotsOperation, ({ params, query, caller }) => listCentreSlots(deps, caller.brandId, params.serviceCentreId, query)),
  ];
}
