/**
 * The brand's own settings for its network, read by its staff and changed by its admins: the
 * thresholds the desk and the console apply (how long a piece may sit in stock before the brand
 * is alerted; how long a retailer may void a sale registered by mistake; how long the concierge's
 * drafts wait for customer care, and how long after an owner last heard from the brand
 * no reminder goes out on its own). Not part of the public
 * `getBrand`: a brand's thresholds are its business.
 *
 *   await client.call(updateBrandSettings, { agedStockDays: 120, saleVoidWindowHours: 48 });
 */
import * as z from 'zod/mini';
import { type OperationDocs, operation } from './operation.ts';
import { CurrencyCode, IsoDateTime } from './primitives.ts';

/** Longest threshold a brand may set for aged stock: ten years, in days. */
export const agedStockMaxDays = 3650;

/** Longest window a brand may give its retailers to void a sale: thirty days, in hours. */
export const saleVoidWindowMaxHours = 720;

const AgedStockDays = z.number().check(z.int(), z.gte(1), z.lte(agedStockMaxDays));
/** 0 closes the window: retailers then ask the brand to correct every mistaken sale. */
const SaleVoidWindowHours = z.number().check(z.int(), z.gte(0), z.lte(saleVoidWindowMaxHours));

/** Longest a brand may let the concierge's drafts wait for customer care before they go out: 90 days. */
export const careReminderSendAfterMaxDays = 90;
/** 0: drafts go out on the sweep that drafts them, customer care reviews none. */
const CareReminderSendAfterDays = z.number().check(z.int(), z.gte(0), z.lte(careReminderSendAfterMaxDays));

/** Longest blackout window a brand may set: a year, in days. */
export const careReminderBlackoutMaxDays = 365;
/** 0: no blackout, a reminder goes whenever the owner last heard from the brand. */
const CareReminderBlackoutDays = z.number().check(z.int(), z.gte(0), z.lte(careReminderBlackoutMaxDays));

/**
 * How far the background recomputation of every client's value has got: asked for by a change of
 * reporting currency, or of exchange rates touching too many clients to recompute in the request.
 * The clients are worked through in batches; `clientsDone` of `clientsTotal` is the share reached.
 */
export const ClientValuesRecomputation = z.object({
  /** The currency the values are being recomputed in. */
  reportingCurrency: z.string(),
  /** When it was asked for; a newer change starts it again from the first client. */
  since: IsoDateTime,
  /** Clients recomputed so far; at most `clientsTotal`. */
  clientsDone: z.number(),
  /** The brand's clients with a value (each is recomputed). */
  clientsTotal: z.number(),
});
export type ClientValuesRecomputation = z.infer<typeof ClientValuesRecomputation>;

export const BrandSettings = z.object({
  /** A piece in a retailer's stock this many days or more is listed in the brand's aged-stock alert. */
  agedStockDays: z.number(),
  /** A retailer may void its own sale this many hours after registering it (`voidSale`). */
  saleVoidWindowHours: z.number(),
  /** The concierge's daily sweep sends a care reminder's draft customer care left untouched this many days after drafting it. */
  careReminderSendAfterDays: z.number(),
  /**
   * The sweep sends no reminder to an owner who heard from the brand (another reminder, …) within
   * this many days: it waits until the window has passed. 0: no blackout.
   */
  careReminderBlackoutDays: z.number(),
  /**
   * The currency every money figure is given in (ISO 4217, `EUR` until the brand sets it): amounts
   * in other currencies are converted with the rates the brand enters per month (exchange-rates.ts).
   */
  reportingCurrency: z.string(),
  /** Present while every client's value is being recomputed in the background: how far it has got. Gone once done. */
  clientValuesRecomputation: z.optional(ClientValuesRecomputation),
});
export type BrandSettings = z.infer<typeof BrandSettings>;

/** The settings to change; those left out keep their value. */
export const BrandSettingsUpdate = z.strictObject({
  agedStockDays: z.optional(AgedStockDays),
  saleVoidWindowHours: z.optional(SaleVoidWindowHours),
  careReminderSendAfterDays: z.optional(CareReminderSendAfterDays),
  careReminderBlackoutDays: z.optional(CareReminderBlackoutDays),
  /**
   * Rates are kept with the currency they convert to: after a change, the rates entered for the
   * previous one are no longer used (enter the new one's), and every client's value is recomputed in
   * the background: until it is done, a figure read from the clients' values carries
   * `recomputingSince` in its `CurrencyBasis`.
   */
  reportingCurrency: z.optional(CurrencyCode),
});
export type BrandSettingsUpdate = z.input<typeof BrandSettingsUpdate>;

export const getBrandSettings = operation({
  id: 'getBrandSettings',
  method: 'GET',
  path: '/v1/brand/settings',
  access: { keys: ['secret'], brandStaff: ['admin', 'serviceDesk', 'concierge', 'analyst'] },
  response: BrandSettings,
});

export const updateBrandSettings = operation({
  id: 'updateBrandSettings',
  method: 'PATCH',
  path: '/v1/brand/settings',
  access: { keys: ['secret'], brandStaff: ['admin'] },
  request: BrandSettingsUpdate,
  response: BrandSettings,
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const brandSettingsDocs = {
  tag: 'brand',
  summaries: {
    getBrandSettings: "The brand's settings for its network: the aged-stock threshold, the sale void window, and the days after which the concierge's untouched drafts are sent, the blackout window (days) after the owner last heard from the brand during which the sweep sends them no reminder, and the reporting currency of money figures; while every client's value is being recomputed in the background (after a change of currency or of many rates), how far it has got (`clientValuesRecomputation`: clients done of the total).",
    updateBrandSettings: "Changes the brand's settings; those left out keep their value. Takes effect on the next alert or page.",
  },
} as const satisfies OperationDocs;
