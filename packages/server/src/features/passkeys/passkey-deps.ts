/** What the passkey ceremonies need: the database, the time, the relying party, and a log for refusals. */
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Logger } from '../../logger.ts';
import type { RelyingParty } from './relying-party.ts';

export interface PasskeyDeps {
  db: Db;
  clock: Clock;
  relyingParty: RelyingParty;
  logger: Logger;
}

/**
 * The challenge a browser says it answered (in its clientDataJSON), or undefined when that is not
 * readable: the library reads the rest, this only finds which stored challenge to use up.
 */
export function answeredChallenge(clientDataJSON: string): string | undefined {
  try {
    const clientData: unknown = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8'));
    const challenge = (clientData as { challenge?: unknown } | null)?.challenge;
    return typeof challenge === 'string' && challenge.length > 0 ? challenge : undefined;
  } catch {
    return undefined;
  }
}

/** The WebAuthn user handle of a person: their id's bytes, base64url (an opaque id, never their e-mail). */
export function userHandleOf(personId: string): string {
  return Buffer.from(personId, 'utf8').toString('base64url');
}
