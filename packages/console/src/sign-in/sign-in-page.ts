/**
 * The sign-in page: a passkey on this device, or a single-use link e-mailed to a work address.
 * Given a `token` (the shell took it from `#sign-in=…`), it consumes it first. Announces who
 * signed in with `console-signed-in`; the shell takes it from there.
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/divider/divider.js';
import '@awesome.me/webawesome/dist/components/input/input.js';
import type WaInput from '@awesome.me/webawesome/dist/components/input/input.js';
import { browserSupportsWebAuthn, startAuthentication, WebAuthnError } from '@simplewebauthn/browser';
import { html, LitElement, nothing } from 'lit';
import type { ConsoleMessages } from '../locales/en.ts';
import { englishMessages } from '../locales/catalog.ts';
import { signedIn } from '../shared/events.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { SubmissionController } from '../shared/submission.ts';
import type { SignInClient } from './sign-in-client.ts';

/** The API's one answer to a passkey it does not accept. */
const passkeyNotRecognizedCode = 'passkey_not_recognized';

/** The browser's side of the passkey ceremony; a test passes a stand-in for the authenticator. */
export interface PasskeyCeremony {
  supported(): boolean;
  authenticate: typeof startAuthentication;
}

export const browserPasskeyCeremony: PasskeyCeremony = {
  supported: browserSupportsWebAuthn,
  authenticate: startAuthentication,
};

/** The person dismissed the browser's prompt, or it timed out: not a failure to report as one. */
export function isCancelledCeremony(error: unknown): boolean {
  if (error instanceof WebAuthnError) return error.code === 'ERROR_CEREMONY_ABORTED' || error.name === 'NotAllowedError' || error.name === 'AbortError';
  return error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'AbortError');
}

export class ConsoleSignIn extends LitElement {
  static override styles = pageStyles;

  static override properties = {
    client: { attribute: false },
    messages: { attribute: false },
    ceremony: { attribute: false },
    token: { attribute: false },
    email: { state: true },
    linkSentTo: { state: true },
    consuming: { state: true },
    consumeMessage: { state: true },
    passkeyMessage: { state: true },
  };

  declare client: SignInClient;
  declare messages: ConsoleMessages;
  declare ceremony: PasskeyCeremony;
  /** A token from an e-mailed link, consumed when the page connects. */
  declare token: string | undefined;
  declare private email: string;
  declare private linkSentTo: string | undefined;
  declare private consuming: boolean;
  declare private consumeMessage: string | undefined;
  declare private passkeyMessage: string | undefined;

  readonly #linkRequest = new SubmissionController(this, () => this.messages);
  readonly #passkey = new SubmissionController(this, () => this.messages);
  readonly #consume = new SubmissionController(this, () => this.messages);

