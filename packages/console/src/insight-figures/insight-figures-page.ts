/**
 * Figures: the brand's figures about its clients and network — retention by purchase-year cohort,
 * CSAT per service centre and per retailer, registration rate per retailer, CLV per segment and
 * (for those who read the brand's spend) CAC per acquisition channel — each with its
 * definition (the window the server computed it over, from its answer) and drawn twice with the
 * same numbers: a bar chart, and beside it a table readable by a screen reader and copied into a
 * spreadsheet. Each figure loads on its own, so a slow one keeps none of the others waiting.
 */
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import { acquisitionChannels, builtInSegmentNames } from '@atelier/client/contract';
import type {
  AcquisitionChannel,
  AcquisitionCost,
  AcquisitionCostCount,
  BuiltInSegmentName,
  ClvBySegment,
  CohortRetention,
  CsatFigures,
  CsatRow,
  CurrencyBasis,
  Locale,
  Received,
  RegistrationRates,
} from '@atelier/client/contract';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { renderDataTable } from '../shared/data-table.ts';
import { formatDay } from '../shared/dates.ts';
import '../shared/figure-chart.ts';
import { renderLoad } from '../shared/loads.ts';
import { formatMonth, moneyFormat, renderCurrencyBasis } from '../shared/money.ts';
import { pageStyles } from '../shared/page-styles.ts';
import type { InsightFiguresClient } from './insight-figures-client.ts';

export const insightFiguresSegment = 'figures';

const percentAxisMax = 100;

const isBuiltInSegment = (name: string): name is BuiltInSegmentName => (builtInSegmentNames as readonly string[]).includes(name);
const isChannel = (name: string): name is AcquisitionChannel => (acquisitionChannels as readonly string[]).includes(name);

/** A share (0 to 1) in percent with one decimal, as the chart and the table both show it. */
function inPercent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

interface FigureRow {
  /** The row's heading: a cohort's year, a centre's, a retailer's, a segment's or a channel's name. */
  name: string;
  /** The other cells, formatted, in the order of the table's columns after the name. */
  cells: readonly string[];
  /** The bar: a share in percent, or an amount in the reporting currency's units. */
  charted: number | null;
}

