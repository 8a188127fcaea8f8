/**
 * What the stock pages call: a page of the stock (a retailer's own, or the brand's across its
 * retailers) and, for the brand, its two alerts and the movements it records (one by one or from a
 * file).
 */
import type { CallFunction, CallOptions } from '@atelier/client';
import { importStockMovements, listStock, listStockAlerts, recordDelivery, recordReturn } from '@atelier/client/contract';
import type {
  QueryOf,
  Received,
  StockAlerts,
  StockImportReport,
  StockImportRequest,
  StockMovement,
  StockMovementRequest,
  StockPage,
} from '@atelier/client/contract';

export type StockQuery = NonNullable<QueryOf<typeof listStock>>;

export interface StockClient {
  page(query: StockQuery, options?: CallOptions): Promise<Received<StockPage>>;
  alerts(options?: CallOptions): Promise<Received<StockAlerts>>;
}

/** The brand admin's part: record movements, import a file. */
export interface StockMovementsClient {
  record(kind: StockMovement['kind'], movement: StockMovementRequest, options?: CallOptions): Promise<Received<StockMovement>>;
  importFile(file: StockImportRequest, options?: CallOptions): Promise<Received<StockImportReport>>;
}

export function createStockClient(call: CallFunction): StockClient {
  return {
    page: (query, options) => call(listStock, { query }, options),
    alerts: (options) => call(listStockAlerts, {}, options),
  };
}

export function createStockMovementsClient(call: CallFunction): StockMovementsClient {
  return {
    record: (kind, movement, options) =>
      kind === 'delivery' ? call(recordDelivery, { body: movement }, options) : call(recordReturn, { body: movement }, options),
    importFile: (file, options) => call(importStockMovements, { body: file }, options),
  };
}
