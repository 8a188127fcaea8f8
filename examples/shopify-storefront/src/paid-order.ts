// A paid order at the retailer's shop, delivered to the app as Shopify delivers the `orders/paid`
// webhook: the JSON body (the fields the app reads and a few it does not), signed with the app's
// client secret (X-Shopify-Hmac-Sha256, base64 HMAC-SHA256 of the raw body), with Shopify's headers.
// The example's stand-in for a checkout, used by `pnpm order` and the end-to-end test.
import { createHmac, randomUUID } from 'node:crypto';

/** The API version of shopify.app.toml's [webhooks]. */
const webhookApiVersion = '2026-10';

export interface Buyer {
  customerId: number;
  firstName: string;
  lastName: string;
  email: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** The language the buyer shopped in, e.g. `en` or `fr-CH`. */
  locale: string;
}

export interface SerializedLine {
  lineItemId: number;
  title: string;
  /** The product's vendor: the brand's name marks the line as one of the brand's pieces. */
  vendor: string;
  /** Entered at the sale as the hidden line-item property `_atelier_serial`. */
  serial: string;
}

export interface PaidOrder {
  orderId: number;
  buyer: Buyer;
  lines: SerializedLine[];
  /** When the order was paid; now when omitted. */
  processedAt?: Date;
}

/** The `orders/paid` payload Shopify would send for this order. */
export function paidOrderPayload(order: PaidOrder): Record<string, unknown> {
  const { buyer } = order;
  const processedAt = (order.processedAt ?? new Date()).toISOString();
  const address = { first_name: buyer.firstName, last_name: buyer.lastName, country_code: buyer.country };
  return {
    id: order.orderId,
    admin_graphql_api_id: `gid://shopify/Order/${order.orderId}`,
    name: `#${order.orderId}`,
    email: buyer.email,
    created_at: processedAt,
    processed_at: processedAt,
    financial_status: 'paid',
    currency: 'CHF',
    customer_locale: buyer.locale,
    customer: { id: buyer.customerId, email: buyer.email, first_name: buyer.firstName, last_name: buyer.lastName },
    billing_address: address,
    shipping_address: address,
    line_items: order.lines.map((line) => ({
      id: line.lineItemId,
      title: line.title,
      vendor: line.vendor,
      quantity: 1,
      sku: null,
      price: '7900.00',
      properties: [{ name: '_atelier_serial', value: line.serial }],
    })),
  };
}

export interface WebhookTarget {
  appUrl: string;
  apiSecret: string;
  shop: string;
}

/**
 * Delivers a signed `orders/paid` webhook to the app and returns its answer. `webhookId` is the
 * delivery's id: the same id again is a redelivery, which the app processes once.
 */
export async function deliverPaidOrder(target: WebhookTarget, order: PaidOrder, webhookId: string = randomUUID()): Promise<Response> {
  const body = JSON.stringify(paidOrderPayload(order));
  return fetch(new URL('/webhooks', target.appUrl), {
    method: 'POST',
    body,
    headers: {
      'Content-Type': 'application/json',
      'X-Shopify-Hmac-Sha256': createHmac('sha256', target.apiSecret).update(body, 'utf8').digest('base64'),
      'X-Shopify-Topic': 'orders/paid',
      'X-Shopify-Shop-Domain': target.shop,
      'X-Shopify-API-Version': webhookApiVersion,
      'X-Shopify-Webhook-Id': webhookId,
      'X-Shopify-Triggered-At': new Date().toISOString(),
    },
  });
}
