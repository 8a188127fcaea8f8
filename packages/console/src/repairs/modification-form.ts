/**
 * <console-modification-form>: an authorized modification made at this counter — a strap, a
 * bracelet sized, an engraving, with a detail — recorded into the piece's provenance through the
 * contract's `recordModification`, in this boutique's name. The answer is the piece's public record:
 * its modifications are listed as anyone holding the serial now reads them. Input kept on failure.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import type { Locale, ProvenanceRecord, Received } from '@atelier/client/contract';
import { html, LitElement, nothing } from 'lit';
import '../desk/serial-field.ts';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { formatDay } from '../shared/dates.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import { renderTextField } from '../shared/text-field.ts';
import { modificationKinds, modificationText, type ModificationKind } from './modification-kinds.ts';
import type { RepairsClient } from './repairs-client.ts';

interface ModificationDraft {
  serial: string;
  kind: ModificationKind | '';
  detail: string;
}

const emptyDraft: ModificationDraft = { serial: '', kind: '', detail: '' };

export class ConsoleModificationForm extends LitElement {
  static override styles = pageStyles;

  static override properties = {
    client: { attribute: false },
    retailerId: {},
    messages: { attribute: false },
    locale: { attribute: false },
    draft: { state: true },
    recorded: { state: true },
    kindMissing: { state: true },
  };

  declare client: RepairsClient;
  /** The viewer's own retailer: the modification is recorded in its name. */
  declare retailerId: string;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  declare private draft: ModificationDraft;
  declare private recorded: Received<ProvenanceRecord> | undefined;
  declare private kindMissing: boolean;

  readonly #submitting = new SubmissionController(this, () => this.messages);

  constructor() {
    super();
    this.retailerId = '';
    this.messages = englishMessages;
    this.locale = 'en';
    this.draft = emptyDraft;
    this.recorded = undefined;
    this.kindMissing = false;
  }

  #edit(change: Partial<ModificationDraft>): void {
    this.draft = { ...this.draft, ...change };
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { serial, kind, detail } = this.draft;
    // The kind is the console's own choice list, not a field of the contract: checked here.
    this.kindMissing = kind === '';
    if (kind === '') {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.field-error')?.focus());
      return;
    }
    const outcome = await this.#submitting.submit((options) => this.client.recordModification(serial, { what: modificationText(kind, detail), retailerId: this.retailerId }, options));
    if (!outcome.ok) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.field-error, console-serial-field[error]')?.focus());
      return;
    }
    this.recorded = outcome.value;
    this.draft = emptyDraft;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.recorded')?.focus());
  }

  override render() {
    return this.recorded ? this.#renderRecorded(this.recorded) : this.#renderForm();
  }

  #renderRecorded(record: Received<ProvenanceRecord>) {
    const words = this.messages.service;
    return html`<wa-callout class="recorded" variant="success" role="status" tabindex="-1">
        <strong>${words.modificationRecorded(record.serial)}</strong>
        <p>${words.modificationsShown}</p>
        <ul>
          ${record.modifications.map((modification) => html`<li>${formatDay(modification.date, this.locale)}: ${modification.what} (${modification.retailerName})</li>`)}
        </ul>
      </wa-callout>
      <div class="actions">
        <wa-button
          @click=${() => {
            this.recorded = undefined;
          }}
          >${words.modificationAnother}</wa-button
        >
      </div>`;
  }

  #renderForm() {
    const words = this.messages.service;
    const request = this.#submitting;
    const draft = this.draft;
    const kindError = this.kindMissing ? words.modificationKindRequired : undefined;
    // The detail is the part of `what` the associate typed: the server's words about `what` go under it.
    const detailError = request.fieldError('what');
    return html`<form novalidate @submit=${(event: SubmitEvent) => void this.#submit(event)}>
      ${request.errorMessage ? html`<wa-callout variant="danger" role="alert">${request.errorMessage}</wa-callout>` : nothing}
      <console-serial-field
        required
        .messages=${this.messages}
        .value=${draft.serial}
        error=${request.fieldError('serial') ?? nothing}
        @input=${(event: Event) => this.#edit({ serial: (event.currentTarget as HTMLElementTagNameMap['console-serial-field']).value })}
      ></console-serial-field>
      <wa-select
        name="kind"
        required
        label=${words.modificationKindLabel}
        placeholder=${words.modificationKindPlaceholder}
        class=${kindError ? 'field-error' : ''}
        hint=${kindError ?? ''}
        .value=${draft.kind}
        @change=${(event: Event) => {
          this.kindMissing = false;
          this.#edit({ kind: String((event.target as WaSelect).value ?? '') as ModificationKind | '' });
        }}
      >
        ${modificationKinds.map((kind) => html`<wa-option value=${kind}>${words.modificationKinds[kind]}</wa-option>`)}
      </wa-select>
      ${renderTextField({
        name: 'detail',
        label: `${words.modificationDetailLabel} ${this.messages.common.optional}`,
        value: draft.detail,
        error: detailError,
        hint: words.modificationDetailHint,
        required: false,
        onInput: (value) => this.#edit({ detail: value }),
      })}
      <div class="actions">
        <wa-button type="submit" variant="brand" ?loading=${request.pending}>${request.pending ? words.modificationSubmitting : words.modificationSubmit}</wa-button>
      </div>
    </form>`;
  }
}

customElements.define('console-modification-form', ConsoleModificationForm);

declare global {
  interface HTMLElementTagNameMap {
    'console-modification-form': ConsoleModificationForm;
  }
}
