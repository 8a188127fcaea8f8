/** The provenance lookup form: a serial number, or a Digital Link pasted from the warranty card's QR code. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { serialMaxLength, serialMinLength } from '@atelier/client/contract';
import { defineElement } from '../../../base/define.ts';
import { WidgetPart } from '../../../base/widget-part.ts';
import type { ProvenanceMessages } from '../locales/en.ts';
import type { LookupInputError } from '../lookup-input.ts';

/**
 * The serial the lookup hint shows as an example: one no brand uses (no brand prefix), so the hint
 * names no real piece. The other way in is said in words ("the link in the warranty card's QR
 * code"), not shown as an address: a consumer has no use for a resolver URL.
 */
const exampleSerial = '1234567';

/** What is wrong with a typed (or a fixed) serial, in words. */
export function inputErrorText(m: ProvenanceMessages, error: LookupInputError): string {
  return error === 'invalid_serial' ? m.invalidSerial(serialMinLength, serialMaxLength) : m.inputErrors[error];
}

/**
 * @fires query-input - The person typed; `detail` is the field's text.
 * @fires look-up - The person submitted the form; the widget reads the text and looks the piece up.
 */
export class ProvenanceLookupForm extends WidgetPart<ProvenanceMessages> {
  static override properties = {
    ...WidgetPart.properties,
    query: { attribute: false },
    inputError: { attribute: false },
    busy: { attribute: false },
  };

  /** What the field holds. */
  declare query: string;
  declare inputError: LookupInputError | undefined;
  /** A lookup is under way. */
  declare busy: boolean;

  #submit(event: Event): void {
    event.preventDefault();
    this.tell('look-up');
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const error = this.inputError;
    return html`<form part="form" class="lookup" role="search" novalidate aria-labelledby="lookup-title" @submit=${this.#submit}>
      <h2 part="heading" id="lookup-title"><slot name="heading">${m.title}</slot></h2>
      <slot name="intro"><p>${m.intro}</p></slot>
      <div class="field">
        <label part="label" for="lookup-serial">${m.serialLabel}</label>
        <p class="hint" part="hint" id="lookup-serial-hint">${m.serialHint(exampleSerial)}</p>
        <div class="row">
          <input
            part=${error ? 'input invalid' : 'input'}
            id="lookup-serial"
            name="serial"
            type="text"
            inputmode="url"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            .value=${this.query}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'lookup-serial-hint lookup-serial-error' : 'lookup-serial-hint'}
            @input=${(event: Event) => this.tell('query-input', (event.target as HTMLInputElement).value)}
          />
          <button part="button primary-button" type="submit" ?disabled=${this.busy}>${m.submit}</button>
        </div>
        ${error ? html`<p class="error" part="error field-error" id="lookup-serial-error">${inputErrorText(m, error)}</p>` : nothing}
      </div>
    </form>`;
  }
}

defineElement('atelier-provenance-lookup', ProvenanceLookupForm);
