/**
 * The part of the API client <atelier-service-tracker> calls. Built from the transport and only
 * these operations, so the repair schemas ride in this widget's chunk, never in the runtime the
 * activation widget downloads.
 */
import { createTransport } from '@atelier/client';
import type { AtelierClient, ClientLike } from '@atelier/client';
import { decideEstimate, lookupRepair, rateRepair } from '@atelier/client/contract';
import type { ClientAttributes } from '../../base/atelier-element.ts';

export interface ServiceTrackerClient {
  repairs: ClientLike<Pick<AtelierClient['repairs'], 'lookup' | 'decideEstimate' | 'rate'>>;
}

export function createServiceTrackerClient({ publishableKey, baseUrl }: ClientAttributes): ServiceTrackerClient {
  const { call } = createTransport({ baseUrl, publishableKey });
  return {
    repairs: {
      lookup: (input, options) => call(lookupRepair, { body: input }, options),
      decideEstimate: (input, options) => call(decideEstimate, { body: input }, options),
      rate: (input, options) => call(rateRepair, { body: input }, options),
    },
  };
}

/** Whether a `client` set from plain JavaScript can follow repairs (any full `createClient()` can). */
export function isServiceTrackerClient(client: unknown): client is ServiceTrackerClient {
  const repairs = (client as Partial<ServiceTrackerClient> | undefined)?.repairs;
  return typeof repairs?.lookup === 'function' && typeof repairs.decideEstimate === 'function' && typeof repairs.rate === 'function';
}
