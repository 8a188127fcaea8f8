/**
 * Countries to choose from, named in the reader's language: every two-letter region code the
 * browser's `Intl.DisplayNames` can name, so the console ships neither names nor a list of codes.
 */

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Codes ICU names that are not countries: groupings (EU, UN…) and "unknown region". */
const notCountries = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

export interface Country {
  code: string;
  name: string;
}

const byLocale = new Map<string, Country[]>();

/**
 * Whether `code` is a region's own code and not a retired alias ICU still names: FX (Metropolitan
 * France) would otherwise show a second "France", DD a second "Germany".
 */
function isCurrentCode(code: string): boolean {
  const [canonical] = Intl.getCanonicalLocales(`und-${code}`);
  return canonical === undefined || new Intl.Locale(canonical).region === code;
}

export function countriesIn(locale: string): Country[] {
  let countries = byLocale.get(locale);
  if (!countries) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    const collator = new Intl.Collator(locale);
    countries = [...letters]
      .flatMap((first) => [...letters].map((second) => `${first}${second}`))
      .filter((code) => !notCountries.has(code) && isCurrentCode(code))
      .flatMap((code) => {
        const name = names.of(code);
        return name === undefined || name === code ? [] : [{ code, name }];
      })
      .sort((a, b) => collator.compare(a.name, b.name));
    byLocale.set(locale, countries);
  }
  return countries;
}
