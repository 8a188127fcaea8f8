/**
 * "Care" (`/console/care`): the concierge's work for customer care (the concierge role) and brand
 * admins — the queue of reminders to review, personalise, hold, send or drop, and its figures; and,
 * for those who may set them (brand admins), the care rules the reminders come from. Each part is
 * an element of its own with its own client, as the API's capabilities are split.
 */
import type { Locale } from '@atelier/client/contract';
import { html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { pageStyles } from '../shared/page-styles.ts';
import type { CareRemindersClient, CareRulesClient } from './care-client.ts';
import './care-figures.ts';
import './care-rules-editor.ts';
import './reminder-queue.ts';

/** The console path of the Care page. */
export const careSegment = 'care';

export class ConsoleCare extends LitElement {
  static override styles = [pageStyles];

  static override properties = {
    remindersClient: { attribute: false },
    rulesClient: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
  };

  declare remindersClient: CareRemindersClient;
  /** Given to those who may change the care rules (brand admins): the rules' section is shown. */
  declare rulesClient: CareRulesClient | undefined;
  declare messages: ConsoleMessages;
  declare locale: Locale;

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
  }

  override render() {
    const words = this.messages.care;
    return html`<h1 tabindex="-1">${words.title}</h1>
      <p class="intro">${words.intro}</p>
      <console-care-queue .client=${this.remindersClient} .messages=${this.messages} .locale=${this.locale}></console-care-queue>
      <console-care-figures .client=${this.remindersClient} .messages=${this.messages} .locale=${this.locale}></console-care-figures>
      ${this.rulesClient ? html`<console-care-rules .client=${this.rulesClient} .messages=${this.messages} .locale=${this.locale}></console-care-rules>` : nothing}`;
  }
}

customElements.define('console-care', ConsoleCare);

declare global {
  interface HTMLElementTagNameMap {
    'console-care': ConsoleCare;
  }
}
