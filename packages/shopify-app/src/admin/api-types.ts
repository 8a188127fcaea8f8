/**
 * What the admin page's JSON API (`/api/*`) answers: declared once, used by the routes
 * (src/admin/api.ts) and by the page's module (src/admin/browser/), so neither can drift.
 * Types only: the browser bundle imports nothing from here at run time.
 */
import type { ItemSummary, Money, PieceRecognition, Received, StockPiece } from '@atelier/client/contract';
import type { PublicConnection } from '../connections/connection-store.ts';
import type { OrderUnitStatus } from '../db/schema.ts';

export type { OrderUnitStatus };

export interface ConnectionResponse {
  connection: PublicConnection | null;
  suggestedApiUrl: string | null;
  /**
   * Shopify refused to renew the app's access to the shop: the merchant must open the app (which
   * authorizes it again). Absent means false.
   */
  reauthorizationNeeded?: boolean;
}

export interface OrderUnitView {
  lineItemId: string;
  unitIndex: number;
  productTitle: string;
  sku: string | null;
  serial: string | null;
  status: OrderUnitStatus;
  errorCode: string | null;
  /** What the buyer paid for the piece, sent to the brand with its sale; null when the order did not say. */
  price: Money | null;
}

export interface OrderView {
  orderId: string;
  name: string;
  buyerName: string | null;
  purchaseDate: string;
  units: OrderUnitView[];
}

export interface OrdersResponse {
  orders: OrderView[];
}

/** One unit whose sale the brand did not register. */
export interface FailedSaleView {
  orderId: string;
  orderName: string;
  purchaseDate: string;
  lineItemId: string;
  unitIndex: number;
  productTitle: string;
  serial: string;
  errorCode: string | null;
  /** False when trying again cannot help (the order lacks the buyer's details). */
  retryable: boolean;
  failedAt: string;
}

export interface FailedSalesResponse {
  failedSales: FailedSaleView[];
}

export interface UnitOutcomeView {
  orderId: string;
  lineItemId: string;
  unitIndex: number;
  serial: string | null;
  status: OrderUnitStatus;
  errorCode: string | null;
}

export interface UnitResponse {
  unit: UnitOutcomeView;
}

export interface RetryFailedResponse {
  outcomes: UnitOutcomeView[];
  /** Failed sales a retry could still change that this call did not reach (see `failedSalesRetriedPerRequestMax`). */
  remaining: number;
}

export interface PieceSaleView {
  orderName: string;
  buyerName: string | null;
  buyerEmail: string | null;
  purchaseDate: string;
  status: OrderUnitStatus;
}

export interface PieceResponse {
  /** As the brand's API answered it: a newer server's status passes through (see `Received`). */
  piece: Received<ItemSummary> | null;
  sale: PieceSaleView | null;
}

/** A piece in the shop's retailer's stock, as the Stock section lists it. */
export interface StockPieceView {
  serial: string;
  model: Pick<Received<StockPiece>['model'], 'reference' | 'name'>;
  deliveredOn: string;
  daysInStock: number;
}

export interface StockResponse {
  /** Oldest delivery first, then by serial; one page of the brand's answer. */
  pieces: StockPieceView[];
  /** Every piece in the retailer's stock, not only this page's. */
  total: number;
  /** Pass as `?cursor=` for the next page; null on the last. */
  nextCursor: string | null;
}

export interface RecognitionResponse {
  /**
   * The brand's recognition of the piece, with the contract's fields only: a field a newer brand
   * server added is not passed on (the owner's contact is there only when shared with this retailer).
   */
  recognition: Received<PieceRecognition>;
  /** The retailer of record is the retailer this shop is connected as. */
  retailerOfRecordIsThisShop: boolean;
}

export interface DataRequestView {
  id: string;
  customerId: string;
  requestedAt: string;
}

export interface DataRequestsResponse {
  dataRequests: DataRequestView[];
}

/** An error answer (RFC 9457): `errors` names the fields to correct. */
export interface AdminProblem {
  status: number;
  code: string;
  title?: string;
  detail?: string;
  errors?: Array<{ path: string; code: string; message: string }>;
}
