/**
 * Which locale a widget speaks: the closest of the locales Atelier ships strings for to what the
 * element, the page or the browser asks for. Loading the strings is each widget's own catalog's job
 * (`message-catalog.ts`).
 */
import { supportedLocales } from '@atelier/client/contract';
import type { Locale } from '@atelier/client/contract';

/** The locale every widget's catalog bundles, and the answer when nothing else matches. */
export const fallbackLocale: Locale = 'en';

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
