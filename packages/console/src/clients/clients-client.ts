/** What the "Clients" page calls: a client's profile and their timeline. */
import type { CallFunction, CallOptions } from '@atelier/client';
import { getClient, getClientTimeline } from '@atelier/client/contract';
import type { Client, ClientTimeline, Received } from '@atelier/client/contract';

export interface ClientsClient {
  profile(clientId: string, options?: CallOptions): Promise<Received<Client>>;
  timeline(clientId: string, options?: CallOptions): Promise<Received<ClientTimeline>>;
}

export function createClientsClient(call: CallFunction): ClientsClient {
  return {
    profile: (clientId, options) => call(getClient, { params: { clientId } }, options),
    timeline: (clientId, options) => call(getClientTimeline, { params: { clientId } }, options),
  };
}
