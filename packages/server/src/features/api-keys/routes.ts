/** The brand's API keys, for its admins (the console's API keys page). */
import { createApiKey, listApiKeys, revokeApiKey } from '@atelier/client/contract';
import type { ApiKeyCache } from '../../api-keys.ts';
import { currentUnitOfWork } from '../../db/unit-of-work.ts';
import type { ServerDeps } from '../../deps.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { createBrandApiKey, listApiKeys as listBrandApiKeys, revokeBrandApiKey } from './service.ts';

export function apiKeyRoutes(deps: ServerDeps, { apiKeys }: { apiKeys: ApiKeyCache }): OperationRoute[] {
  return [
    route(listApiKeys, async ({ caller }) => ({ apiKeys: await listBrandApiKeys(deps.db, caller.brandId) })),
    route(createApiKey, ({ body, caller }) => createBrandApiKey(deps.db, deps.clock, caller.brandId, body)),
    route(revokeApiKey, async ({ params, caller }) => {
      const { view, keyHash } = await revokeBrandApiKey(deps.db, deps.clock, caller.brandId, params.id);
      // This instance refuses the key at once; the others once their cached lookup lapses (apiKeyCacheTtlMs).
      const forget = async () => apiKeys.forget(keyHash);
      const unit = currentUnitOfWork(deps.db);
      if (unit) unit.afterCommit(forget);
      else await forget();
      return view;
    }),
  ];
}
