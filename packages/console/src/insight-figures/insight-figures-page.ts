/**
 * Figures: the brand's figures about its clients and network — retention by purchase-year cohort,
 * CSAT per service centre and per retailer, registration rate per retailer — each with its
 * definition (the window the server computed it over, from its answer) and drawn twice with the
 * same numbers: a bar chart, and beside it a table readable by a screen reader and copied into a
 * spreadsheet. Each figure loads on its own, so a slow one keeps none of the others waiting.
 */
import type { CohortRetention, CsatFigures, CsatRow, Locale, Received, RegistrationRates } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import type { TemplateResult } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { renderDataTable } from '../shared/data-table.ts';
import { formatDay } from '../shared/dates.ts';
import '../shared/figure-chart.ts';
import { renderLoad } from '../shared/loads.ts';
import { pageStyles } from '../shared/page-styles.ts';
import type { InsightFiguresClient } from './insight-figures-client.ts';

export const insightFiguresSegment = 'figures';

const percentAxisMax = 100;

/** A share (0 to 1) in percent with one decimal, as the chart and the table both show it. */
function inPercent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

interface FigureRow {
  /** The row's heading: a cohort's year, a centre's or a retailer's name. */
  name: string;
  /** The counts, in the order of the table's columns after the name. */
  counts: readonly number[];
  share: number | null;
}

interface Figure {
  /** Unique in the page: the table's caption is `<id>-table`. */
  id: string;
  /** The figure's name, which the table's caption says. */
  name: string;
  chartLabel: string;
  /** The table's columns: the name's, then the counts', then the share's. */
  columns: readonly string[];
  rows: readonly FigureRow[];
  total: FigureRow;
}

