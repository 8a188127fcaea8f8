/**
 * The `ServerResponse` both servers answer with: it adds `Connection: close` to an answer that is
 * sent before a large request body has been received (a 413, 415, 401… decided from the headers)
 * and to every answer while the server drains.
 *
 * Why: after such an answer the rest of the body is still on its way, and keeping the connection
 * would either mean reading a body nobody wants (an attacker's gigabytes included) or closing the
 * connection under requests the client sends next on it, believing it open (what @hono/node-server
 * does after 500 ms). Saying `Connection: close` lets the client know to open a new connection;
 * Node then closes this one once the answer is written.
 */
import { ServerResponse, type IncomingMessage } from 'node:http';

export interface ConnectionPolicy {
  /** True from the start of a shutdown on: every answer closes its connection. */
  readonly draining: boolean;
  /** The largest unread body dropped to keep a connection open: the largest body the server accepts. */
  readonly maxDroppedBodyBytes: number;
}

/**
 * Whether the request's body may still be on its way and is too large to read and drop: Node
 * drops the unread rest of a body once the answer is sent, which is cheap for a body within what
 * the server accepts anyway, not for one announced larger, or of unknown length (chunked).
 *
 * Only the announced size can decide this when the headers are written: a body that has arrived
 * may not be marked `complete` yet, since Node parses it after the request's first microtasks ran,
 * and an answer decided from the headers alone (a missing key) is written within those.
 */
function unreadBodyTooLarge(request: IncomingMessage, maxDroppedBytes: number): boolean {
  if (request.complete) return false;
  if (request.headers['transfer-encoding'] !== undefined) return true;
  return Number(request.headers['content-length'] ?? 0) > maxDroppedBytes;
}

export function refusalAwareResponse(policy: ConnectionPolicy): typeof ServerResponse {
  return class RefusalAwareResponse<Request extends IncomingMessage = IncomingMessage> extends ServerResponse<Request> {
    // Every way of answering goes through writeHead (Node's implicit headers call it too).
    override writeHead(statusCode: number, ...rest: unknown[]): this {
      if (!this.headersSent && (policy.draining || unreadBodyTooLarge(this.req, policy.maxDroppedBodyBytes))) this.setHeader('Connection', 'close');
      return (super.writeHead as (this: ServerResponse, statusCode: number, ...rest: unknown[]) => this).call(this, statusCode, ...rest);
    }
  };
}
