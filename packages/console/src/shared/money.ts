/**
 * Money as the console shows it: amounts in minor units of a currency (ISO 4217's digits: 2 for
 * EUR, none for JPY, 3 for BHD) in the reader's writing, and what every money figure says about
 * its currency — in which currency it is, converted at the brand's rate for each amount's month,
 * which rates it lacked (the amounts in those left out, never converted at a guess), and whether
 * the clients' values are still being recomputed after a change of reporting currency. The
 * Figures page and a client's page say it in the same words.
 */
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import type { CurrencyBasis, Received } from '@atelier/client/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { ConsoleMessages } from '../locales/en.ts';

/** A month (`YYYY-MM`) in the reader's language. */
export function formatMonth(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** Amounts in minor units of `currency` as the reader writes them, and in units for a chart. */
export function moneyFormat(currency: string, locale: string) {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const divisor = 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2);
  return { format: (minorUnits: number) => format.format(minorUnits / divisor), inUnits: (minorUnits: number) => minorUnits / divisor };
}

/** The currency, the brand's monthly rates, and a warning naming each missing rate. */
export function renderCurrencyBasis(basis: Received<CurrencyBasis>, messages: ConsoleMessages, locale: string): TemplateResult {
  const words = messages.insightFigures;
  const missing = basis.missingRates.map((rate) => words.missingRate(rate.currency, formatMonth(rate.month, locale)));
  return html`<p class="currency-basis">${words.converted(basis.reportingCurrency)}</p>
    ${renderRecomputing(basis, messages, locale)}
    ${missing.length === 0
      ? nothing
      : html`<wa-callout variant="warning">${words.missingRates(missing.join(', '), basis.amountsLeftOut)}</wa-callout>`}`;
}

/** While the clients' values are recomputed after a change of reporting currency, the figures read from them say so. */
export function renderRecomputing(basis: Received<CurrencyBasis>, messages: ConsoleMessages, locale: string): TemplateResult | typeof nothing {
  if (!basis.recomputingSince) return nothing;
  const since = messages.common.dateTime(basis.recomputingSince, locale);
  return html`<wa-callout variant="warning" class="recomputing">${messages.insightFigures.recomputing(basis.reportingCurrency, since)}</wa-callout>`;
}
