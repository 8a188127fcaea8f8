/**
 * Secrets at rest (retailer secret keys, Shopify access tokens) sealed with AES-256-GCM. Each
 * value is bound to what it belongs to (e.g. `connection:<shop>`) as associated data, so a sealed
 * value copied onto another shop's row does not open there.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** GCM's recommended nonce size. */
const nonceBytes = 12;
const authTagBytes = 16;
const formatVersion = 'v1';

export class SecretBox {
  readonly #key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new TypeError('SecretBox needs a 32-byte key (AES-256).');
    this.#key = key;
  }

  seal(plaintext: string, boundTo: string): string {
    const nonce = randomBytes(nonceBytes);
    const cipher = createCipheriv('aes-256-gcm', this.#key, nonce, { authTagLength: authTagBytes });
    cipher.setAAD(Buffer.from(boundTo, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [formatVersion, nonce.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
  }

  /** Throws when the value was tampered with, sealed with another key or bound to something else. */
  open(sealed: string, boundTo: string): string {
    const [version, nonce, tag, ciphertext] = sealed.split('.');
    if (version !== formatVersion || nonce === undefined || tag === undefined || ciphertext === undefined) {
      throw new Error('Not a sealed value of this app.');
    }
    const decipher = createDecipheriv('aes-256-gcm', this.#key, Buffer.from(nonce, 'base64url'), { authTagLength: authTagBytes });
    decipher.setAAD(Buffer.from(boundTo, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  }
}
