import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { verifyProvenanceRecord } from '@atelier/client';
import type { ProvenanceVerification } from '@atelier/client';
import type { BrandSigningKey, ProvenanceRecord, Received } from '@atelier/client/contract';
import { WidgetState } from '../../base/widget-state.ts';
import { LatestLoad } from '../../base/latest-load.ts';
import { classifyFailure } from '../../base/failure.ts';
import { defineMessageCatalog, MessagesController } from '../../base/message-catalog.ts';
import type { LocalizedMessageOverrides } from '../../base/message-overrides.ts';
import { WidgetWithParts } from '../../base/widget-with-parts.ts';
import { provenanceClient } from './provenance-client.ts';
import type { ProvenanceClient } from './provenance-client.ts';
import { readLookupInput, serialFromPageUrl } from './lookup-input.ts';
import type { LookupInputError } from './lookup-input.ts';
import { inputErrorText } from './parts/lookup-form.ts';
import './parts/record-view.ts';
import { formStyles } from '../../themes/form-styles.ts';
import { provenanceStyles } from './provenance.styles.ts';
import en from './locales/en.ts';
import type { ProvenanceMessages } from './locales/en.ts';

const provenanceCatalog = defineMessageCatalog<ProvenanceMessages>('<atelier-provenance>', en, {
  fr: () => import('./locales/fr.ts'),
  de: () => import('./locales/de.ts'),
  it: () => import('./locales/it.ts'),
  ja: () => import('./locales/ja.ts'),
  'zh-Hans': () => import('./locales/zh-Hans.ts'),
  'zh-Hant': () => import('./locales/zh-Hant.ts'),
});

const rateLimitedStatus = 429;
const secondsPerMinute = 60;

type Lookup =
  | { kind: 'idle' }
  | { kind: 'loading'; serial: string }
  | { kind: 'loaded'; record: Received<ProvenanceRecord>; verification: ProvenanceVerification }
  | { kind: 'unknown'; serial: string }
  | { kind: 'rate-limited'; serial: string; waitSeconds: number | undefined }
  | { kind: 'offline'; serial: string }
  | { kind: 'error'; serial: string };

function retryAfterSeconds(error: unknown): number | undefined {
  const seconds = typeof error === 'object' && error !== null ? (error as { retryAfterSeconds?: unknown }).retryAfterSeconds : undefined;
  return typeof seconds === 'number' && seconds > 0 ? seconds : undefined;
}

/**
 * Shows the public, signed history of a piece before someone buys it second-hand: checks the
 * record against the brand's published key, warns loudly when the piece is reported stolen, and
 * gives a link and a QR code to share it. The serial comes from the `serial` attribute, else the
 * page URL (`?serial=` or a GS1 Digital Link path), else what the person types or pastes.
 *
 * @summary Provenance lookup: verified history, owners, services, modifications and stolen state of a piece.
 * @tag atelier-provenance
 *
 * @attr publishable-key - The brand's publishable key (`pk_…`).
 * @attr api-base - Base URL of the Atelier API; defaults to the page's origin. Also the base of the piece's Digital Link in the QR code.
 * @attr locale - BCP 47 language tag; defaults to the closest `lang` attribute, then the browser's language.
 * @attr theme - `light`, `dark` or `auto` (default: follows the system).
 * @attr serial - Shows this piece, without the lookup form (e.g. on a second-hand listing).
 *
 * @fires atelier-provenance-loaded - A record was looked up and checked. `detail`: `{ record: ProvenanceRecord, verification: ProvenanceVerification }`.
 *
 * @slot heading - Replaces the lookup form's title; it stays the form's accessible name.
 * @slot intro - Replaces the paragraph under the lookup form's title.
 *
 * @csspart form - The lookup form.
 * @csspart label - The lookup field's label.
 * @csspart input - The lookup field and the share link.
 * @csspart button - The lookup, retry and copy buttons. (Also `primary-button` or `secondary-button`.)
 * @csspart error - The field's error and the unknown, rate-limited, offline and error alerts. (Also `field-error`, `error-summary` or `alert`.)
 * @csspart record - The record of the piece.
 * @csspart verification - Whether the record verified against the brand's key.
 * @csspart stolen - The warning of a piece reported stolen or lost, or recorded destroyed.
 * @csspart timeline - The ordered list of events.
 * @csspart share - The share link, copy button and QR code.
 * @csspart qr - The QR code (SVG).
 * @csspart heading - The widget's title (`h2`) in each view.
 * @csspart subheading - A section's heading (`h3`).
 * @csspart hint - A field's hint and other notes in muted text.
 * @csspart invalid - Also on an input, select or text area while its field shows an error (`aria-invalid="true"`).
 * @csspart primary-button - The main action of a view.
 * @csspart secondary-button - The other buttons (back, retry, copy…).
 * @csspart field-error - A field's error under it.
 * @csspart alert - A refusal or a problem (offline, rate-limited, unexpected).
 *
 * @cssprop --atelier-color-background - Background of the widget; text of the stolen warning.
 * @cssprop --atelier-color-surface - Background of alerts and of the verification note.
 * @cssprop --atelier-color-text - Text colour.
 * @cssprop --atelier-color-muted - Hints, dates and secondary text.
 * @cssprop --atelier-color-border - Input borders and the timeline.
 * @cssprop --atelier-color-accent - Primary button background.
 * @cssprop --atelier-color-on-accent - Primary button text.
 * @cssprop --atelier-color-focus - Focus ring.
 * @cssprop --atelier-color-error - Errors, the failed verification, and the stolen warning's background.
 * @cssprop --atelier-color-success - The verified mark.
 * @cssprop --atelier-radius - Corner radius.
 * @cssprop --atelier-font - The text font, when `--atelier-font-text` is not set (its former name).
 * @cssprop --atelier-font-size - Base font size.
 * @cssprop --atelier-spacing - Base spacing unit.
 */
