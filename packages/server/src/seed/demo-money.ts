/**
 * The demo's money: what each retailer sale cost its buyer (in the boutique's currency), what each
 * demo service was charged (its approved estimate, on the day of the return), the brand's monthly
 * rates into its reporting currency (EUR) for every month those amounts fall in — but for the yen
 * of the last whole month, so the figures show how a missing rate is listed rather than guessed —
 * and what the brand spent each month to win clients, itself and through its retailers. So the
 * Figures page's CLV per segment and CAC per channel have real amounts to count. Added once: a
 * demo database whose brand already has a rate is left as it is.
 */
import { acquisitionChannels, type AcquisitionChannel } from '@atelier/client/contract';
import type { Db } from '../db/database.ts';
import { refreshClientSummaries } from '../features/clients/client-summary.ts';
import { addMonthsToDate } from '../features/shared/calendar.ts';
import type { RetailerSpec } from './demo-catalogue.ts';

const currencyByCountry: Record<string, string> = { FR: 'EUR', CH: 'CHF', JP: 'JPY', US: 'USD' };
/** Euros for one unit of each currency, about what they were in 2025–2026; each month moves a little. */
const eurosPerUnit: Record<string, number> = { CHF: 1.06, JPY: 0.0062, USD: 0.92 };
/** A month's rate moves by up to this share either way, so months differ as they do. */
const monthlyMoveShare = 0.02;
/** Prices in euros: from the entry steel model up, by piece (minor units: cents). */
const basePriceEuroCents = 650_000;
const priceSpreadEuroCents = 2_400_000;
/** What the brand spends each month, in euros (cents): on its own channels, and with its retailers. */
const monthlySpendEuroCents: Record<AcquisitionChannel, number> = { brand_led: 1_800_000, retailer_assisted: 900_000 };
const spendMonths = 18;

const minorDigits = (currency: string) => (currency === 'JPY' ? 0 : 2);

/** The rate of `currency` for a month (decimal text, 6 significant digits). */
function rateFor(currency: string, month: string): string {
  const monthNumber = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  const move = (((monthNumber * 7) % 9) - 4) / 4;
  return (eurosPerUnit[currency]! * (1 + move * monthlyMoveShare)).toPrecision(6);
}

/** Euro cents as minor units of `currency` at about its usual rate (a boutique's price list is in its own currency). */
function inCurrency(euroCents: number, currency: string): number {
  if (currency === 'EUR') return euroCents;
  const units = euroCents / 100 / eurosPerUnit[currency]!;
  // Round prices: to the hundred francs or dollars, to the ten thousand yen.
  const step = currency === 'JPY' ? 10_000 : 100;
  return Math.round(units / step) * step * 10 ** minorDigits(currency);
}

export async function insertMissingDemoMoney(db: Db, options: { brandId: string; retailers: readonly RetailerSpec[]; now: Date }): Promise<void> {
  const { brandId, now } = options;
  const rated = await db.selectFrom('exchange_rates').select('currency').where('brand_id', '=', brandId).executeTakeFirst();
  if (rated) return;
  const updatedAt = now.toISOString();
  const sales = await db
    .selectFrom('warranties')
    .select(['id', 'retailer_id', 'owner_id', 'buyer_id'])
    .where('brand_id', '=', brandId)
    .where('source', '=', 'retailer')
    .where('price_currency', 'is', null)
    .orderBy('purchase_date')
    .orderBy('id')
    .execute();
  for (const [index, sale] of sales.entries()) {
    const country = options.retailers.find((retailer) => retailer.id === sale.retailer_id)?.country ?? 'FR';
    const currency = currencyByCountry[country] ?? 'EUR';
    const price = inCurrency(basePriceEuroCents + ((index * 370_000) % priceSpreadEuroCents), currency);
    await db.updateTable('warranties').set({ price_currency: currency, price_minor_units: price }).where('id', '=', sale.id).execute();
  }
  // Each demo service returned after an approved estimate was charged that estimate, as a return from `ready` records it.
  const serviced = await db
    .selectFrom('repair_orders as r')
    .innerJoin('repair_estimates as e', 'e.repair_id', 'r.id')
    .innerJoin('repair_status_changes as c', (join) => join.onRef('c.repair_id', '=', 'r.id').on('c.to_status', '=', 'returned'))
    .select(['r.id', 'e.currency', 'e.total_minor_units', 'c.changed_at'])
    .where('r.brand_id', '=', brandId)
    .where('r.status', '=', 'returned')
    .where('e.decision', '=', 'approve')
    .where('r.charged_currency', 'is', null)
    .execute();
  for (const repair of serviced) {
    await db
      .updateTable('repair_orders')
      .set({ charged_currency: repair.currency, charged_minor_units: Number(repair.total_minor_units), charged_on: repair.changed_at.slice(0, 10) })
      .where('id', '=', repair.id)
      .execute();
  }
  // A rate for every month an amount falls in, from the first sale's to this one.
  const first = await db.selectFrom('warranties').select((eb) => eb.fn.min('purchase_date').as('day')).where('brand_id', '=', brandId).executeTakeFirst();
  const thisMonth = updatedAt.slice(0, 7);
  const lastWholeMonth = addMonthsToDate(`${thisMonth}-01`, -1).slice(0, 7);
  const rates: { brand_id: string; currency: string; quote_currency: string; month: string; rate: string; updated_at: string }[] = [];
  for (let month = String(first?.day ?? `${thisMonth}-01`).slice(0, 7); month <= thisMonth; month = addMonthsToDate(`${month}-01`, 1).slice(0, 7)) {
    for (const currency of Object.keys(eurosPerUnit)) {
      // Left out on purpose: the figures list it, and leave its yen out, rather than guess.
      if (currency === 'JPY' && month === lastWholeMonth) continue;
      rates.push({ brand_id: brandId, currency, quote_currency: 'EUR', month, rate: rateFor(currency, month), updated_at: updatedAt });
    }
  }
  if (rates.length > 0) await db.insertInto('exchange_rates').values(rates).execute();
  const spend = [];
  for (let back = spendMonths; back >= 1; back -= 1) {
    const month = addMonthsToDate(`${thisMonth}-01`, -back).slice(0, 7);
    for (const channel of acquisitionChannels) {
      const euroCents = monthlySpendEuroCents[channel];
      // The spend moves with the season: more before the year's end.
      const seasonal = Number(month.slice(5, 7)) >= 10 ? 1.4 : 1;
      spend.push({ brand_id: brandId, month, channel, currency: 'EUR', amount_minor_units: Math.round(euroCents * seasonal), updated_at: updatedAt });
    }
  }
  await db.insertInto('acquisition_spend').values(spend).execute();
  // The clients' values on their summaries, now that their amounts and rates are there.
  const people = new Set(sales.flatMap((sale) => [sale.owner_id, sale.buyer_id]));
  const holders = await db.selectFrom('client_summaries').select('owner_id').where('brand_id', '=', brandId).execute();
  for (const holder of holders) people.add(holder.owner_id);
  await refreshClientSummaries(db, brandId, [...people]);
}
