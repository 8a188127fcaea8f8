/**
 * `/v1/items/*`: a piece as staff and retailers see it and what they record about it (a retailer
 * only as itself). Thin routes: the rules stay with the capability they belong to — the piece's
 * summary here, its recorded events in features/provenance (they extend the public chain), the
 * ownership transfer in features/warranties (the warranty follows the piece).
 */
import {
  getItem,
  listProvenanceLookups,
  markRecovered as markRecoveredOperation,
  recordModification as recordModificationOperation,
  recordService as recordServiceOperation,
  reportStolen as reportStolenOperation,
  transferOwnership as transferOwnershipOperation,
} from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { checkActingRetailer, retailerScopeOf } from '../../http/principal.ts';
import { markRecovered, recordModification, recordService, reportStolen } from '../provenance/item-records.ts';
import { listLookups, type LookupAuditLog } from '../provenance/lookup-audit.ts';
import { transferOwnership } from '../warranties/transfer.ts';
import { getItemSummary } from './service.ts';

export interface ItemRouteDeps {
  /** The public lookups' audit, whose rows of a piece the brand lists. */
  audit: LookupAuditLog;
}

export function itemRoutes(deps: ServerDeps, items: ItemRouteDeps): OperationRoute[] {
  return [
    route(getItem, ({ params, caller }) => getItemSummary(deps.db, deps.clock, caller.brandId, params.serial)),
    route(recordModificationOperation, ({ params, body, caller }) => {
      checkActingRetailer(caller, body.retailerId, 'retailerId');
      // A retailer's own modification tells the piece's retailer of record, when that is another.
      return recordModification(deps, caller.brandId, params.serial, body, retailerScopeOf(caller));
    }),
    route(recordServiceOperation, ({ params, body, caller }) => recordService(deps, caller.brandId, params.serial, body)),
    route(reportStolenOperation, ({ params, body, caller }) => reportStolen(deps, caller.brandId, params.serial, body)),
    route(markRecoveredOperation, ({ params, body, caller }) => markRecovered(deps, caller.brandId, params.serial, body)),
    route(transferOwnershipOperation, ({ params, body, caller }) => transferOwnership(deps, caller.brandId, params.serial, body)),
    route(listProvenanceLookups, ({ params, caller }) => listLookups(deps.db, items.audit, caller.brandId, params.serial)),
  ];
}
