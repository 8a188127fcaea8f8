/** The public record and what staff and retailers record about a piece (a retailer only as itself). */
import {
  getProvenance,
  listProvenanceLookups,
  markRecovered as markRecoveredOperation,
  recordModification as recordModificationOperation,
  recordService as recordServiceOperation,
  reportStolen as reportStolenOperation,
  transferOwnership as transferOwnershipOperation,
} from '@atelier/client/contract';
import type { ProcedureRunner } from '../../threads/procedure-threads.ts';
import type { ServerDeps } from '../../deps.ts';
import { checkedRoute, route, type OperationRoute } from '../../http/operation-route.ts';
import { checkActingRetailer, retailerScopeOf } from '../../http/principal.ts';
import { transferOwnership } from '../warranties/transfer.ts';
import { markRecovered, recordModification, recordService, reportStolen } from './item-records.ts';
import { listLookups, type LookupAuditLog } from './lookup-audit.ts';
import { lookUpPublicRecord } from './public-lookup.ts';
import type { StoredRecordRefresher } from './stored-record-refresher.ts';

export interface ProvenanceRouteDeps {
  audit: LookupAuditLog;
  /** Runs the public lookup's read: on a SQLite file, on a thread of its own. */
  reader: ProcedureRunner;
  storedRecords: StoredRecordRefresher;
  hashAddress: (address: string) => Promise<string>;
}

export function provenanceRoutes(deps: ServerDeps, lookups: ProvenanceRouteDeps): OperationRoute[] {
  return [
    // Stored checked and serialised, or checked and serialised on the reader thread where it is built.
    checkedRoute(getProvenance, ({ params, caller }) => lookUpPublicRecord({ clock: deps.clock, ...lookups }, caller, params.serial)),
    route(recordModificationOperation, ({ params, body, caller }) => {
      checkActingRetailer(caller, body.retailerId, 'retailerId');
      // A retailer's own modification tells the piece's retailer of record, when that is another.
      return recordModification(deps, caller.brandId, params.serial, body, retailerScopeOf(caller));
    }),
    route(recordServiceOperation, ({ params, body, caller }) => recordService(deps, caller.brandId, params.serial, body)),
    route(reportStolenOperation, ({ params, body, caller }) => reportStolen(deps, caller.brandId, params.serial, body)),
    route(markRecoveredOperation, ({ params, body, caller }) => markRecovered(deps, caller.brandId, params.serial, body)),
    route(transferOwnershipOperation, ({ params, body, caller }) => transferOwnership(deps, caller.brandId, params.serial, body)),
    route(listProvenanceLookups, ({ params, caller }) => listLookups(deps.db, lookups.audit, caller.brandId, params.serial)),
  ];
}
