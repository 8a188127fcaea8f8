/**
 * <console-sale-form>: a sale registered at the counter — the piece (typed or scanned), the day,
 * the buyer's contact, language and consents, and the gift's recipient. Sent through the
 * contract's `registerSale` (checked against its schema before it leaves), its field errors shown
 * under their inputs; what was typed stays on any failure, and "send again" after a lost answer
 * reuses the idempotency key, so the sale cannot be registered twice. Fires `console-sale-registered`.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/checkbox/checkbox.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import type WaCheckbox from '@awesome.me/webawesome/dist/components/checkbox/checkbox.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import type { Locale, Received, SaleRegistration, SaleResponse } from '@atelier/client/contract';
import { css, html, LitElement, nothing } from 'lit';
import '../desk/serial-field.ts';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { localeNames } from '../locales/locale-names.ts';
import { countriesIn } from '../shared/countries.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import { renderTextField, type TextFieldOptions } from '../shared/text-field.ts';
import type { SalesClient } from './sales-client.ts';

export const saleRegisteredEvent = 'console-sale-registered';

interface SaleDraft {
  serial: string;
  purchaseDate: string;
  name: string;
  email: string;
  country: string;
  language: Locale | '';
  service: boolean;
  marketing: boolean;
  gift: boolean;
  recipientName: string;
  recipientEmail: string;
  recipientLanguage: Locale | '';
}

/** The counter's calendar day, where the sale happens (the server allows a day ahead of UTC). */
function localToday(now = new Date()): string {
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;
}

function emptyDraft(serial: string, language: Locale): SaleDraft {
  return {
    serial,
    purchaseDate: localToday(),
    name: '',
    email: '',
    country: '',
    language,
    service: false,
    marketing: false,
    gift: false,
    recipientName: '',
    recipientEmail: '',
    recipientLanguage: '',
  };
}

/** The request as the contract takes it; the contract's schema (in the client) checks it before sending. */
function saleOf(draft: SaleDraft, retailerId: string): SaleRegistration {
  return {
    serial: draft.serial,
    retailerId,
    purchaseDate: draft.purchaseDate,
    buyer: { name: draft.name, email: draft.email, country: draft.country, language: draft.language as Locale },
    ...(draft.gift
      ? { gift: { recipientName: draft.recipientName, recipientEmail: draft.recipientEmail, ...(draft.recipientLanguage ? { recipientLanguage: draft.recipientLanguage } : {}) } }
      : {}),
    // Nothing ticked is nothing said: an earlier choice of the buyer's stands (the contract's "absent").
    ...(draft.service || draft.marketing ? { consents: { service: draft.service, marketing: draft.marketing } } : {}),
  };
}

