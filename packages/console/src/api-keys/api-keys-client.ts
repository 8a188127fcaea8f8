/**
 * What the API keys page calls: the brand's keys (never the key itself), creating one (the key
 * is in that one answer) and revoking. Brand admins only. Built from the contract's operations
 * over the session transport; tests pass a stand-in.
 */
import type { CallFunction, CallOptions } from '@atelier/client';
import { createApiKey, listApiKeys, revokeApiKey } from '@atelier/client/contract';
import type { ApiKey, ApiKeyCreationRequest, ApiKeyList, CreatedApiKey, Received } from '@atelier/client/contract';

export interface ApiKeysClient {
  list(options?: CallOptions): Promise<Received<ApiKeyList>>;
  create(input: ApiKeyCreationRequest, options?: CallOptions): Promise<Received<CreatedApiKey>>;
  revoke(keyId: string, options?: CallOptions): Promise<Received<ApiKey>>;
}

export function createApiKeysClient(call: CallFunction): ApiKeysClient {
  return {
    list: (options) => call(listApiKeys, {}, options),
    create: (input, options) => call(createApiKey, { body: input }, options),
    revoke: (id, options) => call(revokeApiKey, { params: { id } }, options),
  };
}
