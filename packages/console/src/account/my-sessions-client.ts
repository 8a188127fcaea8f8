/**
 * The signed-in person's own sessions: one per browser they signed in with, listed and ended.
 * Built from the contract's operations over the session transport; tests pass a stand-in.
 */
import type { CallFunction, CallOptions } from '@atelier/client';
import { listMySessions, revokeMySession } from '@atelier/client/contract';
import type { ConsoleSessionList, Received } from '@atelier/client/contract';

export interface MySessionsClient {
  list(options?: CallOptions): Promise<Received<ConsoleSessionList>>;
  revoke(sessionId: string, options?: CallOptions): Promise<unknown>;
}

export function createMySessionsClient(call: CallFunction): MySessionsClient {
  return {
    list: (options) => call(listMySessions, {}, options),
    revoke: (sessionId, options) => call(revokeMySession, { params: { sessionId } }, options),
  };
}
