/**
 * Country and language choices for forms, named in the person's language by `Intl.DisplayNames`,
 * so no locale ships a list of names.
 */
/**
 * ISO 3166-1 alpha-2 codes, written compactly: each word is a first letter followed by every
 * second letter it takes (`ADEF` stands for AD, AE and AF). Spelled out one by one, the 249 codes
 * cost every page with a form about three times as many bytes after gzip.
 */
const isoCountryCodesByFirstLetter =
  'ADEFGILMOQRSTUWXZ BABDEFGHIJLMNOQRSTVWYZ CACDFGHIKLMNORUVWXYZ DEJKMOZ ECEGHRST FIJKMOR ' +
  'GABDEFGHILMNPQRSTUWY HKMNRTU IDELMNOQRST JEMOP KEGHIMNPRWYZ LABCIKRSTUVY MACDEFGHKLMNOPQRSTUVWXYZ ' +
  'NACEFGILOPRUZ OM PAEFGHKLMNRSTWY QA REOSUW SABCDEGHIJKLMNORSTVXYZ TCDFGHJKLMNORTVWZ UAGMSYZ VACEGINU WFS YET ZAMW';

export const isoCountryCodes: readonly string[] = isoCountryCodesByFirstLetter
  .split(' ')
  .flatMap(([first, ...seconds]) => seconds.map((second) => `${first ?? ''}${second}`));

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

/** Callbacks waiting for a locale's countries, by locale. */
const waiting = new Map<string, Set<() => void>>();

function whenIdle(work: () => void): void {
  // A deadline, so a busy page still gets its list soon; Safari has no requestIdleCallback.
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: idleDeadlineMs });
  else setTimeout(work, 0);
}

const idleDeadlineMs = 500;

/**
 * `countryOptions(locale)` once the browser is idle after the form is drawn; until then none, and
 * `onReady` is called when they are there. Naming and sorting 249 countries loads the locale's region
 * names and collation: measured on 2026-12-07 (scripts/bench-first-render.mjs with a CPU profile), the
 * largest piece of script in the activation form's first render, about 75 ms at full CPU speed and
 * several times that on a phone. A form with a country already chosen gets them at once, so its value shows.
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
      countryOptions(locale);
      waiting.delete(locale);
      for (const callback of waitingForLocale) callback();
    });
  }
  callbacks.add(onReady);
  return [];
}

/** A language named in itself (`Français`, `日本語`), as people look for their own language. */
export function languageAutonym(tag: string): string {
  const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}
