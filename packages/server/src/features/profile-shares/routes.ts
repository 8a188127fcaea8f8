/** /v1/owner/profile-shares: the signed-in owner shares their profile with a retailer of the brand, sees their shares, revokes them. */
import {
  listMyProfileShares as listMyProfileSharesOperation,
  revokeMyProfileShare as revokeMyProfileShareOperation,
  shareMyProfile as shareMyProfileOperation,
} from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { signedInOwnerOf } from '../owner-space/signed-in-owner.ts';
import { listMyProfileShares, revokeMyProfileShare, shareMyProfile } from './shares.ts';

export function profileShareRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(listMyProfileSharesOperation, ({ caller }) => listMyProfileShares(deps, signedInOwnerOf(caller))),
    route(shareMyProfileOperation, ({ caller, body }) => shareMyProfile(deps, signedInOwnerOf(caller), body.retailerId)),
    route(revokeMyProfileShareOperation, ({ caller, params }) => revokeMyProfileShare(deps, signedInOwnerOf(caller), params.shareId)),
  ];
}
