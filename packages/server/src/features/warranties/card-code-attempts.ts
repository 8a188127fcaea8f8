/**
 * Guessing a warranty-card code is limited per piece, counted in the database so every server
 * instance shares the count. Every attempt is reserved BEFORE the code is checked: counting only
 * failures afterwards would let a burst of parallel guesses all be checked within one window.
 */
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { incrementCounter } from '../../db/counters.ts';
import { AtelierError } from '../../errors.ts';
import { verifyCardCode } from './card-code.ts';

export const cardCodeAttemptsPerSerial = 5;
export const cardCodeAttemptWindowMs = 15 * 60 * 1000;

function attemptsCounterKey(itemId: string): string {
  return `card-code-attempts:${itemId}`;
}

/** Resolves when `code` is the piece's card code; throws `too_many_attempts` or `invalid_card_code` otherwise. */
export async function checkCardCode(db: Db, clock: Clock, itemId: string, code: string, storedHash: string): Promise<void> {
  const now = clock.now();
  const window = await incrementCounter(db, attemptsCounterKey(itemId), cardCodeAttemptWindowMs, now);
  if (window.count > cardCodeAttemptsPerSerial) {
    const retryAfterSeconds = Math.max(1, Math.ceil((window.resetsAt - now.getTime()) / 1000));
    throw new AtelierError('too_many_attempts', 429, 'Too many warranty-card codes were tried for this piece. Please try again later.', {
      headers: { 'Retry-After': String(retryAfterSeconds) },
    });
  }
  if (!(await verifyCardCode(code, storedHash))) {
    throw new AtelierError('invalid_card_code', 422, 'The warranty-card code does not match this piece.', {
      fieldErrors: [{ path: 'cardCode', code: 'invalid_card_code', message: 'This code does not match the one printed on the warranty card.' }],
    });
  }
}

export function cardCodeRequired(): AtelierError {
  return new AtelierError('invalid_card_code', 422, 'The warranty-card code is required to activate this piece.', {
    fieldErrors: [{ path: 'cardCode', code: 'required', message: 'Enter the code printed on the warranty card.' }],
  });
}
