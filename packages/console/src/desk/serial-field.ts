/**
 * <console-serial-field>: a piece's serial, typed, or read from the warranty card's QR code with
 * the phone's camera where the browser can (`qr-camera.ts`). The card's code is a GS1 Digital Link
 * and a keyboard-wedge scanner types it: either way the field keeps the serial (AI 21) only.
 *
 * `value` is the serial; `input` and `change` bubble from the host, as from a native input, when
 * the person types or a code is read. `error` is a field error in words (the page's submission
 * controller gives it), shown under the field.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/dialog/dialog.js';
import '@awesome.me/webawesome/dist/components/input/input.js';
import type WaInput from '@awesome.me/webawesome/dist/components/input/input.js';
import { css, html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { canScanQrCodes, openCamera, scanQrCodes, stopCamera } from './qr-camera.ts';
import { serialFromCardCode, typedSerial } from './scanned-serial.ts';

export class ConsoleSerialField extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      gap: var(--wa-space-xs);
    }
    .field-error::part(hint) {
      color: var(--wa-color-danger-on-quiet);
    }
    .field-error {
      --wa-form-control-border-color: var(--wa-color-danger-border-loud, var(--wa-color-danger-on-quiet));
    }
    .read {
      margin: 0;
      color: var(--wa-color-text-quiet);
      font-size: var(--wa-font-size-s);
    }
    video {
      display: block;
      width: 100%;
      max-height: 60vh;
      background: var(--wa-color-neutral-fill-loud, #000);
      border-radius: var(--wa-border-radius-m);
    }
  `;

  static override properties = {
    value: {},
    name: {},
    label: {},
    hint: {},
    error: {},
    required: { type: Boolean },
    messages: { attribute: false },
    canScan: { state: true },
    scanning: { state: true },
    scanProblem: { state: true },
    readFromCard: { state: true },
  };

  declare value: string;
  declare name: string;
  /** Defaults to the messages' "Serial number". */
  declare label: string | undefined;
  declare hint: string | undefined;
  declare error: string | undefined;
  declare required: boolean;
  declare messages: ConsoleMessages;
  declare private canScan: boolean;
  declare private scanning: boolean;
  declare private scanProblem: string | undefined;
  /** The serial the camera last read, said once under the field. */
  declare private readFromCard: string | undefined;

  #stream: MediaStream | undefined;
  #scan: AbortController | undefined;

  constructor() {
    super();
    this.value = '';
    this.name = 'serial';
    this.label = undefined;
    this.hint = undefined;
    this.error = undefined;
    this.required = false;
    this.messages = englishMessages;
    this.canScan = false;
    this.scanning = false;
    this.scanProblem = undefined;
    this.readFromCard = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void canScanQrCodes().then((can) => {
      this.canScan = can;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopScanning();
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<WaInput>('wa-input')?.focus(options);
  }

  #announce(): void {
    this.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  async #startScanning(): Promise<void> {
    this.scanProblem = undefined;
    this.scanning = true;
    const scan = new AbortController();
    this.#scan = scan;
    let stream: MediaStream;
    try {
      stream = await openCamera();
    } catch (error) {
      if (!scan.signal.aborted) this.scanProblem = error instanceof DOMException && error.name === 'NotAllowedError' ? this.messages.serialField.cameraRefused : this.messages.serialField.cameraUnavailable;
      return;
    }
    // Closed while the camera was opening: let it go at once.
    if (scan.signal.aborted) return stopCamera(stream);
    this.#stream = stream;
    await this.updateComplete;
    const video = this.renderRoot.querySelector('video');
    if (!video) return this.#stopScanning();
    video.srcObject = stream;
    video.play().catch(() => undefined);
    await scanQrCodes(video, (code) => this.#accept(code), scan.signal);
  }

  #accept(code: string): boolean {
    const serial = serialFromCardCode(code);
    if (serial === undefined) {
      this.scanProblem = this.messages.serialField.notACardCode;
      return false;
    }
    this.value = serial;
    this.readFromCard = serial;
    this.#announce();
    this.scanning = false;
    this.#stopScanning();
    return true;
  }

  #stopScanning(): void {
    this.#scan?.abort();
    this.#scan = undefined;
    stopCamera(this.#stream);
    this.#stream = undefined;
    const video = this.renderRoot.querySelector('video');
    if (video) video.srcObject = null;
  }

  override render() {
    const words = this.messages.serialField;
    return html`<wa-input
        name=${this.name}
        label=${this.label ?? words.label}
        hint=${this.error ?? this.hint ?? words.hint}
        class=${this.error ? 'field-error' : ''}
        ?required=${this.required}
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        .value=${this.value}
        @input=${(event: Event) => {
          this.value = (event.target as WaInput).value ?? '';
          this.readFromCard = undefined;
        }}
        @change=${(event: Event) => {
          this.value = typedSerial((event.target as WaInput).value ?? '');
        }}
      ></wa-input>
      ${this.canScan ? html`<div><wa-button class="scan" appearance="outlined" size="s" @click=${() => void this.#startScanning()}>${words.scan}</wa-button></div>` : nothing}
      <p class="read" role="status">${this.readFromCard ? words.readFromCard(this.readFromCard) : ''}</p>
      <wa-dialog
        label=${words.dialogTitle}
        ?open=${this.scanning}
        @wa-hide=${(event: Event) => {
          if (event.target !== event.currentTarget) return;
          this.scanning = false;
          this.#stopScanning();
        }}
      >
        ${this.scanning ? html`<video playsinline muted aria-hidden="true"></video>` : nothing}
        <p role="status">${this.scanProblem ?? words.pointCamera}</p>
        <wa-button slot="footer" appearance="outlined" @click=${() => {
            this.scanning = false;
            this.#stopScanning();
          }}
          >${words.typeInstead}</wa-button>
      </wa-dialog>`;
  }
}

customElements.define('console-serial-field', ConsoleSerialField);

declare global {
  interface HTMLElementTagNameMap {
    'console-serial-field': ConsoleSerialField;
  }
}
