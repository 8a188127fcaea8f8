/**
 * Under a piece: its Documents (the resale dossier as PDF or signed JSON, the owner's private
 * calendar address with copy and renew) and its Transfer (the form naming the new owner, the
 * pending transfer with its cancel). State lives in the portal's PiecePapersFlow.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { OwnedPieceDetail, PieceTransfer, Received } from '@atelier/client/contract';
import { defineElement } from '../../../base/define.ts';
import { WidgetPart } from '../../../base/widget-part.ts';
import { errorSummary } from '../../../forms/error-summary.ts';
import { selectField, textField } from '../../../forms/fields.ts';
import type { FieldContext, SelectOption } from '../../../forms/fields.ts';
import type { OwnerPortalMessages } from '../locales/en.ts';
import type { CalendarFeedState, PapersOutcome } from '../piece-papers-flow.ts';

/** The transfer form's fields, in the order drawn (the error summary lists them so). */
const transferFields = ['kind', 'newOwner.name', 'newOwner.email', 'newOwner.language'] as const;

/**
 * @fires download - The owner downloads the dossier; `detail` is `'pdf'` or `'json'`.
 * @fires create-feed - The owner makes (or renews) their calendar address.
 * @fires copy-feed - The owner copies the calendar address shown.
 * @fires transfer-form - The owner opens (`detail: true`) or closes the transfer form.
 * @fires send-transfer - The owner sends the transfer.
 * @fires cancel-transfer - The owner cancels the pending transfer.
 */
export class OwnerPiecePapers extends WidgetPart<OwnerPortalMessages> {
  static override properties = {
    ...WidgetPart.properties,
    piece: { attribute: false },
    serves: { attribute: false },
    feed: { attribute: false },
    transfer: { attribute: false },
    transferFormOpen: { attribute: false },
    transferContext: { attribute: false },
    languages: { attribute: false },
    summaryShown: { attribute: false },
    outcome: { attribute: false },
    downloading: { attribute: false },
    pending: { attribute: false },
  };

  declare piece: Received<OwnedPieceDetail>;
  declare serves: { dossier: boolean; calendar: boolean; transfer: boolean };
  declare feed: CalendarFeedState;
  declare transfer: Received<PieceTransfer> | null | undefined;
  declare transferFormOpen: boolean;
  declare transferContext: FieldContext;
  declare languages: readonly SelectOption[];
  declare summaryShown: boolean;
  declare outcome: PapersOutcome | undefined;
  declare downloading: 'pdf' | 'json' | undefined;
  /** A request of the portal is under way. */
  declare pending: boolean;

