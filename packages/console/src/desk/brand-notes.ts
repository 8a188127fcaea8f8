/**
 * <console-brand-notes>: on the retailer's Notes page, the notes the brand wrote about clients
 * that this boutique may read — those for every retailer, and those for it as the retailer of
 * record of the client's piece when the note was written; never a brand-only note (the server
 * applies who reads what, `readableNotes`, on every read). Newest first, a page at a time, each
 * with what it is about (a client's, piece's or repair's id: never the client's name), for whom
 * it was written and until when it is kept.
 */
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import type { ClientNote, Locale, Received } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { renderLoadMore } from '../shared/data-table.ts';
import { formatDay } from '../shared/dates.ts';
import { renderLoad } from '../shared/loads.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import type { BrandNotesClient } from './brand-notes-client.ts';
import { wordsFor } from '../shared/enum-words.ts';

type Note = Received<ClientNote>;

export class ConsoleBrandNotes extends LitElement {
  static override styles = [
    pageStyles,
    css`
      ul.cards > li {
        display: grid;
        gap: var(--wa-space-2xs);
        justify-content: stretch;
      }
      ul.cards p {
        margin: 0;
      }
      p.note-text {
        white-space: pre-line;
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    loaded: { state: true },
  };

  declare client: BrandNotesClient;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  declare private loaded: { notes: Note[]; nextCursor: string | null } | undefined;

  readonly #firstPage = new Task(this, {
    task: async ([client], { signal }) => {
      const page = await (client as BrandNotesClient).page(undefined, { signal });
      this.loaded = { notes: page.notes, nextCursor: page.nextCursor };
      return page;
    },
    args: () => [this.client],
  });
  readonly #loadingMore = new SubmissionController(this, () => this.messages);

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.loaded = undefined;
  }

  async #loadMore(cursor: string): Promise<void> {
    const outcome = await this.#loadingMore.submit(() => this.client.page(cursor));
    if (!outcome.ok || !this.loaded) return;
    this.loaded = { notes: [...this.loaded.notes, ...outcome.value.notes], nextCursor: outcome.value.nextCursor };
  }

  override render() {
    const words = this.messages.brandNotes;
    return html`<h2 id="brand-notes-title">${words.title}</h2>
      <p class="intro">${words.intro}</p>
      ${renderLoad(this, this.#firstPage, this.messages, () => this.#renderNotes())}`;
  }

  #renderNotes() {
    const words = this.messages.brandNotes;
    const loaded = this.loaded;
    if (!loaded) return html``;
    if (loaded.notes.length === 0) return html`<p>${words.empty}</p>`;
    return html`<ul class="cards" aria-labelledby="brand-notes-title">
        ${loaded.notes.map((note) => this.#renderNote(note))}
      </ul>
      ${renderLoadMore(this.#loadingMore, loaded.nextCursor, (cursor) => void this.#loadMore(cursor), this.messages)}`;
  }

  #renderNote(note: Note) {
    const words = this.messages.brandNotes;
    const about = note.trackingCode ? words.aboutRepair(note.trackingCode) : note.serial ? words.aboutPiece(note.serial) : words.aboutClient(note.clientId ?? '');
    const readers = wordsFor(words.readers, note.visibility) ?? note.visibility;
    return html`<li>
      <p><strong>${about}</strong></p>
      <p class="note-text">${note.text}</p>
      <p class="quiet">${words.written(this.messages.common.dateTime(note.createdAt, this.locale), readers, formatDay(note.retainUntil, this.locale))}</p>
    </li>`;
  }
}

customElements.define('console-brand-notes', ConsoleBrandNotes);

declare global {
  interface HTMLElementTagNameMap {
    'console-brand-notes': ConsoleBrandNotes;
  }
}
