/**
 * Adding a passkey to the signed-in person: creation options for a discoverable credential with
 * user verification (so it alone signs them in, nothing typed), their existing passkeys excluded
 * so one authenticator is not registered twice; then the browser's answer, verified by
 * `@simplewebauthn/server` against the stored challenge, the console's origin and RP ID.
 */
import type { Passkey, PasskeyAttestation, PasskeyRegistrationOptions } from '@atelier/client/contract';
import { generateRegistrationOptions } from '@simplewebauthn/server';
import { AtelierError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { isUniqueViolation } from '../shared/unique-violation.ts';
import { consumeChallenge, storeChallenge, webAuthnChallengeLifetimeMs } from './challenges.ts';
import { passkeyView } from './my-passkeys.ts';
import { answeredChallenge, userHandleOf, type PasskeyDeps } from './passkey-deps.ts';
import { passkeyAlgorithms, type RelyingParty } from './relying-party.ts';
import { passkeyNotVerified, verifiedNewCredential } from './webauthn-checks.ts';

/** The label of a passkey its person did not name. */
export const defaultPasskeyDeviceLabel = 'Passkey';

async function personOf(deps: PasskeyDeps, personId: string) {
  const person = await deps.db
    .selectFrom('people')
    .innerJoin('brands', 'brands.id', 'people.brand_id')
    .select(['people.id', 'people.email', 'people.display_name', 'brands.name as brand_name'])
    .where('people.id', '=', personId)
    .executeTakeFirst();
  // The caller was authenticated as this person a moment ago.
  if (!person) throw new Error(`person ${personId} of a session not found`);
  return person;
}

/** Who a new passkey is for, as their passkey manager shows it. */
export interface PasskeyUser {
  /** What the passkey manager shows beside the passkey: the brand's name. */
  rpName: string;
  name: string;
  displayName: string;
  /** The WebAuthn user handle, base64url: an opaque id, never the e-mail. */
  handle: string;
}

/**
 * Creation options for a discoverable credential with user verification on `relyingParty`, the
 * user's `existing` credentials excluded; the caller stores the challenge for its own purpose.
 */
export async function discoverableCredentialOptions(
  relyingParty: RelyingParty,
  user: PasskeyUser,
  existing: ReadonlyArray<{ credential_id: string; transports: string }>,
): Promise<PasskeyRegistrationOptions> {
  const options = await generateRegistrationOptions({
    rpName: user.rpName,
    rpID: relyingParty.id,
    userName: user.name,
    userDisplayName: user.displayName,
    userID: Buffer.from(user.handle, 'base64url'),
    timeout: webAuthnChallengeLifetimeMs,
    attestationType: 'none',
    excludeCredentials: existing.map((passkey) => ({ id: passkey.credential_id, transports: JSON.parse(passkey.transports) as string[] })),
    authenticatorSelection: { residentKey: 'required', requireResidentKey: true, userVerification: 'required' },
    supportedAlgorithmIDs: passkeyAlgorithms,
  });
  return {
    ...options,
    rp: { id: relyingParty.id, name: options.rp.name },
    excludeCredentials: options.excludeCredentials ?? [],
    authenticatorSelection: { residentKey: 'required', requireResidentKey: true, userVerification: 'required' },
    timeout: webAuthnChallengeLifetimeMs,
  };
}

export async function registrationOptions(deps: PasskeyDeps, personId: string): Promise<PasskeyRegistrationOptions> {
  const person = await personOf(deps, personId);
  const existing = await deps.db.selectFrom('passkeys').select(['credential_id', 'transports']).where('person_id', '=', personId).execute();
  const options = await discoverableCredentialOptions(
    deps.relyingParty,
    { rpName: person.brand_name, name: person.email, displayName: person.display_name ?? person.email, handle: userHandleOf(personId) },
    existing,
  );
  await storeChallenge(deps.db, deps.clock.now(), { value: options.challenge, purpose: 'registration', personId });
  return options;
}

export async function registerPasskey(
  deps: PasskeyDeps,
  personId: string,
  request: { response: PasskeyAttestation; deviceLabel?: string | undefined },
): Promise<Passkey> {
  const now = deps.clock.now();
  const challenge = answeredChallenge(request.response.response.clientDataJSON);
  if (challenge === undefined) throw passkeyNotVerified('its clientDataJSON is not readable.');
  await consumeChallenge(deps.db, now, { value: challenge, purpose: 'registration', personId });
  const credential = await verifiedNewCredential(deps.relyingParty, challenge, request.response);
  const row = {
    id: newId('pk'),
    person_id: personId,
    ...credential,
    device_label: request.deviceLabel ?? defaultPasskeyDeviceLabel,
    created_at: now.toISOString(),
    last_used_at: null,
  };
  try {
    // Its own transaction (a savepoint within the request's), so a lost race on the credential id
    // leaves the request's transaction usable on PostgreSQL.
    await deps.db.transaction().execute((trx) => trx.insertInto('passkeys').values(row).execute());
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AtelierError('passkey_already_registered', 'This passkey is already registered.');
  }
  return passkeyView(row);
}
