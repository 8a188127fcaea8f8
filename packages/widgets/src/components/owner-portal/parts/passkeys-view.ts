/** The owner's passkeys: each with when it was added and last used, a way to remove it, and adding one where the site allows. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { OwnerPasskeyList, Passkey, Received } from '@atelier/client/contract';
import { passkeyDeviceLabelMaxLength } from '@atelier/client/contract';
import { defineElement } from '../../../base/define.ts';
import { WidgetPart } from '../../../base/widget-part.ts';
import { requiredMarker } from '../../../forms/fields.ts';
import type { FieldContext } from '../../../forms/fields.ts';
import type { OwnerPortalMessages } from '../locales/en.ts';

/**
 * @fires add-passkey - The owner asks to add a passkey on this device.
 * @fires device-label - The owner typed the device's name; `detail` is the text.
 * @fires remove-passkey - The owner removes a passkey; `detail` is the passkey.
 * @fires back-to-pieces - The owner goes back to their pieces.
 */
export class OwnerPasskeysView extends WidgetPart<OwnerPortalMessages> {
  static override properties = {
    ...WidgetPart.properties,
    list: { attribute: false },
    addable: { attribute: false },
    supported: { attribute: false },
    deviceLabel: { attribute: false },
    pending: { attribute: false },
  };

  declare list: Received<OwnerPasskeyList> | undefined;
  /** The site allows passkeys and the browser has them. */
  declare addable: boolean;
  /** The browser has passkeys (said when the site is not the reason). */
  declare supported: boolean;
  declare deviceLabel: string;
  declare pending: boolean;

  /** The words of the kit's required / optional markers: this part's one field is drawn by hand, without a form controller. */
  #markers(): FieldContext {
    return { required: this.messages.required, optional: this.messages.optional } as FieldContext;
  }

  #date(at: string): string {
    return new Intl.DateTimeFormat(this.messages.languageTag, { dateStyle: 'long' }).format(new Date(at));
  }

  #renderPasskey(passkey: Received<Passkey>): TemplateResult {
    const m = this.messages.passkeys;
    return html`<li class="passkey">
      <p><strong>${passkey.deviceLabel}</strong></p>
      <p class="hint" part="hint">${m.added(this.#date(passkey.createdAt))} · ${passkey.lastUsedAt ? m.lastUsed(this.#date(passkey.lastUsedAt)) : m.neverUsed}</p>
      <button part="button secondary-button" type="button" class="secondary" ?disabled=${this.pending} @click=${() => this.tell('remove-passkey', passkey)}>${m.remove(passkey.deviceLabel)}</button>
    </li>`;
  }

  #renderAdd(): TemplateResult {
    const m = this.messages.passkeys;
    if (!this.addable) return html`<p class="hint" part="hint">${this.supported ? m.notHere : m.notThisBrowser}</p>`;
    return html`<form part="form" novalidate aria-labelledby="add-passkey-title" @submit=${(event: Event) => {
      event.preventDefault();
      this.tell('add-passkey');
    }}>
      <h3 part="subheading" id="add-passkey-title">${m.addTitle}</h3>
      <div class="field" part="field">
        <label part="label" for="passkey-device-label">${m.deviceLabel}${requiredMarker(this.#markers(), false)}</label>
        <input
          part="input"
          id="passkey-device-label"
          autocomplete="off"
          maxlength=${passkeyDeviceLabelMaxLength}
          aria-describedby="passkey-device-label-hint"
          .value=${this.deviceLabel}
          @input=${(event: Event) => this.tell('device-label', (event.target as HTMLInputElement).value)}
        />
        <p class="hint" part="hint" id="passkey-device-label-hint">${m.deviceLabelHint}</p>
      </div>
      <button part="button primary-button" type="submit" ?disabled=${this.pending}>${this.pending ? this.messages.sending : m.add}</button>
    </form>`;
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const list = this.list;
    return html`<section class="account-view" aria-labelledby="passkeys-title">
      <button part="button secondary-button" type="button" class="secondary back" @click=${() => this.tell('back-to-pieces')}>${m.backToPieces}</button>
      <h2 part="heading" id="passkeys-title" tabindex="-1">${m.passkeys.title}</h2>
      <p>${m.passkeys.intro}</p>
      ${list === undefined
        ? html`<p aria-busy="true">${m.passkeys.loading}</p>`
        : html`${list.passkeys.length === 0 ? html`<p>${m.passkeys.none}</p>` : html`<ul class="passkeys">${list.passkeys.map((passkey) => this.#renderPasskey(passkey))}</ul>`}
          ${this.#renderAdd()}`}
    </section>`;
  }
}

defineElement('atelier-owner-portal-passkeys', OwnerPasskeysView);
