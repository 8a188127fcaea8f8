/**
 * Which of the seven languages the console speaks: the one the person picked (kept in this
 * browser), else the closest to the browser's languages, else English. The same seven as the
 * widgets (`supportedLocales` of the contract), matched the same way (`zh-TW` → `zh-Hant`).
 */
import { supportedLocales } from '@atelier/client/contract';
import type { Locale } from '@atelier/client/contract';

export const fallbackLocale: Locale = 'en';

/** Where the person's pick is kept: per browser, like the session. */
const pickedLocaleStorageKey = 'atelier-console-locale';

/** Chinese written in traditional characters, by region, when a tag names no script. */
const traditionalChineseRegions = new Set(['TW', 'HK', 'MO']);

/** Maps any BCP 47 tag (`fr-CH`, `zh-TW`, `zh-Hant-HK`) to the closest locale the console speaks. */
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

export function preferredLocale(languages: readonly string[] = navigator.languages ?? [navigator.language]): Locale {
  const picked = matchLocale(readPickedLocale());
  if (picked) return picked;
  for (const tag of languages) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return fallbackLocale;
}

export function rememberPickedLocale(locale: Locale): void {
  try {
    localStorage.setItem(pickedLocaleStorageKey, locale);
  } catch {
    // Storage may be refused (private mode, a policy): the pick then lasts for this page only.
  }
}

function readPickedLocale(): string | null {
  try {
    return localStorage.getItem(pickedLocaleStorageKey);
  } catch {
    return null;
  }
}