interface Figure {
  /** Unique in the page: the table's caption is `<id>-table`. */
  id: string;
  /** The figure's name, which the table's caption says. */
  name: string;
  chartLabel: string;
  /** The bars' name (the chart's one series). */
  chartedName: string;
  /** The value axis's end: 100 for percentages, fitted for amounts. */
  chartMax?: number;
  columns: readonly string[];
  rows: readonly FigureRow[];
  /** The table's last row (not charted: it is no bar of its own). */
  total?: FigureRow;
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
        /* "66.7 %" and "€50,013.33" read as one figure: never broken over two lines. */
        white-space: nowrap;
      }
      tr.total th,
      tr.total td {
        font-weight: var(--wa-font-weight-semibold);
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    showAcquisitionCost: { type: Boolean, attribute: 'show-acquisition-cost' },
    messages: { attribute: false },
    locale: { attribute: false },
  };

  declare client: InsightFiguresClient;
  /** CAC says what the brand spent: shown to those who may read the spend (admins, analysts). */
  declare showAcquisitionCost: boolean;
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
  readonly #clv = new Task(this, {
    task: ([client], { signal }) => (client as InsightFiguresClient).clv({ signal }),
    args: () => [this.client],
  });
  readonly #acquisitionCost = new Task(this, {
    task: ([client, shown], { signal }) => (shown ? (client as InsightFiguresClient).acquisitionCost({ signal }) : Promise.resolve(undefined)),
    args: () => [this.client, this.showAcquisitionCost],
  });

  constructor() {
    super();
    this.showAcquisitionCost = false;
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
      </section>
      <section aria-labelledby="clv-title">
        <h2 id="clv-title">${words.clv.title}</h2>
        ${renderLoad(this, this.#clv, this.messages, (clv) => this.#renderClv(clv))}
      </section>
      ${this.showAcquisitionCost
        ? html`<section aria-labelledby="cac-title">
            <h2 id="cac-title">${words.cac.title}</h2>
            ${renderLoad(this, this.#acquisitionCost, this.messages, (cost) => (cost === undefined ? html`` : this.#renderAcquisitionCost(cost)))}
          </section>`
        : nothing}`;
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
          chartedName: words.share,
          chartMax: percentAxisMax,
          columns: [words.retention.cohort, words.retention.clients, words.retention.retained, words.share],
          rows: retention.cohorts.map((cohort) => this.#shareRow(String(cohort.purchaseYear), [cohort.clients, cohort.retained], cohort.retentionShare)),
          total: this.#shareRow(words.total, [retention.total.clients, retention.total.retained], retention.total.retentionShare),
        })}`;
  }

  #renderCsat(csat: Received<CsatFigures>) {
    const words = this.messages.insightFigures;
    const columns = (first: string) => [first, words.csat.ratings, words.csat.satisfied(csat.satisfiedScoreMin), words.share];
    const rowOf = (row: Received<CsatRow>) => this.#shareRow(row.name, [row.ratings, row.satisfied], row.csatShare);
    const total = this.#shareRow(words.total, [csat.total.ratings, csat.total.satisfied], csat.total.csatShare);
    const figure = (id: string, name: string, chartLabel: string, first: string, rows: readonly Received<CsatRow>[]) =>
      rows.length === 0
        ? html`<p>${words.csat.empty}</p>`
        : this.#renderFigure({ id, name, chartLabel, chartedName: words.share, chartMax: percentAxisMax, columns: columns(first), rows: rows.map(rowOf), total });
    return html`${this.#definition(words.csat.definition(csat.satisfiedScoreMin, formatDay(csat.from, this.locale), formatDay(csat.to, this.locale)))}
      <h3>${words.csat.centresTitle}</h3>
      ${figure('csat-centres', words.csat.centresTitle, words.csat.centresChart, words.csat.centre, csat.serviceCentres)}
      <h3>${words.csat.retailersTitle}</h3>
      ${figure('csat-retailers', words.csat.retailersTitle, words.csat.retailersChart, words.csat.retailer, csat.retailers)}`;
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
          chartedName: words.share,
          chartMax: percentAxisMax,
          columns: [words.registration.retailer, words.registration.sales, words.registration.registered, words.share],
          rows: rates.retailers.map((row) => this.#shareRow(row.name, [row.sales, row.registered], row.registrationShare)),
          total: this.#shareRow(words.total, [rates.total.sales, rates.total.registered], rates.total.registrationShare),
        })}`;
  }

  #renderClv(clv: Received<ClvBySegment>) {
    const words = this.messages.insightFigures;
    const money = moneyFormat(clv.basis.reportingCurrency, this.locale);
    const number = new Intl.NumberFormat(this.locale);
    const decimals = new Intl.NumberFormat(this.locale, { maximumFractionDigits: 2 });
    const known = clv.segments.flatMap((row) => (isBuiltInSegment(row.segment) ? [{ ...row, segment: row.segment }] : []));
    return html`${this.#definition(
        words.clv.definition(clv.windowMonths, clv.lifespanYears, formatDay(clv.from, this.locale), formatDay(clv.to, this.locale)),
      )}
      ${this.#renderBasis(clv.basis)}
      ${this.#renderFigure({
        id: 'clv',
        name: words.clv.title,
        chartLabel: words.clv.chart(clv.basis.reportingCurrency),
        chartedName: words.clv.clv,
        columns: [words.clv.segment, words.clv.clients, words.clv.orders, words.clv.averageOrderValue, words.clv.ordersPerClientPerYear, words.clv.clv],
        rows: known.map((row) => ({
          name: this.messages.segments.builtInNames[row.segment],
          cells: [
            number.format(row.clients),
            words.clv.ordersValued(number.format(row.orders), number.format(row.ordersValued)),
            row.averageOrderValueMinorUnits === null ? words.noData : money.format(row.averageOrderValueMinorUnits),
            row.ordersPerClientPerYear === null ? words.noData : decimals.format(row.ordersPerClientPerYear),
            row.clvMinorUnits === null ? words.noData : money.format(row.clvMinorUnits),
          ],
          charted: row.clvMinorUnits === null ? null : money.inUnits(row.clvMinorUnits),
        })),
      })}`;
  }

  #renderAcquisitionCost(cost: Received<AcquisitionCost>) {
    const words = this.messages.insightFigures;
    const money = moneyFormat(cost.basis.reportingCurrency, this.locale);
    const number = new Intl.NumberFormat(this.locale);
    const rowOf = (name: string, row: Received<AcquisitionCostCount>): FigureRow => ({
      name,
      cells: [money.format(row.spendMinorUnits), number.format(row.newClients), row.cacMinorUnits === null ? words.noData : money.format(row.cacMinorUnits)],
      charted: row.cacMinorUnits === null ? null : money.inUnits(row.cacMinorUnits),
    });
    const known = cost.channels.flatMap((row) => (isChannel(row.channel) ? [{ ...row, channel: row.channel }] : []));
    return html`${this.#definition(words.cac.definition(cost.windowMonths, formatMonth(cost.fromMonth, this.locale), formatMonth(cost.toMonth, this.locale)))}
      ${this.#renderBasis(cost.basis)}
      ${this.#renderFigure({
        id: 'cac',
        name: words.cac.title,
        chartLabel: words.cac.chart(cost.basis.reportingCurrency),
        chartedName: words.cac.cac,
        columns: [words.cac.channel, words.cac.spend, words.cac.newClients, words.cac.cac],
        rows: known.map((row) => rowOf(words.cac.channels[row.channel], row)),
        total: rowOf(words.total, cost.total),
      })}`;
  }

  /** Every money figure says in which currency it is, at which rates, and which rates it lacked. */
  #renderBasis(basis: Received<CurrencyBasis>) {
    return renderCurrencyBasis(basis, this.messages, this.locale);
  }

  #shareRow(name: string, counts: readonly number[], share: number | null): FigureRow {
    const number = new Intl.NumberFormat(this.locale);
    return { name, cells: [...counts.map((count) => number.format(count)), this.#formattedShare(share)], charted: inPercent(share) };
  }

  #formattedShare(share: number | null): string {
    const shown = inPercent(share);
    if (shown === null) return this.messages.insightFigures.noData;
    return this.messages.insightFigures.percent(new Intl.NumberFormat(this.locale, { maximumFractionDigits: 1 }).format(shown));
  }

  /** The chart and, beside it, the table of the same numbers. */
  #renderFigure(figure: Figure): TemplateResult {
    const row = (line: FigureRow, total = false) => html`<tr class=${total ? 'total' : ''}>
      <th scope="row">${line.name}</th>
      ${line.cells.map((cell) => html`<td class="number">${cell}</td>`)}
    </tr>`;
    return html`<div class="figure">
      <console-figure-chart
        .label=${figure.chartLabel}
        .categories=${figure.rows.map((line) => line.name)}
        .series=${[{ name: figure.chartedName, values: figure.rows.map((line) => line.charted) }]}
        .max=${figure.chartMax}
      ></console-figure-chart>
      ${renderDataTable({
        labelledBy: `${figure.id}-table`,
        caption: { text: this.messages.insightFigures.tableCaption(figure.name) },
        columns: figure.columns,
        rows: html`${figure.rows.map((line) => row(line))}${figure.total ? row(figure.total, true) : nothing}`,
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
