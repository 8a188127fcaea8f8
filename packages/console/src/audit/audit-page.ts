/**
 * The audit log: who (a person or a key) did what, on what, when and from where; newest first,
 * filtered by actor, operation, target and days, a page at a time, and exported as CSV with the
 * same filters. Brand admins only; nothing here can be changed.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/input/input.js';
import type WaInput from '@awesome.me/webawesome/dist/components/input/input.js';
import type { AuditEntry, AuditLogExportQuery, Locale, Received } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { renderLoad } from '../shared/loads.ts';
import { renderDataTable, renderLoadMore } from '../shared/data-table.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import type { AuditClient } from './audit-client.ts';
import { auditQueryFromFilters, emptyAuditFilters } from './audit-filters.ts';
import type { AuditFilterDraft } from './audit-filters.ts';

type Entry = Received<AuditEntry>;

export class ConsoleAudit extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .filters {
        max-width: none;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
        align-items: end;
      }
      .filters .actions {
        grid-column: 1 / -1;
      }
      code {
        overflow-wrap: anywhere;
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    draft: { state: true },
    applied: { state: true },
    morePages: { state: true },
  };

  declare client: AuditClient;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  declare private draft: AuditFilterDraft;
  declare private applied: AuditLogExportQuery;
  /** Pages fetched with "Load more" after the first, for the applied filters. */
  declare private morePages: { entries: Entry[]; nextCursor: string | null } | undefined;

  readonly #firstPage = new Task(this, {
    task: ([client, applied], { signal }) => (client as AuditClient).page(applied as AuditLogExportQuery, { signal }),
    args: () => [this.client, this.applied],
  });
  readonly #loadingMore = new SubmissionController(this, () => this.messages);

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.draft = emptyAuditFilters;
    this.applied = {};
  }

  #apply(event: SubmitEvent): void {
    event.preventDefault();
    this.morePages = undefined;
    this.applied = auditQueryFromFilters(this.draft);
  }

  #reset(): void {
    this.draft = emptyAuditFilters;
    this.morePages = undefined;
    this.applied = {};
  }

  async #loadMore(cursor: string): Promise<void> {
    const outcome = await this.#loadingMore.submit(() => this.client.page({ ...this.applied, cursor }));
    if (!outcome.ok) return;
    this.morePages = { entries: [...(this.morePages?.entries ?? []), ...outcome.value.entries], nextCursor: outcome.value.nextCursor };
  }

  override render() {
    const words = this.messages.audit;
    return html`<h1 tabindex="-1">${words.title}</h1>
      <p class="intro">${words.intro}</p>
      ${this.#renderFilters()}
      ${renderLoad(this, this.#firstPage, this.messages, (page) =>
        this.#renderEntries([...page.entries, ...(this.morePages?.entries ?? [])], this.morePages ? this.morePages.nextCursor : page.nextCursor),
      )}`;
  }

  #renderFilters() {
    const words = this.messages.audit;
    const input = (name: keyof AuditFilterDraft, label: string, type = 'text') =>
      html`<wa-input
        name=${name}
        type=${type}
        label=${label}
        spellcheck="false"
        .value=${this.draft[name]}
        @input=${(event: Event) => {
          this.draft = { ...this.draft, [name]: (event.target as WaInput).value ?? '' };
        }}
      ></wa-input>`;
    return html`<section aria-labelledby="filters-title">
      <h2 id="filters-title">${words.filtersTitle}</h2>
      <form class="filters" novalidate @submit=${(event: SubmitEvent) => this.#apply(event)}>
        ${input('actorId', words.actorLabel)} ${input('operation', words.operationLabel)} ${input('targetKind', words.targetKindLabel)}
        ${input('targetId', words.targetLabel)} ${input('fromDay', words.fromLabel, 'date')} ${input('toDay', words.toLabel, 'date')}
        <div class="actions">
          <wa-button type="submit" variant="brand">${words.apply}</wa-button>
          <wa-button appearance="outlined" @click=${() => this.#reset()}>${words.reset}</wa-button>
          <wa-button appearance="outlined" href=${this.client.exportUrl(this.applied)} download="audit-log.csv">${words.exportCsv}</wa-button>
        </div>
      </form>
    </section>`;
  }

  #renderEntries(entries: readonly Entry[], nextCursor: string | null) {
    const words = this.messages.audit;
    if (entries.length === 0) return html`<p role="status">${words.empty}</p>`;
    return html`${renderDataTable({
        labelledBy: 'audit-caption',
        caption: { text: words.caption(entries.length), live: true },
        columns: [words.at, words.actor, words.operation, words.target, words.from, words.outcome],
        rows: entries.map(
          (entry) => html`<tr>
            <td>${this.messages.common.dateTime(entry.at, this.locale)}</td>
            <td>${(words.actorKinds as Record<string, string>)[entry.actor.kind] ?? entry.actor.kind} <code>${entry.actor.id}</code></td>
            <td><code>${entry.operation}</code></td>
            <td>${entry.target ? html`${entry.target.kind} <code>${entry.target.id}</code>` : this.messages.common.none}</td>
            <td>${entry.ip}</td>
            <td>${entry.outcome}</td>
          </tr>`,
        ),
      })}
      ${renderLoadMore(this.#loadingMore, nextCursor, (cursor) => void this.#loadMore(cursor), this.messages)}`;
  }
}

customElements.define('console-audit', ConsoleAudit);

declare global {
  interface HTMLElementTagNameMap {
    'console-audit': ConsoleAudit;
  }
}
