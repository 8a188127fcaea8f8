/**
 * What the stock pages call: a page of the stock (a retailer's own, or the brand's across its
 * retailers) and, for the brand, its two alerts, the movements it records (one by one or from a
 * file) and its aged-stock threshold.
 */
import type { CallFunction, CallOptions } from '@atelier/client';
import { getBrandSettings, importStockMovements, listStock, listStockAlerts, recordDelivery, recordReturn, updateBrandSettings } from '@atelier/client/contract';
import type {
  BrandSettings,
  BrandSettingsUpdate,
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

/** The brand admin's part: record movements, import a file, set the threshold. */
export interface StockMovementsClient {
  record(kind: StockMovement['kind'], movement: StockMovementRequest, options?: CallOptions): Promise<Received<StockMovement>>;
  importFile(file: StockImportRequest, options?: CallOptions): Promise<Received<StockImportReport>>;
  settings(options?: CallOptions): Promise<Received<BrandSettings>>;
  updateSettings(update: BrandSettingsUpdate, options?: CallOptions): Promise<Received<BrandSettings>>;
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
    settings: (options) => call(getBrandSettings, {}, options),
    updateSettings: (update, options) => call(updateBrandSettings, { body: update }, options),
  };
}
