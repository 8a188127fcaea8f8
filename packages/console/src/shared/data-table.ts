/**
 * The console's tables, drawn one way: a focusable region that scrolls sideways inside its own box
 * at phone width (never the page), named by the table's caption or by the heading above it; plain
 * column headings; and, for a keyset-paged list, one "Load more" footer with its failure in words.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ConsoleMessages } from '../locales/en.ts';
import type { SubmissionController } from './submission.ts';

export interface DataTable {
  /** The id that names the scrolling region: the caption's own, or that of the heading above the table. */
  labelledBy: string;
  /** The caption, given the `labelledBy` id; `live` when it counts rows that a "Load more" adds. */
  caption?: { text: string; live?: boolean };
  /** The column headings, in order; `undefined` for a column this reader is not shown. */
  columns: readonly (string | TemplateResult | undefined)[];
  /** The rows (`<tr>`s), as the page draws them. */
  rows: unknown;
}

export function renderDataTable(table: DataTable): TemplateResult {
  const { caption } = table;
  return html`<div class="table-box" tabindex="0" role="region" aria-labelledby=${table.labelledBy}>
    <table>
      ${caption ? html`<caption id=${table.labelledBy} aria-live=${caption.live ? 'polite' : nothing}>${caption.text}</caption>` : nothing}
      <thead>
        <tr>
          ${table.columns.filter((column) => column !== undefined).map((column) => html`<th scope="col">${column}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows}
      </tbody>
    </table>
  </div>`;
}

/** The footer of a paged list: why the last "Load more" failed, if it did, and the button while pages remain. */
export function renderLoadMore(request: SubmissionController, nextCursor: string | null | undefined, loadMore: (cursor: string) => void, messages: ConsoleMessages) {
  return html`${request.errorMessage ? html`<wa-callout variant="danger" role="alert">${request.errorMessage}</wa-callout>` : nothing}
  ${nextCursor
    ? html`<div class="actions">
        <wa-button ?loading=${request.pending} @click=${() => loadMore(nextCursor)}>${messages.common.loadMore}</wa-button>
      </div>`
    : nothing}`;
}
