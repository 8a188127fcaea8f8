/**
 * Sales the brand did not register, whatever their age, with the reason and a way to send them
 * again: one by one, or all at once (a batch per request; the button offers the next batch).
 */
import type { FailedSalesResponse, FailedSaleView, RetryFailedResponse, UnitResponse } from '../api-types.ts';
import { AdminApiError, adminApi, unitPath } from './admin-api.ts';
import { byId, h, setHidden } from './dom.ts';
import { table, unitKey } from './table.ts';
import { failureReason, plural } from './wording.ts';

export interface FailedSalesSection {
  refresh(): Promise<void>;
}

export function mountFailedSalesSection(options: { onSalesChanged: () => Promise<void> }): FailedSalesSection {
  const container = byId('failed-sales');
  const message = byId('failed-sales-message');
  const retryAll = byId('retry-all');
  let busy = false;

  /** Runs one retry at a time: the buttons stay focusable (no `disabled`), a press meanwhile does nothing. */
  async function exclusive(button: HTMLElement, task: () => Promise<void>): Promise<void> {
    if (busy) return;
    busy = true;
    button.setAttribute('loading', '');
    try {
      await task();
    } catch (error) {
      if (!(error instanceof AdminApiError)) throw error;
      message.textContent = error.message;
    } finally {
      busy = false;
      button.removeAttribute('loading');
    }
  }

  function retryButton(sale: FailedSaleView): HTMLElement {
    const button = h('s-button', { accessibilityLabel: `Retry ${sale.productTitle} in order ${sale.orderName}` }, 'Retry');
    button.addEventListener('click', () =>
      void exclusive(button, async () => {
        const { unit } = await adminApi.post<UnitResponse>(unitPath(sale, 'retry'));
        await refresh();
        await options.onSalesChanged();
        message.textContent =
          unit.status === 'registered' ? `Registered: ${sale.productTitle} (${sale.serial}) in order ${sale.orderName}.` : `Still not registered: ${failureReason(unit.errorCode)}`;
        message.focus();
      }),
    );
    return button;
  }

  retryAll.addEventListener('click', () =>
    void exclusive(retryAll, async () => {
      message.textContent = 'Sending the sales to the brand again…';
      const { outcomes, remaining } = await adminApi.post<RetryFailedResponse>('/sales/failed/retry');
      await refresh();
      await options.onSalesChanged();
      const registered = outcomes.filter((outcome) => outcome.status === 'registered').length;
      const summary = `Retried ${plural(outcomes.length, 'sale', 'sales')}: ${registered} registered, ${outcomes.length - registered} still not registered.`;
      message.textContent = remaining > 0 ? `${summary} ${plural(remaining, 'more sale waits', 'more sales wait')}: press Retry all again.` : summary;
      message.focus();
    }),
  );

  async function refresh(): Promise<void> {
    const { failedSales } = await adminApi.get<FailedSalesResponse>('/sales/failed');
    setHidden(retryAll, !failedSales.some((sale) => sale.retryable));
    if (failedSales.length === 0) {
      container.replaceChildren(h('s-paragraph', {}, 'Every sale of the brand’s pieces has been registered.'));
      return;
    }
    const rows = failedSales.map((sale) => ({
      key: unitKey(sale),
      cells: [sale.orderName, sale.purchaseDate, sale.productTitle, sale.serial, failureReason(sale.errorCode), sale.retryable ? retryButton(sale) : 'Ask the brand'],
    }));
    container.replaceChildren(table(['Order', 'Date', 'Piece', 'Serial', 'Why', 'Action'], rows));
  }

  return { refresh };
}
