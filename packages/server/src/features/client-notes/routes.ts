/** /v1/client-notes: the brand's notes about clients, pieces and repairs; a retailer reads those visible to it. */
import { createClientNote as createClientNoteOperation, deleteClientNote as deleteClientNoteOperation, listClientNotes as listClientNotesOperation } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { retailerScopeOf, type Caller } from '../../http/principal.ts';
import { createClientNote, deleteClientNote, listClientNotes, type NoteReader } from './notes.ts';

function readerOf(caller: Caller): NoteReader {
  const retailerId = retailerScopeOf(caller);
  return retailerId === undefined ? { kind: 'brand' } : { kind: 'retailer', retailerId };
}

export function clientNoteRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(createClientNoteOperation, ({ body, caller }) => createClientNote(deps, caller.brandId, body)),
    route(listClientNotesOperation, ({ query, caller }) => listClientNotes(deps, caller.brandId, readerOf(caller), query)),
    route(deleteClientNoteOperation, ({ params, caller }) => deleteClientNote(deps, caller.brandId, params.noteId)),
  ];
}
