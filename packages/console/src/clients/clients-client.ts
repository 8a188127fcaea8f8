/** What the "Clients" page calls: a client's profile and their timeline, and a note added about them. */
import type { CallFunction, CallOptions } from '@atelier/client';
import { createClientNote, getClient, getClientTimeline } from '@atelier/client/contract';
import type { Client, ClientNote, ClientNoteCreation, ClientTimeline, Received } from '@atelier/client/contract';

export interface ClientsClient {
  profile(clientId: string, options?: CallOptions): Promise<Received<Client>>;
  timeline(clientId: string, options?: CallOptions): Promise<Received<ClientTimeline>>;
  addNote(note: ClientNoteCreation, options?: CallOptions): Promise<Received<ClientNote>>;
}

export function createClientsClient(call: CallFunction): ClientsClient {
  return {
    profile: (clientId, options) => call(getClient, { params: { clientId } }, options),
    timeline: (clientId, options) => call(getClientTimeline, { params: { clientId } }, options),
    addNote: (note, options) => call(createClientNote, { body: note }, options),
  };
}
