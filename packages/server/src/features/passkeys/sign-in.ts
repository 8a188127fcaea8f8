/**
 * Signing in with a passkey, nothing typed: request options with a fresh challenge and no
 * `allowCredentials` (the browser offers the person's passkeys for this site), then the assertion,
 * verified by `@simplewebauthn/server` against the stored credential. Every refusal that concerns
 * the passkey or its person (unknown credential, removed passkey, deactivated person, wrong origin
 * or RP ID, another key's signature, a counter gone back) is the same 400 `passkey_not_recognized`,
 * so the answer never tells whether a credential exists or whose it is; the reason goes to the log.
 */
import type { PasskeyAssertion, PasskeySignInOptions } from '@atelier/client/contract';
import { generateAuthenticationOptions } from '@simplewebauthn/server';
import { admitAttempt } from '../../attempt-limits.ts';
import { AtelierError } from '../../errors.ts';
import { attemptLimits } from '../../limits.ts';
import type { Db } from '../../db/database.ts';
import { consumeChallenge, storeChallenge, webAuthnChallengeLifetimeMs, type ChallengePurpose } from './challenges.ts';
import type { RelyingParty } from './relying-party.ts';
import { answeredChallenge, userHandleOf, type PasskeyDeps } from './passkey-deps.ts';
import { checkedAssertion } from './webauthn-checks.ts';

/** Request options on `relyingParty` for any of its discoverable passkeys, the challenge stored for `purpose`. */
export async function discoverableSignInOptions(
  db: Db,
  now: Date,
  relyingParty: RelyingParty,
  purpose: Extract<ChallengePurpose, 'sign_in' | 'owner_sign_in'>,
): Promise<PasskeySignInOptions> {
  const options = await generateAuthenticationOptions({
    rpID: relyingParty.id,
    userVerification: 'required',
    timeout: webAuthnChallengeLifetimeMs,
  });
  await storeChallenge(db, now, { value: options.challenge, purpose, personId: null });
  return { ...options, rpId: relyingParty.id, timeout: webAuthnChallengeLifetimeMs, userVerification: 'required' };
}

export function signInOptions(deps: PasskeyDeps): Promise<PasskeySignInOptions> {
  return discoverableSignInOptions(deps.db, deps.clock.now(), deps.relyingParty, 'sign_in');
}

/** Counts one passkey sign-in from the caller's network (attempt-limits.ts); 429 `too_many_attempts` once spent. */
export async function admitPasskeySignInAttempt(deps: PasskeyDeps, clientNetwork: string): Promise<void> {
  await admitAttempt(
    deps.db,
    deps.clock.now(),
    [{ limit: attemptLimits.passkeySignInPerNetwork, subject: clientNetwork }],
    'Too many passkey sign-ins were tried from this network. Please try again later.',
  );
}

function notRecognized(): AtelierError {
  return new AtelierError('passkey_not_recognized', 'This passkey does not sign anyone in here. Use another passkey, or ask for a sign-in link by e-mail.');
}

/** The person a passkey assertion signs in (their id), once verified; the passkey's counter and last use are updated. */
export async function verifyPasskeySignIn(deps: PasskeyDeps, response: PasskeyAssertion): Promise<{ personId: string }> {
  const now = deps.clock.now();
  const refuse = (reason: string, passkeyId?: string): never => {
    deps.logger.info('passkey_sign_in_refused', { reason, passkeyId });
    throw notRecognized();
  };
  const challenge = answeredChallenge(response.response.clientDataJSON);
  if (challenge === undefined) return refuse('unreadable client data');
  await consumeChallenge(deps.db, now, { value: challenge, purpose: 'sign_in', personId: null });

  const passkey = await deps.db
    .selectFrom('passkeys')
    .innerJoin('people', 'people.id', 'passkeys.person_id')
    .select(['passkeys.id', 'passkeys.person_id', 'passkeys.credential_id', 'passkeys.public_key', 'passkeys.counter', 'passkeys.transports', 'people.status'])
    .where('passkeys.credential_id', '=', response.id)
    .executeTakeFirst();
  if (!passkey) return refuse('unknown credential');
  if (passkey.status === 'deactivated') return refuse('person deactivated', passkey.id);
  // A discoverable credential names its user: it must be the passkey's person.
  const userHandle = response.response.userHandle;
  if (userHandle != null && userHandle !== userHandleOf(passkey.person_id)) return refuse('user handle of another person', passkey.id);

  const checked = await checkedAssertion(deps.relyingParty, challenge, response, passkey);
  if ('refused' in checked) return refuse(checked.refused, passkey.id);
  const newCounter = checked.newCounter;
  await deps.db.updateTable('passkeys').set({ counter: newCounter, last_used_at: now.toISOString() }).where('id', '=', passkey.id).execute();
  return { personId: passkey.person_id };
}
