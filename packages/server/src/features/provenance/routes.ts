/** The public record of a piece (`/v1/provenance/{serial}`); what staff record about it is served by features/items. */
import { getProvenance } from '@atelier/client/contract';
import type { ProcedureRunner } from '../../threads/procedure-threads.ts';
import type { ServerDeps } from '../../deps.ts';
import { checkedRoute, type OperationRoute } from '../../http/operation-route.ts';
import type { LookupAuditLog } from './lookup-audit.ts';
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
  ];
}
