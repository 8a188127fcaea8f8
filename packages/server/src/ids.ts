/** Identifiers: a readable prefix naming the kind of record, then 128 random bits. */
import { randomBytes, randomUUID } from 'node:crypto';

export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(16).toString('base64url')}`;
}

/** Digits of a base-36 epoch-milliseconds timestamp until the year 5188, so ids sort as text. */
const sortableTimestampDigits = 9;

/** Hex digits of a random UUID kept after the timestamp: 80 bits. */
const timeOrderedRandomHexDigits = 20;

/**
 * An identifier that sorts by creation time (base-36 milliseconds, then 80 random bits), for rows
 * written at a high rate: each insert lands at the end of the primary-key index instead of a
 * random page of it, and rows of the same millisecond still sort in a stable order. The random
 * part comes from randomUUID, which draws from a pooled buffer instead of a call per id.
 */
export function newTimeOrderedId(prefix: string, at: Date): string {
  const random = randomUUID().replaceAll('-', '').slice(-timeOrderedRandomHexDigits);
  return `${prefix}_${at.getTime().toString(36).padStart(sortableTimestampDigits, '0')}${random}`;
}
