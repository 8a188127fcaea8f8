/**
 * Warranty activation and confirmation (publishable key). The attempts at a secret (a card code,
 * a confirmation token) are counted per caller at the door, before the service checks the secret.
 */
import { activateWarranty as activateWarrantyOperation, confirmWarranty as confirmWarrantyOperation } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { admitCardCodeAttempt } from './card-code-attempts.ts';
import { admitConfirmationAttempt } from './confirmation-token.ts';
import { activateWarranty, confirmWarranty } from './service.ts';

export function warrantyRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(activateWarrantyOperation, async ({ body, caller }) => {
      if (body.cardCode !== undefined) await admitCardCodeAttempt(deps.db, deps.clock, caller, body.serial);
      return activateWarranty(deps, caller.brandId, body);
    }),
    route(confirmWarrantyOperation, async ({ body, caller }) => {
      await admitConfirmationAttempt(deps.db, deps.clock, caller);
      return confirmWarranty(deps, caller.brandId, body.token, body.consents);
    }),
  ];
}
