/**
 * Recent orders with the brand's pieces: each piece's registration status, and a serial field
 * for each piece still missing one (or whose serial the brand did not know).
 */
import type { OrdersResponse, OrderUnitView, OrderView, UnitResponse } from '../api-types.ts';
import { AdminApiError, adminApi, unitPath } from './admin-api.ts';
import { byId, h } from './dom.ts';
import { whileSubmitting } from './forms.ts';
import { table, unitKey } from './table.ts';
import { failureReason, priceNotRecorded, unitStatusText, unitStatusTone } from './wording.ts';

export interface OrdersSection {
  refresh(): Promise<void>;
}

export function mountOrdersSection(options: { onSalesChanged: () => Promise<void> }): OrdersSection {
  const container = byId('orders');
  const message = byId('orders-message');

  function serialForm(order: OrderView, unit: OrderUnitView): HTMLFormElement {
    const key = { orderId: order.orderId, lineItemId: unit.lineItemId, unitIndex: unit.unitIndex };
    const field = h('s-text-field', {
      name: 'serial',
      label: `Serial of ${unit.productTitle} in order ${order.name}`,
      labelAccessibilityVisibility: 'exclusive',
      autocomplete: 'off',
      required: true,
      value: unit.serial ?? '',
      error: unit.status === 'failed' ? failureReason(unit.errorCode) : undefined,
    });
    const form = h('form', { novalidate: true }, h('s-stack', { direction: 'inline', gap: 'small-200' }, field, h('s-button', { type: 'submit' }, unit.status === 'failed' ? 'Correct' : 'Register')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void whileSubmitting(form, () => register(order, unit, key, field));
    });
    return form;
  }

  async function register(order: OrderView, unit: OrderUnitView, key: Parameters<typeof unitKey>[0], field: HTMLElement & { value: string }): Promise<void> {
    const serial = field.value.trim();
    if (!serial) {
      field.setAttribute('error', 'Enter the serial engraved on the piece.');
      field.focus();
      return;
    }
    let outcome: UnitResponse['unit'];
    try {
      ({ unit: outcome } = await adminApi.put<UnitResponse>(unitPath(key, 'serial'), { serial }));
    } catch (error) {
      if (!(error instanceof AdminApiError)) throw error;
      field.setAttribute('error', error.fieldErrors[0]?.message ?? error.message);
      field.focus();
      return;
    }
    await refresh();
    await options.onSalesChanged();
    if (outcome.status === 'registered') {
      message.textContent = `Registered: ${unit.productTitle} (${serial}) in order ${order.name}. The buyer receives the warranty confirmation.`;
      message.focus();
    } else {
      // The table was drawn again: the same piece's field now carries the reason; the retailer corrects it there.
      const again = container.querySelector<HTMLElement>(`s-table-row[data-key="${CSS.escape(unitKey(key))}"] s-text-field`);
      message.textContent = `Not registered: ${failureReason(outcome.errorCode)}`;
      again?.focus();
    }
  }

  /** Minor units in the currency's own digits (cents; yen none; fils three), as the merchant's browser writes money. */
  function formattedPrice(price: OrderUnitView['price'] & object): string {
    const format = new Intl.NumberFormat(undefined, { style: 'currency', currency: price.currency });
    return format.format(price.amountMinorUnits / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
  }

  async function refresh(): Promise<void> {
    const { orders } = await adminApi.get<OrdersResponse>('/orders');
    if (orders.length === 0) {
      container.replaceChildren(h('s-paragraph', {}, 'No paid orders with pieces of the brand yet.'));
      return;
    }
    const rows = orders.flatMap((order) =>
      order.units.map((unit) => ({
        key: unitKey({ orderId: order.orderId, lineItemId: unit.lineItemId, unitIndex: unit.unitIndex }),
        cells: [
          order.name,
          order.purchaseDate,
          unit.productTitle,
          unit.price ? formattedPrice(unit.price) : priceNotRecorded,
          h('s-badge', { tone: unitStatusTone[unit.status] }, unitStatusText[unit.status]),
          unit.status === 'registered' ? (unit.serial ?? '') : serialForm(order, unit),
        ],
      })),
    );
    container.replaceChildren(table(['Order', 'Date', 'Piece', 'Price paid', 'Status', 'Serial'], rows));
  }

  return { refresh };
}
