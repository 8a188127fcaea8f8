/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { supportedLocales } from '@atelier/client/contract';
import { countryOptions, countryOptionsWhenIdle, isoCountryCodes, languageAutonym } from './countries.ts';

describe('country choices', () => {
  it('spells out the 249 ISO 3166-1 codes from their compact form, each once and in order', () => {
    expect(isoCountryCodes).to.have.length(249);
    expect(new Set(isoCountryCodes).size).to.equal(249);
    expect([...isoCountryCodes].sort()).to.deep.equal(isoCountryCodes);
    for (const code of isoCountryCodes) expect(code).to.match(/^[A-Z]{2}$/);
    expect(isoCountryCodes).to.include.members(['AD', 'CH', 'FR', 'HK', 'JP', 'TW', 'US', 'ZW']);
  });

  it('names every country in the person’s language', () => {
    const french = countryOptions('fr');
    expect(french.find((option) => option.value === 'CH')?.label).to.equal('Suisse');
    expect(french.every((option) => option.label !== option.value)).to.equal(true);
  });

  it('names each supported language in itself, as the browser would', () => {
    for (const locale of supportedLocales) {
      const browserName = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
      expect(languageAutonym(locale)).to.equal(browserName.charAt(0).toLocaleUpperCase(locale) + browserName.slice(1));
    }
    expect(languageAutonym('ja')).to.equal('日本語');
    expect(languageAutonym('pt')).to.equal('Português');
  });

  it('offers no countries until they have loaded, then the buyer’s language’s, and at once when one is already chosen', async () => {
    expect(countryOptionsWhenIdle('de', 'CH', () => {}).find((option) => option.value === 'CH')?.label).to.equal('Schweiz');
    let ready = false;
    const first = countryOptionsWhenIdle('it', '', () => (ready = true));
    expect(first).to.deep.equal([]);
    await new Promise<void>((resolve) => {
      const poll = (): void => (ready ? resolve() : void setTimeout(poll, 10));
      poll();
    });
    expect(countryOptionsWhenIdle('it', '', () => {}).find((option) => option.value === 'CH')?.label).to.equal('Svizzera');
  });
  it('ships every supported locale’s names for the 249 codes, each once, sorted as the locale sorts', async () => {
    for (const locale of supportedLocales) {
      const options = await new Promise<{ value: string; label: string }[]>((resolve) => {
        const now = countryOptionsWhenIdle(locale, '', () => resolve(countryOptionsWhenIdle(locale, '', () => {})));
        if (now.length > 0) resolve(now);
      });
      expect(options.map((option) => option.value).sort(), locale).to.deep.equal([...isoCountryCodes]);
      expect(options.every((option) => option.label.length > 1 && option.label !== option.value), locale).to.equal(true);
      const collator = new Intl.Collator(locale);
      const outOfOrder = options.filter((option, index) => index > 0 && collator.compare(options[index - 1]!.label, option.label) > 0);
      expect(outOfOrder, locale).to.deep.equal([]);
    }
  });

});
