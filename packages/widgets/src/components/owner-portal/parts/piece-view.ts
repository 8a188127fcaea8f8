/**
 * One of the owner's pieces: its facts, its whole story in one timeline (provenance events, repairs
 * with a link to their tracker, warranty extensions), and reporting it stolen (where, then a
 * confirmation), lost or found (a confirmation each).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { OwnedPieceDetail, PieceTimelineEntry, Received } from '@atelier/client/contract';
import { defineElement } from '../../../base/define.ts';
import { WidgetPart } from '../../../base/widget-part.ts';
import { selectField, textField } from '../../../forms/fields.ts';
import type { FieldContext, SelectOption } from '../../../forms/fields.ts';
import type { OwnerPortalMessages } from '../locales/en.ts';
import { countryName, labelOf, pieceFacts } from '../piece-facts.ts';

/** Where a report stands: none under way, where it was stolen, or the confirmation of one. */
export type ReportStep = 'none' | 'stolen-where' | 'confirm-stolen' | 'confirm-lost' | 'confirm-found';

/**
 * What the booking widget drawn for this piece is given: the portal's own attributes, and the owner
 * as the booking's contact. `undefined` while no booking is open (or its module is loading).
 */
export interface BookingSetup {
  publishableKey: string | undefined;
  apiBase: string | undefined;
  locale: string;
  theme: string | undefined;
  contactName: string;
  contactEmail: string;
}

/**
 * @fires back-to-pieces - The owner goes back to all their pieces.
 * @fires report-step - The owner moves the report along; `detail` is the `ReportStep` asked for.
 * @fires send-report - The owner confirmed the report shown.
 * @fires open-booking - The owner wants to book a service for this piece.
 * @fires close-booking - The owner closes the booking.
 */
/**
 * The booking's parts, passed on as the portal's own: a brand's `atelier-owner-portal::part(…)` rules
 * (its house style) reach the booking opened from a piece, which draws in a shadow root of its own.
 */
const bookingParts = [
  ...['heading', 'subheading', 'form', 'fieldset', 'legend', 'field', 'field-invalid', 'label', 'marker', 'required-marker', 'optional-marker', 'choice', 'hint'],
  ...['input', 'invalid', 'button', 'primary-button', 'secondary-button', 'error', 'field-error', 'error-summary', 'alert'],
  ...['step', 'centre', 'slots', 'slot', 'slot-day', 'success', 'tracking-code', 'calendar-link'],
].join(', ');

export class OwnerPieceView extends WidgetPart<OwnerPortalMessages> {
  static override properties = {
    ...WidgetPart.properties,
    piece: { attribute: false },
    report: { attribute: false },
    theftContext: { attribute: false },
    countries: { attribute: false },
    pending: { attribute: false },
    outcome: { attribute: false },
    lossReportable: { attribute: false },
    booking: { attribute: false },
  };

  declare piece: Received<OwnedPieceDetail>;
  declare report: ReportStep;
  declare theftContext: FieldContext;
  declare countries: readonly SelectOption[];
  /** A report is being sent. */
  declare pending: boolean;
  /** What the last report did, said once it is recorded. */
  declare outcome: 'stolen' | 'lost' | 'found' | undefined;
  /** Whether "Report it lost" is offered: the portal's client can send a loss report. */
  declare lossReportable: boolean;
  declare booking: BookingSetup | undefined;

