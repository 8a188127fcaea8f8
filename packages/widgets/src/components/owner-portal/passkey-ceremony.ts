/**
 * The browser's side of an owner's passkey: creating one and signing in with one, through
 * `@simplewebauthn/browser` (the console's library), whose module is loaded only when the owner
 * asks, so no page downloads it before. A page or a test may give the portal a `passkeyCeremony`
 * of its own. Also how a ceremony's failure is said: the prompt cancelled, the passkey not this
 * site's, passkeys not offered here.
 */
import type { PasskeyAssertion, PasskeyAttestation, PasskeyRegistrationOptions, PasskeySignInOptions, Received } from '@atelier/client/contract';
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { classifyFailure } from '../../base/failure.ts';
import type { PortalProblem } from './portal-problems.ts';
import { problemOf } from './portal-problems.ts';

export interface PasskeyCeremony {
  /** Whether this browser, on this page, can make and use passkeys at all. */
  supported(): boolean;
  /** Creates a passkey for the options (the browser's prompt): `startRegistration()`'s answer. */
  register(options: Received<PasskeyRegistrationOptions>): Promise<PasskeyAttestation>;
  /** Signs with one of the site's passkeys the owner picks: `startAuthentication()`'s answer. */
  authenticate(options: Received<PasskeySignInOptions>): Promise<PasskeyAssertion>;
}


export const browserPasskeyCeremony: PasskeyCeremony = {
  supported: () => window.isSecureContext && typeof window.PublicKeyCredential === 'function',
  async register(options) {
    const { startRegistration } = await import('@simplewebauthn/browser');
    // The contract's options are the WebAuthn JSON the library takes; its answer is the JSON the contract takes.
    return (await startRegistration({ optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON })) as PasskeyAttestation;
  },
  async authenticate(options) {
    const { startAuthentication } = await import('@simplewebauthn/browser');
    return (await startAuthentication({ optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON })) as PasskeyAssertion;
  },
};

/** Why a passkey ceremony did not go through, in the owner's words. */
export type PasskeyRefusal = 'cancelled' | 'already-here' | 'not-recognized' | 'not-offered' | 'not-verified';

const refusalOfCode: Readonly<Record<string, PasskeyRefusal>> = {
  passkey_not_recognized: 'not-recognized',
  // The prompt outlived its challenge: as for a prompt left open.
  passkey_challenge_expired: 'cancelled',
  passkey_already_registered: 'already-here',
  passkey_not_verified: 'not-verified',
  origin_not_allowed: 'not-offered',
};

/** What a failed passkey ceremony means to the owner: the browser's refusal, the server's, or any other problem. */
export function passkeyProblemOf(error: unknown): PortalProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  // The browser's own refusals (@simplewebauthn/browser keeps their names): cancelled, timed out, or a passkey this device has already.
  if (name === 'NotAllowedError' || name === 'AbortError') return { kind: 'passkey', why: 'cancelled' };
  if (name === 'InvalidStateError' || code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return { kind: 'passkey', why: 'already-here' };
  const failure = classifyFailure(error);
  const why = 'code' in failure ? refusalOfCode[failure.code] : undefined;
  return why ? { kind: 'passkey', why } : problemOf(error);
}