export class ConsoleInsightFigures extends LitElement {
  static override styles = [
    pageStyles,
    css`
      :host {
        container-type: inline-size;
      }
      .definition {
        max-width: 70ch;
      }
      .figure {
        display: grid;
        gap: var(--wa-space-l);
        grid-template-columns: minmax(0, 1fr);
        align-items: start;
        margin-block-end: var(--wa-space-l);
      }
      /* The chart and its table side by side where there is room; stacked on a phone. */
      @container (min-width: 48rem) {
        .figure {
          grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        }
      }
      .figure table {
        min-width: 18rem;
      }
      td.number {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      tr.total th,
      tr.total td {
        font-weight: var(--wa-font-weight-semibold);
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
  };

  declare client: InsightFiguresClient;
  declare messages: ConsoleMessages;
  declare locale: Locale;

  readonly #retention = new Task(this, {
    task: ([client], { signal }) => (client as InsightFiguresClient).retention({ signal }),
    args: () => [this.client],
  });
  readonly #csat = new Task(this, {
    task: ([client], { signal }) => (client as InsightFiguresClient).csat({ signal }),
    args: () => [this.client],
  });
  readonly #registration = new Task(this, {
    task: ([client], { signal }) => (client as InsightFiguresClient).registrationRates({ signal }),
    args: () => [this.client],
  });

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
  }

  override render() {
    const words = this.messages.insightFigures;
    return html`<h1 tabindex="-1">${words.pageTitle}</h1>
      <p class="intro">${words.intro}</p>
      <section aria-labelledby="retention-title">
        <h2 id="retention-title">${words.retention.title}</h2>
        ${renderLoad(this, this.#retention, this.messages, (retention) => this.#renderRetention(retention))}
      </section>
      <section aria-labelledby="csat-title">
        <h2 id="csat-title">${words.csat.title}</h2>
        ${renderLoad(this, this.#csat, this.messages, (csat) => this.#renderCsat(csat))}
      </section>
      <section aria-labelledby="registration-title">
        <h2 id="registration-title">${words.registration.title}</h2>
        ${renderLoad(this, this.#registration, this.messages, (rates) => this.#renderRegistration(rates))}
      </section>`;
  }

  #definition(text: string) {
    return html`<p class="definition"><strong>${this.messages.insightFigures.definitionLabel}:</strong> ${text}</p>`;
  }

  #renderRetention(retention: Received<CohortRetention>) {
    const words = this.messages.insightFigures;
    return html`${this.#definition(words.retention.definition(retention.windowMonths, formatDay(retention.retainedSince, this.locale)))}
    ${retention.cohorts.length === 0
      ? html`<p>${words.retention.empty}</p>`
      : this.#renderFigure({
          id: 'retention',
          name: words.retention.title,
          chartLabel: words.retention.chart,
          columns: [words.retention.cohort, words.retention.clients, words.retention.retained, words.share],
          rows: retention.cohorts.map((cohort) => ({ name: String(cohort.purchaseYear), counts: [cohort.clients, cohort.retained], share: cohort.retentionShare })),
          total: { name: words.total, counts: [retention.total.clients, retention.total.retained], share: retention.total.retentionShare },
        })}`;
  }

  #renderCsat(csat: Received<CsatFigures>) {
    const words = this.messages.insightFigures;
    const columns = (first: string) => [first, words.csat.ratings, words.csat.satisfied(csat.satisfiedScoreMin), words.share];
    const rowOf = (row: Received<CsatRow>): FigureRow => ({ name: row.name, counts: [row.ratings, row.satisfied], share: row.csatShare });
    const total: FigureRow = { name: words.total, counts: [csat.total.ratings, csat.total.satisfied], share: csat.total.csatShare };
    return html`${this.#definition(words.csat.definition(csat.satisfiedScoreMin, formatDay(csat.from, this.locale), formatDay(csat.to, this.locale)))}
      <h3>${words.csat.centresTitle}</h3>
      ${csat.serviceCentres.length === 0
        ? html`<p>${words.csat.empty}</p>`
        : this.#renderFigure({ id: 'csat-centres', name: words.csat.centresTitle, chartLabel: words.csat.centresChart, columns: columns(words.csat.centre), rows: csat.serviceCentres.map(rowOf), total })}
      <h3>${words.csat.retailersTitle}</h3>
      ${csat.retailers.length === 0
        ? html`<p>${words.csat.empty}</p>`
        : this.#renderFigure({ id: 'csat-retailers', name: words.csat.retailersTitle, chartLabel: words.csat.retailersChart, columns: columns(words.csat.retailer), rows: csat.retailers.map(rowOf), total })}`;
  }

  #renderRegistration(rates: Received<RegistrationRates>) {
    const words = this.messages.insightFigures;
    return html`${this.#definition(words.registration.definition(rates.confirmedWithinDays, formatDay(rates.salesFrom, this.locale), formatDay(rates.salesTo, this.locale)))}
    ${rates.retailers.length === 0
      ? html`<p>${words.registration.empty}</p>`
      : this.#renderFigure({
          id: 'registration',
          name: words.registration.title,
          chartLabel: words.registration.chart,
          columns: [words.registration.retailer, words.registration.sales, words.registration.registered, words.share],
          rows: rates.retailers.map((row) => ({ name: row.name, counts: [row.sales, row.registered], share: row.registrationShare })),
          total: { name: words.total, counts: [rates.total.sales, rates.total.registered], share: rates.total.registrationShare },
        })}`;
  }

  #formattedShare(share: number | null): string {
    const shown = inPercent(share);
    if (shown === null) return this.messages.insightFigures.noData;
    return this.messages.insightFigures.percent(new Intl.NumberFormat(this.locale, { maximumFractionDigits: 1 }).format(shown));
  }

  /** The chart and, beside it, the table of the same numbers (the total row in the table only: it is no bar of its own). */
  #renderFigure(figure: Figure): TemplateResult {
    const number = new Intl.NumberFormat(this.locale);
    const row = (line: FigureRow, total = false) => html`<tr class=${total ? 'total' : ''}>
      <th scope="row">${line.name}</th>
      ${line.counts.map((count) => html`<td class="number">${number.format(count)}</td>`)}
      <td class="number">${this.#formattedShare(line.share)}</td>
    </tr>`;
    return html`<div class="figure">
      <console-figure-chart
        .label=${figure.chartLabel}
        .categories=${figure.rows.map((line) => line.name)}
        .series=${[{ name: this.messages.insightFigures.share, values: figure.rows.map((line) => inPercent(line.share)) }]}
        .max=${percentAxisMax}
      ></console-figure-chart>
      ${renderDataTable({
        labelledBy: `${figure.id}-table`,
        caption: { text: this.messages.insightFigures.tableCaption(figure.name) },
        columns: figure.columns,
        rows: html`${figure.rows.map((line) => row(line))}${row(figure.total, true)}`,
      })}
    </div>`;
  }
}

customElements.define('console-insight-figures', ConsoleInsightFigures);

declare global {
  interface HTMLElementTagNameMap {
    'console-insight-figures': ConsoleInsightFigures;
  }
}
