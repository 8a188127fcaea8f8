import { html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { buildDigitalLink, defaultDigitalLinkBaseUrl, verifyProvenanceRecord } from '@atelier/client';
import type { ProvenanceVerification } from '@atelier/client';
import { isKnownValue, serialMaxLength, serialMinLength, stolenGuidanceCodes } from '@atelier/client/contract';
import type { BrandSigningKey, OpenEnum, ProvenanceEvent, ProvenanceRecord, Received, StolenGuidance } from '@atelier/client/contract';
import { serviceTypeName } from '@atelier/client/service-type-names';
import { AtelierElement } from '../../base/atelier-element.ts';
import type { ClientAttributes } from '../../base/atelier-element.ts';
import { LatestLoad } from '../../base/latest-load.ts';
import { classifyFailure } from '../../base/failure.ts';
import { labelOf } from '../../labels/value-labels.ts';
import { defineMessageCatalog, MessagesController } from '../../base/message-catalog.ts';
import { createProvenanceClient, isProvenanceClient } from './provenance-client.ts';
import type { ProvenanceClient } from './provenance-client.ts';
import { readLookupInput, serialFromPageUrl, shareLink } from './lookup-input.ts';
import type { LookupInputError } from './lookup-input.ts';
import { drawQrCode } from './qr-code.ts';
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
/**
 * The piece the lookup hint shows as an example: a serial no brand uses (no brand prefix) and GS1's
 * own example GTIN, so the hint names no real product.
 */
const exampleSerial = '1234567';
const exampleGtin = '09506000134352';

const missingClientMessage = '<atelier-provenance> needs a `publishable-key` attribute or a `client` property with `brand.get` and `provenance.get`.';

type Lookup =
  | { kind: 'idle' }
  | { kind: 'loading'; serial: string }
  | { kind: 'loaded'; record: Received<ProvenanceRecord>; verification: ProvenanceVerification }
  | { kind: 'unknown'; serial: string }
  | { kind: 'rate-limited'; serial: string; waitSeconds: number | undefined }
  | { kind: 'offline'; serial: string }
  | { kind: 'error'; serial: string };

type CopyState = 'idle' | 'copied' | 'failed';

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
 * @csspart form - The lookup form.
 * @csspart label - The lookup field's label.
 * @csspart input - The lookup field and the share link.
 * @csspart button - The lookup, retry and copy buttons.
 * @csspart error - The field's error and the unknown, rate-limited, offline and error alerts.
 * @csspart record - The record of the piece.
 * @csspart verification - Whether the record verified against the brand's key.
 * @csspart stolen - The stolen warning.
 * @csspart timeline - The ordered list of events.
 * @csspart share - The share link, copy button and QR code.
 * @csspart qr - The QR code (SVG).
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
 * @cssprop --atelier-font - Font family.
 * @cssprop --atelier-font-size - Base font size.
 * @cssprop --atelier-spacing - Base spacing unit.
 */
export class AtelierProvenance extends AtelierElement<ProvenanceClient> {
  static override styles = [...AtelierElement.styles, formStyles, provenanceStyles];

  static override properties = {
    ...AtelierElement.properties,
    serial: {},
    lookup: { state: true },
    query: { state: true },
    inputError: { state: true },
    copyState: { state: true },
  };

  /** Shows this piece, without the lookup form. */
  declare serial: string | undefined;
  /** An API client to use instead of one built from the attributes: any `createClient()` result, or anything with `brand.get` and `provenance.get`. */
  declare client: ProvenanceClient | undefined;
  declare private lookup: Lookup;
  declare private query: string;
  declare private inputError: LookupInputError | undefined;
  declare private copyState: CopyState;

  readonly #strings = new MessagesController(this, provenanceCatalog, () => this.requestedLocale);
  /** The brand's key, fetched once per client; forgotten on failure so a retry fetches it again. */
  #signingKey: { api: ProvenanceClient; key: Promise<Received<BrandSigningKey> | undefined> } | undefined;

  constructor() {
    super();
    this.lookup = { kind: 'idle' };
    this.query = '';
    this.copyState = 'idle';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page while looking up: the move aborted that request, so ask again.
    if (this.lookup.kind === 'loading') void this.#lookUp(this.lookup.serial, { focusResult: false });
    else if (this.#fixedSerial === undefined && this.lookup.kind === 'idle') {
      const fromPage = serialFromPageUrl(window.location.href);
      if (fromPage) {
        this.query = fromPage;
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
      this.inputError = input.ok ? undefined : input.error;
      if (input.ok) void this.#lookUp(input.serial, { focusResult: false });
      else this.lookup = { kind: 'idle' };
    }
  }

  get #fixedSerial(): string | undefined {
    const serial = this.serial?.trim();
    return serial ? serial : undefined;
  }

  get #m(): ProvenanceMessages {
    return this.#strings.messages;
  }

  protected override createClient(attributes: ClientAttributes): ProvenanceClient {
    return createProvenanceClient(attributes);
  }

  /** The client to call, if it can look records up: a `client` set from plain JavaScript may be anything. */
  get #provenanceApi(): ProvenanceClient | undefined {
    const api = this.api;
    return isProvenanceClient(api) ? api : undefined;
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

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    const input = readLookupInput(this.query);
    if (!input.ok) {
      this.inputError = input.error;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#lookup-serial')?.focus();
      return;
    }
    this.inputError = undefined;
    await this.#lookUp(input.serial, { focusResult: true });
  }

  /** Looks a piece up and checks its record; the latest lookup wins (a new serial, a retry). */
  readonly #recordLoad = new LatestLoad(this, {
    load: async ([serial]: [serial: string, focusResult: boolean], signal) => {
      const api = this.#provenanceApi;
      if (!api) throw new TypeError(missingClientMessage);
      const [record, key] = await Promise.all([api.provenance.get(serial, { signal }), this.#brandSigningKey(api)]);
      // A brand without a published key cannot vouch for any record: shown as not verified.
      const verification: ProvenanceVerification = key ? await verifyProvenanceRecord(record, key) : { verified: false, reason: 'unsupported_key' };
      return { record, verification };
    },
    onLoaded: ({ record, verification }, [, focusResult]) => {
      this.lookup = { kind: 'loaded', record, verification };
      this.emit('atelier-provenance-loaded', { record, verification });
      if (focusResult) void this.#focusResult();
    },
    onFailed: (error, [serial, focusResult]) => {
      this.lookup = this.#failedLookup(serial, error);
      if (focusResult) void this.#focusResult();
    },
  });

  async #lookUp(serial: string, { focusResult }: { focusResult: boolean }): Promise<void> {
    this.lookup = { kind: 'loading', serial };
    this.copyState = 'idle';
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
    const { lookup } = this;
    if (lookup.kind === 'rate-limited' || lookup.kind === 'offline' || lookup.kind === 'error') {
      void this.#lookUp(lookup.serial, { focusResult: true });
    }
  }

  async #copyShareLink(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.copyState = 'copied';
    } catch {
      this.copyState = 'failed';
    }
  }

  #formatDay(isoDate: string): string {
    const [year, month, day] = isoDate.split('-').map(Number);
    const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
    const options: Intl.DateTimeFormatOptions =
      day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(this.#m.languageTag, options).format(date);
  }

  #formatWait(seconds: number): string {
    const inMinutes = seconds >= secondsPerMinute;
    return new Intl.NumberFormat(this.#m.languageTag, { style: 'unit', unit: inMinutes ? 'minute' : 'second', unitDisplay: 'long' }).format(
      inMinutes ? Math.ceil(seconds / secondsPerMinute) : Math.ceil(seconds),
    );
  }

  #place(city: string | undefined, country: string | undefined): string {
    const countryName = country ? (new Intl.DisplayNames([this.#m.languageTag], { type: 'region', fallback: 'code' }).of(country) ?? country) : '';
    return [city, countryName].filter(Boolean).join(', ');
  }

  /** Where the piece's Digital Link points: the API's resolver, so the QR code and the hint's example agree. */
  get #digitalLinkBaseUrl(): string {
    return this.apiBase || window.location.origin;
  }

  /** A Digital Link shaped like the ones on this brand's warranty cards; GS1's resolver if the API base is not a web URL. */
  #exampleDigitalLink(): string {
    try {
      return buildDigitalLink({ gtin: exampleGtin, serial: exampleSerial, baseUrl: this.#digitalLinkBaseUrl });
    } catch {
      return buildDigitalLink({ gtin: exampleGtin, serial: exampleSerial, baseUrl: defaultDigitalLinkBaseUrl });
    }
  }

  #serviceName(code: string): string {
    return serviceTypeName(this.#m.serviceTypes, code);
  }

  #inputErrorText(error: LookupInputError): string {
    const m = this.#m;
    return error === 'invalid_serial' ? m.invalidSerial(serialMinLength, serialMaxLength) : m.inputErrors[error];
  }

  protected override render(): TemplateResult {
    return html`<div class="panel" lang=${this.#m.languageTag}>
      <div role="status" class="visually-hidden">${this.lookup.kind === 'loading' ? this.#m.loading : ''}</div>
      ${this.#fixedSerial === undefined ? this.#renderForm() : nothing} ${this.#renderLookup()}
    </div>`;
  }

  #renderForm(): TemplateResult {
    const m = this.#m;
    const error = this.inputError;
    const busy = this.lookup.kind === 'loading';
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
            .value=${live(this.query)}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'lookup-serial-hint lookup-serial-error' : 'lookup-serial-hint'}
            @input=${(event: Event) => {
              this.query = (event.target as HTMLInputElement).value;
              this.inputError = undefined;
            }}
          />
          <button part="button" type="submit" ?disabled=${busy}>${m.submit}</button>
        </div>
        ${error ? html`<p class="error" part="error" id="lookup-serial-error">${this.#inputErrorText(error)}</p>` : nothing}
      </div>
    </form>`;
  }

  #renderLookup(): TemplateResult | typeof nothing {
    const m = this.#m;
    const { lookup } = this;
    switch (lookup.kind) {
      case 'idle':
        // A fixed `serial` that is not a serial number has no form to show the error on.
        return this.#fixedSerial !== undefined && this.inputError
          ? this.#renderAlert(this.#inputErrorText(this.inputError), false)
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
        return this.#renderRecord(lookup.record, lookup.verification);
    }
  }

  #renderAlert(text: string, canRetry: boolean): TemplateResult {
    return html`<div class="alert" part="error" role="alert" tabindex="-1" data-result-focus>
      <p>${text}</p>
      ${canRetry ? html`<button part="button" type="button" class="secondary" @click=${this.#retry}>${this.#m.retry}</button>` : nothing}
    </div>`;
  }

  #renderRecord(record: Received<ProvenanceRecord>, verification: ProvenanceVerification): TemplateResult {
    const m = this.#m;
    return html`<article class="record" part="record" aria-labelledby="record-title">
      <h2 id="record-title" tabindex="-1" data-result-focus>${record.model.name}</h2>
      ${this.#renderVerification(verification)} ${record.stolen ? this.#renderStolen(record.stolen.reportedOn, record.stolen.whatToDo) : nothing}
      <section aria-labelledby="piece-title">
        <h3 id="piece-title">${m.pieceHeading}</h3>
        <dl class="facts">
          <div><dt>${m.serialTerm}</dt><dd>${record.serial}</dd></div>
          <div><dt>${m.referenceTerm}</dt><dd>${record.model.reference}</dd></div>
          <div><dt>${m.collectionTerm}</dt><dd>${record.model.collection}</dd></div>
          <div><dt>${m.manufacturedTerm}</dt><dd>${record.manufactureYear}</dd></div>
          <div>
            <dt>${m.firstSaleTerm}</dt>
            <dd>
              ${record.firstSale
                ? m.firstSale(record.firstSale.retailerName, this.#place(record.firstSale.city, record.firstSale.country), this.#formatDay(record.firstSale.month))
                : m.notSoldYet}
            </dd>
          </div>
          <div><dt>${m.ownersTerm}</dt><dd>${m.ownerCount(record.ownerCount)}</dd></div>
          ${record.currentOwnerRegisteredSince
            ? html`<div>
                <dt>${m.registeredSinceTerm}</dt>
                <dd><time datetime=${record.currentOwnerRegisteredSince}>${this.#formatDay(record.currentOwnerRegisteredSince)}</time></dd>
              </div>`
            : nothing}
        </dl>
      </section>
      <section aria-labelledby="services-title">
        <h3 id="services-title">${m.servicesHeading}</h3>
        ${record.services.length === 0
          ? html`<p>${m.noServices}</p>`
          : html`<ul class="entries">
              ${record.services.map(
                (service) => html`<li><time datetime=${service.date}>${this.#formatDay(service.date)}</time> ${m.service(this.#serviceName(service.serviceType), service.centreCity)}</li>`,
              )}
            </ul>`}
      </section>
      <section aria-labelledby="modifications-title">
        <h3 id="modifications-title">${m.modificationsHeading}</h3>
        ${record.modifications.length === 0
          ? html`<p>${m.noModifications}</p>`
          : html`<ul class="entries">
              ${record.modifications.map(
                (modification) =>
                  html`<li><time datetime=${modification.date}>${this.#formatDay(modification.date)}</time> ${m.modification(modification.what, modification.retailerName)}</li>`,
              )}
            </ul>`}
      </section>
      <section aria-labelledby="history-title">
        <h3 id="history-title">${m.historyHeading}</h3>
        <ol class="timeline" part="timeline">
          ${record.events.map((event) => this.#renderEvent(event))}
        </ol>
      </section>
      ${this.#renderShare(record)}
    </article>`;
  }

  #renderVerification(verification: ProvenanceVerification): TemplateResult {
    const m = this.#m;
    if (verification.verified) {
      return html`<p class="verification verified" part="verification"><span aria-hidden="true">✓</span><span>${m.verified}</span></p>`;
    }
    return html`<div class="verification unverified" part="verification" role="alert">
      <p><strong><span aria-hidden="true">✕ </span>${m.notVerified}</strong></p>
      <p>${m.notVerifiedDetail}</p>
    </div>`;
  }

  #renderStolen(reportedOn: string, whatToDo: OpenEnum<StolenGuidance>): TemplateResult {
    const m = this.#m;
    return html`<div class="stolen" part="stolen" role="alert">
      <p class="stolen-title"><span aria-hidden="true">⚠ </span>${m.stolenTitle}</p>
      <p>${m.stolenBody(this.#formatDay(reportedOn))}</p>
      <p>${m.stolenGuidance[isKnownValue(stolenGuidanceCodes, whatToDo) ? whatToDo : 'contact_brand']}</p>
    </div>`;
  }

  #renderEvent(event: Received<ProvenanceEvent>): TemplateResult {
    const m = this.#m;
    const place = this.#place(event.city, event.country);
    const serviceType = event.details['serviceType'];
    const coverageEnd = event.details['coverageEnd'];
    const detail = [
      typeof serviceType === 'string' && serviceType !== '' ? this.#serviceName(serviceType) : '',
      event.details['what'],
      event.details['retailerName'],
      // Set by an activation and by each service that extended the warranty.
      typeof coverageEnd === 'string' && coverageEnd !== '' ? m.warrantyUntil(this.#formatDay(coverageEnd)) : '',
    ]
      .filter((value): value is string => typeof value === 'string' && value !== '')
      .join(', ');
    return html`<li class=${event.type === 'reported_stolen' ? 'alarm' : ''}>
      <time datetime=${event.occurredOn}>${this.#formatDay(event.occurredOn)}</time>
      <span class="event-type">${labelOf(m.eventTypes, event.type)}</span>
      ${place ? html`<span class="event-place">${place}</span>` : nothing} ${detail ? html`<span class="event-detail">${detail}</span>` : nothing}
    </li>`;
  }

  /** What the QR code holds: the piece's Digital Link on the API's resolver, or the share link without a usable GTIN. */
  #qrTarget(record: Received<ProvenanceRecord>, link: string): string {
    if (record.gtin === null) return link;
    try {
      return buildDigitalLink({ gtin: record.gtin, serial: record.serial, baseUrl: this.#digitalLinkBaseUrl });
    } catch {
      // A GTIN with a wrong check digit, or a serial GS1 cannot carry (over 20 characters).
      return link;
    }
  }

  #renderShare(record: Received<ProvenanceRecord>): TemplateResult {
    const m = this.#m;
    const link = shareLink(window.location.href, record.serial);
    const qr = drawQrCode(this.#qrTarget(record, link));
    return html`<section class="share" part="share" aria-labelledby="share-title">
      <h3 id="share-title">${m.shareHeading}</h3>
      <div class="field">
        <label part="label" for="share-link">${m.shareLinkLabel}</label>
        <div class="row no-print">
          <input part="input" id="share-link" type="url" readonly .value=${link} />
          <button part="button" type="button" class="secondary" @click=${() => void this.#copyShareLink(link)}>${m.copy}</button>
        </div>
        <p class="printed-link"><a href=${link}>${link}</a></p>
        <p class="copy-status no-print" role="status">${this.copyState === 'copied' ? m.copied : this.copyState === 'failed' ? m.copyFailed : ''}</p>
      </div>
      <svg part="qr" class="qr" role="img" aria-label=${m.qrLabel(record.serial)} viewBox="0 0 ${qr.size} ${qr.size}" xmlns="http://www.w3.org/2000/svg">
        ${svg`<rect class="qr-light" width=${qr.size} height=${qr.size}></rect><path class="qr-dark" d=${qr.path}></path>`}
      </svg>
    </section>`;
  }
}
