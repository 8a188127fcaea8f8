/** What the "Notes" page calls: the retailer's notes, a page at a time, and marking them read. */
import type { CallFunction, CallOptions } from '@atelier/client';
import { listRetailerNotes, markRetailerNotesRead } from '@atelier/client/contract';
import type { MarkedRetailerNotes, QueryOf, Received, RetailerNotesPage } from '@atelier/client/contract';

export type NotesQuery = NonNullable<QueryOf<typeof listRetailerNotes>>;

export interface NotesClient {
  page(query: NotesQuery, options?: CallOptions): Promise<Received<RetailerNotesPage>>;
  markRead(noteIds: string[], options?: CallOptions): Promise<Received<MarkedRetailerNotes>>;
}

export function createNotesClient(call: CallFunction): NotesClient {
  return {
    page: (query, options) => call(listRetailerNotes, { query }, options),
    markRead: (noteIds, options) => call(markRetailerNotesRead, { body: { noteIds } }, options),
  };
}
