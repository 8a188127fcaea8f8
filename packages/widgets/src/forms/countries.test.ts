/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { countryOptions, isoCountryCodes } from './countries.ts';

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
});
