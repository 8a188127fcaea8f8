/**
 * <console-recent-sales>: the boutique's recent sales, newest first, with where each stands
 * (awaiting the buyer's confirmation, confirmed, voided) and, while the brand's window is open,
 * "Void" — asked once more, with the reason, in a confirmation dialog. Load more by cursor.
 * `reload()` shows a sale just registered.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/input/input.js';
import type WaInput from '@awesome.me/webawesome/dist/components/input/input.js';
import type { Locale, Received, SalePage, SaleSummary } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import '../shared/confirm-dialog.ts';
import { formatDay } from '../shared/dates.ts';
import { renderLoad } from '../shared/loads.ts';
import { renderDataTable, renderLoadMore } from '../shared/data-table.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import type { SalesClient } from './sales-client.ts';

type Sale = Received<SaleSummary>;

export class ConsoleRecentSales extends LitElement {
  static override styles = pageStyles;

  static override properties = {
    client: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    more: { state: true },
    voiding: { state: true },
    reason: { state: true },
    notice: { state: true },
  };

  declare client: SalesClient;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  /** Sales fetched with "Load more" after the first page. */
  declare private more: { sales: Sale[]; nextCursor: string | null } | undefined;
  /** The sale whose void is being asked about. */
  declare private voiding: Sale | undefined;
  declare private reason: string;
  declare private notice: string | undefined;
  /** Sales voided on this page since it loaded, by id: shown as voided without reloading. */
  readonly #voided = new Map<string, Sale>();

  readonly #firstPage = new Task(this, {
    task: ([client], { signal }) => (client as SalesClient).page({}, { signal }),
    args: () => [this.client],
  });
  readonly #loadingMore = new SubmissionController(this, () => this.messages);
  readonly #void = new SubmissionController(this, () => this.messages);

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.more = undefined;
    this.voiding = undefined;
    this.reason = '';
    this.notice = undefined;
  }

  /** Loads the first page again (a sale was just registered). */
  reload(): void {
    this.more = undefined;
    this.#voided.clear();
    void this.#firstPage.run();
  }

  async #loadMore(cursor: string): Promise<void> {
    const outcome = await this.#loadingMore.submit(() => this.client.page({ cursor }));
    if (!outcome.ok) return;
    this.more = { sales: [...(this.more?.sales ?? []), ...outcome.value.sales], nextCursor: outcome.value.nextCursor };
  }

  async #confirmVoid(sale: Sale, reason: string): Promise<void> {
    this.notice = undefined;
    const outcome = await this.#void.submit((options) => this.client.void(sale.id, reason, options));
    if (!outcome.ok) return;
    this.#voided.set(sale.id, outcome.value);
    this.notice = this.messages.sales.voided(sale.serial);
  }

  #isVoidable(sale: Sale): boolean {
    return sale.voidableUntil !== null && Date.parse(sale.voidableUntil) > Date.now();
  }

  override render() {
    const words = this.messages.sales;
    return html`${this.notice ? html`<wa-callout variant="success" role="status">${this.notice}</wa-callout>` : nothing}
      ${this.#void.errorMessage ? html`<wa-callout variant="danger" role="alert">${this.#void.errorMessage}</wa-callout>` : nothing}
      ${renderLoad(this, this.#firstPage, this.messages, (page) => this.#renderPage(page))}
      <console-confirm
        .open=${this.voiding !== undefined}
        .label=${words.voidTitle}
        .message=${this.voiding ? words.voidConfirm(this.voiding.serial) : ''}
        .confirmLabel=${words.voidButton}
        .cancelLabel=${this.messages.common.cancel}
        .confirmDisabled=${this.reason.trim() === ''}
        @console-confirm-closed=${() => {
          this.voiding = undefined;
          this.reason = '';
        }}
        @console-confirmed=${() => {
          if (this.voiding) void this.#confirmVoid(this.voiding, this.reason);
        }}
      >
        <wa-input
          name="reason"
          required
          label=${words.voidReasonLabel}
          .value=${this.reason}
          @input=${(event: Event) => {
            this.reason = (event.target as WaInput).value ?? '';
          }}
        ></wa-input>
      </console-confirm>`;
  }

  #renderPage(page: Received<SalePage>) {
    const words = this.messages.sales;
    const sales = [...page.sales, ...(this.more?.sales ?? [])].map((sale) => this.#voided.get(sale.id) ?? sale);
    const nextCursor = this.more ? this.more.nextCursor : page.nextCursor;
    return html`<p class="intro">${page.voidWindowHours === 0 ? words.recentIntroClosed : words.recentIntro(page.voidWindowHours)}</p>
      ${sales.length === 0
        ? html`<p role="status">${words.recentEmpty}</p>`
        : renderDataTable({
            labelledBy: 'sales-caption',
            caption: { text: words.recentCaption(sales.length), live: true },
            columns: [words.serial, words.model, words.soldOn, words.buyer, words.status, words.actions],
            rows: sales.map((sale) => this.#renderSale(sale)),
          })}
      ${renderLoadMore(this.#loadingMore, nextCursor, (cursor) => void this.#loadMore(cursor), this.messages)}`;
  }

  #renderSale(sale: Sale) {
    const words = this.messages.sales;
    return html`<tr>
      <th scope="row"><code>${sale.serial}</code></th>
      <td>${sale.model.name} <span class="quiet reference">${sale.model.reference}</span></td>
      <td>${formatDay(sale.purchaseDate, this.locale)}</td>
      <td>${sale.confirmationSentTo}</td>
      <td>${(words.statuses as Record<string, string>)[sale.status] ?? sale.status}</td>
      <td>
        ${this.#isVoidable(sale)
          ? html`<wa-button
              size="s"
              appearance="outlined"
              variant="danger"
              ?loading=${this.#void.pending && this.voiding?.id === sale.id}
              @click=${() => {
                this.notice = undefined;
                this.voiding = sale;
              }}
              >${words.voidAction}<span class="visually-hidden">: ${sale.serial}</span></wa-button
            >`
          : nothing}
      </td>
    </tr>`;
  }
}

customElements.define('console-recent-sales', ConsoleRecentSales);

declare global {
  interface HTMLElementTagNameMap {
    'console-recent-sales': ConsoleRecentSales;
  }
}
