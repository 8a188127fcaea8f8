/**
 * What the app reads from an `orders/paid` payload, and how it tells a brand's serialized piece
 * from the rest of a retailer's basket:
 * - a line is the brand's when its `vendor` is the connected brand's name (Shopify's product
 *   vendor field, which retailers already fill with the maker), or when it carries a serial;
 * - its serials come from a line-item property (`_atelier_serial`, `Serial`, `Serial number`),
 *   several separated by commas or spaces when the quantity is more than one;
 * - each unit without a serial is recorded as pending, for the retailer to enter on the admin page.
 */
import * as z from 'zod/mini';
import { supportedLocales, type OwnerInput } from '@atelier/client/contract';

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

export function serializedUnits(order: OrderPayload, brandName: string | undefined, maxUnitsPerLine: number): SerializedUnit[] {
  const brand = brandName?.trim().toLowerCase();
  const units: SerializedUnit[] = [];
  for (const line of order.line_items) {
    const serials = serialsOf(line.properties);
    const isBrands = serials.length > 0 || (brand !== undefined && brand !== '' && line.vendor?.trim().toLowerCase() === brand);
    if (!isBrands) continue;
    const count = Math.min(Math.max(line.quantity, serials.length), maxUnitsPerLine);
    for (let unitIndex = 0; unitIndex < count; unitIndex += 1) {
      units.push({ lineItemId: String(line.id), unitIndex, productTitle: line.title, sku: line.sku ?? null, serial: serials[unitIndex]?.toUpperCase() ?? null });
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
