import type { Generated } from 'kysely';

/** The app's own tables. Personal data lives only in `orders` and `data_request_exports`. */
export interface ShopifySessionTable {
  id: string;
  shop: string;
  is_online: number;
  /** The whole session (access token included) sealed with the app's encryption key. */
  sealed_session: string;
  updated_at: string;
  /** When the access token expires; null for a non-expiring offline token (to be migrated). */
  access_token_expires_at: string | null;
  refresh_token_expires_at: string | null;
  /** Bumped on every write: updates conditional on it never overwrite a newer token. */
  revision: number;
  /** Until when one process holds the right to spend the refresh token. */
  refresh_claimed_until: string | null;
  /** When Shopify refused the token: the merchant must open the app. */
  reauthorization_needed_at: string | null;
}

export interface ShopConnectionTable {
  shop: string;
  api_url: string;
  /** The retailer's key, sealed: never stored or shown in clear. (Named before retailer keys existed.) */
  sealed_secret_key: string;
  /** `retailer` (an `rk_…` key); `secret` for a shop connected before retailer keys, with the brand's `sk_…` key. */
  key_kind: Generated<'retailer' | 'secret'>;
  retailer_id: string;
  /** Null for a shop connected before retailer keys. */
  retailer_name: string | null;
  brand_name: string;
  connected_at: string;
  updated_at: string;
}

export interface OrderTable {
  shop: string;
  order_id: string;
  order_name: string;
  /** Shopify customer id; null for guest checkouts. */
  customer_id: string | null;
  buyer_name: string | null;
  buyer_email: string | null;
  buyer_country: string | null;
  buyer_language: string;
  purchase_date: string;
  recorded_at: string;
}

export type OrderUnitStatus = 'pending' | 'registered' | 'failed';

export type PriceBackfillState = 'pending' | 'found' | 'not_found' | 'forwarded';

/** One unit of a serialized order line: a line of quantity 2 is two pieces, two serials. */
export interface OrderUnitTable {
  shop: string;
  order_id: string;
  line_item_id: string;
  unit_index: number;
  product_title: string;
  sku: string | null;
  serial: string | null;
  status: OrderUnitStatus;
  /** Why the last registration failed: a contract error code, for the admin page. */
  error_code: string | null;
  warranty_id: string | null;
  /**
   * How many times the brand definitively refused this unit's sale (a 4xx it stores against the
   * idempotency key); part of the key, so a retry after a refusal is a new request. Migration 0004.
   */
  sale_refusals: Generated<number>;
  /** What the buyer paid for this unit (ISO 4217 code, and minor units: cents, yen, fils); null when the order did not say, or before migration 0007. */
  price_currency: string | null;
  /** A `bigint` column: PostgreSQL's driver reads it back as text. */
  price_minor_units: number | string | null;
  /**
   * A unit recorded before migration 0007 getting its price back from its Shopify order (migration
   * 0008, `src/sales/price-backfill.ts`): `pending` until Shopify is asked, then `found`, or
   * `not_found` (the order or its line is gone, or says no price); `forwarded` once the brand holds
   * the price of the unit's registered sale. Null for units recorded with their price, or since.
   */
  price_backfill: Generated<PriceBackfillState | null>;
  updated_at: string;
}

export interface WebhookDeliveryTable {
  webhook_id: string;
  shop: string;
  topic: string;
  received_at: string;
}

export interface DataRequestExportTable {
  id: string;
  shop: string;
  customer_id: string;
  /** What we held about the customer when asked, as JSON, for the merchant to send on. */
  export_json: string;
  requested_at: string;
}

export interface Database {
  shopify_sessions: ShopifySessionTable;
  shop_connections: ShopConnectionTable;
  orders: OrderTable;
  order_units: OrderUnitTable;
  webhook_deliveries: WebhookDeliveryTable;
  data_request_exports: DataRequestExportTable;
}
