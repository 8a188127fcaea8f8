/**
 * CORS per publishable key. A preflight carries no key, so it is answered for an origin that any
 * active publishable key allows; the real request then checks that its own key allows the origin
 * (auth.ts). Origins no key allows get no CORS headers, and the browser refuses the call.
 */
import type { MiddlewareHandler } from 'hono';
import { clientHeader, requestIdHeader } from '@atelier/client/contract';
import { cors } from 'hono/cors';
import type { ApiKeyCache } from '../api-keys.ts';
import { corsPreflightMaxAgeSeconds } from '../limits.ts';

/**
 * The owner space's paths: its session is a cookie sent cross-site with `credentials: 'include'`,
 * so CORS answers them with `Access-Control-Allow-Credentials: true` — for the same origins as
 * every other path (those a publishable key allows); the owner session itself then accepts only
 * its own brand's origins (features/owner-space/owner-sessions.ts).
 */
export const ownerSpacePathPrefix = '/v1/owner/';

/** CORS per publishable key; with credentials on the owner space's paths only. */
export function corsByApiKeys(apiKeys: ApiKeyCache): MiddlewareHandler {
  const withoutCredentials = corsOf(apiKeys, false);
  const withCredentials = corsOf(apiKeys, true);
  return (c, next) => (c.req.path.startsWith(ownerSpacePathPrefix) ? withCredentials : withoutCredentials)(c, next);
}

function corsOf(apiKeys: ApiKeyCache, credentials: boolean): MiddlewareHandler {
  return cors({
    credentials,
    origin: async (origin) => (origin && (await apiKeys.isOriginAllowedByAnyKey(origin)) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    // The client sends its name and version in every call (a browser forbids it User-Agent).
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', requestIdHeader, clientHeader],
    exposeHeaders: ['RateLimit', 'RateLimit-Policy', 'Retry-After', 'Idempotent-Replayed', requestIdHeader, 'Location'],
    maxAge: corsPreflightMaxAgeSeconds,
  });
}
