/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import english from '../locales/en.ts';
import { fieldErrorWords } from './error-words.ts';

describe('fieldErrorWords', () => {
  it('words a form field by its own words first', () => {
    expect(fieldErrorWords(english, { path: 'serial', code: 'item_unavailable', message: '' })).to.equal(english.fieldErrorsByField['serial']?.['item_unavailable']);
    expect(fieldErrorWords(english, { path: 'buyer.email', code: 'invalid_format', message: '' })).to.equal('Enter an e-mail address such as name@example.com.');
  });

  it('words a refused line of a file or list by the operation’s refusal, not by the form field of the same name', () => {
    expect(fieldErrorWords(english, { path: 'csv.7.serial', code: 'item_unavailable', message: '' })).to.equal('Reported stolen, lost or destroyed.');
    expect(fieldErrorWords(english, { path: 'serials.2', code: 'item_unavailable', message: '' })).to.equal('Reported stolen, lost or destroyed.');
  });

  it('falls back to the field’s words on a line when the operation has none, then to the code’s', () => {
    expect(fieldErrorWords(english, { path: 'csv.5.date', code: 'invalid_format', message: '' })).to.equal('Write the date as YYYY-MM-DD, e.g. 2026-11-02.');
    expect(fieldErrorWords(english, { path: 'csv.5.reference', code: 'too_long', message: '' })).to.equal(english.fieldErrors.too_long);
  });
});
