/**
 * The brand's settings for its network: how long a piece may sit in a retailer's stock before the
 * brand's alert lists it, how long a retailer may void a sale registered by mistake, after how many
 * days the concierge's untouched drafts go out, and the blackout window after an owner last heard
 * from the brand, and the currency of its money figures (the rates and spend are
 * money-settings.ts, beside it for admins). Brand staff read them; admins change them (`canChange`). Only the settings the admin edited are sent,
 * so two admins changing different settings at once do not undo each other.
 *
 * While every client's value is recomputed in the background (after a change of currency, or of
 * rates touching many clients), the page says so with a progress bar — clients done of the total,
 * read again every `recomputationRefreshMs` until the server says it is done, then that it is.
 * The settings themselves are not reloaded for it, so a form being typed in stays as it is.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/progress-bar/progress-bar.js';
import { agedStockMaxDays, careReminderBlackoutMaxDays, careReminderSendAfterMaxDays, saleVoidWindowMaxHours } from '@atelier/client/contract';
import type { BrandSettings, BrandSettingsUpdate, ClientValuesRecomputation, Locale } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { clientValuesChangedEvent } from '../shared/events.ts';
import { renderLoad } from '../shared/loads.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import { renderTextField } from '../shared/text-field.ts';
import type { BrandSettingsClient } from './brand-settings-client.ts';

type SettingName = Exclude<keyof BrandSettings, 'clientValuesRecomputation'>;

/** How often the page asks how far a running recomputation has got: the server's own step interval (client-value-recomputation.ts). */
export const recomputationRefreshMs = 5_000;

/** A whole number as typed; an emptied field is sent as no number, so the contract names the field. */
function typedNumber(typed: string): number {
  return typed.trim() === '' ? Number.NaN : Number(typed);
}

