/**
 * Warranty-card codes: a secret printed on the card that proves possession of the piece.
 * Stored only as a salted scrypt hash; compared in constant time.
 */
import { randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** Letters and digits a person cannot confuse when reading a card (no 0/O, 1/I/L). */
const cardCodeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const cardCodeLength = 12;
const cardCodeGroupLength = 4;
const saltBytes = 16;
const hashBytes = 32;
/** Cost kept modest so seeding 500 pieces stays quick; the code's 59 random bits carry most of the strength. */
const scryptCost: ScryptOptions = { N: 2 ** 12, r: 8, p: 1 };

function scryptAsync(secret: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, hashBytes, scryptCost, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Upper-case, without the spaces and dashes a person may type between groups. */
export function normalizeCardCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/** A new code, grouped for reading: `ABCD-EFGH-JKMN`. */
export function generateCardCode(): string {
  let raw = '';
  for (let index = 0; index < cardCodeLength; index++) raw += cardCodeAlphabet[randomInt(cardCodeAlphabet.length)];
  return raw.match(new RegExp(`.{1,${cardCodeGroupLength}}`, 'g'))!.join('-');
}

/** `scrypt$<salt>$<hash>`, both base64url. */
export async function hashCardCode(code: string): Promise<string> {
  const salt = randomBytes(saltBytes);
  const hash = await scryptAsync(normalizeCardCode(code), salt);
  return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

export async function verifyCardCode(code: string, stored: string): Promise<boolean> {
  const [scheme, saltText, hashText] = stored.split('$');
  if (scheme !== 'scrypt' || !saltText || !hashText) return false;
  const expected = Buffer.from(hashText, 'base64url');
  const actual = await scryptAsync(normalizeCardCode(code), Buffer.from(saltText, 'base64url'));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
