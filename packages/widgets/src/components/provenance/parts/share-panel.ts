/** The share section of a record: a link to this page for the piece, a copy button, and the piece's QR code. */
import { html, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { buildDigitalLink } from '@atelier/client';
import type { ProvenanceRecord, Received } from '@atelier/client/contract';
import { defineElement } from '../../../base/define.ts';
import { WidgetPart } from '../../../base/widget-part.ts';
import { WidgetState } from '../../../base/widget-state.ts';
import type { ProvenanceMessages } from '../locales/en.ts';
import { shareLink } from '../lookup-input.ts';
import { drawQrCode } from '../qr-code.ts';

type CopyState = 'idle' | 'copied' | 'failed';

export class ProvenanceSharePanel extends WidgetPart<ProvenanceMessages> {
  static override properties = {
    ...WidgetPart.properties,
    record: { attribute: false },
    digitalLinkBaseUrl: { attribute: false },
  };

  declare record: Received<ProvenanceRecord>;
  /** Where the piece's Digital Link points: the API's resolver. */
  declare digitalLinkBaseUrl: string;
  readonly #copyState = new WidgetState<CopyState>(this, 'idle');

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another lookup: "Link copied" was about the link before.
    if (changed.has('record')) this.#copyState.value = 'idle';
  }

  async #copy(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.#copyState.value = 'copied';
    } catch {
      this.#copyState.value = 'failed';
    }
  }

  /** What the QR code holds: the piece's Digital Link on the API's resolver, or the share link without a usable GTIN. */
  #qrTarget(record: Received<ProvenanceRecord>, link: string): string {
    if (record.gtin === null) return link;
    try {
      return buildDigitalLink({ gtin: record.gtin, serial: record.serial, baseUrl: this.digitalLinkBaseUrl });
    } catch {
      // A GTIN with a wrong check digit, or a serial GS1 cannot carry (over 20 characters).
      return link;
    }
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const record = this.record;
    const link = shareLink(window.location.href, record.serial);
    const qr = drawQrCode(this.#qrTarget(record, link));
    return html`<section class="share" part="share" aria-labelledby="share-title">
      <h3 part="subheading" id="share-title">${m.shareHeading}</h3>
      <div class="field">
        <label part="label" for="share-link">${m.shareLinkLabel}</label>
        <div class="row no-print">
          <input part="input" id="share-link" type="url" readonly .value=${link} />
          <button part="button secondary-button" type="button" class="secondary" @click=${() => void this.#copy(link)}>${m.copy}</button>
        </div>
        <p class="printed-link"><a href=${link}>${link}</a></p>
        <p class="copy-status no-print" role="status">${this.#copyState.value === 'copied' ? m.copied : this.#copyState.value === 'failed' ? m.copyFailed : ''}</p>
      </div>
      <svg part="qr" class="qr" role="img" aria-label=${m.qrLabel(record.serial)} viewBox="0 0 ${qr.size} ${qr.size}" xmlns="http://www.w3.org/2000/svg">
        ${svg`<rect class="qr-light" width=${qr.size} height=${qr.size}></rect><path class="qr-dark" d=${qr.path}></path>`}
      </svg>
    </section>`;
  }
}

defineElement('atelier-provenance-share', ProvenanceSharePanel);
