/** What the HTTP layer keeps on each request's context. */
import type { ApiKeyRecord } from '../api-keys.ts';

export interface AppVariables {
  requestId: string;
  /** The client's address (see client-ip.ts). */
  clientIp: string;
  /** The presented key once looked up: a record, `null` when absent or unknown, unset before lookup. */
  apiKey: ApiKeyRecord | null;
}

export interface AppEnv {
  Variables: AppVariables;
}
