/**
 * Guessing a warranty-card code is limited exactly (attempt-limits.ts), per piece AND client
 * network, and per network across pieces, each per API key (limits.ts, `attemptLimits`). Never per
 * piece alone: six wrong codes from a stranger would lock the real owner out, and serials are
 * sequential, so anyone could lock a whole collection (issue 11). Every attempt presenting a code
 * is counted BEFORE the code is checked, right or wrong, so a parallel burst cannot get more codes
 * checked than the budget.
 */
import type { Clock } from '../../clock.ts';
import { actorScopeOf } from '../../http/principal.ts';
import type { Db } from '../../db/database.ts';
import { admitAttempt } from '../../attempt-limits.ts';
import { AtelierError } from '../../errors.ts';
import type { Caller } from '../../http/operation-route.ts';
import { attemptLimits } from '../../limits.ts';
import { verifyCardCode } from './card-code.ts';

/** Counts one card-code attempt of `caller` at the piece `serial`; throws `too_many_attempts` once a budget is spent. */
export async function admitCardCodeAttempt(db: Db, clock: Clock, caller: Pick<Caller, 'actor' | 'clientNetwork'>, serial: string): Promise<void> {
  const network = `${actorScopeOf(caller.actor)}:${caller.clientNetwork}`;
  await admitAttempt(
    db,
    clock.now(),
    [
      { limit: attemptLimits.cardCodePerSerialAndNetwork, subject: `${network}:${serial.toUpperCase()}` },
      { limit: attemptLimits.cardCodePerNetwork, subject: network },
    ],
    'Too many warranty-card codes were tried from this network. Please try again later.',
  );
}

/** Resolves when `code` is the piece's card code; throws `invalid_card_code` otherwise. */
export async function checkCardCode(code: string, storedHash: string): Promise<void> {
  if (!(await verifyCardCode(code, storedHash))) {
    throw new AtelierError('invalid_card_code', 'The warranty-card code does not match this piece.', {
      fieldErrors: [{ path: 'cardCode', code: 'invalid_card_code', message: 'This code does not match the one printed on the warranty card.' }],
    });
  }
}

export function cardCodeRequired(): AtelierError {
  return new AtelierError('invalid_card_code', 'The warranty-card code is required to activate this piece.', {
    fieldErrors: [{ path: 'cardCode', code: 'required', message: 'Enter the code printed on the warranty card.' }],
  });
}
