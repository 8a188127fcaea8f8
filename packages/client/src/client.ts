/**
 * The Atelier API client: one namespace per capability, each method a one-line use of the
 * generic `call`, so every method validates, authenticates, retries and reports errors the same way.
 */
import type { RequestOf, ResponseOf } from './contract/operation.ts';
import { activateWarranty, confirmWarranty, getBrand, getItem, registerSale } from './contract/operations.ts';
import { createTransport } from './transport.ts';
import type { CallFunction, CallOptions, TransportOptions } from './transport.ts';

export type ClientOptions = TransportOptions;

export interface AtelierClient {
  brand: {
    /** The brand's public configuration: name, locales, warranty policy, authorized retailers. */
    get(options?: CallOptions): Promise<ResponseOf<typeof getBrand>>;
  };
  warranties: {
    /** A buyer activates a piece's warranty; it stays `pending_confirmation` until confirmed by e-mail. */
    activate(input: RequestOf<typeof activateWarranty>, options?: CallOptions): Promise<ResponseOf<typeof activateWarranty>>;
    /** Confirms a pending warranty with the token from the e-mailed link. */
    confirm(token: string, options?: CallOptions): Promise<ResponseOf<typeof confirmWarranty>>;
  };
  sales: {
    /** Secret key. A retailer registers a sale: the warranty is pre-activated and the buyer asked to confirm. */
    register(input: RequestOf<typeof registerSale>, options?: CallOptions): Promise<ResponseOf<typeof registerSale>>;
  };
  items: {
    /** Secret key. A serialized piece with its current warranty. */
    get(serial: string, options?: CallOptions): Promise<ResponseOf<typeof getItem>>;
  };
  /** Calls any operation of the contract, for those without a namespace entry yet. */
  call: CallFunction;
}

export function createClient(options: ClientOptions): AtelierClient {
  const { call } = createTransport(options);
  return {
    brand: {
      get: (callOptions) => call(getBrand, {}, callOptions),
    },
    warranties: {
      activate: (input, callOptions) => call(activateWarranty, { body: input }, callOptions),
      confirm: (token, callOptions) => call(confirmWarranty, { body: { token } }, callOptions),
    },
    sales: {
      register: (input, callOptions) => call(registerSale, { body: input }, callOptions),
    },
    items: {
      get: (serial, callOptions) => call(getItem, { params: { serial } }, callOptions),
    },
    call,
  };
}
