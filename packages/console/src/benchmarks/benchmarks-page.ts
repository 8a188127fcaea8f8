/**
 * Benchmarks: a retailer's own figures over the last year against the network median — days in
 * stock before a sale, buyers' confirmations and how soon, repair turnaround and satisfaction —
 * as two bar charts (days; shares) and, with the same numbers, a table readable by a screen
 * reader and copied into a spreadsheet. Retailer staff see their boutique's; brand admins and
 * analysts choose a retailer.
 */
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import { benchmarkFigureIds } from '@atelier/client/contract';
import type { BenchmarkFigure, BenchmarkFigureId, Locale, Received, RetailerBenchmarks } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import type { RetailerSummary, RetailersClient } from '../people/people-client.ts';
import { formatDay } from '../shared/dates.ts';
import { renderLoad } from '../shared/loads.ts';
import { renderDataTable } from '../shared/data-table.ts';
import { pageStyles } from '../shared/page-styles.ts';
import type { BenchmarksClient } from './benchmarks-client.ts';
import '../shared/figure-chart.ts';

/** A figure this console knows how to word (a newer server may send more). */
type KnownFigure = Omit<Received<BenchmarkFigure>, 'id'> & { id: BenchmarkFigureId };

function isKnownId(id: string): id is BenchmarkFigureId {
  return (benchmarkFigureIds as readonly string[]).includes(id);
}

const dayFigures: readonly BenchmarkFigureId[] = ['sellThroughDays', 'registrationLagDays', 'repairTurnaroundDays'];
const shareFigures: readonly BenchmarkFigureId[] = ['registrationRate', 'csat'];
const percent = 100;

export class ConsoleBenchmarks extends LitElement {
  static override styles = [
    pageStyles,
    css`
      /* Every cell is a figure ("64 days", "87.5 %"): never broken over two lines. */
      td {
        white-space: nowrap;
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    retailersClient: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    chosenRetailerId: { state: true },
  };

  declare client: BenchmarksClient;
  /** The brand's retailers to choose from; absent for a retailer's staff, who see their own. */
  declare retailersClient: RetailersClient | undefined;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  declare private chosenRetailerId: string | undefined;

  readonly #retailers = new Task(this, {
    task: ([retailersClient], { signal }) => ((retailersClient as RetailersClient | undefined) ? (retailersClient as RetailersClient).list({ signal }) : Promise.resolve(undefined)),
    args: () => [this.retailersClient],
  });
  /** Undefined while the brand's retailers load, null when the brand has none: nothing to ask. */
  readonly #figures = new Task(this, {
    task: ([client, retailersClient, retailerId, retailers], { signal }) => {
      if (!retailersClient) return (client as BenchmarksClient).figures(undefined, { signal });
      if (retailers === undefined) return Promise.resolve(undefined);
      const chosen = (retailerId as string | undefined) ?? (retailers as RetailerSummary[])[0]?.id;
      return chosen === undefined ? Promise.resolve(null) : (client as BenchmarksClient).figures(chosen, { signal });
    },
    args: () => [this.client, this.retailersClient, this.chosenRetailerId, this.#retailers.value],
  });

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.retailersClient = undefined;
  }

  override render() {
    const words = this.messages.benchmarks;
    return html`<h1 tabindex="-1">${words.title}</h1>
      <p class="intro">${this.retailersClient ? words.introBrand : words.intro}</p>
      ${this.retailersClient
        ? renderLoad(this, this.#retailers, this.messages, (retailers) => this.#renderRetailerChoice(retailers ?? []))
        : nothing}
      ${renderLoad(this, this.#figures, this.messages, (figures) => {
        if (figures === undefined) return html``;
        return figures === null ? html`<p>${words.noRetailer}</p>` : this.#renderFigures(figures);
      })}`;
  }

  #renderRetailerChoice(retailers: readonly RetailerSummary[]) {
    return html`<wa-select
      label=${this.messages.benchmarks.retailerLabel}
      .value=${this.chosenRetailerId ?? retailers[0]?.id ?? ''}
      @change=${(event: Event) => {
        this.chosenRetailerId = String((event.target as WaSelect).value ?? '') || undefined;
      }}
    >
      ${retailers.map((retailer) => html`<wa-option value=${retailer.id}>${retailer.name} — ${retailer.city}</wa-option>`)}
    </wa-select>`;
  }

  /** A figure as the table and the chart show it: days as they are, shares in percent. */
  #value(figure: KnownFigure, value: number | null): number | null {
    if (value === null) return null;
    return shareFigures.includes(figure.id) ? Math.round(value * percent * 10) / 10 : value;
  }

  #formatted(figure: KnownFigure, value: number | null): string {
    const shown = this.#value(figure, value);
    if (shown === null) return this.messages.benchmarks.noData;
    const number = new Intl.NumberFormat(this.locale).format(shown);
    return shareFigures.includes(figure.id) ? this.messages.benchmarks.percent(number) : this.messages.benchmarks.days(number);
  }

  #renderChart(figures: readonly KnownFigure[], ids: readonly BenchmarkFigureId[], label: string) {
    const words = this.messages.benchmarks;
    const shown = ids.map((id) => figures.find((figure) => figure.id === id)).filter((figure) => figure !== undefined);
    return html`<console-figure-chart
      .label=${label}
      .categories=${shown.map((figure) => words.figures[figure.id])}
      .series=${[
        { name: words.yours, values: shown.map((figure) => this.#value(figure, figure.retailer)) },
        { name: words.network, values: shown.map((figure) => this.#value(figure, figure.networkMedian)) },
      ]}
    ></console-figure-chart>`;
  }

  #renderFigures(benchmarks: Received<RetailerBenchmarks>) {
    const words = this.messages.benchmarks;
    const figures = benchmarks.figures.flatMap((figure): KnownFigure[] => (isKnownId(figure.id) ? [{ ...figure, id: figure.id }] : []));
    return html`<p>${words.window(formatDay(benchmarks.from, this.locale), formatDay(benchmarks.to, this.locale))}</p>
      <section aria-labelledby="days-title">
        <h2 id="days-title">${words.daysTitle}</h2>
        ${this.#renderChart(figures, dayFigures, words.daysChart)}
      </section>
      <section aria-labelledby="shares-title">
        <h2 id="shares-title">${words.sharesTitle}</h2>
        ${this.#renderChart(figures, shareFigures, words.sharesChart)}
      </section>
      <section>
        <h2 id="table-title">${words.tableTitle}</h2>
        ${renderDataTable({
          labelledBy: 'table-title',
          columns: [words.figure, words.yours, words.network, words.basedOn, words.retailersCompared],
          rows: figures.map(
            (figure) => html`<tr>
              <th scope="row">${words.figures[figure.id]}<br /><span class="quiet">${words.definitions[figure.id]}</span></th>
              <td>${this.#formatted(figure, figure.retailer)}</td>
              <td>${this.#formatted(figure, figure.networkMedian)}</td>
              <td>${figure.sampleSize}</td>
              <td>${figure.retailersCompared}</td>
            </tr>`,
          ),
        })}
      </section>`;
  }
}

customElements.define('console-benchmarks', ConsoleBenchmarks);

declare global {
  interface HTMLElementTagNameMap {
    'console-benchmarks': ConsoleBenchmarks;
  }
}
