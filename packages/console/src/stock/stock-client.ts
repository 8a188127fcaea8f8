/**
 * What the stock page calls: a page of the stock (a retailer's own, or the brand's across its
 * retailers) and, for the brand, its two alerts.
 */
import type { CallFunction, CallOptions } from '@atelier/client';
import { listStock, listStockAlerts } from '@atelier/client/contract';
import type { QueryOf, Received, StockAlerts, StockPage } from '@atelier/client/contract';

export type StockQuery = NonNullable<QueryOf<typeof listStock>>;

export interface StockClient {
  page(query: StockQuery, options?: CallOptions): Promise<Received<StockPage>>;
  alerts(options?: CallOptions): Promise<Received<StockAlerts>>;
}

export function createStockClient(call: CallFunction): StockClient {
  return {
    page: (query, options) => call(listStock, { query }, options),
    alerts: (options) => call(listStockAlerts, {}, options),
  };
}
