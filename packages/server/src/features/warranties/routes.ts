/** Warranty activation and confirmation (publishable key). */
import { activateWarranty as activateWarrantyOperation, confirmWarranty as confirmWarrantyOperation } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { activateWarranty, confirmWarranty } from './service.ts';

export function warrantyRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(activateWarrantyOperation, ({ body, caller }) => activateWarranty(deps, caller.brandId, body)),
    route(confirmWarrantyOperation, ({ body, caller }) => confirmWarranty(deps, caller.brandId, body.token)),
  ];
}
