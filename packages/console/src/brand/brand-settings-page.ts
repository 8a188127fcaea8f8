/**
 * The brand's settings for its network: how long a piece may sit in a retailer's stock before the
 * brand's alert lists it, how long a retailer may void a sale registered by mistake, after how many
 * days the concierge's untouched drafts go out, and the blackout window after an owner last heard
 * from the brand, and the currency of its money figures (the rates and spend are
 * money-settings.ts, beside it for admins). Brand staff read them; admins change them (`canChange`). Only the settings the admin edited are sent,
 * so two admins changing different settings at once do not undo each other.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import { agedStockMaxDays, careReminderBlackoutMaxDays, careReminderSendAfterMaxDays, saleVoidWindowMaxHours } from '@atelier/client/contract';
import type { BrandSettings, BrandSettingsUpdate, Locale } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { renderLoad } from '../shared/loads.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import { renderTextField } from '../shared/text-field.ts';
import type { BrandSettingsClient } from './brand-settings-client.ts';

type SettingName = keyof BrandSettings;

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
    `,
  ];

  static override properties = {
    client: { attribute: false },
    canChange: { type: Boolean, attribute: 'can-change' },
    messages: { attribute: false },
    locale: { attribute: false },
    typed: { state: true },
    notice: { state: true },
  };

  declare client: BrandSettingsClient;
  /** A brand admin: the settings are a form; other staff see them read-only. */
  declare canChange: boolean;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  /** The settings as typed, by name; a setting not typed keeps the stored value. */
  declare private typed: Partial<Record<SettingName, string>>;
  declare private notice: string | undefined;

  readonly #saving = new SubmissionController(this, () => this.messages);
  readonly #settings = new Task(this, {
    task: ([client], { signal }) => (client as BrandSettingsClient).settings({ signal }),
    args: () => [this.client],
  });

  constructor() {
    super();
    this.canChange = false;
    this.messages = englishMessages;
    this.locale = 'en';
    this.typed = {};
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
      ${renderLoad(this, this.#settings, this.messages, (settings) => (this.canChange ? this.#renderForm(settings) : this.#renderReadOnly(settings)))}`;
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