  constructor() {
    super();
    this.messages = englishMessages;
    this.ceremony = browserPasskeyCeremony;
    this.email = '';
    this.consuming = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.token) void this.#consumeLink(this.token);
  }

  async #consumeLink(token: string): Promise<void> {
    this.consuming = true;
    const outcome = await this.#consume.submit((options) => this.client.consumeLink(token, options));
    this.consuming = false;
    if (outcome.ok) {
      this.token = undefined;
      this.dispatchEvent(signedIn(outcome.value));
      return;
    }
    const failure = this.#consume.failure;
    if (failure?.unanswered) {
      // Not consumed: the token is kept, and "Try again" sends it once more.
      this.consumeMessage = failure.message;
      return;
    }
    // Answered: unknown, used or expired read the same (the server does not say which); a new link is the way on.
    this.token = undefined;
    this.consumeMessage = this.messages.signIn.linkInvalid;
  }

  async #requestLink(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const email = this.email.trim();
    const outcome = await this.#linkRequest.submit((options) => this.client.requestLink(email, options));
    if (outcome.ok) this.linkSentTo = email;
    else this.#focusFirstInvalid();
  }

  async #signInWithPasskey(): Promise<void> {
    this.passkeyMessage = undefined;
    const passkeyClient = this.client.passkey;
    if (!passkeyClient) return;
    const outcome = await this.#passkey.submit(async (options) => {
      const optionsJSON = await passkeyClient.options(options);
      let response;
      try {
        response = await this.ceremony.authenticate({ optionsJSON });
      } catch (error) {
        return isCancelledCeremony(error) ? null : Promise.reject(error);
      }
      return passkeyClient.signIn(response);
    });
    if (!outcome.ok) {
      // Every refusal of a passkey reads the same (unknown, removed, its person deactivated): the link is the way in.
      if (this.#passkey.failure?.code === passkeyNotRecognizedCode) this.passkeyMessage = this.messages.signIn.passkeyRefused;
      return;
    }
    if (outcome.value === null) this.passkeyMessage = this.messages.signIn.passkeyCancelled;
    else this.dispatchEvent(signedIn(outcome.value));
  }

  #focusFirstInvalid(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<WaInput>('wa-input.field-error')?.focus());
  }

  override render() {
    const words = this.messages.signIn;
    if (this.consuming) {
      return html`<h1 tabindex="-1">${words.title}</h1>
        <p role="status">${words.consuming}</p>`;
    }
    return html`<h1 tabindex="-1">${words.title}</h1>
      <p class="intro">${this.client.passkey ? words.intro : words.introLinkOnly}</p>
      ${this.consumeMessage
        ? html`<wa-callout variant="warning" role="alert"
            >${this.consumeMessage}
            ${this.token
              ? html`<wa-button size="s" appearance="outlined" @click=${() => void this.#consumeLink(this.token ?? '')}>${this.messages.common.retry}</wa-button>`
              : nothing}</wa-callout
          >`
        : nothing}
      ${this.client.passkey ? html`${this.#renderPasskey()}<wa-divider></wa-divider>` : nothing}
      ${this.linkSentTo === undefined ? this.#renderLinkForm() : this.#renderLinkSent(this.linkSentTo)}`;
  }

  #renderPasskey() {
    const words = this.messages.signIn;
    if (!this.ceremony.supported()) return html`<p class="quiet">${words.passkeyUnsupported}</p>`;
    const failure = this.passkeyMessage ?? this.#passkey.errorMessage;
    return html`<div class="actions">
        <wa-button variant="brand" ?loading=${this.#passkey.pending} @click=${() => void this.#signInWithPasskey()}>
          ${this.#passkey.pending ? words.passkeyPending : words.passkeyButton}
        </wa-button>
      </div>
      ${failure ? html`<wa-callout variant="danger" role="alert">${failure}</wa-callout>` : nothing}`;
  }

  #renderLinkForm() {
    const words = this.messages.signIn;
    const request = this.#linkRequest;
    const emailError = request.fieldError('email');
    return html`<form novalidate @submit=${(event: SubmitEvent) => void this.#requestLink(event)}>
      ${request.errorMessage ? html`<wa-callout variant="danger" role="alert">${request.errorMessage}</wa-callout>` : nothing}
      <wa-input
        name="email"
        type="email"
        autocomplete="username webauthn"
        inputmode="email"
        spellcheck="false"
        required
        class=${emailError ? 'field-error' : ''}
        label=${words.emailLabel}
        hint=${emailError ?? words.emailHint}
        .value=${this.email}
        @input=${(event: Event) => {
          this.email = (event.target as WaInput).value ?? '';
        }}
      ></wa-input>
      <div class="actions">
        <wa-button type="submit" ?loading=${request.pending}>${request.pending ? words.sendingLink : words.sendLink}</wa-button>
      </div>
    </form>`;
  }

  #renderLinkSent(address: string) {
    const words = this.messages.signIn;
    return html`<wa-callout variant="success" role="status">
        <strong>${words.linkSentTitle}</strong><br />
        ${words.linkSent(address)}
      </wa-callout>
      <wa-button
        appearance="outlined"
        @click=${() => {
          this.linkSentTo = undefined;
        }}
        >${words.sendAnother}</wa-button
      >`;
  }
}

customElements.define('console-sign-in', ConsoleSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'console-sign-in': ConsoleSignIn;
  }
}
