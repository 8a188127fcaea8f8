/**
 * A widget's own strings, loaded on demand per locale. Each widget keeps its catalog next to it
 * (`components/<widget>/locales/*.ts`), so one widget's strings never weigh on the runtime every
 * other widget downloads. English is imported by the widget itself (it renders at once and is the
 * fallback); every other locale is its own chunk, fetched once per page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '@atelier/client/contract';
import { fallbackLocale } from './locale.ts';
import { overrideMessages, pageMessageOverrides, pageMessagesEvent } from './message-overrides.ts';

export type NonEnglishLocale = Exclude<Locale, 'en'>;

/** A host whose first render can wait (AtelierElement). */
interface FirstRenderHolder {
  holdFirstRender(ready: Promise<unknown>): void;
}

export interface MessageCatalog<Messages> {
  /** The strings shown until, and instead of, a locale that is loading or failed to load. */
  readonly english: Messages;
  /** Loads a locale's strings once per page; a chunk that fails to load resolves to English. */
  load(locale: Locale): Promise<Messages>;
}

/**
 * `loaders` must be written as `() => import('./locales/fr.ts')` so bundlers see one chunk per
 * locale; `name` only labels the warning when a chunk fails to load.
 */
export function defineMessageCatalog<Messages>(
  name: string,
  english: Messages,
  loaders: Record<NonEnglishLocale, () => Promise<{ default: Messages }>>,
): MessageCatalog<Messages> {
  const loaded = new Map<Locale, Promise<Messages>>([[fallbackLocale, Promise.resolve(english)]]);
  return {
    english,
    load(locale) {
      let pending = loaded.get(locale);
      if (!pending) {
        pending = loaders[locale as NonEnglishLocale]().then(
          (module) => module.default,
          (error: unknown) => {
            // Forget the failure so a later render (e.g. back online) tries again.
            loaded.delete(locale);
            console.warn(`[atelier] could not load the "${locale}" strings of ${name}; using English.`, error);
            return english;
          },
        );
        loaded.set(locale, pending);
      }
      return pending;
    },
  };
}

/** A widget's own words for some entries, per locale (its `messages` property). */
interface MessageOverridesHolder {
  readonly messages?: Partial<Record<Locale, object>>;
}

/**
 * Keeps a host's strings in the locale it asks for: checks the requested locale before each
 * update (an attribute or an ancestor's `lang` may have changed) and swaps the strings in once
 * they have loaded. The last locale asked for wins when loads finish out of order. The brand's
 * words (message-overrides.ts) are laid over them: the page's, then the element's own.
 */
export class MessagesController<Messages> implements ReactiveController {
  /** The locale `messages` are in. */
  locale: Locale = fallbackLocale;
  readonly #host: ReactiveControllerHost & HTMLElement & MessageOverridesHolder;
  readonly #catalog: MessageCatalog<Messages>;
  readonly #requestedLocale: () => Locale;
  #requested: Locale | undefined;
  #loaded: Messages;
  /** The last merge and what it was made from, so parts given `messages` see the same object until something changes. */
  #merged: { from: readonly unknown[]; messages: Messages } | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, catalog: MessageCatalog<Messages>, requestedLocale: () => Locale) {
    this.#host = host;
    this.#catalog = catalog;
    this.#requestedLocale = requestedLocale;
    this.#loaded = catalog.english;
    host.addController(this);
  }

  /** The strings to render with (English until the requested locale has loaded), with the brand's words over them. */
  get messages(): Messages {
    const page = pageMessageOverrides();
    const own = this.#host.messages?.[this.locale];
    const from = [this.#loaded, this.locale, own, ...page];
    if (this.#merged && this.#merged.from.length === from.length && this.#merged.from.every((item, index) => item === from[index])) return this.#merged.messages;
    // A widget's key among the page's overrides is its tag without `atelier-`: `warranty-activation`.
    const widget = this.#host.localName.replace(/^atelier-/, '');
    const fromPage = page.reduce((messages, overrides) => overrideMessages(messages, overrides[this.locale]?.[widget]), this.#loaded);
    const messages = overrideMessages(fromPage, own);
    this.#merged = { from, messages };
    return messages;
  }

  readonly #onPageMessages = (): void => this.#host.requestUpdate();

  hostConnected(): void {
    addEventListener(pageMessagesEvent, this.#onPageMessages);
    this.#follow();
  }

  hostDisconnected(): void {
    removeEventListener(pageMessagesEvent, this.#onPageMessages);
  }

  hostUpdate(): void {
    this.#follow();
  }

  #follow(): void {
    const locale = this.#requestedLocale();
    if (locale === this.#requested) return;
    this.#requested = locale;
    const loaded = this.#catalog.load(locale).then((messages) => {
      if (this.#requested !== locale) return;
      this.#loaded = messages;
      this.locale = messages === this.#catalog.english ? fallbackLocale : locale;
      this.#host.requestUpdate();
    });
    // The first render waits for the page's language rather than showing English, then changing height.
    (this.#host as Partial<FirstRenderHolder>).holdFirstRender?.(loaded);
  }
}
