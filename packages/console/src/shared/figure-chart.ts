/**
 * A bar chart of a few figures (a retailer's beside the network median's; a figure per cohort,
 * centre or retailer), drawn by Chart.js (loaded with the page that shows it, registering only the
 * bar chart's parts). The canvas is an image to assistive technology, named by `label`; the same
 * numbers are in the table beside it.
 */
import { css, html, LitElement } from 'lit';

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

/** Two colours with enough contrast on the console's light and dark surfaces, and from each other. */
const seriesColours = ['#3a6ea5', '#c08a2b'];
const minimumHeightRem = 12;
const barHeightRem = 1.75;
/**
 * Chart.js gives the category axis at most half the chart's width and cuts a longer name at its
 * start ("outique Maison Aubert Place Vendôme"): names go on lines of about this many characters,
 * which fit half of a chart as narrow as a phone's.
 */
const categoryLineChars = 20;

/** A category's name as Chart.js draws it: one line, or its words on lines of at most `lineChars` (a longer word alone). */
export function categoryLines(name: string, lineChars = categoryLineChars): string | string[] {
  const lines: string[] = [];
  for (const word of name.split(/\s+/).filter((part) => part !== '')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= lineChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 1 ? lines : name;
}

export class ConsoleFigureChart extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 12rem;
    }
    canvas {
      max-width: 100%;
    }
  `;

  static override properties = {
    label: {},
    categories: { attribute: false },
    series: { attribute: false },
    max: { attribute: false },
  };

  /** What the chart shows, in words: its accessible name. */
  declare label: string;
  declare categories: string[];
  declare series: ChartSeries[];
  /** The value axis's end (100 for percentages); by default, fitted to the values. */
  declare max: number | undefined;
  #chart: { destroy(): void } | undefined;
  /** Drawing is asynchronous (the library loads once): the latest request wins. */
  #drawing = 0;

  constructor() {
    super();
    this.label = '';
    this.categories = [];
    this.series = [];
    this.max = undefined;
  }

  override render() {
    return html`<canvas role="img" aria-label=${this.label}></canvas>`;
  }

  override updated(): void {
    void this.#draw();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#drawing += 1;
    this.#chart?.destroy();
    this.#chart = undefined;
  }

  async #draw(): Promise<void> {
    const drawing = ++this.#drawing;
    const { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } = await import('chart.js');
    if (drawing !== this.#drawing) return;
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas) return;
    const labels = this.categories.map((category) => categoryLines(category));
    // Room for every bar and every line of its name: a table of twelve retailers needs a taller
    // chart than three figures, and a name on two lines as much room as two bars.
    const rowsRem = labels.reduce((sum, label) => sum + Math.max(this.series.length, Array.isArray(label) ? label.length : 1) * barHeightRem, 0);
    this.style.minHeight = `${Math.max(minimumHeightRem, rowsRem)}rem`;
    this.#chart?.destroy();
    this.#chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels,
        datasets: this.series.map((series, index) => ({ label: series.name, data: series.values, backgroundColor: seriesColours[index % seriesColours.length] })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: 'y',
        // Every bar keeps its name: Chart.js would otherwise skip names it finds too close together.
        scales: { x: { beginAtZero: true, max: this.max }, y: { ticks: { autoSkip: false } } },
      },
    });
  }
}

customElements.define('console-figure-chart', ConsoleFigureChart);

declare global {
  interface HTMLElementTagNameMap {
    'console-figure-chart': ConsoleFigureChart;
  }
}
