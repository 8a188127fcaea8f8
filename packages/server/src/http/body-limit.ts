/**
 * Hono's `bodyLimit`, skipped for GET and HEAD: neither a fetch `Request` nor @hono/node-server
 * gives them a body, so `bodyLimit` would let them through anyway, but only after asking for the
 * body, which makes @hono/node-server build a full fetch `Request` (≈ 4% of the event loop's time
 * under provenance lookups, which are all GETs).
 *
 * One limit for every path, but for the few paths named in `largerFor` (a file import) whose
 * bodies are files, not forms.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

export interface RequestBodyLimitOptions {
  maxSize: number;
  /** Larger limits, by exact request path. */
  largerFor?: Readonly<Record<string, number>>;
  /** The answer to a body over `maxSize` bytes. */
  onError: (maxSize: number) => Response;
}

export function requestBodyLimit(options: RequestBodyLimitOptions): MiddlewareHandler {
  const limiterOf = (maxSize: number) => bodyLimit({ maxSize, onError: () => options.onError(maxSize) });
  const limit = limiterOf(options.maxSize);
  const larger = new Map(Object.entries(options.largerFor ?? {}).map(([path, maxSize]) => [path, limiterOf(maxSize)]));
  return (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return (larger.get(c.req.path) ?? limit)(c, next);
  };
}
