/** /v1/clients/{clientId}: a client's profile and timeline, for the brand's staff who look after clients. */
import { getClient as getClientOperation, getClientTimeline as getClientTimelineOperation } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { getClient, getClientTimeline } from './client-profile.ts';

export function clientRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(getClientOperation, ({ params, caller }) => getClient(deps, caller.brandId, params.clientId)),
    route(getClientTimelineOperation, ({ params, caller }) => getClientTimeline(deps, caller.brandId, params.clientId)),
  ];
}
