/** A Polaris table from column headings and rows of cells. */
import { h, type Child } from './dom.ts';

export function table(headings: string[], rows: Array<{ key: string; cells: Child[] }>): HTMLElement {
  return h(
    's-table',
    {},
    h('s-table-header-row', {}, ...headings.map((heading) => h('s-table-header', {}, heading))),
    h('s-table-body', {}, ...rows.map((row) => h('s-table-row', { 'data-key': row.key }, ...row.cells.map((cell) => h('s-table-cell', {}, cell))))),
  );
}

export function unitKey(unit: { orderId: string; lineItemId: string; unitIndex: number }): string {
  return `${unit.orderId}/${unit.lineItemId}/${unit.unitIndex}`;
}
