/** What the sales page calls: registering a sale at the counter. */
import type { CallFunction, CallOptions } from '@atelier/client';
import { registerSale } from '@atelier/client/contract';
import type { Received, SaleRegistration, SaleResponse } from '@atelier/client/contract';

export interface SalesClient {
  register(sale: SaleRegistration, options?: CallOptions): Promise<Received<SaleResponse>>;
}

export function createSalesClient(call: CallFunction): SalesClient {
  return {
    register: (sale, options) => call(registerSale, { body: sale }, options),
  };
}
