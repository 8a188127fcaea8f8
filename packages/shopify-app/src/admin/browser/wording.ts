/** The API's codes in the words a retailer reads at the counter. */
import type { OrderUnitStatus } from '../api-types.ts';

export const unitStatusText: Record<OrderUnitStatus, string> = { registered: 'Registered', pending: 'Serial missing', failed: 'Not registered' };

export const unitStatusTone: Record<OrderUnitStatus, 'success' | 'warning' | 'critical'> = { registered: 'success', pending: 'warning', failed: 'critical' };

/**
 * A piece sold without a price the app knows: recorded before the app kept prices (app migration
 * 0007) and not found in its Shopify order since, or a line Shopify sent without one. Never 0: the
 * buyer did pay.
 */
export const priceNotRecorded = 'Price not recorded';

const itemStatusText: Record<string, string> = { in_stock: 'in stock', sold: 'sold', stolen: 'reported stolen', lost: 'reported lost', destroyed: 'destroyed' };

const warrantyStatusText: Record<string, string> = {
  pending_confirmation: 'awaiting the owner’s e-mail confirmation',
  active: 'active',
  expired: 'expired',
  void: 'void',
};

/** Why a sale was not registered, and what to do about it. Unknown codes are shown as they are. */
const failureText: Record<string, string> = {
  unknown_serial: 'The brand has no piece with this serial: correct it, or ask the brand to add the piece.',
  item_unavailable: 'The brand has this piece as stolen, lost or destroyed: ask the brand, then retry.',
  already_activated: 'This piece is already registered to an owner: ask the brand.',
  buyer_email_missing: 'The order has no buyer e-mail, which the warranty needs: ask the brand to register this sale.',
  buyer_name_missing: 'The order has no buyer name, which the warranty needs: ask the brand to register this sale.',
  buyer_country_missing: 'The order has no buyer country, which the warranty needs: ask the brand to register this sale.',
  network_error: 'The brand’s service did not answer: retry in a moment.',
  timeout: 'The brand’s service did not answer in time: retry in a moment.',
  shop_not_connected: 'The shop was not connected to the brand yet: retry now that it is.',
};

export function failureReason(code: string | null): string {
  if (!code) return 'The brand did not register this sale.';
  return failureText[code] ?? `The brand did not register this sale (${code}).`;
}

export function itemStatus(code: string): string {
  return itemStatusText[code] ?? code;
}

export function warrantyStatus(code: string): string {
  return warrantyStatusText[code] ?? code;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const dayFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

/** A calendar day the API sends (`2026-10-01`) as the page writes it (`Oct 1, 2026`). */
export function formatDay(isoDay: string): string {
  const day = new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? isoDay : dayFormat.format(day);
}

/** The recognition's warranty line, per status (the console's words). */
const recognisedWarrantyText: Record<string, (until: string) => string> = {
  active: (until) => `Valid until ${until}`,
  pending_confirmation: (until) => `Awaiting the buyer’s confirmation by e-mail; would run until ${until}`,
  expired: (until) => `Expired on ${until}`,
  void: (until) => `Void (ran until ${until})`,
};

export function recognisedWarranty(status: string, validUntil: string): string {
  const until = formatDay(validUntil);
  return (recognisedWarrantyText[status] ?? ((day: string) => `${status}, until ${day}`))(until);
}

const tierText: Record<string, string> = { vip: 'VIP', regular: 'Regular client', new: 'New client', at_risk: 'At risk', lapsed: 'Lapsed' };

export function clientTier(code: string): string {
  return tierText[code] ?? code;
}

const careAfterText: Record<string, string> = { last_service: 'after its last service', purchase: 'after its purchase' };

export function careAfter(code: string): string {
  return careAfterText[code] ?? '';
}
