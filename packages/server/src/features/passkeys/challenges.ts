/**
 * The challenges of passkey ceremonies under way, in the database (instances share nothing): each
 * options answer stores one; verifying uses it up, whatever the outcome, in one DELETE … RETURNING,
 * so of two verifications racing with one challenge exactly one finds it (on PostgreSQL the second
 * DELETE waits for the first's transaction and then finds no row; SQLite runs them one at a time).
 */
import type { Db } from '../../db/database.ts';
import { AtelierError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { webAuthnChallengeLifetimeMinutes } from '../../limits.ts';

/** Staff ceremonies (`sign_in`, `registration`) and owners' (features/owner-passkeys): a challenge answers only its own. */
export type ChallengePurpose = 'sign_in' | 'registration' | 'owner_sign_in' | 'owner_registration';

export const webAuthnChallengeLifetimeMs = webAuthnChallengeLifetimeMinutes * 60 * 1000;

export async function storeChallenge(
  db: Db,
  now: Date,
  challenge: { value: string; purpose: ChallengePurpose; personId: string | null },
): Promise<void> {
  await db
    .insertInto('webauthn_challenges')
    .values({
      id: newId('wch'),
      person_id: challenge.personId,
      challenge: challenge.value,
      purpose: challenge.purpose,
      expires_at: new Date(now.getTime() + webAuthnChallengeLifetimeMs).toISOString(),
    })
    .execute();
}

function challengeExpired(): AtelierError {
  return new AtelierError(
    'passkey_challenge_expired',
    `This passkey prompt has expired or was already answered (a prompt lasts ${webAuthnChallengeLifetimeMinutes} minutes and is used once). Ask for new options and try again.`,
  );
}

/**
 * Uses up the challenge the browser answered: throws 410 `passkey_challenge_expired` when it was
 * never handed out for this purpose (and this person), was already used, or has expired.
 */
export async function consumeChallenge(
  db: Db,
  now: Date,
  challenge: { value: string; purpose: ChallengePurpose; personId: string | null },
): Promise<void> {
  let query = db
    .deleteFrom('webauthn_challenges')
    .where('challenge', '=', challenge.value)
    .where('purpose', '=', challenge.purpose);
  query = challenge.personId === null ? query.where('person_id', 'is', null) : query.where('person_id', '=', challenge.personId);
  const consumed = await query.returning('expires_at').executeTakeFirst();
  if (!consumed || consumed.expires_at <= now.toISOString()) throw challengeExpired();
}

/** Deletes challenges nobody answered in time; run by the server's maintenance timer. */
export async function pruneWebAuthnChallenges(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('webauthn_challenges').where('expires_at', '<=', now.toISOString()).execute();
}
