/** /v1/owner/data-export and /v1/owner/account/erasure: the signed-in owner's rights of access and erasure. */
import { eraseMyAccount as eraseMyAccountOperation, exportMyData as exportMyDataOperation } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { clearedOwnerSessionCookie } from '../owner-space/owner-sessions.ts';
import { signedInOwnerOf } from '../owner-space/signed-in-owner.ts';
import { eraseMyAccount } from './erasure.ts';
import { exportMyData } from './export.ts';

export function myDataRoutes(deps: ServerDeps): OperationRoute[] {
  return [
    route(exportMyDataOperation, ({ caller, http }) => {
      // Saved as a file by the browser, named for the brand's registry.
      http.responseHeaders.set('Content-Disposition', 'attachment; filename="my-data.json"');
      return exportMyData(deps, signedInOwnerOf(caller));
    }),
    route(eraseMyAccountOperation, async ({ caller, http }) => {
      const erased = await eraseMyAccount(deps, signedInOwnerOf(caller));
      http.responseHeaders.append('Set-Cookie', clearedOwnerSessionCookie());
      return erased;
    }),
  ];
}
