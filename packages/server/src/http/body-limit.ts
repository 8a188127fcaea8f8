/**
 * Hono's `bodyLimit`, skipped for GET and HEAD: neither a fetch `Request` nor @hono/node-server
 * gives them a body, so `bodyLimit` would let them through anyway, but only after asking for the
 * body, which makes @hono/node-server build a full fetch `Request` (≈ 4% of the event loop's time
 * under provenance lookups, which are all GETs).
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

export function requestBodyLimit(options: Parameters<typeof bodyLimit>[0]): MiddlewareHandler {
  const limit = bodyLimit(options);
  return (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next));
}
