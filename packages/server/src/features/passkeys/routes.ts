/**
 * Passkeys: signing in with one (open to anyone: it is how a person gets a session), and the
 * signed-in person's own passkeys. The sign-in sets the session cookie through the sessions
 * feature, so only the console's own page may ask for it (`Origin`), as for a sign-in link.
 */
import {
  deleteMyPasskey as deleteMyPasskeyOperation,
  listMyPasskeys as listMyPasskeysOperation,
  myPasskeyRegistrationOptions as myPasskeyRegistrationOptionsOperation,
  passkeySignInOptions as passkeySignInOptionsOperation,
  registerMyPasskey as registerMyPasskeyOperation,
  signInWithPasskey as signInWithPasskeyOperation,
} from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { AtelierError } from '../../errors.ts';
import { anonymousRoute, route, type Caller, type OperationRoute } from '../../http/operation-route.ts';
import { consoleLogger } from '../../logger.ts';
import { requireConsoleOrigin, startConsoleSession } from '../sessions/sessions.ts';
import { deletePasskey, listPasskeys } from './my-passkeys.ts';
import type { PasskeyDeps } from './passkey-deps.ts';
import { registerPasskey, registrationOptions } from './registration.ts';
import { relyingPartyOf } from './relying-party.ts';
import { admitPasskeySignInAttempt, signInOptions, verifyPasskeySignIn } from './sign-in.ts';

/** The signed-in person behind a console caller; the operations here admit no other. */
function personIdOf(caller: Caller): string {
  if (caller.actor.kind !== 'person') throw new AtelierError('forbidden', 'Only a person signed in to the console has passkeys.');
  return caller.actor.id;
}

export function passkeyRoutes(deps: ServerDeps): OperationRoute[] {
  const { db, clock } = deps;
  const passkeys: PasskeyDeps = { db, clock, relyingParty: relyingPartyOf(deps.publicOrigin), logger: deps.logger ?? consoleLogger };
  return [
    anonymousRoute(passkeySignInOptionsOperation, () => signInOptions(passkeys)),
    anonymousRoute(signInWithPasskeyOperation, async ({ body, caller, http }) => {
      requireConsoleOrigin(http.request, deps.publicOrigin);
      // Counted before anything is checked, so a burst cannot get more assertions verified than the budget.
      await admitPasskeySignInAttempt(passkeys, caller.clientNetwork);
      const { personId } = await verifyPasskeySignIn(passkeys, body.response);
      return startConsoleSession({ db, clock }, { personId, http, ip: caller.ip });
    }),
    route(myPasskeyRegistrationOptionsOperation, ({ caller }) => registrationOptions(passkeys, personIdOf(caller))),
    route(registerMyPasskeyOperation, ({ caller, body }) => registerPasskey(passkeys, personIdOf(caller), body)),
    route(listMyPasskeysOperation, ({ caller }) => listPasskeys(db, personIdOf(caller))),
    route(deleteMyPasskeyOperation, ({ caller, params }) => deletePasskey(db, personIdOf(caller), params.passkeyId)),
  ];
}
