/**
 * What the app reads from an `orders/paid` payload, and how it tells a brand's serialized piece
 * from the rest of a retailer's basket:
 * - a line is the brand's when its `vendor` is the connected brand's name (Shopify's product
 *   vendor field, which retailers already fill with the maker), or when it carries a serial;
 * - its serials come from a line-item property (`_atelier_serial`, `Serial`, `Serial number`),
 *   several separated by commas or spaces when the quantity is more than one;
 * - each unit without a serial is recorded as pending, for the retailer to enter on the admin page;
 * - each unit's price is what the buyer paid for it (see `unitPrices`), so the sale counts in the
 *   client's value at the brand.
 */
import * as z from 'zod/mini';
import { CurrencyCode, supportedLocales, type Money, type OwnerInput } from '@atelier/client/contract';

/** Line-item property names read as a serial, compared without case. The `_` prefix hides it at checkout. */
export const serialPropertyNames = ['_atelier_serial', 'atelier_serial', 'serial', 'serial number', 'serial_number'] as const;

const Id = z.union([z.number(), z.string()]);
const Address = z.nullish(
  z.object({
    first_name: z.nullish(z.string()),
    last_name: z.nullish(z.string()),
    name: z.nullish(z.string()),
    country_code: z.nullish(z.string()),
  }),
);

export const OrderPayload = z.object({
  id: Id,
  name: z.string(),
  email: z.nullish(z.string()),
  contact_email: z.nullish(z.string()),
  created_at: z.string(),
  /** The shop's currency, which the lines' `price` and `discount_allocations` are in. */
  currency: z.nullish(z.string()),
  processed_at: z.nullish(z.string()),
  customer_locale: z.nullish(z.string()),
  customer: z.nullish(
    z.object({
      id: Id,
      email: z.nullish(z.string()),
      first_name: z.nullish(z.string()),
      last_name: z.nullish(z.string()),
      default_address: Address,
    }),
  ),
  billing_address: Address,
  shipping_address: Address,
  line_items: z.array(
    z.object({
      id: Id,
      title: z.string(),
      sku: z.nullish(z.string()),
      vendor: z.nullish(z.string()),
      quantity: z.number(),
      /** One unit's price before discounts, decimal text in the shop's currency (`"4200.00"`). */
      price: z.nullish(z.string()),
      /** The order's and the line's discounts as they fall on this line, in the shop's currency. */
      discount_allocations: z.nullish(z.array(z.object({ amount: z.string() }))),
      properties: z.nullish(z.array(z.object({ name: z.string(), value: z.nullish(z.union([z.string(), z.number()])) }))),
    }),
  ),
});
export type OrderPayload = z.infer<typeof OrderPayload>;

export interface SerializedUnit {
  lineItemId: string;
  unitIndex: number;
  productTitle: string;
  sku: string | null;
  serial: string | null;
  /** What the buyer paid for this unit; null when the order does not say (or says it unreadably). */
  price: Money | null;
}

export interface Buyer {
  customerId: string | null;
  name: string | null;
  email: string | null;
  country: string | null;
  language: OwnerInput['language'];
}

function serialsOf(properties: OrderPayload['line_items'][number]['properties']): string[] {
  const names: readonly string[] = serialPropertyNames;
  const property = properties?.find((p) => names.includes(p.name.trim().toLowerCase()) && String(p.value ?? '').trim() !== '');
  return property ? String(property.value).split(/[\s,;]+/).filter((s) => s !== '') : [];
}

/** Digits of a currency's minor unit, as ISO 4217 says (EUR 2, JPY 0, BHD 3); undefined for a code `Intl` does not know. */
function minorUnitDigits(currency: string): number | undefined {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  } catch {
    return undefined;
  }
}

/**
 * Shopify's decimal text (`"4200.00"`, `"150000"`, `"12.345"`) as an integer in the currency's
 * minor unit, with no float in between: `"1500.00"` yen is 1,500, `"12.345"` dinars 12,345 fils.
 * Digits beyond the minor unit (which Shopify does not send) round half up. Null when unreadable.
 */
export function toMinorUnits(decimal: string, currency: string): number | null {
  const digits = minorUnitDigits(currency);
  const match = /^\s*(\d+)(?:\.(\d*))?\s*$/.exec(decimal);
  if (digits === undefined || !match) return null;
  const fraction = match[2] ?? '';
  const kept = BigInt(match[1]! + fraction.slice(0, digits).padEnd(digits, '0'));
  const roundsUp = fraction.length > digits && fraction[digits]! >= '5';
  const minorUnits = Number(kept + (roundsUp ? 1n : 0n));
  return Number.isSafeInteger(minorUnits) ? minorUnits : null;
}

