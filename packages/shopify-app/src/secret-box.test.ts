import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { SecretBox } from './secret-box.ts';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));

  it('opens what it sealed, and never holds the secret in clear', () => {
    const sealed = box.seal('sk_live_retailer_key', 'connection:a.myshopify.com');
    assert.ok(!sealed.includes('sk_live'));
    assert.notEqual(sealed, box.seal('sk_live_retailer_key', 'connection:a.myshopify.com'), 'a fresh nonce each time');
    assert.equal(box.open(sealed, 'connection:a.myshopify.com'), 'sk_live_retailer_key');
  });

  it('refuses a value moved to another shop, tampered with, or sealed with another key', () => {
    const sealed = box.seal('sk_live_retailer_key', 'connection:a.myshopify.com');
    assert.throws(() => box.open(sealed, 'connection:b.myshopify.com'));
    const [version, nonce, tag, ciphertext] = sealed.split('.');
    const flipped = Buffer.from(ciphertext!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    assert.throws(() => box.open([version, nonce, tag, flipped.toString('base64url')].join('.'), 'connection:a.myshopify.com'));
    assert.throws(() => new SecretBox(randomBytes(32)).open(sealed, 'connection:a.myshopify.com'));
  });
});
