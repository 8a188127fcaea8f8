/** /v1/retailer-notes: a retailer's notes about its clients' pieces served elsewhere, its own only. */
import { listRetailerNotes as listRetailerNotesOperation, markRetailerNotesRead as markRetailerNotesReadOperation } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { retailerScopeOf, type Caller } from '../../http/principal.ts';
import { listRetailerNotes, markRetailerNotesRead } from './notes.ts';

/** The operations admit retailer principals only, each scoped to its own retailer. */
function ownRetailer(caller: Caller): string {
  const retailerId = retailerScopeOf(caller);
  if (retailerId === undefined) throw new Error('retailer notes are open to retailer principals only');
  return retailerId;
}

export function retailerNoteRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(listRetailerNotesOperation, ({ query, caller }) => listRetailerNotes(deps.db, caller.brandId, ownRetailer(caller), query)),
    route(markRetailerNotesReadOperation, ({ body, caller }) => markRetailerNotesRead(deps.db, caller.brandId, ownRetailer(caller), body.noteIds, deps.clock.now())),
  ];
}
