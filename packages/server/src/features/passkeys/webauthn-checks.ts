/**
 * The two WebAuthn verifications, by `@simplewebauthn/server`, for staff passkeys (the console's
 * site) and owners' (the brand's site) alike: a new credential against its challenge and relying
 * party, and an assertion against a stored credential.
 */
import type { PasskeyAssertion, PasskeyAttestation } from '@atelier/client/contract';
import { verifyAuthenticationResponse, verifyRegistrationResponse, type AuthenticationResponseJSON, type RegistrationResponseJSON } from '@simplewebauthn/server';
import { AtelierError } from '../../errors.ts';
import { passkeyAlgorithms, type RelyingParty } from './relying-party.ts';

/** A credential as stored: the columns `passkeys` and `owner_passkeys` share. */
export interface StoredCredential {
  credential_id: string;
  public_key: string;
  counter: number | string;
  transports: string;
}

export function passkeyNotVerified(reason: string): AtelierError {
  return new AtelierError('passkey_not_verified', `The new passkey could not be verified: ${reason}`);
}

/** The new credential of a registration response, verified (422 `passkey_not_verified` otherwise), as its row stores it. */
export async function verifiedNewCredential(relyingParty: RelyingParty, challenge: string, response: PasskeyAttestation): Promise<StoredCredential & { counter: number }> {
  let verification;
  try {
    verification = await verifyRegistrationResponse({
      response: { ...response, clientExtensionResults: response.clientExtensionResults ?? {} } as RegistrationResponseJSON,
      expectedChallenge: challenge,
      expectedOrigin: relyingParty.origin,
      expectedRPID: relyingParty.id,
      requireUserVerification: true,
      supportedAlgorithmIDs: passkeyAlgorithms,
    });
  } catch (error) {
    throw passkeyNotVerified(`${(error as Error).message}.`);
  }
  if (!verification.verified) throw passkeyNotVerified('its attestation does not hold.');
  const { credential } = verification.registrationInfo;
  return {
    credential_id: credential.id,
    public_key: Buffer.from(credential.publicKey).toString('base64url'),
    counter: credential.counter,
    transports: JSON.stringify(response.response.transports ?? []),
  };
}

/** Verifies an assertion made with `stored`: its new counter, or why it does not hold (for the log only). */
export async function checkedAssertion(
  relyingParty: RelyingParty,
  challenge: string,
  response: PasskeyAssertion,
  stored: StoredCredential,
): Promise<{ newCounter: number } | { refused: string }> {
  try {
    const verification = await verifyAuthenticationResponse({
      response: { ...response, clientExtensionResults: response.clientExtensionResults ?? {} } as AuthenticationResponseJSON,
      expectedChallenge: challenge,
      expectedOrigin: relyingParty.origin,
      expectedRPID: relyingParty.id,
      credential: {
        id: stored.credential_id,
        publicKey: Buffer.from(stored.public_key, 'base64url'),
        counter: Number(stored.counter),
        transports: JSON.parse(stored.transports) as string[],
      },
      requireUserVerification: true,
    });
    if (!verification.verified) return { refused: 'signature does not verify' };
    return { newCounter: verification.authenticationInfo.newCounter };
  } catch (error) {
    // The library's message says which check failed (origin, RP ID, counter, user verification).
    return { refused: (error as Error).message };
  }
}
