/**
 * "Clients": one client of the brand, for the staff who look after clients (brand admins, the
 * concierge): who they are and what they said yes to, their figures, tier and value (in the
 * brand's reporting currency, saying which rates it lacks, as the Figures page does), what they are to
 * each piece (owner, buyer, gift giver… are distinct roles per piece), the days worth remembering,
 * and one timeline of everything the registry holds about them, oldest first. Opened at
 * `/console/clients/<id>` (the id a segment's members carry), or by typing the id. The API records
 * every opening in the audit log, and the page says so. Below the timeline, the concierge adds a
 * note about the client, with who may read it and the day it is kept until; the timeline then
 * shows it with the others.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import '@awesome.me/webawesome/dist/components/textarea/textarea.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import type WaTextarea from '@awesome.me/webawesome/dist/components/textarea/textarea.js';
import { ApiError } from '@atelier/client';
import { ClientId, clientNoteVisibilities } from '@atelier/client/contract';
import type { Client, ClientNoteVisibility, ClientTimeline, Locale, Received } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { renderDataTable } from '../shared/data-table.ts';
import { formatDay } from '../shared/dates.ts';
import { navigateTo } from '../shared/events.ts';
import { renderLoad } from '../shared/loads.ts';
import { moneyFormat, renderCurrencyBasis } from '../shared/money.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { pagePath } from '../shell/router.ts';
import { SubmissionController } from '../shared/submission.ts';
import { renderTextField } from '../shared/text-field.ts';
import type { ClientsClient } from './clients-client.ts';
import { wordsFor } from '../shared/enum-words.ts';
import { definitionListStyles } from '../shared/definition-list-styles.ts';

type Profile = Received<Client>;
type Entry = Received<ClientTimeline>['entries'][number];
type Piece = Profile['pieces'][number];

interface NoteDraft {
  text: string;
  visibility: ClientNoteVisibility;
  /** Empty: two years from the profile's day, proposed until the person picks another. */
  retainUntil: string;
}

const emptyNote: NoteDraft = { text: '', visibility: 'brand', retainUntil: '' };

/** The retention proposed for a new note: two years from `day` (a day that does not exist then moves to the next). */
function twoYearsFrom(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCFullYear(date.getUTCFullYear() + 2);
  return date.toISOString().slice(0, 10);
}

/** The console path of a client's page. */
export const clientsSegment = 'clients';

/** What a load found: the client, or no client of the brand with this id (unknown, or not an id at all). */
type Loaded = { kind: 'found'; profile: Profile; timeline: Received<ClientTimeline> } | { kind: 'unknown' };

