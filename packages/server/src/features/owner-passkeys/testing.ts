/**
 * Owners' passkeys for tests that need one without the HTTP ceremony (the access matrix): a
 * software authenticator on the fixture brand's site answering the server's own options.
 */
import type { Passkey, PasskeyAssertion, PasskeyAttestation } from '@atelier/client/contract';
import type { TestServer } from '../../testing/harness.ts';
import { SoftwareAuthenticator } from '../../testing/software-authenticator.ts';
import { ownerRegistrationOptions, ownerSignInOptions, registerOwnerPasskey, type OwnerPasskeyDeps } from './owner-passkeys.ts';
import { ownerRelyingPartyOf } from './owner-relying-party.ts';

function depsOf(server: TestServer): OwnerPasskeyDeps {
  return { db: server.db, clock: server.clock, logger: server.logger };
}

async function siteOf(server: TestServer) {
  const relyingParty = await ownerRelyingPartyOf(server.db, server.brand.id, server.keys.origin);
  if (!relyingParty) throw new Error('the fixture brand offers passkeys on its site');
  return relyingParty;
}

/** A registration response of `ownerId` answering fresh options on the brand's site, ready for `POST /v1/owner/passkeys`. */
export async function ownerPasskeyRegistrationFor(server: TestServer, ownerId: string): Promise<PasskeyAttestation> {
  const owner = { ownerId, brandId: server.brand.id };
  return new SoftwareAuthenticator(server.keys.origin).register(await ownerRegistrationOptions(depsOf(server), owner, await siteOf(server)));
}

/** Registers a passkey of `ownerId` on a new software authenticator on the brand's site. */
export async function registeredOwnerPasskeyOf(server: TestServer, ownerId: string): Promise<{ passkey: Passkey; authenticator: SoftwareAuthenticator }> {
  const owner = { ownerId, brandId: server.brand.id };
  const site = await siteOf(server);
  const authenticator = new SoftwareAuthenticator(server.keys.origin);
  const response = authenticator.register(await ownerRegistrationOptions(depsOf(server), owner, site));
  return { passkey: await registerOwnerPasskey(depsOf(server), owner, site, { response }), authenticator };
}

/** A passkey of `ownerId` answering fresh sign-in options, ready for `POST /v1/owner/sign-in/passkey`. */
export async function ownerPasskeySignInFor(server: TestServer, ownerId: string): Promise<PasskeyAssertion> {
  const { authenticator } = await registeredOwnerPasskeyOf(server, ownerId);
  return authenticator.authenticate(await ownerSignInOptions(depsOf(server), await siteOf(server)));
}
