/**
 * The part of the API client <atelier-service-tracker> calls. Built from the transport and only
 * these operations, so the repair schemas ride in this widget's chunk, never in the runtime the
 * activation widget downloads.
 */
import { createTransport } from '@atelier/client';
import type { AtelierClient, ClientLike } from '@atelier/client';
import { decideEstimate, lookupRepair, rateRepair } from '@atelier/client/contract';
import type { WidgetClient } from '../../base/atelier-element.ts';

export type ServiceTrackerClient = ClientLike<{ repairs: Pick<AtelierClient['repairs'], 'lookup' | 'decideEstimate' | 'rate'> }>;

export const serviceTrackerClient: WidgetClient<ServiceTrackerClient> = {
  methods: ['repairs.lookup', 'repairs.decideEstimate', 'repairs.rate'],
  build({ publishableKey, baseUrl }) {
    const { call } = createTransport({ baseUrl, publishableKey });
    return {
      repairs: {
        lookup: (input, options) => call(lookupRepair, { body: input }, options),
        decideEstimate: (input, options) => call(decideEstimate, { body: input }, options),
        rate: (input, options) => call(rateRepair, { body: input }, options),
      },
    };
  },
};
