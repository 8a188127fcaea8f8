/**
 * Passkeys for tests that need one without the HTTP ceremony (the access matrix, the audit): a
 * software authenticator answering the server's own options, as a browser would.
 */
import type { Passkey, PasskeyAssertion, PasskeyAttestation } from '@atelier/client/contract';
import type { TestServer } from '../../testing/harness.ts';
import { SoftwareAuthenticator } from '../../testing/software-authenticator.ts';
import type { PasskeyDeps } from './passkey-deps.ts';
import { registerPasskey, registrationOptions } from './registration.ts';
import { relyingPartyOf } from './relying-party.ts';
import { signInOptions } from './sign-in.ts';

function passkeyDepsOf(server: TestServer): PasskeyDeps {
  return { db: server.db, clock: server.clock, relyingParty: relyingPartyOf(server.deps.publicOrigin), logger: server.logger };
}

/** A registration response for `personId` answering fresh options, ready for `POST /v1/me/passkeys`. */
export async function passkeyRegistrationFor(server: TestServer, personId: string): Promise<PasskeyAttestation> {
  return new SoftwareAuthenticator(server.deps.publicOrigin).register(await registrationOptions(passkeyDepsOf(server), personId));
}

/** Registers a passkey of `personId` on a new software authenticator. */
export async function registeredPasskeyOf(server: TestServer, personId: string): Promise<{ passkey: Passkey; authenticator: SoftwareAuthenticator }> {
  const deps = passkeyDepsOf(server);
  const authenticator = new SoftwareAuthenticator(server.deps.publicOrigin);
  const passkey = await registerPasskey(deps, personId, { response: authenticator.register(await registrationOptions(deps, personId)) });
  return { passkey, authenticator };
}

/** A passkey of `personId` answering fresh sign-in options, ready for `POST /v1/sign-in/passkey`. */
export async function passkeySignInFor(server: TestServer, personId: string): Promise<PasskeyAssertion> {
  const { authenticator } = await registeredPasskeyOf(server, personId);
  return authenticator.authenticate(await signInOptions(passkeyDepsOf(server)));
}
