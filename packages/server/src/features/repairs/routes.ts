/**
 * Repairs: booking and the owner's tracker (public), the service desk's view and moves. A
 * retailer's caller sees only the repairs left with it (booked by it).
 */
import {
  bookRepair as bookRepairOperation,
  decideEstimate as decideEstimateOperation,
  getRepair as getRepairOperation,
  listRepairs as listRepairsOperation,
  lookupRepair as lookupRepairOperation,
  rateRepair as rateRepairOperation,
  transitionRepair as transitionRepairOperation,
} from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { admitOwnerProofAttempt } from './access.ts';
import { retailerScopeOf } from '../../http/principal.ts';
import { bookRepair } from './booking.ts';
import { listRepairs } from './listing.ts';
import { advanceRepair, decideEstimate, getRepairOrder, lookupRepair, rateRepair } from './lifecycle.ts';

export function repairRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(bookRepairOperation, ({ body, caller }) => bookRepair(deps, caller.brandId, body, caller)),
    // Each of the owner's operations proves ownership with a secret: counted at the door, before the check.
    route(lookupRepairOperation, async ({ body, caller }) => {
      await admitOwnerProofAttempt(deps.db, deps.clock, caller, body.trackingCode);
      return lookupRepair(deps, caller.brandId, body);
    }),
    route(decideEstimateOperation, async ({ body, caller }) => {
      await admitOwnerProofAttempt(deps.db, deps.clock, caller, body.trackingCode);
      return decideEstimate(deps, caller.brandId, body, caller.ip);
    }),
    route(rateRepairOperation, async ({ body, caller }) => {
      await admitOwnerProofAttempt(deps.db, deps.clock, caller, body.trackingCode);
      return rateRepair(deps, caller.brandId, body);
    }),
    route(listRepairsOperation, ({ query, caller }) => listRepairs(deps, caller.brandId, query, retailerScopeOf(caller))),
    route(getRepairOperation, ({ params, caller }) => getRepairOrder(deps, caller.brandId, params.trackingCode, retailerScopeOf(caller))),
    route(transitionRepairOperation, ({ params, body, caller }) => advanceRepair(deps, caller.brandId, params.trackingCode, body)),
  ];
}
