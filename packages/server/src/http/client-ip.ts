/**
 * The client's address: from the socket, or from the first `X-Forwarded-For` hop when the
 * server is told it sits behind a trusted proxy (otherwise anyone could pick their own IP
 * and escape the per-IP rate limit).
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** In-process requests (`app.request()` in tests) have no socket. */
const unknownClientIp = 'unknown';

export function clientIpOf(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? unknownClientIp;
  } catch {
    return unknownClientIp;
  }
}
