/**
 * The brand's exchange rates (GET/PUT /v1/exchange-rates, DELETE /v1/exchange-rates/{currency}/{month}):
 * per currency and month, units of the reporting currency for one unit of the currency, kept with
 * the reporting currency they were entered for (`quote_currency`), so a change of reporting
 * currency never converts with a rate meant for another. Setting or removing a rate recomputes the
 * value of every client it converts an amount of, in the same transaction
 * (features/clients/client-summary.ts), so segments never read a value from yesterday's rates.
 */
import { type ExchangeRate, type ExchangeRateList, type ExchangeRatesInput, type ParsedQueryOf, type listExchangeRates as listExchangeRatesOperation } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { AtelierError } from '../../errors.ts';
import { refreshClientValues } from '../clients/client-summary.ts';

/** Every month from `from` to `to`, both included (`YYYY-MM`). */
export function monthsFromTo(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (let current = from; current <= to; current = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(current);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

async function reportingCurrencyOf(db: Db, brandId: string): Promise<string> {
  const brand = await db.selectFrom('brands').select('reporting_currency').where('id', '=', brandId).executeTakeFirstOrThrow();
  return brand.reporting_currency;
}

const rateOf = (row: { currency: string; month: string; rate: string; updated_at: string }): ExchangeRate => ({ currency: row.currency, month: row.month, rate: row.rate, updatedAt: row.updated_at });

export async function listExchangeRates(db: Db, brandId: string, query: ParsedQueryOf<typeof listExchangeRatesOperation>): Promise<ExchangeRateList> {
  const reportingCurrency = await reportingCurrencyOf(db, brandId);
  let rows = db.selectFrom('exchange_rates').select(['currency', 'month', 'rate', 'updated_at']).where('brand_id', '=', brandId).where('quote_currency', '=', reportingCurrency);
  if (query.fromMonth !== undefined) rows = rows.where('month', '>=', query.fromMonth);
  if (query.toMonth !== undefined) rows = rows.where('month', '<=', query.toMonth);
  const rates = await rows.orderBy('month').orderBy('currency').execute();
  return { reportingCurrency, rates: rates.map(rateOf) };
}

/** Sets `input.currency`'s rate for every month of the range, replacing theirs; answers the rates set. */
export async function setExchangeRates(deps: { db: Db; clock: Clock }, brandId: string, input: ExchangeRatesInput): Promise<ExchangeRateList> {
  const at = deps.clock.now();
  const now = at.toISOString();
  return deps.db.transaction().execute(async (tx) => {
    const reportingCurrency = await reportingCurrencyOf(tx, brandId);
    if (input.currency === reportingCurrency) {
      const message = `${reportingCurrency} is the reporting currency: its amounts need no rate.`;
      throw new AtelierError('validation_failed', message, { fieldErrors: [{ path: 'currency', code: 'invalid_value', message }] });
    }
    const months = monthsFromTo(input.fromMonth, input.toMonth);
    const rows = months.map((month) => ({ brand_id: brandId, currency: input.currency, quote_currency: reportingCurrency, month, rate: input.rate, updated_at: now }));
    // An upsert, so two admins setting the same month at once both succeed (the last one's rate stays).
    await tx
      .insertInto('exchange_rates')
      .values(rows)
      .onConflict((conflict) => conflict.columns(['brand_id', 'quote_currency', 'currency', 'month']).doUpdateSet({ rate: input.rate, updated_at: now }))
      .execute();
    await refreshClientValues(tx, brandId, { currency: input.currency, fromMonth: input.fromMonth, toMonth: input.toMonth }, at);
    return { reportingCurrency, rates: rows.map(rateOf) };
  });
}

/** Removes one currency's rate for one month; 404 `unknown_exchange_rate` when there is none. */
export async function deleteExchangeRate(db: Db, brandId: string, params: { currency: string; month: string }, now: Date): Promise<ExchangeRate> {
  return db.transaction().execute(async (tx) => {
    const reportingCurrency = await reportingCurrencyOf(tx, brandId);
    const row = await tx
      .deleteFrom('exchange_rates')
      .where('brand_id', '=', brandId)
      .where('quote_currency', '=', reportingCurrency)
      .where('currency', '=', params.currency)
      .where('month', '=', params.month)
      .returning(['currency', 'month', 'rate', 'updated_at'])
      .executeTakeFirst();
    if (!row) throw new AtelierError('unknown_exchange_rate', `No ${params.currency} rate for ${params.month}.`);
    await refreshClientValues(tx, brandId, { currency: params.currency, fromMonth: params.month, toMonth: params.month }, now);
    return rateOf(row);
  });
}