export class AtelierProvenance extends WidgetWithParts<ProvenanceClient> {
  static override styles = [...WidgetWithParts.styles, formStyles, provenanceStyles];
  protected static override drawsFirstScreenInParts = true;

  static override properties = {
    ...WidgetWithParts.properties,
    serial: {},
  };

  /** Shows this piece, without the lookup form. */
  declare serial: string | undefined;
  /** An API client to use instead of one built from the attributes: any `createClient()` result, or anything with `brand.get` and `provenance.get`. */
  declare client: ProvenanceClient | undefined;
  /** The brand's words for some of the widget's strings, per locale: `{ en: { title: '…' } }`. */
  declare messages: LocalizedMessageOverrides<ProvenanceMessages> | undefined;
  readonly #lookup = new WidgetState<Lookup>(this, { kind: 'idle' });
  readonly #query = new WidgetState<string>(this, '');
  readonly #inputError = new WidgetState<LookupInputError | undefined>(this, undefined);

  readonly #strings = new MessagesController(this, provenanceCatalog, () => this.requestedLocale);
  /** The brand's key, fetched once per client; forgotten on failure so a retry fetches it again. */
  #signingKey: { api: ProvenanceClient; key: Promise<Received<BrandSigningKey> | undefined> } | undefined;

  constructor() {
    super(provenanceClient);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page while looking up: the move aborted that request, so ask again.
    if (this.#lookup.value.kind === 'loading') void this.#lookUp(this.#lookup.value.serial, { focusResult: false });
    else if (this.#fixedSerial === undefined && this.#lookup.value.kind === 'idle') {
      const fromPage = serialFromPageUrl(window.location.href);
      if (fromPage) {
        this.#query.value = fromPage;
        void this.#lookUp(fromPage, { focusResult: false });
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Its request was just aborted: a reconnected element must fetch the key again.
    this.#signingKey = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('serial') && this.#fixedSerial !== undefined) {
      const input = readLookupInput(this.#fixedSerial);
      this.#inputError.value = input.ok ? undefined : input.error;
      if (input.ok) void this.#lookUp(input.serial, { focusResult: false });
      else this.#lookup.value = { kind: 'idle' };
    }
  }

  get #fixedSerial(): string | undefined {
    const serial = this.serial?.trim();
    return serial ? serial : undefined;
  }

  get #m(): ProvenanceMessages {
    return this.#strings.messages;
  }


  #brandSigningKey(api: ProvenanceClient): Promise<Received<BrandSigningKey> | undefined> {
    if (this.#signingKey?.api !== api) {
      const pending = api.brand.get({ signal: this.connectionSignal }).then((brand) => brand.signingKey);
      pending.catch(() => {
        if (this.#signingKey?.key === pending) this.#signingKey = undefined;
      });
      this.#signingKey = { api, key: pending };
    }
    return this.#signingKey.key;
  }

  async #submit(): Promise<void> {
    const input = readLookupInput(this.#query.value);
    if (!input.ok) {
      this.#inputError.value = input.error;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#lookup-serial')?.focus();
      return;
    }
    this.#inputError.value = undefined;
    await this.#lookUp(input.serial, { focusResult: true });
  }

  /** Looks a piece up and checks its record; the latest lookup wins (a new serial, a retry). */
  readonly #recordLoad = new LatestLoad(this, {
    load: async ([serial]: [serial: string, focusResult: boolean], signal) => {
      const api = this.requireApi();
      const [record, key] = await Promise.all([api.provenance.get(serial, { signal }), this.#brandSigningKey(api)]);
      // A brand without a published key cannot vouch for any record: shown as not verified.
      const verification: ProvenanceVerification = key ? await verifyProvenanceRecord(record, key) : { verified: false, reason: 'unsupported_key' };
      return { record, verification };
    },
    onLoaded: ({ record, verification }, [, focusResult]) => {
      this.#lookup.value = { kind: 'loaded', record, verification };
      this.emit('atelier-provenance-loaded', { record, verification });
      if (focusResult) void this.#focusResult();
    },
    onFailed: (error, [serial, focusResult]) => {
      this.#lookup.value = this.#failedLookup(serial, error);
      if (focusResult) void this.#focusResult();
    },
  });

  async #lookUp(serial: string, { focusResult }: { focusResult: boolean }): Promise<void> {
    this.#lookup.value = { kind: 'loading', serial };
    await this.#recordLoad.run(serial, focusResult);
  }

