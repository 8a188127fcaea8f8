/**
 * Owners' passkeys over HTTP: signing in with one from the brand's page (its publishable key, as
 * the e-mailed code), and the signed-in owner's own passkeys. Where passkeys are offered is the
 * page's `Origin` (owner-relying-party.ts).
 */
import {
  deleteMyOwnerPasskey as deleteMyOwnerPasskeyOperation,
  listMyOwnerPasskeys as listMyOwnerPasskeysOperation,
  myOwnerPasskeyRegistrationOptions as myOwnerPasskeyRegistrationOptionsOperation,
  ownerPasskeySignInOptions as ownerPasskeySignInOptionsOperation,
  registerMyOwnerPasskey as registerMyOwnerPasskeyOperation,
  signInOwnerWithPasskey as signInOwnerWithPasskeyOperation,
} from '@atelier/client/contract';
import { admitAttempt } from '../../attempt-limits.ts';
import type { ServerDeps } from '../../deps.ts';
import { actorScopeOf } from '../../http/principal.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { attemptLimits } from '../../limits.ts';
import { consoleLogger } from '../../logger.ts';
import { startOwnerSession } from '../owner-space/owner-sessions.ts';
import { signedInOwnerOf } from '../owner-space/signed-in-owner.ts';
import {
  deleteOwnerPasskey,
  listOwnerPasskeys,
  ownerRegistrationOptions,
  ownerSignInOptions,
  registerOwnerPasskey,
  verifyOwnerPasskeySignIn,
  type OwnerPasskeyDeps,
} from './owner-passkeys.ts';
import { ownerRelyingPartyOf, requireOwnerRelyingParty } from './owner-relying-party.ts';

export function ownerPasskeyRoutes(deps: ServerDeps): OperationRoute[] {
  const { db, clock } = deps;
  const passkeys: OwnerPasskeyDeps = { db, clock, logger: deps.logger ?? consoleLogger };
  return [
    route(ownerPasskeySignInOptionsOperation, async ({ caller, http }) => ownerSignInOptions(passkeys, await requireOwnerRelyingParty(db, caller.brandId, http.request))),
    route(signInOwnerWithPasskeyOperation, async ({ body, caller, http }) => {
      const relyingParty = await requireOwnerRelyingParty(db, caller.brandId, http.request);
      // Counted with the e-mailed codes' verifications, before anything is checked.
      await admitAttempt(
        db,
        clock.now(),
        [{ limit: attemptLimits.ownerVerifyPerNetwork, subject: `${actorScopeOf(caller.actor)}:${caller.clientNetwork}` }],
        'Too many sign-ins were tried from this network. Please try again later.',
      );
      const { ownerId } = await verifyOwnerPasskeySignIn(passkeys, caller.brandId, relyingParty, body.response);
      return startOwnerSession({ db, clock }, { ownerId, brandId: caller.brandId, http });
    }),
    route(myOwnerPasskeyRegistrationOptionsOperation, async ({ caller, http }) => {
      const owner = signedInOwnerOf(caller);
      return ownerRegistrationOptions(passkeys, owner, await requireOwnerRelyingParty(db, owner.brandId, http.request));
    }),
    route(registerMyOwnerPasskeyOperation, async ({ caller, body, http }) => {
      const owner = signedInOwnerOf(caller);
      return registerOwnerPasskey(passkeys, owner, await requireOwnerRelyingParty(db, owner.brandId, http.request), body);
    }),
    route(listMyOwnerPasskeysOperation, async ({ caller, http }) => {
      const owner = signedInOwnerOf(caller);
      const addableHere = (await ownerRelyingPartyOf(db, owner.brandId, http.request.headers.get('Origin'))) !== undefined;
      return listOwnerPasskeys(db, owner, addableHere);
    }),
    route(deleteMyOwnerPasskeyOperation, ({ caller, params }) => deleteOwnerPasskey(db, signedInOwnerOf(caller), params.passkeyId)),
  ];
}
