/// <reference types="mocha" />
import { ApiError } from '@atelier/client';
import { expect } from '@open-wc/testing';
import english from '../locales/en.ts';
import { loadMessages } from '../locales/catalog.ts';
import { describeError, fieldErrorWords } from './error-words.ts';

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

describe('describeError: too many attempts', () => {
  const tooMany = (retryAfterSeconds: number | undefined) =>
    new ApiError({ type: 'https://atelier.dev/problems/rate_limited', title: 'rate_limited', status: 429, code: 'rate_limited' }, { retryAfterSeconds });

  it('says how long to wait in the unit a person reads, never shorter than the server asked', () => {
    expect(describeError(tooMany(3039), english).message).to.equal('Too many attempts. Please try again in 51 minutes.');
    expect(describeError(tooMany(30), english).message).to.equal('Too many attempts. Please try again in 30 seconds.');
    expect(describeError(tooMany(1), english).message).to.equal('Too many attempts. Please try again in 1 second.');
    expect(describeError(tooMany(7201), english).message).to.equal('Too many attempts. Please try again in 3 hours.');
    expect(describeError(tooMany(undefined), english).message).to.equal('Too many attempts. Please wait a moment and try again.');
  });

  it('says it in the console’s language', async () => {
    expect(describeError(tooMany(3039), await loadMessages('fr')).message).to.equal('Trop de tentatives. Réessayez dans 51 minutes.');
    expect(describeError(tooMany(3039), await loadMessages('ja')).message).to.equal('試行回数が多すぎます。51 分後にもう一度お試しください。');
  });
});
