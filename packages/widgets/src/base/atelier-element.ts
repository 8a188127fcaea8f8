/**
 * What every Atelier widget shares: the attributes a page sets (`publishable-key`, `api-base`,
 * `locale`, `theme`), the API client built from them (or a `client` property), the locale the page
 * asks for, typed events and the theme tokens. What differs per widget stays with the widget: the
 * operations its client calls (its `WidgetClient`) and its strings (a `MessagesController` over its
 * own catalog), so no widget downloads another's schemas or strings.
 */
import { LitElement } from 'lit';
import type { Locale } from '@atelier/client/contract';
import type { AtelierEventDetails, AtelierEventName } from './events.ts';
import { resolveLocale } from './locale.ts';
import { messagesFromAttribute } from './message-overrides.ts';
import { themeStyles } from '../themes/tokens.ts';

export type Theme = 'light' | 'dark' | 'auto';

/** What a widget needs to build its client from the element's attributes. */
export interface ClientAttributes {
  publishableKey: string;
  /** `api-base`, or the page's own origin (an API proxy) when the attribute is absent. */
  baseUrl: string;
}

/**
 * How a widget gets its API client, declared once per widget (its `*-client.ts`) and used the same
 * way by all: the page's `client` property when it has every method the widget calls, else a
 * client built from `publishable-key` and `api-base` with only those operations.
 */
export interface WidgetClient<Client extends object> {
  /** The methods the widget calls (`'repairs.lookup'`): a `client` set from plain JavaScript must have each. */
  readonly methods: readonly string[];
  build(attributes: ClientAttributes): Client;
}

function hasMethod(client: object, path: string): boolean {
  return typeof path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], client) === 'function';
}

/** The longest a first render waits for what it holds on (a locale's strings on a slow network): then it draws in English. */
const firstRenderHoldLimitMs = 2000;

/**
 * `Client` is the part of the API client the widget calls, so tests and pages can pass a fake or a proxy of just that.
 *
 * @cssprop --atelier-font-text - The text font (labels, inputs, buttons, paragraphs); `--atelier-font`, its former name, still works. Without either, the page's font.
 * @cssprop --atelier-font - The text font, when `--atelier-font-text` is not set.
 * @cssprop --atelier-font-display - The headings' font.
 * @cssprop --atelier-heading-size - The title's size (`h2`); a part's headings (`h3`) keep their own.
 * @cssprop --atelier-heading-weight - The headings' weight.
 * @cssprop --atelier-heading-letter-spacing - The headings' letter spacing.
 * @cssprop --atelier-focus-width - The keyboard focus ring's width.
 */
export abstract class AtelierElement<Client extends object = object> extends LitElement {
  static override styles = [themeStyles];

  static override properties = {
    publishableKey: { attribute: 'publishable-key' },
    apiBase: { attribute: 'api-base' },
    locale: {},
    theme: { reflect: true },
    messages: { converter: { fromAttribute: messagesFromAttribute } },
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
  /**
   * The brand's words for some of the widget's strings, per locale (`{ en: { activationTitle: 'Register your timepiece' } }`;
   * as an attribute, the same in JSON). Laid over the shipped strings and `setAtelierMessages`' (message-overrides.ts).
   */
  declare messages: Partial<Record<Locale, object>> | undefined;

  readonly #widgetClient: WidgetClient<Client>;

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

  constructor(widgetClient: WidgetClient<Client>) {
    super();
    this.#widgetClient = widgetClient;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#connection = new AbortController();
    // Lit's development build (what a dev server or a test serves) keeps this set; its production
    // build, the CDN's, does not: the contrast check is never downloaded there.
    if ('litIssuedWarnings' in globalThis) void this.updateComplete.then(() => import('../development/contrast-check.ts')).then((check) => check.warnOnLowContrast(this));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connection.abort();
  }

  /**
   * The first render waits for a task of its own. Lit would otherwise draw the element in the task
   * that evaluated its code (the upgrade's update runs as a microtask of it), and the two together
   * held the main thread past 50 ms at Lighthouse's 4× CPU slowdown (issue 18; `bench:first-render
   * --breakdown`). In between, the page can paint and answer input. `updateComplete` still resolves
   * after the first render, so nothing that awaits it changes.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const holds = this.#firstRenderHolds.splice(0);
      if (holds.length > 0) await Promise.race([Promise.allSettled(holds), new Promise((resolve) => setTimeout(resolve, firstRenderHoldLimitMs))]);
    }
    super.scheduleUpdate();
  }

  readonly #firstRenderHolds: Array<Promise<unknown>> = [];

  /**
   * Holds the first render until `ready` settles, at most a couple of seconds: the widget's strings
   * in the page's language (MessagesController), so it never shows in English first and then changes
   * height in view when they arrive (a layout shift on the merchant's page).
   * @internal
   */
  holdFirstRender(ready: Promise<unknown>): void {
    if (!this.hasUpdated) this.#firstRenderHolds.push(ready);
  }

  /**
   * The client to call: the `client` property if it has every method the widget calls, else one
   * built from `publishable-key` and `api-base`; `undefined` when the page set up neither.
   */
  protected get api(): Client | undefined {
    const { methods, build } = this.#widgetClient;
    // Set from plain JavaScript, `client` may be anything: one without the methods is no client.
    if (this.client) return methods.every((path) => hasMethod(this.client as Client, path)) ? this.client : undefined;
    const publishableKey = this.publishableKey?.trim();
    if (!publishableKey) return undefined;
    const baseUrl = this.apiBase || window.location.origin;
    const builtFor = `${publishableKey} ${baseUrl}`;
    if (this.#builtClient?.builtFor !== builtFor) this.#builtClient = { builtFor, client: build({ publishableKey, baseUrl }) };
    return this.#builtClient.client;
  }

  /** The client to call; throws, for the caller to report, when the page set up neither, naming what the widget needs. */
  protected requireApi(): Client {
    const api = this.api;
    if (!api) {
      const methods = new Intl.ListFormat('en').format(this.#widgetClient.methods.map((path) => `\`${path}\``));
      throw new TypeError(`<${this.localName}> needs a \`publishable-key\` attribute or a \`client\` property with ${methods}.`);
    }
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
