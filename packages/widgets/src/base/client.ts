/**
 * The part of the API client the widgets use, so a `client` property can be the real
 * `createClient()` result, a client routed through the brand's own backend, or a test fake.
 */
import { createTransport } from '@atelier/client';
import type { AtelierClient } from '@atelier/client';
import { activateWarranty, confirmWarranty, getBrand } from '@atelier/client/contract';

export type WidgetClient = Pick<AtelierClient, 'brand' | 'warranties'>;

/**
 * Builds the client from the element's attributes; without `api-base` the API is the page's own
 * origin (an API proxy). It is built from the transport and only the operations the widgets call,
 * rather than `createClient()`, so the CDN bundle leaves out the schemas of server-only operations.
 */
export function clientFromAttributes(publishableKey: string, apiBase: string | undefined): WidgetClient {
  const { call } = createTransport({ baseUrl: apiBase || window.location.origin, publishableKey });
  return {
    brand: { get: (options) => call(getBrand, {}, options) },
    warranties: {
      activate: (input, options) => call(activateWarranty, { body: input }, options),
      confirm: (token, options) => call(confirmWarranty, { body: { token } }, options),
    },
  };
}
