/**
 * The brand admin's stock tools, under the stock tables: record a delivery or a return by hand,
 * import a warehouse's CSV file (checked by a dry run first, then recorded whole). The aged-stock
 * alert's threshold is a brand setting (brand/brand-settings-page.ts). After each change it fires `console-stock-changed` so the page
 * reloads the stock it shows. A refused movement names each refused line in the reader's language
 * (the server's stable codes, worded by the locale), and keeps what was typed or chosen.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import '@awesome.me/webawesome/dist/components/textarea/textarea.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import type WaTextarea from '@awesome.me/webawesome/dist/components/textarea/textarea.js';
import type { Locale, StockImportReport, StockMovement } from '@atelier/client/contract';
import { css, html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import type { RetailerSummary } from '../people/people-client.ts';
import { renderDataTable } from '../shared/data-table.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import { renderTextField } from '../shared/text-field.ts';
import type { StockMovementsClient } from './stock-client.ts';

type Kind = StockMovement['kind'];

interface MovementDraft {
  kind: Kind;
  retailerId: string;
  serials: string;
  date: string;
  reference: string;
}

/** A file chosen for import: its text, and the dry run's report once it passed. */
interface ChosenFile {
  name: string;
  csv: string;
  report: StockImportReport | undefined;
}

/** Today in the reader's calendar, as the date input shows it (YYYY-MM-DD). */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The serials typed, one per line (commas and spaces also separate them, as pasted from a sheet). */
function serialsOf(text: string): string[] {
  return text.split(/[\s,;]+/).filter((serial) => serial !== '');
}

/** `csv.7.serial` → line 7, column serial; `csv` → the whole file. */
function fileLocation(path: string): { line: number | undefined; column: string | undefined } {
  const [, line, column] = path.split('.');
  return { line: line === undefined ? undefined : Number(line), column };
}

