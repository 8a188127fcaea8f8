/** What the retailer's "From the brand" list calls: the brand's notes about clients this retailer may read, a page at a time. */
import type { CallFunction, CallOptions } from '@atelier/client';
import { listClientNotes } from '@atelier/client/contract';
import type { ClientNotesPage, Received } from '@atelier/client/contract';

export interface BrandNotesClient {
  page(cursor: string | undefined, options?: CallOptions): Promise<Received<ClientNotesPage>>;
}

export function createBrandNotesClient(call: CallFunction): BrandNotesClient {
  return {
    page: (cursor, options) => call(listClientNotes, { query: { cursor } }, options),
  };
}
