/**
 * The part of the API client <atelier-warranty-activation> calls, so its `client` property can be
 * the real `createClient()` result, a client routed through the brand's own backend, or a test fake.
 * Built from the transport and only these operations, rather than `createClient()`, so the CDN
 * bundle leaves out the schemas of every operation this widget never calls.
 */
import { createTransport } from '@atelier/client';
import type { AtelierClient, ClientLike } from '@atelier/client';
import { activateWarranty, confirmWarranty, getBrand } from '@atelier/client/contract';
import type { WidgetClient } from '../../base/atelier-element.ts';

export type WarrantyActivationClient = ClientLike<Pick<AtelierClient, 'brand' | 'warranties'>>;

export const warrantyActivationClient: WidgetClient<WarrantyActivationClient> = {
  methods: ['brand.get', 'warranties.activate', 'warranties.confirm'],
  build({ publishableKey, baseUrl }) {
    const { call } = createTransport({ baseUrl, publishableKey });
    return {
      brand: { get: (options) => call(getBrand, {}, options) },
      warranties: {
        activate: (input, options) => call(activateWarranty, { body: input }, options),
        confirm: (token, options) => call(confirmWarranty, { body: { token } }, options),
      },
    };
  },
};
