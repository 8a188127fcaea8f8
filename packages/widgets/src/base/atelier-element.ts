/**
 * What every Atelier widget shares: the API client (from `publishable-key` and `api-base`, or a
 * `client` property), typed events, the locale and its strings, and the theme tokens.
 */
import { LitElement } from 'lit';
import type { PropertyValues } from 'lit';
import type { Locale } from '@atelier/client/contract';
import { clientFromAttributes } from './client.ts';
import type { WidgetClient } from './client.ts';
import type { AtelierEventDetails, AtelierEventName } from './events.ts';
import { fallbackLocale, fallbackMessages, loadMessages, resolveLocale } from './locale.ts';
import type { Messages } from './locale.ts';
import { themeStyles } from '../themes/tokens.ts';

export type Theme = 'light' | 'dark' | 'auto';

export class AtelierElement extends LitElement {
  static override styles = [themeStyles];

  static override properties = {
    publishableKey: { attribute: 'publishable-key' },
    apiBase: { attribute: 'api-base' },
    locale: {},
    theme: { reflect: true },
    client: { attribute: false },
    resolvedLocale: { state: true },
    messages: { state: true },
  };

  /** Publishable key (`pk_…`) of the brand; safe in a page, bound to the brand's origins. */
  declare publishableKey: string | undefined;
  /** Base URL of the Atelier API; the page's own origin when absent (an API proxy). */
  declare apiBase: string | undefined;
  /** BCP 47 language tag; defaults to the closest `lang` attribute, then the browser's language. */
  declare locale: string | undefined;
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  declare theme: Theme | undefined;
  /** An API client to use instead of one built from the attributes. */
  declare client: WidgetClient | undefined;
  /** The locale the strings are in, among those the widgets ship. */
  declare protected resolvedLocale: Locale;
  declare protected messages: Messages;

  private builtClient: { key: string; apiBase: string | undefined; client: WidgetClient } | undefined;
  private localeRequest = 0;

  constructor() {
    super();
    this.resolvedLocale = fallbackLocale;
    this.messages = fallbackMessages;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.applyLocale();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('locale') && this.isConnected) void this.applyLocale();
  }

  /** The client to call, or `undefined` when neither a `client` nor a `publishable-key` is set. */
  protected get api(): WidgetClient | undefined {
    if (this.client) return this.client;
    const key = this.publishableKey?.trim();
    if (!key) return undefined;
    if (this.builtClient?.key !== key || this.builtClient.apiBase !== this.apiBase) {
      this.builtClient = { key, apiBase: this.apiBase, client: clientFromAttributes(key, this.apiBase) };
    }
    return this.builtClient.client;
  }

  /** The locale the page asks for, known at once; `resolvedLocale` follows once its strings have loaded. */
  protected get requestedLocale(): Locale {
    return resolveLocale(this, this.locale);
  }

  /** Dispatches a typed `atelier-*` event that bubbles and crosses shadow roots. */
  protected emit<Name extends AtelierEventName>(name: Name, detail: AtelierEventDetails[Name]): CustomEvent<AtelierEventDetails[Name]> {
    const event = new CustomEvent(name, { detail, bubbles: true, composed: true });
    this.dispatchEvent(event);
    return event;
  }

  private async applyLocale(): Promise<void> {
    const locale = this.requestedLocale;
    const request = ++this.localeRequest;
    const messages = await loadMessages(locale);
    // A later locale change may have finished first; the last one asked for wins.
    if (request !== this.localeRequest) return;
    this.resolvedLocale = messages === fallbackMessages ? fallbackLocale : locale;
    this.messages = messages;
  }
}
