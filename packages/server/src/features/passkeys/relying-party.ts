/**
 * Who the passkeys belong to (the WebAuthn relying party): the console's host, which is the API
 * server's public origin, since the console is served by it at `/console/`. A passkey is bound to
 * its RP ID for good, so changing `PUBLIC_ORIGIN`'s host leaves every passkey unusable.
 */
import { COSEALG } from '@simplewebauthn/server/helpers';

export interface RelyingParty {
  /** The RP ID: the public origin's host name (no scheme, no port). */
  id: string;
  /** The only origin a passkey ceremony is accepted from: the page the console runs in. */
  origin: string;
}

export function relyingPartyOf(publicOrigin: string): RelyingParty {
  const url = new URL(publicOrigin);
  return { id: url.hostname, origin: url.origin };
}

/**
 * Public-key algorithms offered and accepted, most preferred first: what platform authenticators
 * and security keys use. Named rather than the library's default, which adds ML-DSA where the
 * runtime has it (no authenticator offers it yet, and Node warns that it is experimental).
 */
export const passkeyAlgorithms: number[] = [COSEALG.EdDSA, COSEALG.ES256, COSEALG.RS256];
