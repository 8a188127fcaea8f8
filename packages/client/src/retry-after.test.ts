import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRetryAfterSeconds } from './retry-after.ts';

describe('parseRetryAfterSeconds', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads delay-seconds and HTTP dates', () => {
    assert.equal(parseRetryAfterSeconds('30', now), 30);
    assert.equal(parseRetryAfterSeconds('Thu, 01 Jan 2026 00:01:00 GMT', now), 60);
  });
  it('ignores what it cannot read', () => {
    assert.equal(parseRetryAfterSeconds(null, now), undefined);
    assert.equal(parseRetryAfterSeconds('soon', now), undefined);
  });
});