/** What `unitPrices` reads of a line: as `orders/paid` sends it, or as the backfill rebuilds it from the Admin GraphQL API. */
export type PricedLine = Pick<OrderPayload['line_items'][number], 'price' | 'quantity' | 'discount_allocations'>;

/**
 * What the buyer paid for each of a line's units, in the shop's currency: the line's price times
 * its quantity, less the discounts allocated to the line, shared between its units in whole minor
 * units (the first units take the remainder, so the units add up to the line). A unit beyond the
 * line's quantity (more serials than pieces) has no price: the line paid for `quantity` pieces.
 */
export function unitPrices(line: PricedLine, currency: string | null | undefined, units: number): Array<Money | null> {
  const none = Array.from({ length: units }, (): Money | null => null);
  const code = currency?.trim().toUpperCase() ?? '';
  if (!z.safeParse(CurrencyCode, code).success || line.price == null || line.quantity < 1) return none;
  const unitPrice = toMinorUnits(line.price, code);
  const discounts = (line.discount_allocations ?? []).map((d) => toMinorUnits(d.amount, code));
  if (unitPrice === null || discounts.some((d) => d === null)) return none;
  const paid = Math.max(0, unitPrice * line.quantity - discounts.reduce<number>((sum, d) => sum + d!, 0));
  const share = Math.floor(paid / line.quantity);
  const remainder = paid % line.quantity;
  return none.map((_, unitIndex) =>
    unitIndex < line.quantity ? { currency: code, amountMinorUnits: share + (unitIndex < remainder ? 1 : 0) } : null,
  );
}

export function serializedUnits(order: OrderPayload, brandName: string | undefined, maxUnitsPerLine: number): SerializedUnit[] {
  const brand = brandName?.trim().toLowerCase();
  const units: SerializedUnit[] = [];
  for (const line of order.line_items) {
    const serials = serialsOf(line.properties);
    const isBrands = serials.length > 0 || (brand !== undefined && brand !== '' && line.vendor?.trim().toLowerCase() === brand);
    if (!isBrands) continue;
    const count = Math.min(Math.max(line.quantity, serials.length), maxUnitsPerLine);
    const prices = unitPrices(line, order.currency, count);
    for (let unitIndex = 0; unitIndex < count; unitIndex += 1) {
      units.push({
        lineItemId: String(line.id),
        unitIndex,
        productTitle: line.title,
        sku: line.sku ?? null,
        serial: serials[unitIndex]?.toUpperCase() ?? null,
        price: prices[unitIndex] ?? null,
      });
    }
  }
  return units;
}

/** Shopify's locale (`fr-CA`, `zh-TW`) as one the brand's messages exist in; English otherwise. */
export function buyerLanguage(locale: string | null | undefined): OwnerInput['language'] {
  const tag = (locale ?? '').trim();
  if (/^zh-(TW|HK|MO|Hant)/i.test(tag)) return 'zh-Hant';
  if (/^zh/i.test(tag)) return 'zh-Hans';
  const primary = tag.split('-')[0]?.toLowerCase();
  return (supportedLocales as readonly string[]).includes(primary ?? '') ? (primary as OwnerInput['language']) : 'en';
}

function fullName(...parts: Array<string | null | undefined>): string | null {
  const name = parts.filter((p) => p && p.trim() !== '').join(' ').trim();
  return name === '' ? null : name;
}

export function buyerOf(order: OrderPayload): Buyer {
  const customer = order.customer;
  const address = order.billing_address ?? order.shipping_address ?? customer?.default_address;
  return {
    customerId: customer ? String(customer.id) : null,
    name: fullName(customer?.first_name, customer?.last_name) ?? fullName(address?.first_name, address?.last_name) ?? address?.name?.trim() ?? null,
    email: order.email?.trim() || order.contact_email?.trim() || customer?.email?.trim() || null,
    country: address?.country_code?.trim().toUpperCase() || null,
    language: buyerLanguage(order.customer_locale),
  };
}

/** The day of the sale in the shop's own time zone: Shopify's timestamps carry the shop's offset. */
export function purchaseDateOf(order: OrderPayload): string {
  return (order.processed_at ?? order.created_at).slice(0, 10);
}
