/**
 * "My account": the signed-in person's passkeys, slotted in by the shell where the server offers
 * passkeys (<console-my-passkeys slot="passkeys">), and the browsers they are signed in on.
 */
import type { Locale } from '@atelier/client/contract';
import { html, LitElement } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { pageStyles } from '../shared/page-styles.ts';
import './my-sessions.ts';
import type { MySessionsClient } from './my-sessions-client.ts';

export class ConsoleAccount extends LitElement {
  static override styles = pageStyles;

  static override properties = {
    sessions: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
  };

  declare sessions: MySessionsClient;
  declare messages: ConsoleMessages;
  declare locale: Locale;

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
  }

  override render() {
    return html`<h1 tabindex="-1">${this.messages.account.title}</h1>
      <slot name="passkeys"></slot>
      <console-my-sessions .client=${this.sessions} .messages=${this.messages} .locale=${this.locale}></console-my-sessions>`;
  }
}

customElements.define('console-account', ConsoleAccount);

declare global {
  interface HTMLElementTagNameMap {
    'console-account': ConsoleAccount;
  }
}
