import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// Imported by the package's own name, as an app does: a missing `exports` entry fails here.
import { knownServiceTypes, serviceTypeName } from '@atelier/client/service-type-names';
import type { ServiceTypeNames } from '@atelier/client/service-type-names';
import english from '@atelier/client/service-type-names/en';
import japanese from '@atelier/client/service-type-names/ja';
import { supportedLocales } from '@atelier/client/contract';

describe('service type names', () => {
  it('names every known service type in every locale Atelier speaks', async () => {
    for (const locale of supportedLocales) {
      const { default: names } = (await import(`@atelier/client/service-type-names/${locale}`)) as { default: ServiceTypeNames };
      for (const code of knownServiceTypes) {
        assert.ok(Object.hasOwn(names, code) && names[code].trim() !== '', `${locale} names ${code}`);
      }
      assert.deepEqual(Object.keys(names).sort(), [...knownServiceTypes].sort(), `${locale} names only known service types`);
    }
  });

  it('gives a known service type its name in the locale asked for', () => {
    assert.equal(serviceTypeName(english, 'water_resistance_test'), 'Water-resistance test');
    assert.equal(serviceTypeName(japanese, 'full_service'), 'オーバーホール');
  });

  it('shows a brand’s own service type in words, not as an identifier', () => {
    assert.equal(serviceTypeName(japanese, 'gem_appraisal'), 'Gem appraisal');
    assert.equal(serviceTypeName(english, 'chain-repair'), 'Chain repair');
  });

  it('does not take what every object inherits for the name of a service type', () => {
    // `constructor` is a valid service type code, and `names.constructor` is Object.
    assert.equal(serviceTypeName(english, 'constructor'), 'Constructor');
  });
});
