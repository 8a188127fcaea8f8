/**
 * Sales, the retailer desk's counter page: register a sale (the form in sale-form.ts), the serial
 * prefilled when the page is opened from a piece in stock (`/console/sales/register/<serial>`), and
 * the boutique's recent sales, where a mistaken one is voided (recent-sales.ts).
 */
import { listSales, registerSale, voidSale } from '@atelier/client/contract';
import type { Access, Locale } from '@atelier/client/contract';
import { html, LitElement } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { accessOfAll } from '../shell/pages.ts';
import './recent-sales.ts';
import './sale-form.ts';
import type { SalesClient } from './sales-client.ts';

export const salesSegment = 'sales';
/** The desk registers the viewer's own boutique's sales: its retailer staff. Brand admins correct records through the API. */
export const counterSaleAccess: Access = { retailerStaff: registerSale.access.retailerStaff ?? [] };
/** The page also lists the boutique's sales and voids a mistaken one: whoever may do all three. */
export const salesPageAccess: Access = accessOfAll(counterSaleAccess, listSales.access, voidSale.access);
/** `/console/sales/register/<serial>`: the form, that piece's serial filled in. */
export const registerSubPath = 'register';

export class ConsoleSales extends LitElement {
  static override styles = pageStyles;

  static override properties = {
    client: { attribute: false },
    retailerId: {},
    serial: {},
    messages: { attribute: false },
    locale: { attribute: false },
  };

  declare client: SalesClient;
  declare retailerId: string;
  declare serial: string;
  declare messages: ConsoleMessages;
  declare locale: Locale;

  constructor() {
    super();
    this.retailerId = '';
    this.serial = '';
    this.messages = englishMessages;
    this.locale = 'en';
  }

  override render() {
    const words = this.messages.sales;
    return html`<h1 tabindex="-1">${words.title}</h1>
      <p class="intro">${words.intro}</p>
      <section aria-labelledby="register-title">
        <h2 id="register-title">${words.registerTitle}</h2>
        <console-sale-form
          .client=${this.client}
          retailerId=${this.retailerId}
          serial=${this.serial}
          .messages=${this.messages}
          .locale=${this.locale}
          @console-sale-registered=${() => this.renderRoot.querySelector('console-recent-sales')?.reload()}
        ></console-sale-form>
      </section>
      <section aria-labelledby="recent-title">
        <h2 id="recent-title">${words.recentTitle}</h2>
        <console-recent-sales .client=${this.client} .messages=${this.messages} .locale=${this.locale}></console-recent-sales>
      </section>`;
  }
}

customElements.define('console-sales', ConsoleSales);

declare global {
  interface HTMLElementTagNameMap {
    'console-sales': ConsoleSales;
  }
}