  async #focusResult(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-result-focus]')?.focus();
  }

  #failedLookup(serial: string, error: unknown): Lookup {
    const failure = classifyFailure(error);
    if (failure.kind === 'offline' || failure.kind === 'timeout') return { kind: 'offline', serial };
    if (failure.kind === 'unexpected') {
      console.error('[atelier] could not look the piece up.', error);
      return { kind: 'error', serial };
    }
    if (failure.code === 'unknown_serial') return { kind: 'unknown', serial };
    if (failure.code === 'rate_limited' || (failure.kind === 'refused' && failure.status === rateLimitedStatus)) {
      return { kind: 'rate-limited', serial, waitSeconds: retryAfterSeconds(error) };
    }
    console.error('[atelier] the lookup was refused.', error);
    return { kind: 'error', serial };
  }

  #retry(): void {
    const lookup = this.#lookup.value;
    if (lookup.kind === 'rate-limited' || lookup.kind === 'offline' || lookup.kind === 'error') {
      void this.#lookUp(lookup.serial, { focusResult: true });
    }
  }

  #formatWait(seconds: number): string {
    const inMinutes = seconds >= secondsPerMinute;
    return new Intl.NumberFormat(this.#m.languageTag, { style: 'unit', unit: inMinutes ? 'minute' : 'second', unitDisplay: 'long' }).format(
      inMinutes ? Math.ceil(seconds / secondsPerMinute) : Math.ceil(seconds),
    );
  }

  /** Where the piece's Digital Link points: the API's resolver, so the QR code and the hint's example agree. */
  get #digitalLinkBaseUrl(): string {
    return this.apiBase || window.location.origin;
  }

  protected override render(): TemplateResult {
    return html`<div class="panel" lang=${this.#m.languageTag}>
      <div role="status" class="visually-hidden">${this.#lookup.value.kind === 'loading' ? this.#m.loading : ''}</div>
      ${this.#fixedSerial === undefined ? this.#renderForm() : nothing} ${this.#renderLookup()}
    </div>`;
  }

  #renderForm(): TemplateResult {
    return html`<atelier-provenance-lookup
      .messages=${this.#m}
      .query=${this.#query.value}
      .inputError=${this.#inputError.value}
      .busy=${this.#lookup.value.kind === 'loading'}
      @query-input=${(event: CustomEvent<string>) => {
        this.#query.value = event.detail;
        this.#inputError.value = undefined;
      }}
      @look-up=${() => void this.#submit()}
    ></atelier-provenance-lookup>`;
  }

  #renderLookup(): TemplateResult | typeof nothing {
    const m = this.#m;
    const lookup = this.#lookup.value;
    switch (lookup.kind) {
      case 'idle':
        // A fixed `serial` that is not a serial number has no form to show the error on.
        return this.#fixedSerial !== undefined && this.#inputError.value
          ? this.#renderAlert(inputErrorText(m, this.#inputError.value), false)
          : nothing;
      case 'loading':
        return html`<p class="loading" aria-busy="true">${m.loading}</p>`;
      case 'unknown':
        return this.#renderAlert(m.unknownSerial(lookup.serial), false);
      case 'rate-limited':
        return this.#renderAlert(lookup.waitSeconds === undefined ? m.rateLimitedNoWait : m.rateLimited(this.#formatWait(lookup.waitSeconds)), true);
      case 'offline':
        return this.#renderAlert(m.offline, true);
      case 'error':
        return this.#renderAlert(m.unexpectedError, true);
      case 'loaded':
        return html`<atelier-provenance-record
          .messages=${m}
          .record=${lookup.record}
          .verification=${lookup.verification}
          .digitalLinkBaseUrl=${this.#digitalLinkBaseUrl}
        ></atelier-provenance-record>`;
    }
  }

  #renderAlert(text: string, canRetry: boolean): TemplateResult {
    return html`<div class="alert" part="error alert" role="alert" tabindex="-1" data-result-focus>
      <p>${text}</p>
      ${canRetry ? html`<button part="button secondary-button" type="button" class="secondary" @click=${this.#retry}>${this.#m.retry}</button>` : nothing}
    </div>`;
  }
}
