import assert from 'node:assert/strict';
import { webcrypto } from 'node:crypto';
import { describe, it } from 'node:test';
import { generateIdempotencyKey } from './idempotency-key.ts';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('generateIdempotencyKey', () => {
  it('gives a random UUID v4', () => {
    assert.match(generateIdempotencyKey(), uuidV4);
  });

  it('still gives a UUID v4 where randomUUID is missing (pages served over plain http)', () => {
    const insecureContextCrypto = { getRandomValues: (array: Uint8Array<ArrayBuffer>) => webcrypto.getRandomValues(array) };
    const first = generateIdempotencyKey(insecureContextCrypto);
    assert.match(first, uuidV4);
    assert.notEqual(generateIdempotencyKey(insecureContextCrypto), first);
  });
});
