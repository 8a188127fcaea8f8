/** `orders/paid` payloads shaped like Shopify's (the fields the app reads, and a few it does not). */
export interface PaidOrderOptions {
  orderId: number;
  customer: { id: number; firstName: string; lastName: string; email: string; country: string; locale?: string };
  /** `price` null: a line as the app read it before migration 0007 (no price recorded). */
  lines: Array<{ id: number; title: string; vendor: string; quantity?: number; sku?: string; serial?: string; price?: string | null; discounts?: string[] }>;
  processedAt?: string;
  /** The shop's currency; EUR unless given. */
  currency?: string;
}

export function paidOrder(options: PaidOrderOptions): Record<string, unknown> {
  const { customer } = options;
  const address = { first_name: customer.firstName, last_name: customer.lastName, country_code: customer.country, city: 'Paris', address1: '1 rue de la Paix' };
  return {
    id: options.orderId,
    admin_graphql_api_id: `gid://shopify/Order/${options.orderId}`,
    name: `#${options.orderId % 10_000}`,
    email: customer.email,
    created_at: options.processedAt ?? '2026-11-24T15:30:00+01:00',
    processed_at: options.processedAt ?? '2026-11-24T15:30:00+01:00',
    financial_status: 'paid',
    currency: options.currency ?? 'EUR',
    customer_locale: customer.locale ?? 'fr-FR',
    customer: { id: customer.id, email: customer.email, first_name: customer.firstName, last_name: customer.lastName },
    billing_address: address,
    shipping_address: address,
    line_items: options.lines.map((line) => ({
      id: line.id,
      title: line.title,
      vendor: line.vendor,
      quantity: line.quantity ?? 1,
      sku: line.sku ?? null,
      price: line.price === undefined ? '4200.00' : line.price,
      price_set: line.price === null ? null : { shop_money: { amount: line.price ?? '4200.00', currency_code: options.currency ?? 'EUR' } },
      discount_allocations: (line.discounts ?? []).map((amount) => ({ amount, discount_application_index: 0 })),
      properties: line.serial ? [{ name: '_atelier_serial', value: line.serial }] : [],
    })),
  };
}
