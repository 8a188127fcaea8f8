/**
 * Stock: the pieces delivered and not yet sold, with how long each has been there. A retailer's
 * staff see their boutique's; the brand sees every retailer's, counted per retailer and model, and,
 * where its role may, the two alerts (pieces in stock too long, sales by a retailer that never
 * received the piece). Each table has a caption and scoped headers; wide tables scroll in a
 * focusable region at phone width.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import type { Locale, Received, StockAlerts, StockPiece } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import type { RetailerSummary, RetailersClient } from '../people/people-client.ts';
import { formatDay } from '../shared/dates.ts';
import { registerSubPath, salesSegment } from '../sales/sales-page.ts';
import { renderLoad } from '../shared/loads.ts';
import { pagePath } from '../shell/router.ts';
import { renderDataTable, renderLoadMore } from '../shared/data-table.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import type { StockClient, StockMovementsClient } from './stock-client.ts';
import './stock-movements.ts';

type Piece = Received<StockPiece>;

export class ConsoleStock extends LitElement {
  static override styles = pageStyles;

  static override properties = {
    client: { attribute: false },
    retailersClient: { attribute: false },
    showAlerts: { attribute: false },
    registerSales: { attribute: false },
    movementsClient: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    morePieces: { state: true },
  };

  declare client: StockClient;
  /** The brand's retailers, to name them; absent for a retailer's staff, who see their own stock only. */
  declare retailersClient: RetailersClient | undefined;
  /** Whether the viewer's role may read the brand's stock alerts. */
  declare showAlerts: boolean;
  /** Whether each piece offers "Register the sale" (the viewer's boutique sells it at the counter). */
  declare registerSales: boolean;
  /** A brand admin's: records movements, imports files and sets the alert's threshold; absent for others. */
  declare movementsClient: StockMovementsClient | undefined;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  /** Pieces fetched with "Load more" after the first page. */
  declare private morePieces: { pieces: Piece[]; nextCursor: string | null } | undefined;

  readonly #firstPage = new Task(this, {
    task: async ([client, retailersClient], { signal }) => {
      const [page, retailers] = await Promise.all([
        (client as StockClient).page({}, { signal }),
        retailersClient ? (retailersClient as RetailersClient).list({ signal }) : Promise.resolve(undefined),
      ]);
      return { page, retailers };
    },
    args: () => [this.client, this.retailersClient],
  });
  readonly #alerts = new Task(this, {
    task: ([client, show], { signal }) => (show ? (client as StockClient).alerts({ signal }) : Promise.resolve(undefined)),
    args: () => [this.client, this.showAlerts],
  });
  readonly #loadingMore = new SubmissionController(this, () => this.messages);

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.retailersClient = undefined;
    this.showAlerts = false;
    this.registerSales = false;
    this.movementsClient = undefined;
    // Pieces moved, or the threshold changed: show the stock and alerts as they now are.
    this.addEventListener('console-stock-changed', () => {
      this.morePieces = undefined;
      void this.#firstPage.run();
      void this.#alerts.run();
    });
  }

  async #loadMore(cursor: string): Promise<void> {
    const outcome = await this.#loadingMore.submit(() => this.client.page({ cursor }));
    if (!outcome.ok) return;
    this.morePieces = { pieces: [...(this.morePieces?.pieces ?? []), ...outcome.value.pieces], nextCursor: outcome.value.nextCursor };
  }

  override render() {
    const words = this.messages.stock;
    return html`<h1 tabindex="-1">${words.title}</h1>
      <p class="intro">${this.retailersClient ? words.intro : words.introRetailer}</p>
      ${renderLoad(this, this.#firstPage, this.messages, ({ page, retailers }) => {
        const pieces = [...page.pieces, ...(this.morePieces?.pieces ?? [])];
        const nextCursor = this.morePieces ? this.morePieces.nextCursor : page.nextCursor;
        return html`${this.#renderCounts(page.counts, pieces, retailers)} ${this.#renderPieces(pieces, nextCursor, retailers)}
        ${this.showAlerts ? renderLoad(this, this.#alerts, this.messages, (alerts) => (alerts ? this.#renderAlerts(alerts, retailers) : html``)) : nothing}`;
      })}
      ${this.#renderMovements()}`;
  }

  /**
   * The admin's tools stay on the page while the stock reloads after a change they made, so their
   * notice and what the person typed or chose survive it; the retailers are the last ones loaded.
   */
  #renderMovements() {
    if (!this.movementsClient) return nothing;
    return html`<console-stock-movements
      .client=${this.movementsClient}
      .retailers=${this.#firstPage.value?.retailers ?? []}
      .messages=${this.messages}
      .locale=${this.locale}
    ></console-stock-movements>`;
  }

  #retailerName(retailers: readonly RetailerSummary[] | undefined, id: string): string {
    return retailers?.find((retailer) => retailer.id === id)?.name ?? id;
  }

  #renderCounts(counts: Received<{ retailerId: string; modelId: string; pieces: number; oldestDeliveredOn: string }>[], pieces: readonly Piece[], retailers: readonly RetailerSummary[] | undefined) {
    const words = this.messages.stock;
    if (counts.length === 0) return html`<p role="status">${words.empty}</p>`;
    // Two models may share a name (a gold and a steel Méridienne Petite Seconde): the reference tells their rows apart.
    const model = (id: string) => {
      const known = pieces.find((piece) => piece.model.id === id)?.model;
      return known ? html`${known.name} <span class="quiet reference">${known.reference}</span>` : id;
    };
    // The table is the region named by the heading; the section around it is not one more.
    return html`<section>
      <h2 id="counts-title">${words.countsTitle}</h2>
      ${renderDataTable({
        labelledBy: 'counts-title',
        columns: [retailers ? words.retailer : undefined, words.model, words.pieces, words.oldest],
        rows: counts.map(
          (count) => html`<tr>
            ${retailers ? html`<td>${this.#retailerName(retailers, count.retailerId)}</td>` : nothing}
            <td>${model(count.modelId)}</td>
            <td>${count.pieces}</td>
            <td>${formatDay(count.oldestDeliveredOn, this.locale)}</td>
          </tr>`,
        ),
      })}
    </section>`;
  }

  #renderPieceRows(pieces: readonly Piece[], retailers: readonly RetailerSummary[] | undefined) {
    return pieces.map(
      (piece) => html`<tr>
        <td><code>${piece.serial}</code></td>
        <td>${piece.model.name} <span class="quiet reference">${piece.model.reference}</span></td>
        ${retailers ? html`<td>${this.#retailerName(retailers, piece.retailerId)}</td>` : nothing}
        <td>${formatDay(piece.deliveredOn, this.locale)}</td>
        <td>${piece.daysInStock}</td>
        ${this.registerSales
          ? html`<td>
              <a href=${pagePath(salesSegment, registerSubPath, piece.serial)} aria-label=${this.messages.sales.registerFromStockLabel(piece.serial)}
                >${this.messages.sales.registerFromStock}</a
              >
            </td>`
          : nothing}
      </tr>`,
    );
  }

  #pieceColumns(retailers: readonly RetailerSummary[] | undefined) {
    const words = this.messages.stock;
    return [
      words.serial,
      words.model,
      retailers ? words.retailer : undefined,
      words.deliveredOn,
      words.daysInStock,
      this.registerSales ? this.messages.sales.actions : undefined,
    ];
  }

  #renderPieces(pieces: readonly Piece[], nextCursor: string | null, retailers: readonly RetailerSummary[] | undefined) {
    const words = this.messages.stock;
    if (pieces.length === 0) return nothing;
    return html`<section aria-labelledby="pieces-title">
      <h2 id="pieces-title">${words.piecesTitle}</h2>
      ${renderDataTable({
        labelledBy: 'pieces-caption',
        caption: { text: words.caption(pieces.length), live: true },
        columns: this.#pieceColumns(retailers),
        rows: this.#renderPieceRows(pieces, retailers),
      })}
      ${renderLoadMore(this.#loadingMore, nextCursor, (cursor) => void this.#loadMore(cursor), this.messages)}
    </section>`;
  }

  #renderAlerts(alerts: Received<StockAlerts>, retailers: readonly RetailerSummary[] | undefined) {
    const words = this.messages.stock;
    return html`<section aria-labelledby="alerts-title">
      <h2 id="alerts-title">${words.alertsTitle}</h2>
      <h3 id="aged-title">${words.agedTitle(alerts.agedStockDays)}</h3>
      ${alerts.agedStock.length === 0
        ? html`<p>${words.agedEmpty}</p>`
        : renderDataTable({
            labelledBy: 'aged-title',
            columns: this.#pieceColumns(retailers ?? []),
            rows: this.#renderPieceRows(alerts.agedStock, retailers ?? []),
          })}
      <h3 id="unreceived-title">${words.unreceivedTitle}</h3>
      ${alerts.unreceivedSales.length === 0
        ? html`<p>${words.unreceivedEmpty}</p>`
        : renderDataTable({
            labelledBy: 'unreceived-title',
            columns: [words.serial, words.retailer, words.soldOn],
            rows: alerts.unreceivedSales.map(
              (sale) => html`<tr>
                <td><code>${sale.serial}</code></td>
                <td>${this.#retailerName(retailers, sale.retailerId)}</td>
                <td>${formatDay(sale.purchaseDate, this.locale)}</td>
              </tr>`,
            ),
          })}
    </section>`;
  }
}

customElements.define('console-stock', ConsoleStock);

declare global {
  interface HTMLElementTagNameMap {
    'console-stock': ConsoleStock;
  }
}
