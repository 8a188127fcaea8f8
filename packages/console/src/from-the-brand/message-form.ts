/**
 * <console-brand-message-form>: writes or rewrites a draft invitation (`kind="invitation"`: texts,
 * place, start in its time zone, seats, audience) or news item (`kind="news"`: texts, link,
 * audience). The default language's texts come first, open; the other six languages are optional,
 * each folded in its own disclosure. Fires `console-saved` once the draft is stored; a refused
 * field is said under it, in the reader's language, with everything typed kept.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import '@awesome.me/webawesome/dist/components/textarea/textarea.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import type WaTextarea from '@awesome.me/webawesome/dist/components/textarea/textarea.js';
import { builtInSegmentNames, supportedLocales } from '@atelier/client/contract';
import type { Locale } from '@atelier/client/contract';
import { css, html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { localeNames } from '../locales/locale-names.ts';
import { countriesIn } from '../shared/countries.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import { renderTextField } from '../shared/text-field.ts';
import type { FromTheBrandClient } from './from-the-brand-client.ts';
import { emptyDraft, invitationInputOf, newsInputOf, type MessageDraft, type TextDraft } from './message-draft.ts';

export const savedEvent = 'console-saved';
export const cancelledEvent = 'console-cancelled';

export class ConsoleBrandMessageForm extends LitElement {
  static override styles = [
    pageStyles,
    css`
      details {
        border: 1px solid var(--wa-color-surface-border);
        border-radius: var(--wa-border-radius-m);
        padding: var(--wa-space-s) var(--wa-space-m);
      }
      details[open] {
        display: grid;
        gap: var(--wa-space-m);
      }
      summary {
        cursor: pointer;
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    kind: {},
    existingId: { attribute: 'existing-id' },
    defaultLanguage: { attribute: 'default-language' },
    messages: { attribute: false },
    locale: { attribute: false },
    draft: { attribute: false },
  };

  declare client: FromTheBrandClient;
  declare kind: 'invitation' | 'news';
  /** The draft rewritten; none: a new one. */
  declare existingId: string | undefined;
  /** The language the texts must be written in at least (the brand's default). */
  declare defaultLanguage: Locale;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  declare draft: MessageDraft;

  readonly #saving = new SubmissionController(this, () => this.messages);

  constructor() {
    super();
    this.kind = 'invitation';
    this.existingId = undefined;
    this.defaultLanguage = 'en';
    this.messages = englishMessages;
    this.locale = 'en';
    this.draft = emptyDraft();
  }

  #edit(change: Partial<MessageDraft>): void {
    this.draft = { ...this.draft, ...change };
  }

  #editText(locale: Locale, change: Partial<TextDraft>): void {
    this.#edit({ texts: { ...this.draft.texts, [locale]: { ...this.draft.texts[locale], ...change } } });
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { client, existingId } = this;
    const outcome =
      this.kind === 'invitation'
        ? await this.#saving.submit((options) => {
            const input = invitationInputOf(this.draft);
            return existingId ? client.updateInvitation(existingId, input, options) : client.createInvitation(input, options);
          })
        : await this.#saving.submit((options) => {
            const input = newsInputOf(this.draft);
            return existingId ? client.updateNews(existingId, input, options) : client.createNews(input, options);
          });
    if (!outcome.ok) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.field-error, wa-callout[variant="danger"]')?.focus();
      return;
    }
    this.dispatchEvent(new CustomEvent(savedEvent, { bubbles: true, composed: true, detail: outcome.value }));
  }

  /** The failure above the form: the page's own words for a refusal of this page's, else the general ones. */
  #errorMessage(): string | undefined {
    const words = this.messages.fromTheBrand;
    const code = this.#saving.failure?.code;
    if (code === 'invitation_already_sent') return words.alreadySent;
    if (code === 'brand_news_already_published') return words.alreadyPublished;
    return this.#saving.errorMessage;
  }

  #text(name: keyof MessageDraft & string, path: string, label: string, options: { hint?: string; type?: 'text' | 'date' | 'number'; required?: boolean; min?: number } = {}) {
    return renderTextField({
      name: path,
      label,
      hint: options.hint,
      type: options.type,
      required: options.required,
      min: options.min,
      value: String(this.draft[name] ?? ''),
      error: this.#saving.fieldError(path),
      onInput: (value) => this.#edit({ [name]: value }),
    });
  }

  #textsOf(locale: Locale) {
    const words = this.messages.fromTheBrand;
    const text = this.draft.texts[locale];
    const titlePath = `texts.${locale}.title`;
    const bodyPath = `texts.${locale}.${this.kind === 'invitation' ? 'description' : 'body'}`;
    const bodyError = this.#saving.fieldError(bodyPath);
    // A missing default language is refused at `texts.<locale>`: said under its title.
    const titleError = this.#saving.fieldError(titlePath) ?? (this.#saving.failure?.fieldErrors[`texts.${locale}`] as string | undefined);
    return html`${renderTextField({
        name: titlePath,
        label: words.titleLabel,
        required: locale === this.defaultLanguage,
        value: text.title,
        error: titleError,
        onInput: (value) => this.#editText(locale, { title: value }),
      })}
      <wa-textarea
        name=${bodyPath}
        rows="4"
        ?required=${this.kind === 'news' && locale === this.defaultLanguage}
        label=${this.kind === 'invitation' ? words.descriptionLabel : words.bodyLabel}
        hint=${bodyError ?? ''}
        class=${bodyError ? 'field-error' : ''}
        .value=${text.body}
        @input=${(event: Event) => this.#editText(locale, { body: (event.target as WaTextarea).value ?? '' })}
      ></wa-textarea>`;
  }

  #renderTexts() {
    const words = this.messages.fromTheBrand;
    const others = supportedLocales.filter((locale) => locale !== this.defaultLanguage);
    const written = (locale: Locale) => this.draft.texts[locale].title !== '' || this.draft.texts[locale].body !== '' || this.#saving.fieldError(`texts.${locale}`) !== undefined;
    return html`<fieldset>
      <legend>${words.textsTitle}</legend>
      <p class="intro">${words.textsHint(localeNames[this.defaultLanguage])}</p>
      <div lang=${this.defaultLanguage} class="texts">${this.#textsOf(this.defaultLanguage)}</div>
      ${others.map(
        (locale) => html`<details ?open=${written(locale)}>
          <summary>${words.optional(localeNames[locale])}</summary>
          <div lang=${locale} class="texts">${this.#textsOf(locale)}</div>
        </details>`,
      )}
    </fieldset>`;
  }

  #renderEvent() {
    const words = this.messages.fromTheBrand;
    const countryError = this.#saving.fieldError('place.country');
    const addressError = this.#saving.fieldError('place.address');
    return html`<fieldset>
        <legend>${words.placeTitle}</legend>
        ${this.#text('placeName', 'place.name', words.placeNameLabel)}
        <wa-textarea
          name="place.address"
          rows="2"
          label=${words.addressLabel}
          hint=${addressError ?? ''}
          class=${addressError ? 'field-error' : ''}
          .value=${this.draft.address}
          @input=${(event: Event) => this.#edit({ address: (event.target as WaTextarea).value ?? '' })}
        ></wa-textarea>
        ${this.#text('city', 'place.city', words.cityLabel)}
        <wa-select
          name="place.country"
          required
          label=${words.countryLabel}
          class=${countryError ? 'field-error' : ''}
          hint=${countryError ?? ''}
          .value=${this.draft.country}
          @change=${(event: Event) => this.#edit({ country: String((event.target as WaSelect).value ?? '') })}
        >
          ${countriesIn(this.locale).map((country) => html`<wa-option value=${country.code}>${country.name}</wa-option>`)}
        </wa-select>
      </fieldset>
      <fieldset>
        <legend>${words.startTitle}</legend>
        ${this.#text('date', 'startsAt.date', words.dateLabel, { type: 'date' })}
        ${renderTextField({
          name: 'startsAt.time',
          label: words.timeLabel,
          type: 'time',
          value: this.draft.time,
          error: this.#saving.fieldError('startsAt.time'),
          onInput: (value) => this.#edit({ time: value }),
        })}
        ${this.#text('timeZone', 'startsAt.timeZone', words.timeZoneLabel, { hint: words.timeZoneHint })}
      </fieldset>
      ${this.#text('capacity', 'capacity', words.capacityLabel, { type: 'number', hint: words.capacityHint, min: 1 })}`;
  }

  #renderAudience() {
    const words = this.messages.fromTheBrand;
    const audienceError = this.#saving.fieldError('audience');
    return html`<fieldset>
      <legend>${this.kind === 'invitation' ? words.audienceTitle : words.newsAudienceTitle}</legend>
      <p class="intro">${words.audienceHint}</p>
      <wa-select
        name="audience.segment"
        label=${words.segmentLabel}
        .value=${this.draft.segment === '' ? 'any' : this.draft.segment}
        @change=${(event: Event) => {
          const value = String((event.target as WaSelect).value ?? 'any');
          this.#edit({ segment: value === 'any' ? '' : value });
        }}
      >
        <wa-option value="any">${words.anySegment}</wa-option>
        ${builtInSegmentNames.map((name) => html`<wa-option value=${name}>${words.segments[name]}</wa-option>`)}
      </wa-select>
      ${this.#text('countries', 'audience.countries', words.countriesLabel, { hint: audienceError ?? words.countriesHint, required: false })}
      ${this.#text('collections', 'audience.collections', words.collectionsLabel, { hint: words.collectionsHint, required: false })}
      ${this.draft.otherFilter ? html`<p>${words.otherFilter}</p>` : nothing}
    </fieldset>`;
  }

  override render() {
    const words = this.messages.fromTheBrand;
    const errorMessage = this.#errorMessage();
    return html`<form novalidate @submit=${(event: SubmitEvent) => void this.#submit(event)}>
      ${errorMessage ? html`<wa-callout variant="danger" role="alert" tabindex="-1">${errorMessage}</wa-callout>` : nothing}
      ${this.#renderTexts()}
      ${this.kind === 'invitation' ? this.#renderEvent() : this.#text('link', 'link', words.linkLabel, { hint: words.linkHint, required: false })}
      ${this.#renderAudience()}
      <div class="actions">
        <wa-button type="submit" variant="brand" ?loading=${this.#saving.pending}>${words.saveDraft}</wa-button>
        <wa-button @click=${() => this.dispatchEvent(new CustomEvent(cancelledEvent, { bubbles: true, composed: true }))}>${words.cancel}</wa-button>
      </div>
    </form>`;
  }
}

customElements.define('console-brand-message-form', ConsoleBrandMessageForm);

declare global {
  interface HTMLElementTagNameMap {
    'console-brand-message-form': ConsoleBrandMessageForm;
  }
}
