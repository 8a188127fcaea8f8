/**
 * Adding a passkey to the signed-in person: creation options for a discoverable credential with
 * user verification (so it alone signs them in, nothing typed), their existing passkeys excluded
 * so one authenticator is not registered twice; then the browser's answer, verified by
 * `@simplewebauthn/server` against the stored challenge, the console's origin and RP ID.
 */
import type { Passkey, PasskeyAttestation, PasskeyRegistrationOptions } from '@atelier/client/contract';
import { generateRegistrationOptions, verifyRegistrationResponse, type RegistrationResponseJSON } from '@simplewebauthn/server';
import { AtelierError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { isUniqueViolation } from '../shared/unique-violation.ts';
import { consumeChallenge, storeChallenge, webAuthnChallengeLifetimeMs } from './challenges.ts';
import { passkeyView } from './my-passkeys.ts';
import { answeredChallenge, userHandleOf, type PasskeyDeps } from './passkey-deps.ts';
import { passkeyAlgorithms } from './relying-party.ts';

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

export async function registrationOptions(deps: PasskeyDeps, personId: string): Promise<PasskeyRegistrationOptions> {
  const person = await personOf(deps, personId);
  const existing = await deps.db.selectFrom('passkeys').select(['credential_id', 'transports']).where('person_id', '=', personId).execute();
  const options = await generateRegistrationOptions({
    // What the person's passkey manager shows beside the passkey.
    rpName: person.brand_name,
    rpID: deps.relyingParty.id,
    userName: person.email,
    userDisplayName: person.display_name ?? person.email,
    userID: Buffer.from(userHandleOf(personId), 'base64url'),
    timeout: webAuthnChallengeLifetimeMs,
    attestationType: 'none',
    excludeCredentials: existing.map((passkey) => ({ id: passkey.credential_id, transports: JSON.parse(passkey.transports) as string[] })),
    authenticatorSelection: { residentKey: 'required', requireResidentKey: true, userVerification: 'required' },
    supportedAlgorithmIDs: passkeyAlgorithms,
  });
  await storeChallenge(deps.db, deps.clock.now(), { value: options.challenge, purpose: 'registration', personId });
  return {
    ...options,
    rp: { id: deps.relyingParty.id, name: options.rp.name },
    excludeCredentials: options.excludeCredentials ?? [],
    authenticatorSelection: { residentKey: 'required', requireResidentKey: true, userVerification: 'required' },
    timeout: webAuthnChallengeLifetimeMs,
  };
}

function notVerified(reason: string): AtelierError {
  return new AtelierError('passkey_not_verified', `The new passkey could not be verified: ${reason}`);
}

export async function registerPasskey(
  deps: PasskeyDeps,
  personId: string,
  request: { response: PasskeyAttestation; deviceLabel?: string | undefined },
): Promise<Passkey> {
  const now = deps.clock.now();
  const challenge = answeredChallenge(request.response.response.clientDataJSON);
  if (challenge === undefined) throw notVerified('its clientDataJSON is not readable.');
  await consumeChallenge(deps.db, now, { value: challenge, purpose: 'registration', personId });
  let verification;
  try {
    verification = await verifyRegistrationResponse({
      response: { ...request.response, clientExtensionResults: request.response.clientExtensionResults ?? {} } as RegistrationResponseJSON,
      expectedChallenge: challenge,
      expectedOrigin: deps.relyingParty.origin,
      expectedRPID: deps.relyingParty.id,
      requireUserVerification: true,
      supportedAlgorithmIDs: passkeyAlgorithms,
    });
  } catch (error) {
    throw notVerified(`${(error as Error).message}.`);
  }
  if (!verification.verified) throw notVerified('its attestation does not hold.');
  const { credential } = verification.registrationInfo;
  const row = {
    id: newId('pk'),
    person_id: personId,
    credential_id: credential.id,
    public_key: Buffer.from(credential.publicKey).toString('base64url'),
    counter: credential.counter,
    transports: JSON.stringify(request.response.response.transports ?? []),
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