export class ConsoleBrandSettings extends LitElement {
  static override styles = [
    pageStyles,
    css`
      dl {
        display: grid;
        gap: var(--wa-space-xs);
        margin: 0;
      }
      dd {
        margin: 0 0 var(--wa-space-s);
        font-weight: var(--wa-font-weight-bold, 600);
      }
      .recomputation wa-progress-bar {
        max-width: 32rem;
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    canChange: { type: Boolean, attribute: 'can-change' },
    messages: { attribute: false },
    locale: { attribute: false },
    recomputationRefreshMs: { attribute: false },
    typed: { state: true },
    notice: { state: true },
    recomputation: { state: true },
    recomputedIn: { state: true },
  };

  declare client: BrandSettingsClient;
  /** A brand admin: the settings are a form; other staff see them read-only. */
  declare canChange: boolean;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  /** The settings as typed, by name; a setting not typed keeps the stored value. */
  declare private typed: Partial<Record<SettingName, string>>;
  declare private notice: string | undefined;
  /** How often a running recomputation's progress is read again (shortened by the tests). */
  declare recomputationRefreshMs: number;
  /** The running recomputation of the clients' values, as last read; undefined when none runs. */
  declare private recomputation: ClientValuesRecomputation | undefined;
  /** The currency a recomputation this page followed has just finished in. */
  declare private recomputedIn: string | undefined;

  readonly #saving = new SubmissionController(this, () => this.messages);
  readonly #settings = new Task(this, {
    task: ([client], { signal }) => (client as BrandSettingsClient).settings({ signal }),
    args: () => [this.client],
    onComplete: (settings) => this.#follow(settings.clientValuesRecomputation),
  });
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  #refreshing: AbortController | undefined;
  readonly #onClientValuesChanged = () => void this.#refreshRecomputation();

  constructor() {
    super();
    this.canChange = false;
    this.messages = englishMessages;
    this.locale = 'en';
    this.recomputationRefreshMs = recomputationRefreshMs;
    this.typed = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The money settings beside this page announce a change of rates, which may start a recomputation.
    window.addEventListener(clientValuesChangedEvent, this.#onClientValuesChanged);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(clientValuesChangedEvent, this.#onClientValuesChanged);
    clearTimeout(this.#refreshTimer);
    this.#refreshing?.abort();
  }

  /** Shows `next` (the recomputation as just read), says when one it showed has ended, and reads again while one runs. */
  #follow(next: ClientValuesRecomputation | undefined): void {
    if (next === undefined && this.recomputation !== undefined) this.recomputedIn = this.recomputation.reportingCurrency;
    if (next !== undefined) this.recomputedIn = undefined;
    this.recomputation = next;
    clearTimeout(this.#refreshTimer);
    if (next !== undefined && this.isConnected) this.#refreshTimer = setTimeout(() => void this.#refreshRecomputation(), this.recomputationRefreshMs);
  }

  /** Reads the settings again for the recomputation's progress only; a failed read tries again at the next interval. */
  async #refreshRecomputation(): Promise<void> {
    this.#refreshing?.abort();
    const refreshing = new AbortController();
    this.#refreshing = refreshing;
    try {
      const settings = await this.client.settings({ signal: refreshing.signal });
      if (!refreshing.signal.aborted) this.#follow(settings.clientValuesRecomputation);
    } catch {
      if (!refreshing.signal.aborted) this.#follow(this.recomputation);
    }
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.notice = undefined;
    const update: BrandSettingsUpdate = {};
    if (this.typed.agedStockDays !== undefined) update.agedStockDays = typedNumber(this.typed.agedStockDays);
    if (this.typed.saleVoidWindowHours !== undefined) update.saleVoidWindowHours = typedNumber(this.typed.saleVoidWindowHours);
    if (this.typed.careReminderSendAfterDays !== undefined) update.careReminderSendAfterDays = typedNumber(this.typed.careReminderSendAfterDays);
    if (this.typed.careReminderBlackoutDays !== undefined) update.careReminderBlackoutDays = typedNumber(this.typed.careReminderBlackoutDays);
    if (this.typed.reportingCurrency !== undefined) update.reportingCurrency = this.typed.reportingCurrency.trim().toUpperCase();
    const outcome = await this.#saving.submit((options) => this.client.update(update, options));
    if (!outcome.ok) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.field-error, wa-callout[variant="danger"]')?.focus();
      return;
    }
    this.typed = {};
    this.#settings.run();
    this.notice = this.messages.brandSettings.saved;
  }

  override render() {
    const words = this.messages.brandSettings;
    return html`<h1 tabindex="-1">${words.title}</h1>
      <p class="intro">${words.intro}</p>
      <p role="status" class="notice">${this.notice ?? nothing}</p>
      ${this.#renderRecomputation()}
      ${renderLoad(this, this.#settings, this.messages, (settings) => (this.canChange ? this.#renderForm(settings) : this.#renderReadOnly(settings)))}`;
  }

  /**
   * The status line is a live region from the first render, so its appearing and its end are
   * announced; the count under the bar changes every few seconds and is not, the bar's value says it.
   */
  #renderRecomputation() {
    const words = this.messages.brandSettings;
    const running = this.recomputation;
    const status = running
      ? words.recomputing(running.reportingCurrency, this.messages.common.dateTime(running.since, this.locale))
      : this.recomputedIn !== undefined
        ? words.recomputed(this.recomputedIn)
        : undefined;
    const percent = running && running.clientsTotal > 0 ? Math.floor((running.clientsDone * 100) / running.clientsTotal) : 0;
    return html`<div class="recomputation">
      <p role="status">${status ?? nothing}</p>
      ${running
        ? html`<wa-progress-bar value=${percent} label=${words.recomputationProgress}></wa-progress-bar>
            <p>${words.clientsRecomputed(running.clientsDone, running.clientsTotal)}</p>`
        : nothing}
    </div>`;
  }

  #renderReadOnly(settings: BrandSettings) {
    const words = this.messages.brandSettings;
    return html`<dl>
        <dt>${words.agedStockLabel}</dt>
        <dd>${words.days(settings.agedStockDays)}</dd>
        <dt>${words.voidWindowLabel}</dt>
        <dd>${settings.saleVoidWindowHours === 0 ? words.voidWindowClosed : words.hours(settings.saleVoidWindowHours)}</dd>
        <dt>${words.sendAfterLabel}</dt>
        <dd>${words.days(settings.careReminderSendAfterDays)}</dd>
        <dt>${words.blackoutLabel}</dt>
        <dd>${settings.careReminderBlackoutDays === 0 ? words.noBlackout : words.days(settings.careReminderBlackoutDays)}</dd>
        <dt>${words.reportingCurrencyLabel}</dt>
        <dd>${settings.reportingCurrency}</dd>
      </dl>
      <p>${words.readOnly}</p>`;
  }

  #renderForm(settings: BrandSettings) {
    const words = this.messages.brandSettings;
    const request = this.#saving;
    const field = (name: Exclude<SettingName, 'reportingCurrency'>, label: string, hint: string, min: number, max: number) =>
      renderTextField({
        name,
        label,
        hint,
        type: 'number',
        inputmode: 'numeric',
        min,
        max,
        error: request.fieldError(name),
        value: this.typed[name] ?? String(settings[name]),
        onInput: (value) => {
          this.typed = { ...this.typed, [name]: value };
        },
      });
    return html`<form novalidate @submit=${(event: SubmitEvent) => void this.#save(event)}>
      ${request.errorMessage ? html`<wa-callout variant="danger" role="alert" tabindex="-1">${request.errorMessage}</wa-callout>` : nothing}
      ${field('agedStockDays', words.agedStockLabel, words.agedStockHint(agedStockMaxDays), 1, agedStockMaxDays)}
      ${field('saleVoidWindowHours', words.voidWindowLabel, words.voidWindowHint(saleVoidWindowMaxHours), 0, saleVoidWindowMaxHours)}
      ${field('careReminderSendAfterDays', words.sendAfterLabel, words.sendAfterHint(careReminderSendAfterMaxDays), 0, careReminderSendAfterMaxDays)}
      ${field('careReminderBlackoutDays', words.blackoutLabel, words.blackoutHint(careReminderBlackoutMaxDays), 0, careReminderBlackoutMaxDays)}
      ${renderTextField({
        name: 'reportingCurrency',
        label: words.reportingCurrencyLabel,
        hint: words.reportingCurrencyHint,
        error: request.fieldError('reportingCurrency'),
        value: this.typed.reportingCurrency ?? settings.reportingCurrency,
        onInput: (value) => {
          this.typed = { ...this.typed, reportingCurrency: value };
        },
      })}
      <div class="actions">
        <wa-button type="submit" variant="brand" ?loading=${request.pending}>${this.messages.common.save}</wa-button>
      </div>
    </form>`;
  }
}

customElements.define('console-brand-settings', ConsoleBrandSettings);

declare global {
  interface HTMLElementTagNameMap {
    'console-brand-settings': ConsoleBrandSettings;
  }
}
