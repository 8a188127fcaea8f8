/**
 * "Look up a piece": an associate at the counter types (or scans) a serial and sees the piece
 * recognised — registered or not, covered until when, a client since which year, their tier, the
 * next care due, the retailer of record — and the client's contact only when they shared it with
 * this boutique. The serial is typed, or read from the warranty card's QR code (`<console-serial-field>`). A stolen or lost piece is said first, in a danger callout, and nothing on its card
 * is green. Every lookup is audited by the API.
 */
import '@awesome.me/webawesome/dist/components/badge/badge.js';
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import type { Locale, PieceRecognition, Received, SharedContact } from '@atelier/client/contract';
import { css, html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { formatDay } from '../shared/dates.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import type { RecognitionClient } from './recognition-client.ts';
import { typedSerial } from './scanned-serial.ts';
import './serial-field.ts';
import { wordsFor } from '../shared/enum-words.ts';
import { definitionListStyles } from '../shared/definition-list-styles.ts';

type Card = Received<PieceRecognition>;


/** What the page shows under the form: nothing yet, a card, or the serial no piece of the brand has. */
type Result = { kind: 'card'; card: Card } | { kind: 'unknown'; serial: string } | undefined;

export class ConsoleRecognition extends LitElement {
  static override styles = [
    pageStyles,
    definitionListStyles,
    css`
      .card-heading {
        display: flex;
        flex-wrap: wrap;
        gap: var(--wa-space-s);
        align-items: center;
      }
      .card-heading h2 {
        margin-block: var(--wa-space-l) var(--wa-space-s);
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    serial: { state: true },
    result: { state: true },
  };

  declare client: RecognitionClient;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  declare private serial: string;
  declare private result: Result;

  readonly #lookup = new SubmissionController(this, () => this.messages);

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.serial = '';
    this.result = undefined;
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    // A keyboard-wedge scanner types the card's whole link and Enter, before any change event: keep its serial.
    const serial = typedSerial(this.serial).trim();
    this.serial = serial;
    const outcome = await this.#lookup.submit(() => this.client.recognise(serial));
    if (outcome.ok) {
      this.result = { kind: 'card', card: outcome.value };
    } else if (this.#lookup.failure?.code === 'unknown_serial') {
      this.#lookup.reset();
      this.result = { kind: 'unknown', serial: serial.toUpperCase() };
    } else {
      this.result = undefined;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#result-title')?.focus();
  }

  #edit(event: Event): void {
    this.serial = (event.currentTarget as HTMLElementTagNameMap['console-serial-field']).value;
    if (this.#lookup.failure) this.#lookup.reset();
  }

  override render() {
    const words = this.messages.recognition;
    const serialError = this.#lookup.fieldError('serial');
    return html`<h1 tabindex="-1">${words.title}</h1>
      <p class="intro">${words.intro}</p>
      <form @submit=${(event: Event) => void this.#submit(event)} novalidate>
        <console-serial-field
          required
          .messages=${this.messages}
          label=${words.serialLabel}
          hint=${words.serialHint}
          .value=${this.serial}
          error=${serialError ?? nothing}
          @input=${(event: Event) => this.#edit(event)}
          @change=${(event: Event) => this.#edit(event)}
          @keydown=${(event: KeyboardEvent) => {
            // The field lives in its own shadow root, out of this form's reach: Enter (a person's, or a scanner's) looks up.
            if (event.key === 'Enter' && !event.isComposing) void this.#submit(event);
          }}
        ></console-serial-field>
        <div class="actions">
          <wa-button type="submit" variant="brand" ?loading=${this.#lookup.pending}>${words.lookUp}</wa-button>
        </div>
      </form>
      ${this.#lookup.errorMessage ? html`<wa-callout variant="danger" role="alert">${this.#lookup.errorMessage}</wa-callout>` : nothing}
      <section aria-live="polite">${this.#renderResult()}</section>`;
  }

  #renderResult() {
    const words = this.messages.recognition;
    if (this.result === undefined) return nothing;
    if (this.result.kind === 'unknown') {
      return html`<h2 id="result-title" tabindex="-1">${words.unknownTitle(this.result.serial)}</h2>
        <wa-callout variant="warning">${words.unknownSerial}</wa-callout>`;
    }
    const { card } = this.result;
    return html`<div class="card-heading">
        <h2 id="result-title" tabindex="-1">${card.model.name} <span class="quiet">${card.serial}</span></h2>
        ${this.#renderStanding(card)}
      </div>
      ${card.reportedMissing ? html`<wa-callout variant="danger" role="alert"><strong>${words.missingTitle[card.status === 'lost' ? 'lost' : 'stolen']}</strong> ${words.missingAdvice}</wa-callout>` : nothing}
      ${card.registered ? nothing : html`<wa-callout variant="neutral">${card.warranty?.status === 'pending_confirmation' ? words.awaitingConfirmation : words.notRegistered}</wa-callout>`}
      <dl>
        <dt>${words.model}</dt>
        <dd>${card.model.name} <span class="quiet">${card.model.reference} · ${card.model.collection}</span></dd>
        <dt>${words.warranty}</dt>
        <dd>${card.warranty ? (wordsFor(words.warrantyStatus, card.warranty.status) ?? words.warrantyStatus.active)(formatDay(card.warranty.validUntil, this.locale)) : words.noWarranty}</dd>
        ${card.client
          ? html`<dt>${words.clientSince}</dt>
              <dd>${card.client.clientSince}</dd>
              <dt>${words.tier}</dt>
              <dd>${wordsFor(words.tiers, card.client.tier) ?? card.client.tier}</dd>`
          : nothing}
        <dt>${words.nextCare}</dt>
        <dd>${this.#renderCare(card)}</dd>
        <dt>${words.retailerOfRecord}</dt>
        <dd>${card.retailerOfRecord ? `${card.retailerOfRecord.name}, ${card.retailerOfRecord.city} (${card.retailerOfRecord.country})` : words.noRetailerOfRecord}</dd>
        ${card.client ? html`<dt>${words.contact}</dt><dd>${this.#renderContact(card.client.contact)}</dd>` : nothing}
      </dl>`;
  }

  /** One badge: stolen or lost (danger), registered (success), or not registered (neutral) — never green for a missing piece. */
  #renderStanding(card: Card) {
    const words = this.messages.recognition;
    if (card.reportedMissing) return html`<wa-badge variant="danger">${words.missingBadge[card.status === 'lost' ? 'lost' : 'stolen']}</wa-badge>`;
    return card.registered ? html`<wa-badge variant="success">${words.registeredBadge}</wa-badge>` : html`<wa-badge variant="neutral">${words.notRegisteredBadge}</wa-badge>`;
  }

  #renderCare(card: Card) {
    const words = this.messages.recognition;
    const care = card.nextCareDue;
    if (!care) return words.noCare;
    const due = formatDay(care.date, this.locale);
    return html`${care.overdue ? html`<strong>${words.careOverdue(due)}</strong>` : due} <span class="quiet">${wordsFor(words.careAfter, care.after) ?? ''}</span>`;
  }

  #renderContact(contact: Received<SharedContact> | null) {
    const words = this.messages.recognition;
    if (!contact) return html`<span class="quiet">${words.contactNotShared}</span>`;
    return html`${contact.name}<br />${contact.email}${contact.postalAddress ? html`<br />${contact.postalAddress}` : nothing}
      <br /><span class="quiet">${words.sharedSince(formatDay(contact.sharedAt.slice(0, 10), this.locale))}</span>`;
  }
}

customElements.define('console-recognition', ConsoleRecognition);

declare global {
  interface HTMLElementTagNameMap {
    'console-recognition': ConsoleRecognition;
  }
}
