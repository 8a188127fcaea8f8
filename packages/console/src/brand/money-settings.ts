/**
 * The brand's money settings, for its admins, under the brand settings: the exchange rates into
 * the reporting currency, entered for a range of months at once (each month keeps its own rate,
 * and a month without one is never guessed: figures say it is missing), and what the brand spent
 * to win clients each month, brand-led or retailer-assisted. Each list is a table with a Remove
 * button per row, named for screen readers by the row it removes.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import type { CallFunction, CallOptions } from '@atelier/client';
import {
  acquisitionChannels,
  deleteAcquisitionSpend,
  deleteExchangeRate,
  listAcquisitionSpend,
  listExchangeRates,
  putAcquisitionSpend,
  setExchangeRates,
} from '@atelier/client/contract';
import type { AcquisitionChannel, AcquisitionSpendList, ExchangeRateList, ExchangeRatesInput, Locale, Money, Received } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { buttonName } from '../shared/button-name.ts';
import { renderDataTable } from '../shared/data-table.ts';
import { clientValuesChanged } from '../shared/events.ts';
import { renderLoad } from '../shared/loads.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import { renderTextField } from '../shared/text-field.ts';

export interface MoneySettingsClient {
  rates(options?: CallOptions): Promise<Received<ExchangeRateList>>;
  setRates(input: ExchangeRatesInput, options?: CallOptions): Promise<unknown>;
  deleteRate(currency: string, month: string, options?: CallOptions): Promise<unknown>;
  spend(options?: CallOptions): Promise<Received<AcquisitionSpendList>>;
  putSpend(month: string, channel: AcquisitionChannel, amount: Money, options?: CallOptions): Promise<unknown>;
  deleteSpend(month: string, channel: AcquisitionChannel, options?: CallOptions): Promise<unknown>;
}

export function createMoneySettingsClient(call: CallFunction): MoneySettingsClient {
  return {
    rates: (options) => call(listExchangeRates, {}, options),
    setRates: (input, options) => call(setExchangeRates, { body: input }, options),
    deleteRate: (currency, month, options) => call(deleteExchangeRate, { params: { currency, month } }, options),
    spend: (options) => call(listAcquisitionSpend, {}, options),
    putSpend: (month, channel, amount, options) => call(putAcquisitionSpend, { params: { month, channel }, body: { amount } }, options),
    deleteSpend: (month, channel, options) => call(deleteAcquisitionSpend, { params: { month, channel } }, options),
  };
}

/** Digits of a currency's minor unit, as `Intl` knows ISO 4217 (2 for EUR, 0 for JPY); 2 for a code it does not know. */
function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** An amount as typed ("45 000,50" or "45000.5") in minor units of `currency`; NaN when it is not a number, so the contract names the field. */
export function typedMinorUnits(typed: string, currency: string): number {
  const text = typed.replace(/[\s\u00a0\u202f']/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return Number.NaN;
  return Math.round(Number(text) * 10 ** minorDigits(currency));
}

interface RateForm {
  currency: string;
  fromMonth: string;
  toMonth: string;
  rate: string;
}

interface SpendForm {
  month: string;
  channel: AcquisitionChannel;
  currency: string;
  amount: string;
}

export class ConsoleMoneySettings extends LitElement {
  static override styles = [pageStyles];

  static override properties = {
    client: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    reportingCurrency: { attribute: false },
    rateForm: { state: true },
    spendForm: { state: true },
    notice: { state: true },
  };

  declare client: MoneySettingsClient;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  declare private rateForm: RateForm;
  declare private spendForm: SpendForm;
  declare private notice: string | undefined;

  readonly #savingRates = new SubmissionController(this, () => this.messages);
  readonly #savingSpend = new SubmissionController(this, () => this.messages);
  readonly #removing = new SubmissionController(this, () => this.messages);
  readonly #rates = new Task(this, { task: ([client], { signal }) => (client as MoneySettingsClient).rates({ signal }), args: () => [this.client] });
  readonly #spend = new Task(this, { task: ([client], { signal }) => (client as MoneySettingsClient).spend({ signal }), args: () => [this.client] });

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.rateForm = { currency: '', fromMonth: '', toMonth: '', rate: '' };
    this.spendForm = { month: '', channel: 'brand_led', currency: '', amount: '' };
  }

  #money(amount: { currency: string; amountMinorUnits: number }): string {
    const digits = minorDigits(amount.currency);
    return new Intl.NumberFormat(this.locale, { style: 'currency', currency: amount.currency }).format(amount.amountMinorUnits / 10 ** digits);
  }

  async #focusProblem(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.field-error, wa-callout[variant="danger"]')?.focus();
  }

  async #saveRates(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.notice = undefined;
    const form = this.rateForm;
    const input: ExchangeRatesInput = { currency: form.currency.trim().toUpperCase(), fromMonth: form.fromMonth, toMonth: form.toMonth || form.fromMonth, rate: form.rate.trim().replace(',', '.') };
    const outcome = await this.#savingRates.submit((options) => this.client.setRates(input, options));
    if (!outcome.ok) return this.#focusProblem();
    this.rateForm = { currency: input.currency, fromMonth: '', toMonth: '', rate: '' };
    this.#rates.run();
    this.notice = this.messages.moneySettings.ratesSaved;
    // Rates touching many clients are applied to their values in the background: the page shows its progress.
    this.dispatchEvent(clientValuesChanged());
  }

  async #saveSpend(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.notice = undefined;
    const form = this.spendForm;
    const currency = form.currency.trim().toUpperCase();
    const amount = { currency, amountMinorUnits: typedMinorUnits(form.amount, currency) };
    const outcome = await this.#savingSpend.submit((options) => this.client.putSpend(form.month, form.channel, amount, options));
    if (!outcome.ok) return this.#focusProblem();
    this.spendForm = { ...form, month: '', amount: '' };
    this.#spend.run();
    this.notice = this.messages.moneySettings.spendSaved;
  }

  async #remove(send: (options: CallOptions) => Promise<unknown>, reload: Task<readonly unknown[], unknown>, done: string): Promise<void> {
    this.notice = undefined;
    const outcome = await this.#removing.submit(send);
    if (!outcome.ok) return this.#focusProblem();
    reload.run();
    this.notice = done;
    if (reload === this.#rates) this.dispatchEvent(clientValuesChanged());
  }

  override render() {
    const words = this.messages.moneySettings;
    return html`<section aria-labelledby="money-title">
      <h2 id="money-title">${words.title}</h2>
      <p class="intro">${words.intro}</p>
      <p role="status" class="notice">${this.notice ?? nothing}</p>
      ${this.#removing.errorMessage ? html`<wa-callout variant="danger" role="alert" tabindex="-1">${this.#removing.errorMessage}</wa-callout>` : nothing}
      <h3 id="rates-title">${words.ratesTitle}</h3>
      ${renderLoad(this, this.#rates, this.messages, (list) => this.#renderRates(list))}
      <h3 id="spend-title">${words.spendTitle}</h3>
      ${renderLoad(this, this.#spend, this.messages, (list) => this.#renderSpend(list))}
    </section>`;
  }

  #renderRates(list: Received<ExchangeRateList>) {
    const words = this.messages.moneySettings;
    const request = this.#savingRates;
    const form = this.rateForm;
    const edit = (change: Partial<RateForm>) => {
      this.rateForm = { ...this.rateForm, ...change };
    };
    return html`<p>${words.ratesHint(list.reportingCurrency)}</p>
      ${list.rates.length === 0
        ? html`<p>${words.noRates}</p>`
        : renderDataTable({
            labelledBy: 'rates-title',
            columns: [words.month, words.currency, words.rate(list.reportingCurrency), html`<span class="visually-hidden">${words.actions}</span>`],
            rows: list.rates.map(
              (rate) =>
                html`<tr>
                  <td>${rate.month}</td>
                  <td>${rate.currency}</td>
                  <td>${rate.rate}</td>
                  <td>
                    <wa-button size="s" appearance="plain" variant="danger" @click=${() => void this.#remove((options) => this.client.deleteRate(rate.currency, rate.month, options), this.#rates, words.rateRemoved)}
                      >${buttonName(words.remove, words.removeRate(rate.currency, rate.month))}</wa-button
                    >
                  </td>
                </tr>`,
            ),
          })}
      <form class="rates" novalidate @submit=${(event: SubmitEvent) => void this.#saveRates(event)}>
        ${request.errorMessage ? html`<wa-callout variant="danger" role="alert" tabindex="-1">${request.errorMessage}</wa-callout>` : nothing}
        ${renderTextField({ name: 'currency', label: words.currency, hint: words.currencyHint, value: form.currency, error: request.fieldError('currency'), onInput: (currency) => edit({ currency }) })}
        ${renderTextField({ name: 'fromMonth', label: words.fromMonth, hint: 'YYYY-MM', value: form.fromMonth, error: request.fieldError('fromMonth'), onInput: (fromMonth) => edit({ fromMonth }) })}
        ${renderTextField({ name: 'toMonth', label: words.toMonth, hint: words.toMonthHint, required: false, value: form.toMonth, error: request.fieldError('toMonth'), onInput: (toMonth) => edit({ toMonth }) })}
        ${renderTextField({ name: 'rate', label: words.rate(list.reportingCurrency), hint: words.rateHint(list.reportingCurrency), inputmode: 'decimal', value: form.rate, error: request.fieldError('rate'), onInput: (rate) => edit({ rate }) })}
        <div class="actions">
          <wa-button type="submit" variant="brand" ?loading=${request.pending}>${words.saveRates}</wa-button>
        </div>
      </form>`;
  }

  #renderSpend(list: Received<AcquisitionSpendList>) {
    const words = this.messages.moneySettings;
    const request = this.#savingSpend;
    const form = this.spendForm;
    const edit = (change: Partial<SpendForm>) => {
      this.spendForm = { ...this.spendForm, ...change };
    };
    const channelWords = (channel: string) => words.channels[channel as AcquisitionChannel] ?? channel;
    return html`<p>${words.spendHint}</p>
      ${list.spend.length === 0
        ? html`<p>${words.noSpend}</p>`
        : renderDataTable({
            labelledBy: 'spend-title',
            columns: [words.month, words.channel, words.amount, html`<span class="visually-hidden">${words.actions}</span>`],
            rows: list.spend.map(
              (entry) =>
                html`<tr>
                  <td>${entry.month}</td>
                  <td>${channelWords(entry.channel)}</td>
                  <td>${this.#money(entry.amount)}</td>
                  <td>
                    <wa-button
                      size="s"
                      appearance="plain"
                      variant="danger"
                      @click=${() => void this.#remove((options) => this.client.deleteSpend(entry.month, entry.channel as AcquisitionChannel, options), this.#spend, words.spendRemoved)}
                      >${buttonName(words.remove, words.removeSpend(channelWords(entry.channel), entry.month))}</wa-button
                    >
                  </td>
                </tr>`,
            ),
          })}
      <form class="spend" novalidate @submit=${(event: SubmitEvent) => void this.#saveSpend(event)}>
        ${request.errorMessage ? html`<wa-callout variant="danger" role="alert" tabindex="-1">${request.errorMessage}</wa-callout>` : nothing}
        ${renderTextField({ name: 'month', label: words.month, hint: 'YYYY-MM', value: form.month, error: request.fieldError('month'), onInput: (month) => edit({ month }) })}
        <wa-select name="channel" label=${words.channel} .value=${form.channel} @change=${(event: Event) => edit({ channel: (event.target as WaSelect).value as AcquisitionChannel })}>
          ${acquisitionChannels.map((channel) => html`<wa-option value=${channel}>${words.channels[channel]}</wa-option>`)}
        </wa-select>
        ${renderTextField({ name: 'amount.currency', label: words.currency, hint: words.currencyHint, value: form.currency, error: request.fieldError('amount.currency'), onInput: (currency) => edit({ currency }) })}
        ${renderTextField({ name: 'amount.amountMinorUnits', label: words.amount, hint: words.amountHint, inputmode: 'decimal', value: form.amount, error: request.fieldError('amount.amountMinorUnits'), onInput: (amount) => edit({ amount }) })}
        <div class="actions">
          <wa-button type="submit" variant="brand" ?loading=${request.pending}>${words.saveSpend}</wa-button>
        </div>
      </form>`;
  }
}

customElements.define('console-money-settings', ConsoleMoneySettings);

declare global {
  interface HTMLElementTagNameMap {
    'console-money-settings': ConsoleMoneySettings;
  }
}