  #date(at: string): string {
    return new Intl.DateTimeFormat(this.messages.languageTag, { dateStyle: 'long' }).format(new Date(at));
  }

  #outcomeText(outcome: PapersOutcome): string {
    const p = this.messages.papers;
    switch (outcome.kind) {
      case 'downloaded':
        return p.downloaded(outcome.file);
      case 'feed-created':
        return p.feedCreated;
      case 'feed-copied':
        return p.feedCopied;
      case 'copy-by-hand':
        return p.copyByHand;
      case 'transfer-sent':
        return p.transferSent(outcome.email);
      case 'transfer-cancelled':
        return p.transferCancelled;
    }
  }

  #renderDossier(): TemplateResult | typeof nothing {
    if (!this.serves.dossier) return nothing;
    const p = this.messages.papers;
    const busy = this.downloading !== undefined;
    return html`<p>${p.dossierIntro}</p>
      <div class="row">
        <button part="button primary-button" type="button" ?disabled=${busy} @click=${() => this.tell('download', 'pdf')}>${this.downloading === 'pdf' ? p.downloading : p.downloadPdf}</button>
        <button part="button secondary-button" type="button" class="secondary" ?disabled=${busy} @click=${() => this.tell('download', 'json')}>
          ${this.downloading === 'json' ? p.downloading : p.downloadJson}
        </button>
      </div>`;
  }

  #renderCalendar(): TemplateResult | typeof nothing {
    if (!this.serves.calendar) return nothing;
    const m = this.messages;
    const p = m.papers;
    const feed = this.feed;
    const primary = feed.kind === 'none' || feed.kind === 'unknown';
    const create = (label: string) =>
      html`<button part=${primary ? 'button primary-button' : 'button secondary-button'} type="button" class=${primary ? '' : 'secondary'} ?disabled=${this.pending} @click=${() => this.tell('create-feed')}>
        ${this.pending ? m.sending : label}
      </button>`;
    let body: TemplateResult;
    if (feed.kind === 'shown') {
      body = html`<div class="field" part="field">
          <label part="label" for="calendar-feed-url">${p.feedUrlLabel}</label>
          <p class="hint" part="hint" id="calendar-feed-hint">${p.renewHint}</p>
          <input part="input" id="calendar-feed-url" type="url" readonly .value=${feed.url} aria-describedby="calendar-feed-hint" @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />
        </div>
        <div class="row">
          <button part="button primary-button" type="button" @click=${() => this.tell('copy-feed')}>${p.copyFeed}</button>
          ${create(p.renewFeed)}
        </div>`;
    } else if (feed.kind === 'live') {
      body = html`<p>${p.feedLive(this.#date(feed.createdAt))}</p>
        <p class="hint" part="hint">${p.renewHint}</p>
        <div class="row">${create(p.renewFeed)}</div>`;
    } else {
      body = html`<div class="row">${create(p.createFeed)}</div>`;
    }
    return html`<h4 id="calendar-title">${p.calendarTitle}</h4>
      <p>${p.calendarIntro}</p>
      ${body}`;
  }

  #renderTransferForm(): TemplateResult {
    const m = this.messages;
    const p = m.papers;
    const f = this.transferContext;
    const labels: Record<string, string> = { kind: p.kindLabel, 'newOwner.name': p.newOwnerName, 'newOwner.email': p.newOwnerEmail, 'newOwner.language': p.newOwnerLanguage };
    const errors = this.summaryShown ? f.form.visibleErrors(transferFields) : [];
    return html`${errorSummary(this, errors, {
        title: m.errorSummaryTitle(errors.length),
        labelSeparator: m.labelSeparator,
        labelOf: (path) => labels[path],
        errorText: (error) => f.errorText(error),
      })}
      <form part="form" novalidate aria-labelledby="transfer-title" aria-busy=${this.pending ? 'true' : 'false'} @submit=${(event: Event) => {
        event.preventDefault();
        this.tell('send-transfer');
      }}>
        ${selectField(f, 'kind', p.kindLabel, [
          { value: 'sale', label: p.kindSale },
          { value: 'gift', label: p.kindGift },
        ], { required: true })}
        ${textField(f, 'newOwner.name', p.newOwnerName, { required: true, autocomplete: 'off' })}
        ${textField(f, 'newOwner.email', p.newOwnerEmail, { type: 'email', required: true, autocomplete: 'off', spellcheck: false })}
        ${selectField(f, 'newOwner.language', p.newOwnerLanguage, this.languages, { required: true })}
        <div class="row">
          <button part="button primary-button" type="submit" ?disabled=${this.pending}>${this.pending ? m.sending : p.sendTransfer}</button>
          <button part="button secondary-button" type="button" class="secondary" ?disabled=${this.pending} @click=${() => this.tell('transfer-form', false)}>${p.cancel}</button>
        </div>
      </form>`;
  }

  #renderTransfer(): TemplateResult | typeof nothing {
    if (!this.serves.transfer || this.piece.status !== 'sold') return nothing;
    const m = this.messages;
    const p = m.papers;
    const transfer = this.transfer;
    let body: TemplateResult;
    if (transfer && transfer.status === 'pending') {
      body = html`<p class="transfer-pending">${p.transferPending(transfer.newOwner.name, transfer.newOwner.email, this.#date(transfer.expiresAt))}</p>
        <div class="row">
          <button part="button secondary-button" type="button" class="secondary" ?disabled=${this.pending} @click=${() => this.tell('cancel-transfer')}>${this.pending ? m.sending : p.cancelTransfer}</button>
        </div>`;
    } else if (this.transferFormOpen) {
      body = this.#renderTransferForm();
    } else {
      body = html`${transfer?.status === 'expired' ? html`<p>${p.transferExpired(transfer.newOwner.name)}</p>` : nothing}
        <p>${p.transferIntro}</p>
        <div class="row"><button part="button secondary-button" type="button" class="secondary" @click=${() => this.tell('transfer-form', true)}>${p.startTransfer}</button></div>`;
    }
    return html`<section class="papers-section" aria-labelledby="transfer-title">
      <h3 part="subheading" id="transfer-title" tabindex="-1">${p.transferTitle}</h3>
      ${body}
    </section>`;
  }

  protected override render(): TemplateResult {
    const p = this.messages.papers;
    const documents = this.serves.dossier || this.serves.calendar;
    return html`<div class="papers" part="papers">
      <p class="papers-outcome ${this.outcome ? 'outcome' : ''}" role="status" tabindex="-1">${this.outcome ? this.#outcomeText(this.outcome) : nothing}</p>
      ${documents
        ? html`<section class="papers-section" aria-labelledby="documents-title">
            <h3 part="subheading" id="documents-title">${p.documentsTitle}</h3>
            ${this.#renderDossier()} ${this.#renderCalendar()}
          </section>`
        : nothing}
      ${this.#renderTransfer()}
    </div>`;
  }
}

defineElement('atelier-owner-portal-papers', OwnerPiecePapers);
