/**
 * <console-counter-repairs>: the repairs left at this boutique's counter, newest first, a page at
 * a time, filtered by status — each with its tracking code, the piece, the service, where it
 * stands, whether the owner confirmed the e-mail address, and the day it was taken in. The server
 * lists a retailer's own repairs only. `reload()` starts again from the first page (a piece was
 * just taken in).
 */
import '@awesome.me/webawesome/dist/components/badge/badge.js';
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import { repairStatuses } from '@atelier/client/contract';
import type { Locale, Received, RepairStatus, RepairSummary } from '@atelier/client/contract';
import { serviceTypeName } from '@atelier/client/service-type-names';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { renderLoad } from '../shared/loads.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import type { RepairsClient } from './repairs-client.ts';
import { wordsFor } from '../shared/enum-words.ts';

type Repair = Received<RepairSummary>;

/** The filter's "every status" choice (a select's empty value reads as nothing chosen). */
const allStatuses = 'all';

export class ConsoleCounterRepairs extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .filters {
        max-width: 20rem;
        margin-block-end: var(--wa-space-m);
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    status: { state: true },
    loaded: { state: true },
    generation: { state: true },
  };

  declare client: RepairsClient;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  /** The status shown; '' for all. */
  declare private status: RepairStatus | '';
  declare private loaded: { repairs: Repair[]; nextCursor: string | null } | undefined;
  /** Bumped by `reload()`: the first page is fetched again. */
  declare private generation: number;

  readonly #firstPage = new Task(this, {
    task: async ([client, status], { signal }) => {
      const page = await (client as RepairsClient).page(status ? { status: [status as RepairStatus] } : {}, { signal });
      this.loaded = { repairs: page.repairs, nextCursor: page.nextCursor };
      return page;
    },
    args: () => [this.client, this.status, this.generation],
  });
  readonly #loadingMore = new SubmissionController(this, () => this.messages);

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.status = '';
    this.loaded = undefined;
    this.generation = 0;
  }

  reload(): void {
    this.generation += 1;
  }

  async #loadMore(cursor: string): Promise<void> {
    const status = this.status;
    const outcome = await this.#loadingMore.submit(() => this.client.page({ cursor, ...(status ? { status: [status] } : {}) }));
    if (!outcome.ok || !this.loaded) return;
    this.loaded = { repairs: [...this.loaded.repairs, ...outcome.value.repairs], nextCursor: outcome.value.nextCursor };
  }

  override render() {
    const words = this.messages.service;
    return html`<div class="filters">
        <wa-select
          name="status"
          label=${words.statusFilterLabel}
          .value=${this.status || allStatuses}
          @change=${(event: Event) => {
            const chosen = String((event.target as WaSelect).value ?? allStatuses);
            this.status = chosen === allStatuses ? '' : (chosen as RepairStatus);
          }}
        >
          <wa-option value=${allStatuses}>${words.allStatuses}</wa-option>
          ${repairStatuses.map((status) => html`<wa-option value=${status}>${words.statuses[status]}</wa-option>`)}
        </wa-select>
      </div>
      ${renderLoad(this, this.#firstPage, this.messages, () => this.#renderList())}`;
  }

  #renderList() {
    const words = this.messages.service;
    const loaded = this.loaded;
    if (!loaded) return html``;
    if (loaded.repairs.length === 0) return html`<p role="status">${this.status ? words.listEmptyFiltered : words.listEmpty}</p>`;
    return html`<div class="table-box" tabindex="0" role="region" aria-labelledby="repairs-caption">
        <table>
          <caption id="repairs-caption">
            ${words.listCaption(loaded.repairs.length)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${words.trackingCode}</th>
              <th scope="col">${words.serial}</th>
              <th scope="col">${words.model}</th>
              <th scope="col">${words.serviceType}</th>
              <th scope="col">${words.status}</th>
              <th scope="col">${words.contact}</th>
              <th scope="col">${words.takenInOn}</th>
            </tr>
          </thead>
          <tbody>
            ${loaded.repairs.map(
              (repair) => html`<tr>
                <td><code>${repair.trackingCode}</code></td>
                <td><code>${repair.serial}</code></td>
                <td>${repair.modelName}</td>
                <td>${serviceTypeName(words.serviceTypes, repair.serviceType)}</td>
                <td>${wordsFor(words.statuses, repair.status) ?? repair.status}</td>
                <td>
                  ${repair.contactConfirmation === 'pending'
                    ? html`<wa-badge variant="warning">${words.contactConfirmations.pending}</wa-badge>`
                    : (wordsFor(words.contactConfirmations, repair.contactConfirmation) ?? repair.contactConfirmation)}
                </td>
                <td>${this.messages.common.dateTime(repair.createdAt, this.locale)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.#loadingMore.errorMessage ? html`<wa-callout variant="danger" role="alert">${this.#loadingMore.errorMessage}</wa-callout>` : nothing}
      ${loaded.nextCursor
        ? html`<div class="actions">
            <wa-button ?loading=${this.#loadingMore.pending} @click=${() => void this.#loadMore(loaded.nextCursor!)}>${this.messages.common.loadMore}</wa-button>
          </div>`
        : nothing}`;
  }
}

customElements.define('console-counter-repairs', ConsoleCounterRepairs);

declare global {
  interface HTMLElementTagNameMap {
    'console-counter-repairs': ConsoleCounterRepairs;
  }
}