  #formatInstant(at: string): string {
    return new Intl.DateTimeFormat(this.messages.languageTag, { dateStyle: 'long' }).format(new Date(at));
  }

  #renderEntry(entry: Received<PieceTimelineEntry>): TemplateResult {
    const m = this.messages;
    let what: TemplateResult | string = '';
    if (entry.kind === 'provenance' && entry.event) {
      const { city, country } = entry.event;
      const place = [city, country && countryName(m, country)].filter(Boolean).join(', ');
      what = html`${labelOf(m.events, entry.event.type)}${place ? html` <span class="place">${place}</span>` : nothing}`;
    } else if (entry.kind === 'repair' && entry.repair) {
      const repair = entry.repair;
      what = html`${m.repairEntry(labelOf(m.serviceTypes, repair.serviceType), labelOf(m.repairStatuses, repair.status))}
        <a part="tracker-link" href=${repair.trackerUrl}>${m.followRepair(repair.trackingCode)}</a>`;
    } else if (entry.kind === 'warranty_extension' && entry.extension) {
      what = `${m.extensionEntry(entry.extension.months)}${entry.extension.reason === 'service' ? ` (${m.extensionAfterService})` : ''}`;
    }
    return html`<li class=${entry.kind}><time datetime=${entry.at}>${this.#formatInstant(entry.at)}</time> <span>${what}</span></li>`;
  }

  #renderStolenWhere(): TemplateResult {
    const m = this.messages;
    const f = this.theftContext;
    return html`<form part="form" class="report" novalidate aria-labelledby="report-title" @submit=${(event: Event) => {
        event.preventDefault();
        this.tell('report-step', 'confirm-stolen');
      }}>
      <h3 part="subheading" id="report-title" tabindex="-1">${m.reportStolenTitle}</h3>
      <p>${m.reportStolenIntro}</p>
      ${selectField(f, 'country', m.countryLabel, this.countries, { placeholder: m.countryPlaceholder, autocomplete: 'country' })}
      ${textField(f, 'city', m.cityLabel, { autocomplete: 'address-level2' })}
      <div class="row">
        <button part="button primary-button" type="submit">${m.continue}</button>
        <button part="button secondary-button" type="button" class="secondary" @click=${() => this.tell('report-step', 'none')}>${m.back}</button>
      </div>
    </form>`;
  }

  #renderConfirmation(report: 'stolen' | 'lost' | 'found'): TemplateResult {
    const m = this.messages;
    const { name } = this.piece.model;
    const { serial } = this.piece;
    const words = {
      stolen: { title: m.confirmStolenTitle, text: m.confirmStolen(name, serial), button: m.confirmStolenButton },
      lost: { title: m.confirmLostTitle, text: m.confirmLost(name, serial), button: m.confirmLostButton },
      found: { title: m.confirmFoundTitle, text: this.piece.status === 'lost' ? m.confirmFoundLost(name, serial) : m.confirmFound(name, serial), button: m.confirmFoundButton },
    }[report];
    return html`<div class="confirm" part="confirm" role="group" aria-labelledby="report-title">
      <h3 part="subheading" id="report-title" tabindex="-1">${words.title}</h3>
      <p>${words.text}</p>
      <div class="row">
        <button part="button primary-button" type="button" ?disabled=${this.pending} @click=${() => this.tell('send-report')}>
          ${this.pending ? m.sending : words.button}
        </button>
        <button part="button secondary-button" type="button" class="secondary" ?disabled=${this.pending} @click=${() => this.tell('report-step', report === 'stolen' ? 'stolen-where' : 'none')}>
          ${m.back}
        </button>
      </div>
    </div>`;
  }

  #renderReport(): TemplateResult | typeof nothing {
    const m = this.messages;
    switch (this.report) {
      case 'stolen-where':
        return this.#renderStolenWhere();
      case 'confirm-stolen':
        return this.#renderConfirmation('stolen');
      case 'confirm-lost':
        return this.#renderConfirmation('lost');
      case 'confirm-found':
        return this.#renderConfirmation('found');
      case 'none':
        if (this.piece.status === 'stolen' || this.piece.status === 'lost') {
          return html`<button part="button secondary-button" type="button" class="secondary" @click=${() => this.tell('report-step', 'confirm-found')}>${m.reportFound}</button>`;
        }
        return this.piece.status === 'sold'
          ? html`<div class="row">
              ${this.booking ? nothing : html`<button part="button primary-button" type="button" @click=${() => this.tell('open-booking')}>${m.bookService}</button>`}
              <button part="button secondary-button" type="button" class="secondary report-stolen" @click=${() => this.tell('report-step', 'stolen-where')}>${m.reportStolen}</button>
              ${this.lossReportable
                ? html`<button part="button secondary-button" type="button" class="secondary report-lost" @click=${() => this.tell('report-step', 'confirm-lost')}>${m.reportLost}</button>`
                : nothing}
            </div>`
          : nothing;
    }
  }

  /** The brand's booking widget, started with this piece and the owner as its contact. */
  #renderBooking(): TemplateResult | typeof nothing {
    const booking = this.booking;
    if (!booking || this.piece.status !== 'sold') return nothing;
    const m = this.messages;
    return html`<section class="booking" aria-labelledby="booking-title">
      <div class="row">
        <h3 part="subheading" id="booking-title" tabindex="-1">${m.bookingTitle(this.piece.model.name)}</h3>
        <button part="button secondary-button" type="button" class="secondary" @click=${() => this.tell('close-booking')}>${m.closeBooking}</button>
      </div>
      <atelier-repair-booking
        exportparts=${bookingParts}
        publishable-key=${booking.publishableKey ?? nothing}
        api-base=${booking.apiBase ?? nothing}
        locale=${booking.locale}
        theme=${booking.theme ?? nothing}
        serial=${this.piece.serial}
        contact-name=${booking.contactName}
        contact-email=${booking.contactEmail}
      ></atelier-repair-booking>
    </section>`;
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const piece = this.piece;
    return html`<article class="piece-view" part="piece" aria-labelledby="piece-title">
      <button part="button secondary-button" type="button" class="secondary back" @click=${() => this.tell('back-to-pieces')}>${m.allPieces}</button>
      <h2 part="heading" id="piece-title" tabindex="-1">${piece.model.name} <span class="reference">${piece.model.reference}</span></h2>
      ${this.outcome
        ? html`<p class="outcome" role="status" tabindex="-1">${{ stolen: m.reportedStolen, lost: m.reportedLost, found: m.reportedFound }[this.outcome]}</p>`
        : nothing}
      ${pieceFacts(m, piece)}
      <h3 part="subheading" id="timeline-title">${m.timelineTitle}</h3>
      <ol class="timeline" part="timeline" aria-labelledby="timeline-title">
        ${piece.timeline.map((entry) => this.#renderEntry(entry))}
      </ol>
      ${this.#renderReport()} ${this.#renderBooking()}
    </article>`;
  }
}

defineElement('atelier-owner-portal-piece', OwnerPieceView);
