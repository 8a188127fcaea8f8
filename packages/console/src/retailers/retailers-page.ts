/**
 * Retailers and their people: the brand's authorized retailers, and for the one chosen
 * (`/console/retailers/<id>`), who of it can sign in, with an invitation for its manager. The
 * people part is the people page, given the retailer.
 */
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import type { Locale } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import '../people/people-page.ts';
import type { PeopleClient, RetailerSummary, RetailersClient } from '../people/people-client.ts';
import { renderLoad } from '../shared/loads.ts';
import { pageStyles } from '../shared/page-styles.ts';
import type { SignedInPerson } from '../shared/person.ts';
import { pagePath } from '../shell/router.ts';

export const retailersSegment = 'retailers';

export class ConsoleRetailers extends LitElement {
  static override styles = pageStyles;

  static override properties = {
    retailersClient: { attribute: false },
    peopleClient: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    viewer: { attribute: false },
    retailerId: { attribute: false },
  };

  declare retailersClient: RetailersClient;
  declare peopleClient: PeopleClient;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  declare viewer: SignedInPerson;
  /** The retailer whose people are shown, from the address. */
  declare retailerId: string | undefined;

  readonly #retailers = new Task(this, {
    task: ([client], { signal }) => (client as RetailersClient).list({ signal }),
    args: () => [this.retailersClient],
  });

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.retailerId = undefined;
  }

  override render() {
    const words = this.messages.retailers;
    return html`<h1 tabindex="-1">${words.title}</h1>
      <p class="intro">${words.intro}</p>
      ${renderLoad(this, this.#retailers, this.messages, (retailers) => this.#renderRetailers(retailers))}`;
  }

  #renderRetailers(retailers: readonly RetailerSummary[]) {
    const words = this.messages.retailers;
    if (retailers.length === 0) return html`<p>${words.empty}</p>`;
    const chosen = retailers.find((retailer) => retailer.id === this.retailerId);
    return html`<nav aria-labelledby="retailers-list-title">
        <h2 id="retailers-list-title" class="visually-hidden">${words.title}</h2>
        <ul class="cards">
          ${retailers.map(
            (retailer) =>
              html`<li>
                <a href=${pagePath(retailersSegment, retailer.id)} aria-current=${retailer === chosen ? 'page' : 'false'}>${retailer.name}</a>
                <span class="quiet">${words.place(retailer.city, retailer.country)}</span>
              </li>`,
          )}
        </ul>
      </nav>
      ${this.retailerId && !chosen ? html`<wa-callout variant="warning" role="alert">${this.messages.errors.notFound}</wa-callout>` : nothing}
      ${chosen
        ? html`<console-people
            .client=${this.peopleClient}
            .retailersClient=${this.retailersClient}
            .messages=${this.messages}
            .locale=${this.locale}
            .viewer=${this.viewer}
            .retailer=${chosen}
          ></console-people>`
        : nothing}`;
  }
}

customElements.define('console-retailers', ConsoleRetailers);

declare global {
  interface HTMLElementTagNameMap {
    'console-retailers': ConsoleRetailers;
  }
}
