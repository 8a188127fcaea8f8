/**
 * The transport of a page served by the API server itself (the console at `/console/`): no key,
 * the person's session cookie authenticates each call. The cookie is `HttpOnly` and first-party,
 * so the page never reads it; the browser sends it with same-origin requests. Its own module so
 * that pages with a key (the widgets) never carry it.
 */
import { createSender } from './transport.ts';
import type { ConnectionOptions, Sender } from './transport.ts';

export type SessionTransportOptions = Partial<ConnectionOptions>;

/**
 * Calls operations as the signed-in person: `baseUrl` defaults to the page's own origin, where the
 * cookie is sent. The server decides what the person may do (403 `forbidden` otherwise) and checks
 * the `Origin` of every write, which the browser sets on same-origin requests.
 */
export function createSessionTransport(options: SessionTransportOptions = {}): Sender {
  // Typed without the DOM library: the client also compiles for Node, where there is no page (and baseUrl is required).
  const pageOrigin = (globalThis as { location?: { origin: string } }).location?.origin;
  const { call, send } = createSender({ ...options, baseUrl: options.baseUrl ?? pageOrigin ?? '' }, undefined, undefined);
  return { call, send };
}
