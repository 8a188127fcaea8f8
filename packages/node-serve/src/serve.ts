/**
 * serve(): a fetch app (Hono's `app.fetch`) on Node's HTTP server, with what both Atelier servers
 * need from the connection layer:
 * - an answer sent before the request's body arrived (413, 415, 401…) closes its connection
 *   cleanly (refusal-aware-response.ts);
 * - `shutdown()` drains: requests in flight finish, new requests on open connections are answered
 *   with `Connection: close`, idle connections are closed (connection-drain.ts);
 * - Node's own refusals (431, 400, 408) are problem+json (client-errors.ts).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { answerClientErrorsAsProblems, type ProblemBody } from './client-errors.ts';
import { ConnectionDrain, type DrainResult } from './connection-drain.ts';
import { refusalAwareResponse } from './refusal-aware-response.ts';

export interface ServeOptions {
  /** The app's `fetch` (Hono's `app.fetch`). */
  fetch: Parameters<typeof createAdaptorServer>[0]['fetch'];
  port: number;
  hostname: string;
  /** The JSON body of the problem answered when Node refuses a request itself (see client-errors.ts). */
  problemBody: ProblemBody;
  /**
   * The largest request body the app accepts. A body up to this size left unread by a refusal is
   * read and dropped, keeping the connection; one announced larger closes it (refusal-aware-response.ts).
   */
  maxRequestBodyBytes: number;
}

export interface ServedApp {
  server: Server;
  /** Resolves with the address once listening; rejects if the port cannot be taken. */
  listening: Promise<AddressInfo>;
  /** True once `shutdown()` has been called. */
  readonly draining: boolean;
  /**
   * Stops accepting connections and drains the open ones (see connection-drain.ts); resolves once
   * all are closed, cutting those still open after `drainTimeoutMs`.
   */
  shutdown(options: { drainTimeoutMs: number }): Promise<DrainResult>;
}

export function serve(options: ServeOptions): ServedApp {
  // The drain exists before the server, whose responses ask it whether it is draining.
  const connections = new ConnectionDrain();
  const server = createAdaptorServer({
    fetch: options.fetch,
    hostname: options.hostname,
    // @hono/node-server would read an unread body for up to 500 ms after the answer, then close
    // the connection under whatever the client sent next; refusalAwareResponse closes it instead.
    autoCleanupIncoming: false,
    serverOptions: {
      ServerResponse: refusalAwareResponse({
        get draining() {
          return connections.draining;
        },
        maxDroppedBodyBytes: options.maxRequestBodyBytes,
      }),
    },
  }) as Server;
  connections.track(server);
  answerClientErrorsAsProblems(server, options.problemBody);
  const listening = new Promise<AddressInfo>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
  return {
    server,
    listening,
    get draining() {
      return connections.draining;
    },
    shutdown: (shutdownOptions) => connections.drain({ timeoutMs: shutdownOptions.drainTimeoutMs }),
  };
}
