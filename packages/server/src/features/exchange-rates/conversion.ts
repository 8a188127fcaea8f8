/**
 * The one conversion of money into the brand's reporting currency, for every figure (a client's
 * value, CLV, CAC): an amount dated on a day is converted with the brand's rate for its currency
 * and that day's month (`exchange_rates`, entered by the brand). An amount already in the
 * reporting currency needs no rate. A month without a rate is never guessed from a neighbour: the
 * amount is left out and the figure lists the missing `{ currency, month }`, so nobody reads a
 * total as complete when it is not.
 *
 * Arithmetic is exact: amounts are integers in minor units, rates decimal text, and the product is
 * computed with BigInt and rounded once, half up (amounts are never negative). Each currency's
 * minor unit (2 for EUR, 0 for JPY, 3 for BHD) is ISO 4217's, as `Intl` knows it.
 */
import type { CurrencyBasis, MissingRate } from '@atelier/client/contract';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { IsoDate } from '../shared/calendar.ts';
import { clientValuesRecomputingSince } from '../clients/client-value-recomputation.ts';

export type { MissingRate };

/** An amount on a day: a sale's price on its purchase date, a repair's charge on its return. */
export interface DatedAmount {
  currency: string;
  amountMinorUnits: number;
  on: IsoDate;
}

export interface ReportingConverter {
  readonly reportingCurrency: string;
  /** The amount in minor units of the reporting currency, or undefined when the brand has no rate for its currency and month. */
  convert(amount: DatedAmount): number | undefined;
}

/** A sum of amounts in the reporting currency, with what it had to leave out. */
export interface ConvertedTotal {
  currency: string;
  amountMinorUnits: number;
  /** Amounts left out for want of a rate. */
  amountsLeftOut: number;
  /** Their currencies and months, by month then currency. */
  missingRates: MissingRate[];
}

const minorDigitsByCurrency = new Map<string, number>();

/** Digits of the currency's minor unit (ISO 4217): 2 for EUR, 0 for JPY. */
export function minorUnitDigits(currency: string): number {
  let digits = minorDigitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    minorDigitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** `amountMinorUnits` of `from` at `rate` (decimal text: units of `to` for one unit of `from`), in minor units of `to`, rounded half up. */
export function convertAmount(amountMinorUnits: number, from: string, to: string, rate: string): number {
  const [whole, fraction = ''] = rate.split('.');
  const rateScaled = BigInt(`${whole}${fraction}`);
  const numerator = BigInt(amountMinorUnits) * rateScaled * 10n ** BigInt(minorUnitDigits(to));
  const denominator = 10n ** BigInt(minorUnitDigits(from) + fraction.length);
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}

const monthOf = (day: IsoDate): string => day.slice(0, 7);
const rateKey = (currency: string, month: string): string => `${currency} ${month}`;

/** The converter from a brand's reporting currency and rates as given (`rates`: rate text by `currency month`). */
export function reportingConverter(reportingCurrency: string, rates: ReadonlyMap<string, string>): ReportingConverter {
  return {
    reportingCurrency,
    convert(amount) {
      if (amount.currency === reportingCurrency) return amount.amountMinorUnits;
      const rate = rates.get(rateKey(amount.currency, monthOf(amount.on)));
      return rate === undefined ? undefined : convertAmount(amount.amountMinorUnits, amount.currency, reportingCurrency, rate);
    },
  };
}

/** The brand's converter: its reporting currency and every rate quoted in it (a few per currency and month: read whole). */
export async function loadReportingConverter(db: Db, brandId: string): Promise<ReportingConverter> {
  const brand = await db.selectFrom('brands').select('reporting_currency').where('id', '=', brandId).executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('exchange_rates')
    .select(['currency', 'month', 'rate'])
    .where('brand_id', '=', brandId)
    .where('quote_currency', '=', brand.reporting_currency)
    .execute();
  return reportingConverter(brand.reporting_currency, new Map(rows.map((row) => [rateKey(row.currency, row.month), row.rate])));
}

/** By month, then currency. */
export function sortMissingRates(missing: Iterable<MissingRate>): MissingRate[] {
  return [...missing].sort((a, b) => a.month.localeCompare(b.month) || a.currency.localeCompare(b.currency));
}

/** The sum of `amounts` in the reporting currency; those without a rate are left out and listed. */
export function totalInReportingCurrency(converter: ReportingConverter, amounts: Iterable<DatedAmount>): ConvertedTotal {
  let total = 0;
  let leftOut = 0;
  const missing = new Map<string, MissingRate>();
  for (const amount of amounts) {
    const converted = converter.convert(amount);
    if (converted === undefined) {
      leftOut += 1;
      missing.set(rateKey(amount.currency, monthOf(amount.on)), { currency: amount.currency, month: monthOf(amount.on) });
    } else {
      total += converted;
    }
  }
  return { currency: converter.reportingCurrency, amountMinorUnits: total, amountsLeftOut: leftOut, missingRates: sortMissingRates(missing.values()) };
}

/** What a figure says about its currency (the contract's `CurrencyBasis`). */
export function currencyBasis(total: Pick<ConvertedTotal, 'currency' | 'amountsLeftOut' | 'missingRates'>): CurrencyBasis {
  return { reportingCurrency: total.currency, convertedWith: 'brand_monthly_rates', missingRates: total.missingRates, amountsLeftOut: total.amountsLeftOut };
}

/**
 * What a figure read from the clients' values (their summaries: a segment's value condition, CLV)
 * says about its currency: the reporting currency, the months and currencies of recorded amounts
 * (sale prices, repair charges) with no rate, how many amounts the values leave out for it, and
 * since when the values are being recomputed after a change of reporting currency, if they are
 * (features/clients/client-value-recomputation.ts).
 */
export async function clientValuesBasis(db: Db, brandId: string): Promise<CurrencyBasis> {
  const converter = await loadReportingConverter(db, brandId);
  const month = sql<string>`substr(${sql.ref('day')}, 1, 7)`;
  const prices = await db
    .selectFrom(
      db
        .selectFrom('warranties')
        .select(['price_currency as currency', 'purchase_date as day'])
        .where('brand_id', '=', brandId)
        .where('price_currency', 'is not', null)
        .where('confirmed_at', 'is not', null)
        .where('voided_at', 'is', null)
        .as('priced'),
    )
    .select(['currency', month.as('month')])
    .distinct()
    .execute();
  const charges = await db
    .selectFrom(db.selectFrom('repair_orders').select(['charged_currency as currency', 'charged_on as day']).where('brand_id', '=', brandId).where('charged_currency', 'is not', null).as('charged'))
    .select(['currency', month.as('month')])
    .distinct()
    .execute();
  const missing = new Map<string, MissingRate>();
  for (const { currency, month: recordedMonth } of [...prices, ...charges]) {
    if (currency === null) continue;
    if (converter.convert({ currency, amountMinorUnits: 0, on: `${recordedMonth}-01` }) === undefined) missing.set(rateKey(currency, recordedMonth), { currency, month: recordedMonth });
  }
  const leftOut = await db
    .selectFrom('client_summaries')
    .select(sql<number | string | null>`sum(amounts_unconverted)`.as('amounts'))
    .where('brand_id', '=', brandId)
    .executeTakeFirst();
  const basis = currencyBasis({ currency: converter.reportingCurrency, missingRates: sortMissingRates(missing.values()), amountsLeftOut: Number(leftOut?.amounts ?? 0) });
  const recomputingSince = await clientValuesRecomputingSince(db, brandId);
  return recomputingSince === undefined ? basis : { ...basis, recomputingSince };
}
