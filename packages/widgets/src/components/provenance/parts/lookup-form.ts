/** The provenance lookup form: a serial number, or a Digital Link pasted from the warranty card's QR code. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { buildDigitalLink, defaultDigitalLinkBaseUrl } from '@atelier/client';
import { serialMaxLength, serialMinLength } from '@atelier/client/contract';
import { defineElement } from '../../../base/define.ts';
import { WidgetPart } from '../../../base/widget-part.ts';
import type { ProvenanceMessages } from '../locales/en.ts';
import type { LookupInputError } from '../lookup-input.ts';

/**
 * The piece the lookup hint shows as an example: a serial no brand uses (no brand prefix) and GS1's
 * own example GTIN, so the hint names no real product.
 */
const exampleSerial = '1234567';
const exampleGtin = '09506000134352';

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
    digitalLinkBaseUrl: { attribute: false },
  };

  /** What the field holds. */
  declare query: string;
  declare inputError: LookupInputError | undefined;
  /** A lookup is under way. */
  declare busy: boolean;
  /** Where the brand's Digital Links point (the API's resolver), so the hint's example looks like the card's. */
  declare digitalLinkBaseUrl: string;

  /** A Digital Link shaped like the ones on this brand's warranty cards; GS1's resolver if the API base is not a web URL. */
  #exampleDigitalLink(): string {
    try {
      return buildDigitalLink({ gtin: exampleGtin, serial: exampleSerial, baseUrl: this.digitalLinkBaseUrl });
    } catch {
      return buildDigitalLink({ gtin: exampleGtin, serial: exampleSerial, baseUrl: defaultDigitalLinkBaseUrl });
    }
  }

  #submit(event: Event): void {
    event.preventDefault();
    this.tell('look-up');
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const error = this.inputError;
    return html`<form part="form" class="lookup" role="search" novalidate aria-labelledby="lookup-title" @submit=${this.#submit}>
      <h2 id="lookup-title">${m.title}</h2>
      <p>${m.intro}</p>
      <div class="field">
        <label part="label" for="lookup-serial">${m.serialLabel}</label>
        <p class="hint" id="lookup-serial-hint">${m.serialHint(exampleSerial, this.#exampleDigitalLink())}</p>
        <div class="row">
          <input
            part="input"
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
          <button part="button" type="submit" ?disabled=${this.busy}>${m.submit}</button>
        </div>
        ${error ? html`<p class="error" part="error" id="lookup-serial-error">${inputErrorText(m, error)}</p>` : nothing}
      </div>
    </form>`;
  }
}

defineElement('atelier-provenance-lookup', ProvenanceLookupForm);
