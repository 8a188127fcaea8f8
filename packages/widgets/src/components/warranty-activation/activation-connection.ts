/**
 * What <atelier-warranty-activation> needs only once its form is on screen: the contract's schema
 * that checks the form (zod) and the transport that calls the API (ky). The widget loads this
 * module after its first render (warranty-activation-client.ts), so the form is drawn without
 * waiting for the validation code, and the page's first paint does not pay for it.
 */
import { createTransport } from '@atelier/client';
import { ActivationRequest, activateWarranty, confirmWarranty, getBrand } from '@atelier/client/contract';
import type { ClientAttributes } from '../../base/atelier-element.ts';
import type { WarrantyActivationClient } from './warranty-activation-client.ts';

export { ActivationRequest };

/** Only the operations this widget calls, so the bundle leaves out every other operation's schemas. */
export function buildWarrantyActivationClient({ baseUrl, publishableKey }: ClientAttributes): WarrantyActivationClient {
  const { call } = createTransport({ baseUrl, publishableKey });
  return {
    brand: { get: (options) => call(getBrand, {}, options) },
    warranties: {
      activate: (input, options) => call(activateWarranty, { body: input }, options),
      confirm: (token, options) => call(confirmWarranty, { body: typeof token === 'string' ? { token } : token }, options),
    },
  };
}
