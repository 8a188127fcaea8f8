/**
 * <console-care-figures>: the concierge's figures over a period — per kind of care, the reminders
 * sent and how many were followed by a booking of the piece within 60 days, with the rate — as a
 * table (the numbers themselves, readable by everyone; no chart yet, so no chart without its
 * table). The period defaults to the last twelve months up to today.
 */
import { careReminderBookingWindowDays } from '@atelier/client/contract';
import type { CareReminderFigures, Locale, Received } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { renderDataTable } from '../shared/data-table.ts';
import { describeError } from '../shared/error-words.ts';
import { renderLoad } from '../shared/loads.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { renderTextField } from '../shared/text-field.ts';
import type { CareRemindersClient } from './care-client.ts';
import { enumWords } from '../shared/enum-words.ts';

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

export class ConsoleCareFigures extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .period {
        display: flex;
        flex-wrap: wrap;
        gap: var(--wa-space-m);
        margin-block-end: var(--wa-space-m);
      }
      .period > * {
        flex: 1 1 10rem;
      }
      td.number,
      th.number {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      tr.total td {
        font-weight: var(--wa-font-weight-semibold);
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    from: { state: true },
    to: { state: true },
  };

  declare client: CareRemindersClient;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  declare private from: string;
  declare private to: string;

  readonly #figures = new Task(this, {
    task: async ([client, from, to], { signal }) => ((isDay(from as string) && isDay(to as string)) ? (client as CareRemindersClient).figures({ from: from as string, to: to as string }, { signal }) : undefined),
    args: () => [this.client, this.from, this.to],
  });

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.to = daysAgo(0);
    this.from = daysAgo(365);
  }

  override render() {
    const words = this.messages.care;
    const invalid = this.#figures.error === undefined ? undefined : describeError(this.#figures.error, this.messages);
    return html`<h2 id="figures-title">${words.figuresTitle}</h2>
      <p class="intro">${words.figuresIntro(careReminderBookingWindowDays)}</p>
      <div class="period">
        ${renderTextField({ name: 'from', label: words.from, type: 'date', value: this.from, error: invalid?.fieldErrors['from'], onInput: (value) => (this.from = value) })}
        ${renderTextField({ name: 'to', label: words.to, type: 'date', value: this.to, error: invalid?.fieldErrors['to'], onInput: (value) => (this.to = value) })}
      </div>
      ${renderLoad(this, this.#figures, this.messages, (figures) => (figures ? this.#renderTable(figures) : html``))}`;
  }

  #renderTable(figures: Received<CareReminderFigures>) {
    const words = this.messages.care;
    const number = (value: number) => value.toLocaleString(this.locale);
    const rate = (value: number | null) => (value === null ? this.messages.common.none : words.percent(value));
    const row = (label: string, figure: { sent: number; followedByBooking: number; bookingRate: number | null }, total = false) =>
      html`<tr class=${total ? 'total' : ''}>
        <th scope="row">${label}</th>
        <td class="number">${number(figure.sent)}</td>
        <td class="number">${number(figure.followedByBooking)}</td>
        <td class="number">${rate(figure.bookingRate)}</td>
      </tr>`;
    return html`${renderDataTable({
        labelledBy: 'figures-title',
        columns: [words.kind, words.sent, words.followedByBooking, words.bookingRate],
        rows: html`${figures.kinds.map((kind) => row(enumWords(words.kinds, kind.careKind), kind))}${row(words.total, figures.total, true)}`,
      })}
      ${figures.stillInWindow > 0 ? html`<p class="quiet">${words.stillInWindow(figures.stillInWindow)}</p>` : nothing}`;
  }
}

customElements.define('console-care-figures', ConsoleCareFigures);

declare global {
  interface HTMLElementTagNameMap {
    'console-care-figures': ConsoleCareFigures;
  }
}