export class ConsoleClient extends LitElement {
  static override styles = [
    pageStyles,
    definitionListStyles,
    css`
      :host {
        --facts-term-min-width: 10rem;
      }
      ol.timeline,
      ul.dates {
        margin: 0;
        padding: 0;
        list-style: none;
        display: grid;
        gap: var(--wa-space-s);
      }
      ol.timeline > li {
        display: grid;
        grid-template-columns: minmax(9rem, max-content) 1fr;
        gap: var(--wa-space-2xs) var(--wa-space-m);
        padding-block-end: var(--wa-space-s);
        border-block-end: 1px solid var(--wa-color-surface-border);
      }
      ol.timeline p {
        margin: 0;
        overflow-wrap: anywhere;
      }
      ol.timeline p.note-text {
        white-space: pre-line;
      }
      @media (max-width: 30rem) {
        ol.timeline > li {
          grid-template-columns: 1fr;
        }
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    clientId: { attribute: 'client-id' },
    messages: { attribute: false },
    locale: { attribute: false },
    typedId: { state: true },
    typedIdError: { state: true },
    noteDraft: { state: true },
    noteAdded: { state: true },
    refreshedTimeline: { state: true },
  };

  declare client: ClientsClient;
  /** The client shown; empty: the form to open one. */
  declare clientId: string;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  declare private typedId: string;
  declare private typedIdError: string | undefined;
  declare private noteDraft: NoteDraft;
  declare private noteAdded: boolean;
  /** The timeline read again after a note was added; the load's until then. */
  declare private refreshedTimeline: Received<ClientTimeline> | undefined;

  readonly #addingNote = new SubmissionController(this, () => this.messages);

  readonly #load = new Task(this, {
    task: async ([client, clientId], { signal }): Promise<Loaded | undefined> => {
      if (!clientId) return undefined;
      // Not an id at all: no client has it, and asking would only be refused.
      if (!ClientId.safeParse(clientId).success) return { kind: 'unknown' };
      try {
        const [profile, timeline] = await Promise.all([(client as ClientsClient).profile(clientId, { signal }), (client as ClientsClient).timeline(clientId, { signal })]);
        return { kind: 'found', profile, timeline };
      } catch (error) {
        if (error instanceof ApiError && error.code === 'unknown_client') return { kind: 'unknown' };
        throw error;
      }
    },
    args: () => [this.client, this.clientId] as const,
  });

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.clientId = '';
    this.typedId = '';
    this.typedIdError = undefined;
    this.noteDraft = emptyNote;
    this.noteAdded = false;
    this.refreshedTimeline = undefined;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('clientId')) {
      this.noteDraft = emptyNote;
      this.noteAdded = false;
      this.refreshedTimeline = undefined;
      this.#addingNote.reset();
    }
  }

  #open(event: Event): void {
    event.preventDefault();
    const id = this.typedId.trim();
    if (!ClientId.safeParse(id).success) {
      this.typedIdError = this.messages.clients.idInvalid;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('wa-input[name="clientId"]')?.focus());
      return;
    }
    this.typedIdError = undefined;
    this.dispatchEvent(navigateTo(pagePath(clientsSegment, id)));
  }

  override render() {
    const words = this.messages.clients;
    const loaded = this.#load.value;
    const name = this.clientId && loaded?.kind === 'found' ? loaded.profile.name : words.title;
    return html`<h1 tabindex="-1">${name}</h1>
      ${this.clientId
        ? renderLoad(this, this.#load, this.messages, (result) =>
            result?.kind === 'found' ? this.#renderClient(result.profile, this.refreshedTimeline ?? result.timeline) : html`<wa-callout variant="warning">${words.unknown}</wa-callout>${this.#renderOpenForm()}`,
          )
        : html`<p class="intro">${words.intro}</p>
            ${this.#renderOpenForm()}`}`;
  }

  #renderOpenForm() {
    const words = this.messages.clients;
    return html`<form @submit=${(event: Event) => this.#open(event)} novalidate>
      ${renderTextField({
        name: 'clientId',
        label: words.idLabel,
        hint: words.idHint,
        value: this.typedId,
        error: this.typedIdError,
        onInput: (value) => {
          this.typedId = value;
          this.typedIdError = undefined;
        },
      })}
      <div class="actions">
        <wa-button type="submit" variant="brand">${words.open}</wa-button>
      </div>
    </form>`;
  }

  #day(isoDate: string): string {
    return formatDay(isoDate, this.locale);
  }

  #renderClient(profile: Profile, timeline: Received<ClientTimeline>) {
    const words = this.messages.clients;
    const regions = new Intl.DisplayNames([this.locale], { type: 'region', fallback: 'code' });
    const languages = new Intl.DisplayNames([this.locale], { type: 'language', fallback: 'code' });
    return html`<p class="intro">${words.profileIntro}</p>
      <h2 id="contact-title">${words.contactTitle}</h2>
      <dl>
        <dt>${words.email}</dt>
        <dd>${profile.email}</dd>
        ${profile.postalAddress ? html`<dt>${words.postalAddress}</dt><dd>${profile.postalAddress}</dd>` : nothing}
        <dt>${words.country}</dt>
        <dd>${regions.of(profile.country) ?? profile.country}</dd>
        <dt>${words.language}</dt>
        <dd>${languages.of(profile.language) ?? profile.language}</dd>
        <dt>${words.customerType}</dt>
        <dd>${wordsFor(words.customerTypes, profile.customerType) ?? profile.customerType}</dd>
        <dt>${words.knownSince}</dt>
        <dd>${this.#day(profile.createdAt.slice(0, 10))}</dd>
      </dl>
      <h2 id="consents-title">${words.consentsTitle}</h2>
      <dl>
        ${profile.consents.map(
          (consent) =>
            html`<dt>${(wordsFor(words.consentPurposes, consent.purpose) ?? consent.purpose)} · ${wordsFor(words.consentChannels, consent.channel) ?? consent.channel}</dt>
              <dd>${consent.recordedAt === null ? words.neverAsked : (consent.granted ? words.consentYes : words.consentNo)(this.#day(consent.recordedAt.slice(0, 10)))}</dd>`,
        )}
      </dl>
      <h2 id="figures-title">${words.figuresTitle}</h2>
      ${this.#renderFigures(profile)}
      <h2 id="pieces-title">${words.piecesTitle}</h2>
      ${profile.pieces.length === 0
        ? html`<p>${words.noPieces}</p>`
        : renderDataTable({
            labelledBy: 'pieces-title',
            columns: [words.serial, words.model, words.roles, words.purchased, words.soldBy, words.warranty],
            rows: profile.pieces.map((piece) => this.#renderPiece(piece)),
          })}
      <h2 id="dates-title">${words.specialDatesTitle}</h2>
      ${profile.specialDates.length === 0
        ? html`<p>${words.noSpecialDates}</p>`
        : html`<ul class="dates" aria-labelledby="dates-title">
            ${profile.specialDates.map((date) => html`<li>${words.anniversary(date.serial, date.years, this.#day(date.next))}</li>`)}
          </ul>`}
      <h2 id="timeline-title">${words.timelineTitle}</h2>
      ${timeline.entries.length === 0
        ? html`<p>${words.timelineEmpty}</p>`
        : html`<ol class="timeline" aria-labelledby="timeline-title">
            ${timeline.entries.map((entry) => this.#renderEntry(entry))}
          </ol>`}
      ${this.#renderNoteForm(profile)}`;
  }

  async #addNote(event: Event, profile: Profile): Promise<void> {
    event.preventDefault();
    this.noteAdded = false;
    const draft = this.noteDraft;
    const note = { clientId: profile.id, visibility: draft.visibility, text: draft.text, retainUntil: draft.retainUntil || twoYearsFrom(profile.asOf) };
    const outcome = await this.#addingNote.submit((options) => this.client.addNote(note, options));
    if (!outcome.ok) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('form.note .field-error, form.note wa-callout[role="alert"]')?.focus());
      return;
    }
    this.noteDraft = { ...emptyNote, visibility: draft.visibility, retainUntil: draft.retainUntil };
    this.noteAdded = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.note-added')?.focus());
    try {
      this.refreshedTimeline = await this.client.timeline(profile.id);
    } catch {
      // The note is added; the timeline shows it at the next opening.
    }
  }

  #renderNoteForm(profile: Profile) {
    const words = this.messages.clients.notes;
    const adding = this.#addingNote;
    const draft = this.noteDraft;
    const edit = (change: Partial<NoteDraft>) => {
      this.noteDraft = { ...this.noteDraft, ...change };
      this.noteAdded = false;
    };
    const textError = adding.fieldError('text');
    const visibilityError = adding.fieldError('visibility');
    return html`<h2 id="note-title">${words.title}</h2>
      <p>${words.intro}</p>
      <form class="note" novalidate aria-labelledby="note-title" @submit=${(event: Event) => void this.#addNote(event, profile)}>
        ${adding.errorMessage ? html`<wa-callout variant="danger" role="alert" tabindex="-1">${adding.errorMessage}</wa-callout>` : nothing}
        ${this.noteAdded ? html`<wa-callout class="note-added" variant="success" role="status" tabindex="-1">${words.added}</wa-callout>` : nothing}
        <wa-textarea
          name="text"
          required
          rows="3"
          label=${words.text}
          hint=${textError ?? ''}
          class=${textError ? 'field-error' : ''}
          .value=${draft.text}
          @input=${(event: Event) => edit({ text: (event.target as WaTextarea).value ?? '' })}
        ></wa-textarea>
        <wa-select
          name="visibility"
          label=${words.visibility}
          hint=${visibilityError ?? ''}
          class=${visibilityError ? 'field-error' : ''}
          .value=${draft.visibility}
          @change=${(event: Event) => edit({ visibility: String((event.target as WaSelect).value ?? 'brand') as ClientNoteVisibility })}
        >
          ${clientNoteVisibilities.map((visibility) => html`<wa-option value=${visibility}>${words.visibilities[visibility]}</wa-option>`)}
        </wa-select>
        ${renderTextField({
          name: 'retainUntil',
          label: words.retainUntil,
          type: 'date',
          value: draft.retainUntil || twoYearsFrom(profile.asOf),
          hint: words.retainUntilHint,
          error: adding.fieldError('retainUntil'),
          onInput: (value) => edit({ retainUntil: value }),
        })}
        <div class="actions">
          <wa-button type="submit" variant="brand" ?loading=${adding.pending}>${words.add}</wa-button>
        </div>
      </form>`;
  }

  #renderFigures(profile: Profile) {
    const words = this.messages.clients;
    const figures = profile.figures;
    if (!figures) return html`<p>${words.notAClient}</p>`;
    const tier = profile.tier === null ? this.messages.common.none : (wordsFor(this.messages.recognition.tiers, profile.tier) ?? profile.tier);
    // In the reporting currency, as the segments' value and CLV count it; the rates it lacks are named below.
    const value = profile.value;
    const money = value ? moneyFormat(value.basis.reportingCurrency, this.locale) : undefined;
    return html`<dl>
      <dt>${words.tier}</dt>
      <dd>${tier}</dd>
      <dt>${words.purchases}</dt>
      <dd>${figures.purchases}</dd>
      <dt>${words.piecesOwned}</dt>
      <dd>${figures.piecesOwned}</dd>
      <dt>${words.services}</dt>
      <dd>${figures.services}</dd>
      <dt>${words.firstPurchase}</dt>
      <dd>${this.#day(figures.firstPurchaseOn)}</dd>
      <dt>${words.lastPurchase}</dt>
      <dd>${this.#day(figures.lastPurchaseOn)}</dd>
      <dt>${words.lastService}</dt>
      <dd>${figures.lastServiceOn === null ? this.messages.common.none : this.#day(figures.lastServiceOn)}</dd>
      ${value
        ? html`<dt>${words.purchaseValue}</dt>
            <dd>${money!.format(value.purchase.amountMinorUnits)}</dd>
            <dt>${words.afterSalesValue}</dt>
            <dd>${money!.format(value.afterSales.amountMinorUnits)}</dd>`
        : nothing}
    </dl>
    ${value ? renderCurrencyBasis(value.basis, this.messages, this.locale) : nothing}`;
  }

  #renderPiece(piece: Piece) {
    const words = this.messages.clients;
    const warrantyWords = this.messages.recognition.warrantyStatus;
    return html`<tr>
      <td><code>${piece.serial}</code></td>
      <td>${piece.model.name} <span class="quiet reference">${piece.model.reference}</span></td>
      <td>${piece.roles.map((role) => wordsFor(words.roleNames, role) ?? role).join(', ')}</td>
      <td>${this.#day(piece.purchaseDate)}</td>
      <td>${piece.retailer ? `${piece.retailer.name}, ${piece.retailer.city}` : this.messages.common.none}</td>
      <td>${piece.warranty ? (wordsFor(warrantyWords, piece.warranty.status) ?? warrantyWords.active)(this.#day(piece.warranty.coverageEnd)) : this.messages.common.none}</td>
    </tr>`;
  }

  #renderEntry(entry: Entry) {
    const when = entry.kind === 'purchase' && entry.purchase ? this.#day(entry.purchase.purchaseDate) : this.messages.common.dateTime(entry.at, this.locale);
    return html`<li>
      <p class="quiet"><time datetime=${entry.at}>${when}</time></p>
      <div>${this.#describeEntry(entry)}</div>
    </li>`;
  }

  /** What happened, and where or how, in words; an entry of a kind newer than this console says only that something happened. */
  #describeEntry(entry: Entry) {
    const words = this.messages.clients.entries;
    const piece = entry.piece ? `${entry.piece.model.name} ${entry.piece.serial}` : '';
    const place = (country: string | null, city: string | null) => [city, country].filter((part) => part !== null && part !== '').join(', ');
    const line = (text: string, detail?: string) => html`<p>${text}</p>${detail ? html`<p class="quiet">${detail}</p>` : nothing}`;
    if (entry.kind === 'purchase' && entry.purchase) {
      const { role, retailer, counterpart } = entry.purchase;
      const describe = wordsFor(words.purchase, role) ?? words.purchase.buyer;
      return line(describe(piece, counterpart?.name ?? ''), retailer ? words.atRetailer(`${retailer.name}, ${retailer.city}`) : undefined);
    }
    if (entry.kind === 'service' && entry.service) {
      const { serviceType, country, city } = entry.service;
      return line(words.service(piece), [serviceType, place(country, city)].filter(Boolean).join(' · '));
    }
    if (entry.kind === 'repair' && entry.repair) {
      const status = wordsFor(this.messages.service.statuses, entry.repair.status) ?? entry.repair.status;
      return line(words.repair(piece, entry.repair.trackingCode), `${entry.repair.serviceType} · ${status}`);
    }
    if (entry.kind === 'rating' && entry.rating) return line(words.rating(piece, entry.rating.score), entry.rating.comment ?? undefined);
    if (entry.kind === 'piece_event' && entry.pieceEvent) {
      const { type, detail, country, city } = entry.pieceEvent;
      const describe = wordsFor(words.pieceEvent, type);
      return line(describe ? describe(piece, detail ?? '') : words.other, place(country, city) || undefined);
    }
    if (entry.kind === 'consent' && entry.consent) {
      const { purpose, channel, granted, source } = entry.consent;
      const what = `${wordsFor(this.messages.clients.consentPurposes, purpose) ?? purpose} · ${wordsFor(this.messages.clients.consentChannels, channel) ?? channel}`;
      return line((granted ? words.consentGiven : words.consentWithdrawn)(what), words.source(source));
    }
    if (entry.kind === 'note' && entry.note) {
      const visibility = wordsFor(this.messages.clients.notes.visibilities, entry.note.visibility) ?? entry.note.visibility;
      return html`<p>${piece ? words.noteAbout(piece) : words.note}</p>
        <p class="note-text">${entry.note.text}</p>
        <p class="quiet">${words.noteKept(visibility, this.#day(entry.note.retainUntil))}</p>`;
    }
    return line(words.other);
  }
}

customElements.define('console-client', ConsoleClient);

declare global {
  interface HTMLElementTagNameMap {
    'console-client': ConsoleClient;
  }
}
