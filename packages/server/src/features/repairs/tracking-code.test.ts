import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newTrackingCode, normalizeTrackingCode } from './tracking-code.ts';

describe('tracking codes', () => {
  it('never uses I, L, O or U, and reads typed variants as the printed code', () => {
    const codes = Array.from({ length: 2000 }, newTrackingCode);
    assert.ok(codes.every((code) => /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}$/.test(code)));
    assert.equal(new Set(codes).size, codes.length);
    assert.equal(normalizeTrackingCode(' 7xk2 m9qd r4tb '), '7XK2-M9QD-R4TB');
    assert.equal(normalizeTrackingCode('OIL0-0000-0000'), '0110-0000-0000');
    assert.equal(normalizeTrackingCode('7XK2-M9QD-R4TU'), null, 'U is not a Crockford digit');
    assert.equal(normalizeTrackingCode('7XK2-M9QD-R4T'), null);
  });
});
