/**
 * <console-my-passkeys>: the signed-in person's passkeys; they add one through the browser's
 * prompt (named, to tell them apart) and remove one once confirmed.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/input/input.js';
import type WaInput from '@awesome.me/webawesome/dist/components/input/input.js';
import type { Locale, Passkey, Received } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { browserSupportsWebAuthn, startRegistration, WebAuthnError } from '@simplewebauthn/browser';
import { html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { renderConfirm, type PendingConfirmation } from '../shared/confirm-dialog.ts';
import { renderLoad } from '../shared/loads.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import { isCancelledCeremony } from '../sign-in/sign-in-page.ts';
import type { MyPasskeysClient } from './my-passkeys-client.ts';

/** The browser's side of creating a passkey; a test passes a stand-in for the authenticator. */
export interface PasskeyRegistrationCeremony {
  supported(): boolean;
  register: typeof startRegistration;
}

export const browserPasskeyRegistration: PasskeyRegistrationCeremony = {
  supported: browserSupportsWebAuthn,
  register: startRegistration,
};

export class ConsoleMyPasskeys extends LitElement {
  static override styles = pageStyles;

  static override properties = {
    client: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    ceremony: { attribute: false },
    deviceLabel: { state: true },
    notice: { state: true },
    confirmation: { state: true },
  };

  declare client: MyPasskeysClient;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  declare ceremony: PasskeyRegistrationCeremony;
  declare private deviceLabel: string;
  /** What the last action did, read out politely ("Passkey added."). */
  declare private notice: string | undefined;
  declare private confirmation: PendingConfirmation | undefined;

  readonly #passkeys = new Task(this, {
    task: ([client], { signal }) => (client as MyPasskeysClient).list({ signal }),
    args: () => [this.client],
  });
  readonly #adding = new SubmissionController(this, () => this.messages);
  readonly #changing = new SubmissionController(this, () => this.messages);

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.ceremony = browserPasskeyRegistration;
    this.deviceLabel = '';
  }

  #date(iso: string): string {
    return this.messages.common.dateTime(iso, this.locale);
  }

  async #addPasskey(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.notice = undefined;
    const words = this.messages.account;
    const deviceLabel = this.deviceLabel.trim();
    const outcome = await this.#adding.submit(async (options) => {
      const optionsJSON = await this.client.registrationOptions(options);
      let response;
      try {
        response = await this.ceremony.register({ optionsJSON });
      } catch (error) {
        if (isCancelledCeremony(error)) return words.passkeyCancelled;
        if (error instanceof WebAuthnError && error.code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return words.passkeyAlreadyRegistered;
        throw error;
      }
      await this.client.register({ response, ...(deviceLabel ? { deviceLabel } : {}) });
      return 'added';
    });
    if (!outcome.ok) return;
    if (outcome.value === 'added') {
      this.deviceLabel = '';
      this.notice = words.passkeyAdded;
      void this.#passkeys.run();
    } else {
      this.notice = outcome.value;
    }
  }

  #confirmRemovePasskey(passkey: Received<Passkey>): void {
    const words = this.messages.account;
    const label = passkey.deviceLabel || words.unnamedPasskey;
    this.confirmation = {
      label: words.removePasskey(label),
      message: words.removePasskeyConfirm(label),
      confirmLabel: words.remove,
      run: async () => {
        const outcome = await this.#changing.submit((options) => this.client.remove(passkey.id, options));
        if (!outcome.ok) return;
        this.notice = words.passkeyRemoved;
        void this.#passkeys.run();
      },
    };
  }

  override render() {
    const words = this.messages.account;
    return html`<section aria-labelledby="passkeys-title">
        <h2 id="passkeys-title">${words.passkeysTitle}</h2>
        <p class="intro">${words.passkeysIntro}</p>
        <p role="status">${this.notice ?? nothing}</p>
        ${this.#changing.errorMessage ? html`<wa-callout variant="danger" role="alert">${this.#changing.errorMessage}</wa-callout>` : nothing}
        ${renderLoad(this, this.#passkeys, this.messages, ({ passkeys }) => this.#renderPasskeys(passkeys))} ${this.#renderAddPasskey()}
      </section>
      ${renderConfirm(this.confirmation, this.messages.common.cancel, () => {
        this.confirmation = undefined;
      })}`;
  }

  #renderPasskeys(passkeys: readonly Received<Passkey>[]) {
    const words = this.messages.account;
    if (passkeys.length === 0) return html`<p>${words.noPasskeys}</p>`;
    return html`<ul class="cards">
      ${passkeys.map((passkey) => {
        const label = passkey.deviceLabel || words.unnamedPasskey;
        return html`<li>
          <span
            ><strong>${label}</strong><br /><span class="quiet"
              >${words.createdOn(this.#date(passkey.createdAt))} ·
              ${passkey.lastUsedAt ? words.lastUsed(this.#date(passkey.lastUsedAt)) : words.neverUsed}</span
            ></span
          >
          <wa-button size="s" appearance="outlined" variant="danger" @click=${() => this.#confirmRemovePasskey(passkey)}
            >${words.remove}<span class="visually-hidden">: ${label}</span></wa-button
          >
        </li>`;
      })}
    </ul>`;
  }

  #renderAddPasskey() {
    const words = this.messages.account;
    if (!this.ceremony.supported()) return html`<p class="quiet">${words.passkeyUnsupported}</p>`;
    const labelError = this.#adding.fieldError('deviceLabel');
    return html`<form novalidate @submit=${(event: SubmitEvent) => void this.#addPasskey(event)}>
      ${this.#adding.errorMessage ? html`<wa-callout variant="danger" role="alert">${this.#adding.errorMessage}</wa-callout>` : nothing}
      <wa-input
        name="deviceLabel"
        label=${`${words.passkeyLabel} ${this.messages.common.optional}`}
        hint=${labelError ?? words.passkeyLabelHint}
        class=${labelError ? 'field-error' : ''}
        maxlength="60"
        .value=${this.deviceLabel}
        @input=${(event: Event) => {
          this.deviceLabel = (event.target as WaInput).value ?? '';
        }}
      ></wa-input>
      <div class="actions">
        <wa-button type="submit" variant="brand" ?loading=${this.#adding.pending}>${this.#adding.pending ? words.addingPasskey : words.addPasskey}</wa-button>
      </div>
    </form>`;
  }
}

customElements.define('console-my-passkeys', ConsoleMyPasskeys);

declare global {
  interface HTMLElementTagNameMap {
    'console-my-passkeys': ConsoleMyPasskeys;
  }
}
