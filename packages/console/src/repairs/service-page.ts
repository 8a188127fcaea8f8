/**
 * Service, the retailer desk's after-sales page: take a piece in for service for its owner (the
 * piece stays at this counter until it goes to the brand's centre; the owner confirms their address
 * by e-mail), the repairs left with this boutique and where each stands, and an authorized
 * modification recorded into a piece's history.
 */
import { bookRepair } from '@atelier/client/contract';
import type { Access, Locale } from '@atelier/client/contract';
import { html, LitElement } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { pageStyles } from '../shared/page-styles.ts';
import './counter-repairs.ts';
import './modification-form.ts';
import type { RepairsClient } from './repairs-client.ts';
import './take-in-form.ts';

export const serviceSegment = 'service';
/** A piece is taken in at the viewer's own counter: its retailer staff (the drop-off `retailer` is theirs alone). */
export const counterServiceAccess: Access = { retailerStaff: bookRepair.access.retailerStaff ?? [] };

export class ConsoleService extends LitElement {
  static override styles = pageStyles;

  static override properties = {
    client: { attribute: false },
    retailerId: {},
    messages: { attribute: false },
    locale: { attribute: false },
  };

  declare client: RepairsClient;
  declare retailerId: string;
  declare messages: ConsoleMessages;
  declare locale: Locale;

  constructor() {
    super();
    this.retailerId = '';
    this.messages = englishMessages;
    this.locale = 'en';
  }

  override render() {
    const words = this.messages.service;
    return html`<h1 tabindex="-1">${words.title}</h1>
      <p class="intro">${words.intro}</p>
      <section aria-labelledby="take-in-title">
        <h2 id="take-in-title">${words.takeInTitle}</h2>
        <console-take-in-form
          .client=${this.client}
          .messages=${this.messages}
          .locale=${this.locale}
          @console-repair-taken-in=${() => this.renderRoot.querySelector('console-counter-repairs')?.reload()}
        ></console-take-in-form>
      </section>
      <section aria-labelledby="repairs-title">
        <h2 id="repairs-title">${words.listTitle}</h2>
        <console-counter-repairs .client=${this.client} .messages=${this.messages} .locale=${this.locale}></console-counter-repairs>
      </section>
      <section aria-labelledby="modification-title">
        <h2 id="modification-title">${words.modificationTitle}</h2>
        <p class="intro">${words.modificationIntro}</p>
        <console-modification-form .client=${this.client} retailerId=${this.retailerId} .messages=${this.messages} .locale=${this.locale}></console-modification-form>
      </section>`;
  }
}

customElements.define('console-service', ConsoleService);

declare global {
  interface HTMLElementTagNameMap {
    'console-service': ConsoleService;
  }
}