export class ConsoleStockMovements extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .refusals {
        margin: 0;
        padding-inline-start: var(--wa-space-l);
        color: var(--wa-color-danger-on-quiet);
      }
      input[type='file'] {
        font: inherit;
        width: 100%;
        min-width: 0;
      }
      .file-field {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: var(--wa-space-2xs);
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    retailers: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    draft: { state: true },
    file: { state: true },
    notice: { state: true },
  };

  declare client: StockMovementsClient;
  /** The brand's retailers, to choose where pieces go. */
  declare retailers: readonly RetailerSummary[];
  declare messages: ConsoleMessages;
  declare locale: Locale;
  declare private draft: MovementDraft;
  declare private file: ChosenFile | undefined;
  declare private notice: string | undefined;

  readonly #recording = new SubmissionController(this, () => this.messages);
  readonly #importing = new SubmissionController(this, () => this.messages);

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.retailers = [];
    this.draft = { kind: 'delivery', retailerId: '', serials: '', date: localToday(), reference: '' };
  }

  #changed(notice: string): void {
    this.notice = notice;
    this.dispatchEvent(new CustomEvent('console-stock-changed', { bubbles: true, composed: true }));
  }

  #focusFirstError(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('form .field-error')?.focus());
  }

  async #record(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.notice = undefined;
    const { kind, retailerId, date } = this.draft;
    const reference = this.draft.reference.trim();
    const serials = serialsOf(this.draft.serials);
    const movement = { retailerId, serials, date, ...(reference ? { reference } : {}) };
    const outcome = await this.#recording.submit((options) => this.client.record(kind, movement, options));
    if (!outcome.ok) return this.#focusFirstError();
    const retailer = this.retailers.find((candidate) => candidate.id === retailerId)?.name ?? retailerId;
    this.draft = { ...this.draft, serials: '', reference: '' };
    this.#changed(this.messages.stockMovements.recorded(kind, serials.length, retailer));
  }

  async #choose(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    this.notice = undefined;
    this.#importing.reset();
    if (!chosen) {
      this.file = undefined;
      return;
    }
    this.file = { name: chosen.name, csv: await chosen.text(), report: undefined };
    const csv = this.file.csv;
    const outcome = await this.#importing.submit((options) => this.client.importFile({ csv, dryRun: true }, options));
    if (outcome.ok && this.file?.csv === csv) this.file = { ...this.file, report: outcome.value };
  }

  async #import(): Promise<void> {
    const file = this.file;
    if (!file?.report) return;
    const outcome = await this.#importing.submit((options) => this.client.importFile({ csv: file.csv }, options));
    if (!outcome.ok) return;
    this.file = undefined;
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]');
    if (input) input.value = '';
    this.#changed(this.messages.stockMovements.imported(outcome.value.lines));
  }

  override render() {
    return html`<p role="status" class="notice">${this.notice ?? nothing}</p>
      ${this.#renderRecord()} ${this.#renderImport()}`;
  }

  /** The refused lines of the serials field, each with its serial. */
  #renderLineRefusals() {
    const fieldErrors = this.#recording.failure?.fieldErrors ?? {};
    const serials = serialsOf(this.draft.serials);
    const lines = Object.entries(fieldErrors)
      .filter(([path]) => path.startsWith('serials.'))
      .map(([path, words]) => {
        const index = Number(path.split('.')[1]);
        return this.messages.stockMovements.lineRefused(index + 1, serials[index] ?? '', words);
      });
    if (lines.length === 0) return nothing;
    return html`<ul class="refusals" id="serials-refusals">
      ${lines.map((line) => html`<li>${line}</li>`)}
    </ul>`;
  }

  #renderRecord() {
    const words = this.messages.stockMovements;
    const request = this.#recording;
    const errorOf = (name: string) => request.fieldError(name);
    const serialsError = errorOf('serials');
    const hasLineRefusals = Object.keys(request.failure?.fieldErrors ?? {}).some((path) => path.startsWith('serials.'));
    return html`<section aria-labelledby="record-title">
      <h2 id="record-title">${words.recordTitle}</h2>
      <p class="intro">${words.recordIntro}</p>
      <form novalidate @submit=${(event: SubmitEvent) => void this.#record(event)}>
        ${request.failure ? html`<wa-callout variant="danger" role="alert">${request.failure.message}</wa-callout>` : nothing}
        <wa-select
          name="kind"
          label=${words.kindLabel}
          .value=${this.draft.kind}
          @change=${(event: Event) => {
            this.draft = { ...this.draft, kind: (event.target as WaSelect).value as Kind };
          }}
        >
          <wa-option value="delivery">${words.kinds.delivery}</wa-option>
          <wa-option value="return">${words.kinds.return}</wa-option>
        </wa-select>
        <wa-select
          name="retailerId"
          required
          label=${words.retailerLabel}
          placeholder=${words.retailerPlaceholder}
          class=${errorOf('retailerId') ? 'field-error' : ''}
          hint=${errorOf('retailerId') ?? ''}
          .value=${this.draft.retailerId}
          @change=${(event: Event) => {
            this.draft = { ...this.draft, retailerId: String((event.target as WaSelect).value ?? '') };
          }}
        >
          ${this.retailers.map((retailer) => html`<wa-option value=${retailer.id}>${retailer.name} — ${retailer.city}</wa-option>`)}
        </wa-select>
        <wa-textarea
          name="serials"
          required
          rows="4"
          spellcheck="false"
          autocapitalize="characters"
          label=${words.serialsLabel}
          hint=${hasLineRefusals ? words.serialsHint : (serialsError ?? words.serialsHint)}
          class=${serialsError ? 'field-error' : ''}
          aria-describedby=${hasLineRefusals ? 'serials-refusals' : nothing}
          .value=${this.draft.serials}
          @input=${(event: Event) => {
            this.draft = { ...this.draft, serials: (event.target as WaTextarea).value ?? '' };
          }}
        ></wa-textarea>
        ${this.#renderLineRefusals()}
        ${renderTextField({
          name: 'date',
          type: 'date',
          label: words.dateLabel,
          error: errorOf('date'),
          value: this.draft.date,
          onInput: (date) => {
            this.draft = { ...this.draft, date };
          },
        })}
        ${renderTextField({
          name: 'reference',
          required: false,
          label: `${words.referenceLabel} ${this.messages.common.optional}`,
          error: errorOf('reference'),
          value: this.draft.reference,
          onInput: (reference) => {
            this.draft = { ...this.draft, reference };
          },
        })}
        <div class="actions">
          <wa-button type="submit" variant="brand" ?loading=${request.pending}>${words.record}</wa-button>
        </div>
      </form>
    </section>`;
  }

  #renderImport() {
    const words = this.messages.stockMovements;
    const request = this.#importing;
    const refusals = Object.entries(request.failure?.fieldErrors ?? {}).filter(([path]) => path === 'csv' || path.startsWith('csv.'));
    return html`<section aria-labelledby="import-title">
      <h2 id="import-title">${words.importTitle}</h2>
      <p class="intro" id="import-intro">${words.importIntro}</p>
      <div class="file-field">
        <label for="stock-file">${words.fileLabel}</label>
        <input id="stock-file" type="file" accept=".csv,text/csv" aria-describedby="import-intro" @change=${(event: Event) => void this.#choose(event)} />
      </div>
      ${request.pending && !this.file?.report ? html`<p role="status">${words.checking}</p>` : nothing}
      ${request.errorMessage ? html`<wa-callout variant="danger" role="alert">${request.errorMessage}</wa-callout>` : nothing}
      ${refusals.length > 0 ? this.#renderReport(refusals) : nothing}
      ${this.file?.report
        ? html`<p role="status">${words.checked(this.file.report.lines, this.file.report.deliveries, this.file.report.returns)}</p>
            <div class="actions">
              <wa-button variant="brand" ?loading=${request.pending} @click=${() => void this.#import()}>${words.importButton(this.file.report.lines)}</wa-button>
            </div>`
        : nothing}
    </section>`;
  }

  #renderReport(refusals: [string, string][]) {
    const words = this.messages.stockMovements;
    return html`<wa-callout variant="danger" role="alert">${words.reportIntro}</wa-callout>
      ${renderDataTable({
        labelledBy: 'report-caption',
        caption: { text: words.reportTitle },
        columns: [words.reportLine, words.reportColumn, words.reportProblem],
        rows: refusals.map(([path, problem]) => {
          const { line, column } = fileLocation(path);
          return html`<tr>
            <td>${line ?? words.wholeFile}</td>
            <td>${column ? html`<code>${column}</code>` : this.messages.common.none}</td>
            <td>${problem}</td>
          </tr>`;
        }),
      })}`;
  }
}

customElements.define('console-stock-movements', ConsoleStockMovements);

declare global {
  interface HTMLElementTagNameMap {
    'console-stock-movements': ConsoleStockMovements;
  }
}