export class ConsoleSaleForm extends LitElement {
  static override styles = [
    pageStyles,
    css`
      fieldset p {
        margin: 0;
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    retailerId: {},
    serial: {},
    messages: { attribute: false },
    locale: { attribute: false },
    draft: { state: true },
    registered: { state: true },
  };

  declare client: SalesClient;
  /** The viewer's own retailer: the sale is theirs. */
  declare retailerId: string;
  /** A serial to start with (the stock page's "Register the sale"). */
  declare serial: string;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  declare private draft: SaleDraft | undefined;
  declare private registered: { serial: string; response: Received<SaleResponse> } | undefined;

  readonly #registering = new SubmissionController(this, () => this.messages);

  constructor() {
    super();
    this.retailerId = '';
    this.serial = '';
    this.messages = englishMessages;
    this.locale = 'en';
    this.draft = undefined;
    this.registered = undefined;
  }

  get #draft(): SaleDraft {
    return this.draft ?? emptyDraft(this.serial, this.locale);
  }

  #edit(change: Partial<SaleDraft>): void {
    this.draft = { ...this.#draft, ...change };
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const draft = this.#draft;
    const outcome = await this.#registering.submit((options) => this.client.register(saleOf(draft, this.retailerId), options));
    if (!outcome.ok) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.field-error, console-serial-field[error]')?.focus());
      return;
    }
    this.registered = { serial: outcome.value.warranty.serial, response: outcome.value };
    this.draft = undefined;
    this.serial = '';
    this.dispatchEvent(new Event(saleRegisteredEvent, { bubbles: true, composed: true }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.registered')?.focus());
  }

  override render() {
    return this.registered ? this.#renderRegistered(this.registered) : this.#renderForm();
  }

  #renderRegistered({ serial, response }: { serial: string; response: Received<SaleResponse> }) {
    const words = this.messages.sales;
    return html`<wa-callout class="registered" variant="success" role="status" tabindex="-1">
        <strong>${words.registeredTitle}</strong><br />${words.registered(serial, response.confirmationSentTo)}
      </wa-callout>
      <div class="actions">
        <wa-button
          @click=${() => {
            this.registered = undefined;
          }}
          >${words.registerAnother}</wa-button
        >
      </div>`;
  }

  #text(name: keyof SaleDraft, path: string, label: string, options: Pick<TextFieldOptions, 'type' | 'autocomplete' | 'hint'> = {}) {
    return renderTextField({
      name: path,
      label,
      value: String(this.#draft[name]),
      error: this.#registering.fieldError(path),
      hint: options.hint,
      type: options.type,
      autocomplete: options.autocomplete,
      onInput: (value) => this.#edit({ [name]: value }),
    });
  }

  #languageSelect(name: 'language' | 'recipientLanguage', path: string, label: string, required: boolean) {
    const error = this.#registering.fieldError(path);
    return html`<wa-select
      name=${path}
      label=${label}
      ?required=${required}
      ?with-clear=${!required}
      class=${error ? 'field-error' : ''}
      hint=${error ?? ''}
      .value=${this.#draft[name]}
      @change=${(event: Event) => this.#edit({ [name]: String((event.target as WaSelect).value ?? '') })}
    >
      ${Object.entries(localeNames).map(([code, name]) => html`<wa-option value=${code} lang=${code}>${name}</wa-option>`)}
    </wa-select>`;
  }

  #renderForm() {
    const words = this.messages.sales;
    const request = this.#registering;
    const draft = this.#draft;
    const countryError = request.fieldError('buyer.country');
    return html`<form novalidate @submit=${(event: SubmitEvent) => void this.#submit(event)}>
      ${request.errorMessage ? html`<wa-callout variant="danger" role="alert">${request.errorMessage}</wa-callout>` : nothing}
      <console-serial-field
        required
        .messages=${this.messages}
        .value=${draft.serial}
        error=${request.fieldError('serial') ?? nothing}
        @input=${(event: Event) => this.#edit({ serial: (event.currentTarget as HTMLElementTagNameMap['console-serial-field']).value })}
      ></console-serial-field>
      ${this.#text('purchaseDate', 'purchaseDate', words.purchaseDateLabel, { type: 'date' })}
      <fieldset>
        <legend>${words.buyerTitle}</legend>
        ${this.#text('name', 'buyer.name', words.nameLabel)} ${this.#text('email', 'buyer.email', words.emailLabel, { type: 'email', hint: words.emailHint })}
        <wa-select
          name="buyer.country"
          required
          label=${words.countryLabel}
          placeholder=${words.countryPlaceholder}
          class=${countryError ? 'field-error' : ''}
          hint=${countryError ?? ''}
          .value=${draft.country}
          @change=${(event: Event) => this.#edit({ country: String((event.target as WaSelect).value ?? '') })}
        >
          ${countriesIn(this.locale).map((country) => html`<wa-option value=${country.code}>${country.name}</wa-option>`)}
        </wa-select>
        ${this.#languageSelect('language', 'buyer.language', words.languageLabel, true)}
      </fieldset>
      <fieldset>
        <legend>${words.consentsTitle}</legend>
        <p class="quiet" id="consents-hint">${words.consentsHint}</p>
        <wa-checkbox name="consents.service" aria-describedby="consents-hint" .checked=${draft.service} @change=${(event: Event) => this.#edit({ service: (event.target as WaCheckbox).checked })}
          >${words.serviceConsent}</wa-checkbox
        >
        <wa-checkbox name="consents.marketing" .checked=${draft.marketing} @change=${(event: Event) => this.#edit({ marketing: (event.target as WaCheckbox).checked })}
          >${words.marketingConsent}</wa-checkbox
        >
      </fieldset>
      <wa-checkbox name="gift" .checked=${draft.gift} @change=${(event: Event) => this.#edit({ gift: (event.target as WaCheckbox).checked })}>${words.giftLabel}</wa-checkbox>
      ${draft.gift
        ? html`<fieldset>
            <legend>${words.recipientTitle}</legend>
            <p class="quiet">${words.recipientHint}</p>
            ${this.#text('recipientName', 'gift.recipientName', words.recipientNameLabel)}
            ${this.#text('recipientEmail', 'gift.recipientEmail', words.recipientEmailLabel, { type: 'email' })}
            ${this.#languageSelect('recipientLanguage', 'gift.recipientLanguage', `${words.recipientLanguageLabel} ${this.messages.common.optional}`, false)}
          </fieldset>`
        : nothing}
      <div class="actions">
        <wa-button type="submit" variant="brand" ?loading=${request.pending}>${request.pending ? words.submitting : words.submit}</wa-button>
      </div>
    </form>`;
  }
}

customElements.define('console-sale-form', ConsoleSaleForm);

declare global {
  interface HTMLElementTagNameMap {
    'console-sale-form': ConsoleSaleForm;
  }
}
