/**
 * The exchange rates the brand enters per month, so money figures across currencies add up. Sales
 * and repairs carry their amounts in their own currency (`Money`); a figure (a client's value, CLV,
 * CAC) gives them in the brand's reporting currency (`reportingCurrency` in brand settings),
 * converting each amount with the rate of its currency for the month of its day. A month with no
 * rate is never guessed from another: the amount is left out and the figure says which rates are
 * missing (`CurrencyBasis`, which every money figure carries).
 *
 *   // 1 CHF = 1.0712 EUR for every month of 2026, the reporting currency being EUR
 *   await client.call(setExchangeRates, { body: { currency: 'CHF', fromMonth: '2026-01', toMonth: '2026-12', rate: '1.0712' } });
 *   const { rates } = await client.call(listExchangeRates, { query: { fromMonth: '2026-01' } });
 *
 * A rate is kept with the currency it converts to: after the brand changes its reporting
 * currency, the rates entered for the previous one are no longer used (nor listed).
 */
import * as z from 'zod/mini';
import { fieldCheck } from './field-check.ts';
import { type OperationDocs, operation } from './operation.ts';
import { CurrencyCode, IsoDateTime, IsoMonth } from './primitives.ts';

/** Most months one `setExchangeRates` sets (ten years). */
export const exchangeRateMaxMonths = 120;

/**
 * A rate as decimal text, never a float: units of the reporting currency for one unit of the
 * currency (`1.0712`), up to 9 digits before the point and 10 after; above zero.
 */
export const ExchangeRateText = z.string().check(
  z.regex(/^(0|[1-9]\d{0,8})(\.\d{1,10})?$/, 'A rate as decimal text, such as 1.0712 (up to 10 decimals).'),
  z.refine((text) => /[1-9]/.test(text), { message: 'A rate above zero.', params: { code: 'too_small' } }),
);

/** Months from `from` to `to`, both included (`YYYY-MM`); 0 when `to` is before `from`. */
export function monthsInRange(from: string, to: string): number {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  return Math.max(0, index(to) - index(from) + 1);
}

const isMonth = (text: unknown): boolean => typeof text === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(text);

interface MonthRange {
  fromMonth: string;
  toMonth: string;
}

export const ExchangeRatesInput = z
  .strictObject({
    /** The currency converted (ISO 4217): not the reporting currency itself. */
    currency: CurrencyCode,
    /** The first and last month the rate applies to, both included. */
    fromMonth: IsoMonth,
    toMonth: IsoMonth,
    rate: ExchangeRateText,
  })
  .check(
    fieldCheck((input: MonthRange) => {
      // A month refused by its own format is said at its field alone.
      if (!isMonth(input.fromMonth) || !isMonth(input.toMonth)) return undefined;
      const months = monthsInRange(input.fromMonth, input.toMonth);
      if (months === 0) return { path: ['toMonth'], code: 'invalid_value', message: 'The last month is on or after the first.' };
      if (months > exchangeRateMaxMonths) return { path: ['toMonth'], code: 'too_large', message: `At most ${exchangeRateMaxMonths} months at once.` };
      return undefined;
    }),
  );
export type ExchangeRatesInput = z.input<typeof ExchangeRatesInput>;

export const ExchangeRatesQuery = z.strictObject({
  /** From this month on (included); absent: from the first. */
  fromMonth: z.optional(IsoMonth),
  /** Until this month (included); absent: to the last. */
  toMonth: z.optional(IsoMonth),
});
export type ExchangeRatesQuery = z.input<typeof ExchangeRatesQuery>;

export const ExchangeRateParams = z.strictObject({ currency: CurrencyCode, month: IsoMonth });
export type ExchangeRateParams = z.input<typeof ExchangeRateParams>;

export const ExchangeRate = z.object({
  currency: z.string(),
  month: z.string(),
  /** Units of the reporting currency for one unit of `currency`, as decimal text. */
  rate: z.string(),
  updatedAt: IsoDateTime,
});
export type ExchangeRate = z.infer<typeof ExchangeRate>;

export const ExchangeRateList = z.object({
  /** The currency the rates convert to: the brand's reporting currency. */
  reportingCurrency: z.string(),
  /** By month, then currency. */
  rates: z.array(ExchangeRate),
});
export type ExchangeRateList = z.infer<typeof ExchangeRateList>;

/** A currency and month some amount is in, for which the brand has entered no rate. */
export const MissingRate = z.object({ currency: z.string(), month: z.string() });
export type MissingRate = z.infer<typeof MissingRate>;

/**
 * What every money figure says about its currency: the reporting currency it is in, that amounts
 * in other currencies were converted with the brand's rate for their month, and which rates were
 * missing — the amounts in those currencies and months are left out, never converted at a guess.
 */
export const CurrencyBasis = z.object({
  reportingCurrency: z.string(),
  convertedWith: z.literal('brand_monthly_rates'),
  /** By month, then currency; empty when every amount could be converted. */
  missingRates: z.array(MissingRate),
  /** How many amounts the figure leaves out for want of a rate. */
  amountsLeftOut: z.number(),
  /**
   * Present while the clients' values are being recomputed in this reporting currency after the
   * brand changed it (when it was changed): a figure read from the clients' values (a segment's
   * `value`, the RFM groups) still counts the clients not reached yet in the previous currency.
   */
  recomputingSince: z.optional(IsoDateTime),
});
export type CurrencyBasis = z.infer<typeof CurrencyBasis>;

/** Reading the rates reveals no one: analysts too, who read the figures they feed. Setting them: admins. */
const readMoneySettings = { keys: ['secret'], brandStaff: ['admin', 'analyst'] } as const;
const writeMoneySettings = { keys: ['secret'], brandStaff: ['admin'] } as const;

export const listExchangeRates = operation({
  id: 'listExchangeRates',
  method: 'GET',
  path: '/v1/exchange-rates',
  access: readMoneySettings,
  query: ExchangeRatesQuery,
  response: ExchangeRateList,
});

export const setExchangeRates = operation({
  id: 'setExchangeRates',
  method: 'PUT',
  path: '/v1/exchange-rates',
  access: writeMoneySettings,
  request: ExchangeRatesInput,
  response: ExchangeRateList,
});

export const deleteExchangeRate = operation({
  id: 'deleteExchangeRate',
  method: 'DELETE',
  path: '/v1/exchange-rates/{currency}/{month}',
  access: writeMoneySettings,
  params: ExchangeRateParams,
  response: ExchangeRate,
  errors: ['unknown_exchange_rate'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const exchangeRatesDocs = {
  tag: 'brand',
  summaries: {
    listExchangeRates:
      "The brand's exchange rates into its reporting currency, per currency and month (units of the reporting currency for one unit of the currency, as decimal text), by month then currency.",
    setExchangeRates:
      "Sets one currency's rate for every month from `fromMonth` to `toMonth` (both included, at most 120), replacing the rates of those months; answers the rates set. Every client's value is recomputed with them. The reporting currency itself needs no rate (422 at `currency`).",
    deleteExchangeRate:
      "Removes one currency's rate for one month: figures then list it as missing and leave its amounts out. An unknown one is 404 unknown_exchange_rate.",
  },
} as const satisfies OperationDocs;
