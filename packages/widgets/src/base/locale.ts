/**
 * Which locale a widget speaks, and loading its strings on demand: each locale is its own
 * module (its own CDN chunk), so a page in English never downloads French.
 */
import { supportedLocales } from '@atelier/client/contract';
import type { Locale } from '@atelier/client/contract';
import en from '../locales/en.ts';
import type { Messages } from '../locales/en.ts';

export type { Messages };

/** English ships with the widgets: it is the fallback and what most first renders need. */
export const fallbackMessages: Messages = en;
export const fallbackLocale: Locale = 'en';

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Messages }>> = {
  fr: () => import('../locales/fr.ts'),
  de: () => import('../locales/de.ts'),
  it: () => import('../locales/it.ts'),
  ja: () => import('../locales/ja.ts'),
  'zh-Hans': () => import('../locales/zh-Hans.ts'),
  'zh-Hant': () => import('../locales/zh-Hant.ts'),
};

/** Chinese written in traditional characters, by region, when a tag names no script. */
const traditionalChineseRegions = new Set(['TW', 'HK', 'MO']);

/** Maps any BCP 47 tag (`fr-CH`, `zh-TW`, `zh-Hant-HK`) to the closest locale we ship strings for. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(tag);
  } catch {
    return undefined;
  }
  if (parsed.language === 'zh') {
    const script = parsed.script ?? parsed.maximize().script;
    if (script === 'Hant' || (parsed.region && traditionalChineseRegions.has(parsed.region))) return 'zh-Hant';
    return 'zh-Hans';
  }
  return supportedLocales.find((locale) => locale === parsed.language);
}

/** The locale for an element: its `locale` attribute, else the closest `lang`, else the browser's, else English. */
export function resolveLocale(element: HTMLElement, requested: string | undefined): Locale {
  const fromAttribute = matchLocale(requested);
  if (fromAttribute) return fromAttribute;
  const fromLang = matchLocale(element.closest('[lang]')?.getAttribute('lang'));
  if (fromLang) return fromLang;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const fromBrowser = matchLocale(tag);
    if (fromBrowser) return fromBrowser;
  }
  return fallbackLocale;
}

const loaded = new Map<Locale, Promise<Messages>>([[fallbackLocale, Promise.resolve(fallbackMessages)]]);

/** Loads a locale's strings once per page; a chunk that fails to load falls back to English. */
export function loadMessages(locale: Locale): Promise<Messages> {
  let pending = loaded.get(locale);
  if (!pending) {
    const loader = loaders[locale as Exclude<Locale, 'en'>];
    pending = loader().then(
      (module) => module.default,
      (error: unknown) => {
        loaded.delete(locale);
        console.warn(`[atelier] could not load the "${locale}" strings; using English.`, error);
        return fallbackMessages;
      },
    );
    loaded.set(locale, pending);
  }
  return pending;
}
