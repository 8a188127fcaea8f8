/**
 * What every Atelier widget shares: the attributes a page sets (`publishable-key`, `api-base`,
 * `locale`, `theme`), the API client built from them (or a `client` property), the locale the page
 * asks for, typed events and the theme tokens. What differs per widget stays with the widget: the
 * operations its client calls (`createClient`) and its strings (a `MessagesController` over its
 * own catalog), so no widget downloads another's schemas or strings.
 */
import { LitElement } from 'lit';
import type { Locale } from '@atelier/client/contract';
import type { AtelierEventDetails, AtelierEventName } from './events.ts';
import { resolveLocale } from './locale.ts';
import { themeStyles } from '../themes/tokens.ts';

export type Theme = 'light' | 'dark' | 'auto';

/** What a widget needs to build its client from the element's attributes. */
export interface ClientAttributes {
  publishableKey: string;
  /** `api-base`, or the page's own origin (an API proxy) when the attribute is absent. */
  baseUrl: string;
}

/** `Client` is the part of the API client the widget calls, so tests and pages can pass a fake or a proxy of just that. */
export abstract class AtelierElement<Client extends object = object> extends LitElement {
  static override styles = [themeStyles];

  static override properties = {
    publishableKey: { attribute: 'publishable-key' },
    apiBase: { attribute: 'api-base' },
    locale: {},
    theme: { reflect: true },
    client: { attribute: false },
  };

  /** Publishable key (`pk_…`) of the brand; safe in a page, bound to the brand's origins. */
  declare publishableKey: string | undefined;
  /** Base URL of the Atelier API; the page's own origin when absent (an API proxy). */
  declare apiBase: string | undefined;
  /** BCP 47 language tag; defaults to the closest `lang` attribute, then the browser's language. */
  declare locale: string | undefined;
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  declare theme: Theme | undefined;
  /** An API client to use instead of one built from the attributes (any `createClient()` result will do). */
  declare client: Client | undefined;

  /** The client built from the attributes, and the key and base URL it was built for. */
  #builtClient: { builtFor: string; client: Client } | undefined;

  /** Replaced on every connection and aborted on disconnection; see `connectionSignal`. */
  #connection = new AbortController();

  /**
   * Aborted when the element leaves the page: a widget passes it to its requests and listeners so
   * nothing of a removed element keeps running, and checks it before showing a late answer.
   */
  protected get connectionSignal(): AbortSignal {
    return this.#connection.signal;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#connection = new AbortController();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connection.abort();
  }

  /** Builds the widget's client from its attributes, with only the operations the widget calls. */
  protected abstract createClient(attributes: ClientAttributes): Client;

  /** The client to call, or `undefined` when neither a `client` nor a `publishable-key` is set. */
  protected get api(): Client | undefined {
    if (this.client) return this.client;
    const publishableKey = this.publishableKey?.trim();
    if (!publishableKey) return undefined;
    const baseUrl = this.apiBase || window.location.origin;
    const builtFor = `${publishableKey} ${baseUrl}`;
    if (this.#builtClient?.builtFor !== builtFor) this.#builtClient = { builtFor, client: this.createClient({ publishableKey, baseUrl }) };
    return this.#builtClient.client;
  }

  /** The client to call; throws, for the caller to report, when the page set up neither. */
  protected requireApi(): Client {
    const api = this.api;
    if (!api) throw new TypeError(`<${this.localName}> needs a \`publishable-key\` attribute or a \`client\` property.`);
    return api;
  }

  /** The locale the page asks for: the widget's strings follow it once they have loaded. */
  protected get requestedLocale(): Locale {
    return resolveLocale(this, this.locale);
  }

  /** Dispatches a typed `atelier-*` event that bubbles and crosses shadow roots. */
  protected emit<Name extends AtelierEventName>(name: Name, detail: AtelierEventDetails[Name]): CustomEvent<AtelierEventDetails[Name]> {
    const event = new CustomEvent(name, { detail, bubbles: true, composed: true });
    this.dispatchEvent(event);
    return event;
  }
}
