/**
 * Country and language choices for forms, named in the person's language: for the locales the
 * widgets speak, from names shipped per locale (country-names/, loaded after the form is drawn);
 * for any other, and where a form needs them at once, by the browser's `Intl.DisplayNames`.
 */
import { isSupportedLocale, type SupportedLocale } from '@atelier/client/contract';
import { isoCountryCodes } from './country-codes.ts';

export { isoCountryCodes };

export interface NamedOption {
  value: string;
  label: string;
}

const cache = new Map<string, NamedOption[]>();

/** Every country, named and sorted in `locale`. */
export function countryOptions(locale: string): NamedOption[] {
  let options = cache.get(locale);
  if (!options) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    const collator = new Intl.Collator(locale);
    options = isoCountryCodes
      .map((code) => ({ value: code, label: names.of(code) ?? code }))
      .sort((a, b) => collator.compare(a.label, b.label));
    cache.set(locale, options);
  }
  return options;
}

/** A supported locale's country names, as scripts/generate-country-names.mjs writes them; each its own chunk. */
const shippedCountryNames: Readonly<Record<SupportedLocale, () => Promise<{ default: string }>>> = {
  en: () => import('./country-names/en.ts'),
  fr: () => import('./country-names/fr.ts'),
  de: () => import('./country-names/de.ts'),
  it: () => import('./country-names/it.ts'),
  ja: () => import('./country-names/ja.ts'),
  'zh-Hans': () => import('./country-names/zh-Hans.ts'),
  'zh-Hant': () => import('./country-names/zh-Hant.ts'),
};

/** "ADAndorra|AE…" (code, then name; already sorted) as options. */
function parseShippedNames(text: string): NamedOption[] {
  return text.split('|').map((entry) => ({ value: entry.slice(0, 2), label: entry.slice(2) }));
}

/** Every country, named and sorted in `locale`: shipped names where there are, else the browser's. */
async function loadCountryOptions(locale: string): Promise<NamedOption[]> {
  if (!isSupportedLocale(locale)) return countryOptions(locale);
  try {
    return parseShippedNames((await shippedCountryNames[locale]()).default);
  } catch {
    // The chunk could not be fetched (offline): the browser can still name them.
    return countryOptions(locale);
  }
}

/** Callbacks waiting for a locale's countries, by locale. */
const waiting = new Map<string, Set<() => void>>();

function whenIdle(work: () => void): void {
  // A deadline, so a busy page still gets its list soon; Safari has no requestIdleCallback.
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: idleDeadlineMs });
  else setTimeout(work, 0);
}

const idleDeadlineMs = 500;

/**
 * The countries of `locale` once they have loaded after the form is drawn; until then none, and
 * `onReady` is called when they are there. Named by the browser, they cost the activation form a
 * task of ~60 ms at Lighthouse's 4× CPU slowdown (loading the locale's region names, which cannot be
 * split: measured on 2026-12-07 with scripts/bench-first-render.mjs --breakdown), over issue 18's
 * 50 ms budget; shipped, they are ~2 KB gzip fetched when the browser is idle. A form with a country
 * already chosen gets them at once, named by the browser, so its value shows.
 */
export function countryOptionsWhenIdle(locale: string, chosen: string, onReady: () => void): NamedOption[] {
  const ready = cache.get(locale);
  if (ready || chosen) return ready ?? countryOptions(locale);
  let callbacks = waiting.get(locale);
  if (!callbacks) {
    const waitingForLocale = new Set<() => void>();
    callbacks = waitingForLocale;
    waiting.set(locale, waitingForLocale);
    whenIdle(() => {
      void loadCountryOptions(locale).then((options) => {
        if (!cache.has(locale)) cache.set(locale, options);
        waiting.delete(locale);
        for (const callback of waitingForLocale) callback();
      });
    });
  }
  callbacks.add(onReady);
  return [];
}

/**
 * The supported languages named in themselves, written out: building an `Intl.DisplayNames` loads
 * the language's ICU data, and naming seven languages that way held the main thread for ~85 ms of
 * the activation form's first render at Lighthouse's 4× CPU slowdown (issue 18's bench, --profile).
 * Equal to what `Intl.DisplayNames` answers, first letter capitalised (checked in countries.test.ts).
 */
const supportedLanguageAutonyms: Readonly<Record<SupportedLocale, string>> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  ja: '日本語',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};

/** A language named in itself (`Français`, `日本語`), as people look for their own language. */
export function languageAutonym(tag: string): string {
  if (isSupportedLocale(tag)) return supportedLanguageAutonyms[tag];
  const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}
