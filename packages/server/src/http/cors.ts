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

export function corsByApiKeys(apiKeys: ApiKeyCache): MiddlewareHandler {
  return cors({
    origin: async (origin) => (origin && (await apiKeys.isOriginAllowedByAnyKey(origin)) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    // The client sends its name and version in every call (a browser forbids it User-Agent).
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', requestIdHeader, clientHeader],
    exposeHeaders: ['RateLimit', 'RateLimit-Policy', 'Retry-After', 'Idempotent-Replayed', requestIdHeader, 'Location'],
    maxAge: corsPreflightMaxAgeSeconds,
  });
}
