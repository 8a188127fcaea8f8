/**
 * "Notes": what other retailers did to pieces this boutique sold — a modification, a repair taken
 * in — newest first, the unread ones marked "New" and counted, each marked read with one button
 * (which says which piece to a screen reader), or all at once. Notes name no client.
 */
import '@awesome.me/webawesome/dist/components/badge/badge.js';
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import type { Locale, Received, RetailerNote } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { renderLoad } from '../shared/loads.ts';
import { renderLoadMore } from '../shared/data-table.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import type { NotesClient } from './notes-client.ts';
import { wordsFor } from '../shared/enum-words.ts';

type Note = Received<RetailerNote>;


export class ConsoleNotes extends LitElement {
  static override styles = [
    pageStyles,
    css`
      ul.cards > li.unread {
        border-inline-start: 4px solid var(--wa-color-brand-border-loud, var(--wa-color-brand-fill-loud));
      }
      .note-text {
        display: grid;
        gap: var(--wa-space-2xs);
        flex: 1 1 16rem;
        min-width: 0;
      }
      .note-text p {
        margin: 0;
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    loaded: { state: true },
  };

  declare client: NotesClient;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  /** The notes shown (first page, pages loaded since, notes marked read updated in place). */
  declare private loaded: { notes: Note[]; unreadCount: number; nextCursor: string | null } | undefined;

  readonly #firstPage = new Task(this, {
    task: async ([client], { signal }) => {
      const page = await (client as NotesClient).page({}, { signal });
      this.loaded = { notes: page.notes, unreadCount: page.unreadCount, nextCursor: page.nextCursor };
      return page;
    },
    args: () => [this.client],
  });
  readonly #loadingMore = new SubmissionController(this, () => this.messages);
  readonly #marking = new SubmissionController(this, () => this.messages);

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.loaded = undefined;
  }

  async #loadMore(cursor: string): Promise<void> {
    const outcome = await this.#loadingMore.submit(() => this.client.page({ cursor }));
    if (!outcome.ok || !this.loaded) return;
    this.loaded = { notes: [...this.loaded.notes, ...outcome.value.notes], unreadCount: outcome.value.unreadCount, nextCursor: outcome.value.nextCursor };
  }

  async #markRead(noteIds: string[]): Promise<void> {
    const outcome = await this.#marking.submit((options) => this.client.markRead(noteIds, options));
    if (!outcome.ok || !this.loaded) return;
    const marked = new Map(outcome.value.notes.map((note) => [note.id, note]));
    this.loaded = { ...this.loaded, notes: this.loaded.notes.map((note) => marked.get(note.id) ?? note), unreadCount: outcome.value.unreadCount };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#notes-status')?.focus();
  }

  override render() {
    const words = this.messages.notes;
    return html`<h1 tabindex="-1">${words.title}</h1>
      <p class="intro">${words.intro}</p>
      ${renderLoad(this, this.#firstPage, this.messages, () => this.#renderNotes())}`;
  }

  #renderNotes() {
    const words = this.messages.notes;
    const loaded = this.loaded;
    if (!loaded) return html``;
    if (loaded.notes.length === 0) return html`<p role="status">${words.empty}</p>`;
    const unreadShown = loaded.notes.filter((note) => note.readAt === null).map((note) => note.id);
    return html`<p id="notes-status" role="status" tabindex="-1">${words.unreadCount(loaded.unreadCount)}</p>
      ${this.#marking.errorMessage ? html`<wa-callout variant="danger" role="alert">${this.#marking.errorMessage}</wa-callout>` : nothing}
      ${unreadShown.length > 0
        ? html`<div class="actions">
            <wa-button ?loading=${this.#marking.pending} @click=${() => void this.#markRead(unreadShown)}>${words.markAllRead}</wa-button>
          </div>`
        : nothing}
      <ul class="cards" aria-label=${words.listLabel}>
        ${loaded.notes.map((note) => this.#renderNote(note))}
      </ul>
      ${renderLoadMore(this.#loadingMore, loaded.nextCursor, (cursor) => void this.#loadMore(cursor), this.messages)}`;
  }

  #renderNote(note: Note) {
    const words = this.messages.notes;
    const unread = note.readAt === null;
    const where = `${note.servedBy.name}, ${note.servedBy.city} (${note.servedBy.country})`;
    return html`<li class=${unread ? 'unread' : ''}>
      <div class="note-text">
        <p>${unread ? html`<wa-badge variant="brand">${words.newBadge}</wa-badge> ` : nothing}<strong>${(wordsFor(words.what, note.kind) ?? words.what.modification)(note.detail)}</strong></p>
        <p>${note.model.name} <code>${note.serial}</code></p>
        <p class="quiet">${words.servedBy(where, this.messages.common.dateTime(note.occurredAt, this.locale))}</p>
      </div>
      ${unread
        ? html`<wa-button size="s" ?disabled=${this.#marking.pending} @click=${() => void this.#markRead([note.id])}
            >${words.markRead}<span class="visually-hidden"> ${note.serial}</span></wa-button
          >`
        : html`<span class="quiet">${words.readOn(this.messages.common.dateTime(note.readAt!, this.locale))}</span>`}
    </li>`;
  }
}

customElements.define('console-notes', ConsoleNotes);

declare global {
  interface HTMLElementTagNameMap {
    'console-notes': ConsoleNotes;
  }
}
