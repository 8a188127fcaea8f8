/** Identifiers: a readable prefix naming the kind of record, then 128 random bits. */
import { randomBytes } from 'node:crypto';

export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(16).toString('base64url')}`;
}
