/** What the sales page calls: registering a sale at the counter, the boutique's recent sales, voiding a mistaken one. */
import type { CallFunction, CallOptions } from '@atelier/client';
import { listSales, registerSale, voidSale } from '@atelier/client/contract';
import type { Received, SalePage, SaleRegistration, SaleResponse, SaleSummary } from '@atelier/client/contract';

export interface SalesClient {
  register(sale: SaleRegistration, options?: CallOptions): Promise<Received<SaleResponse>>;
  page(query: { cursor?: string }, options?: CallOptions): Promise<Received<SalePage>>;
  void(saleId: string, reason: string, options?: CallOptions): Promise<Received<SaleSummary>>;
}

export function createSalesClient(call: CallFunction): SalesClient {
  return {
    register: (sale, options) => call(registerSale, { body: sale }, options),
    page: (query, options) => call(listSales, { query }, options),
    void: (saleId, reason, options) => call(voidSale, { params: { saleId }, body: { reason } }, options),
  };
}
