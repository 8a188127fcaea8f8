/**
 * Stock: the pieces the brand delivered to the shop's retailer and that are not sold yet, oldest
 * delivery first, with how long each has been there (the console's *Stock* for a boutique). The
 * brand answers a page at a time; *Show more pieces* adds the next one. When the stock cannot be
 * shown, the section says why and what to do (connect, replace the secret key, try again).
 */
import type { StockPieceView, StockResponse } from '../api-types.ts';
import { AdminApiError, adminApi } from './admin-api.ts';
import { byId, h, setHidden } from './dom.ts';
import { table } from './table.ts';
import { formatDay, plural } from './wording.ts';

export interface StockSection {
  refresh(): Promise<void>;
}

/** Codes whose remedy is the merchant's, under Brand connection. */
const connectionCodes = new Set(['shop_not_connected', 'retailer_key_required', 'retailer_key_refused']);

export function mountStockSection(): StockSection {
  const container = byId('stock');
  const more = byId('stock-more');
  const message = byId('stock-message');
  let shown: StockPieceView[] = [];
  let nextCursor: string | null = null;
  let loading = false;

  function render(total: number): void {
    setHidden(more, nextCursor === null);
    if (shown.length === 0) {
      container.replaceChildren(h('s-paragraph', {}, 'No piece in stock: every piece the brand delivered to your shop is sold or went back to the brand. Pieces appear here when the brand records a delivery.'));
      return;
    }
    const summary =
      shown.length < total
        ? `${plural(total, 'piece', 'pieces')} in stock, oldest delivery first; the oldest ${shown.length} are shown.`
        : `${plural(total, 'piece', 'pieces')} in stock, oldest delivery first.`;
    const rows = shown.map((piece) => ({
      key: piece.serial,
      cells: [piece.serial, `${piece.model.name} (${piece.model.reference})`, formatDay(piece.deliveredOn), String(piece.daysInStock)],
    }));
    container.replaceChildren(h('s-paragraph', { id: 'stock-summary' }, summary), table(['Serial', 'Model', 'Delivered', 'Days in stock'], rows));
  }

  function showError(error: AdminApiError): void {
    setHidden(more, true);
    if (connectionCodes.has(error.code)) {
      const heading = error.code === 'shop_not_connected' ? 'Not connected to the brand' : 'Your retailer key is needed';
      container.replaceChildren(h('s-banner', { tone: error.code === 'shop_not_connected' ? 'info' : 'warning', heading }, h('s-paragraph', {}, error.message)));
      return;
    }
    const retry = h('s-button', { slot: 'secondary-actions' }, 'Try again');
    retry.addEventListener('click', () => void refresh());
    container.replaceChildren(h('s-banner', { tone: 'critical', heading: 'The stock could not be shown' }, h('s-paragraph', {}, error.message), retry));
  }

  /** Loads the first page (or, with `cursor`, appends the next); an error is shown in the section, never thrown. */
  async function load(cursor: string | null): Promise<void> {
    let page: StockResponse;
    try {
      page = await adminApi.get<StockResponse>(cursor ? `/stock?cursor=${encodeURIComponent(cursor)}` : '/stock');
    } catch (error) {
      if (!(error instanceof AdminApiError)) throw error;
      if (cursor) message.textContent = `More pieces could not be shown: ${error.message}`;
      else showError(error);
      return;
    }
    shown = cursor ? [...shown, ...page.pieces] : page.pieces;
    nextCursor = page.nextCursor;
    render(page.total);
  }

  more.addEventListener('click', () => {
    if (loading || !nextCursor) return;
    loading = true;
    more.setAttribute('loading', '');
    message.textContent = '';
    void load(nextCursor).finally(() => {
      loading = false;
      more.removeAttribute('loading');
      // The button is gone after the last page: the summary says how many are shown now.
      if (nextCursor === null) {
        message.textContent = `All ${plural(shown.length, 'piece', 'pieces')} shown.`;
        message.focus();
      }
    });
  });

  async function refresh(): Promise<void> {
    message.textContent = '';
    await load(null);
  }

  return { refresh };
}
