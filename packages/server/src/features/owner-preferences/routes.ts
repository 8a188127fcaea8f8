/** /v1/owner/preferences: the signed-in owner's channels, language and quiet period, with their history. */
import { getMyPreferences as getMyPreferencesOperation, updateMyPreferences as updateMyPreferencesOperation } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { signedInOwnerOf } from '../owner-space/signed-in-owner.ts';
import { getMyPreferences, updateMyPreferences } from './preferences.ts';

export function ownerPreferenceRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(getMyPreferencesOperation, ({ caller }) => getMyPreferences(deps, signedInOwnerOf(caller).ownerId)),
    route(updateMyPreferencesOperation, ({ caller, body }) => updateMyPreferences(deps, signedInOwnerOf(caller).ownerId, body)),
  ];
}
