/**
 * Embedded admin authentication: App Bridge sends a session token (a JWT signed with the app's
 * secret) as `Authorization: Bearer` on every fetch. The library checks it; then the shop's offline
 * token is made usable while the merchant is here: refreshed when about to expire, or exchanged for
 * a new expiring one (token exchange) when there is none, it does not expire, Shopify refused it or
 * it lacks a scope (offline-tokens.ts).
 */
import type { MiddlewareHandler } from 'hono';
import { problem } from '../http-problem.ts';
import type { Logger } from '../logger.ts';
import type { OfflineTokens } from '../sessions/offline-tokens.ts';
import type { ShopifyApi } from '../shopify.ts';

export interface AdminEnv {
  Variables: { shop: string };
}

/** App Bridge retries a request once with a fresh session token when it sees this header on a 401. */
const retryWithFreshTokenHeader = { 'X-Shopify-Retry-Invalid-Session-Request': '1' };

function unauthorized(detail: string): Response {
  const response = problem(401, 'invalid_session_token', detail);
  for (const [name, value] of Object.entries(retryWithFreshTokenHeader)) response.headers.set(name, value);
  return response;
}

export function sessionTokenAuth(deps: { shopify: ShopifyApi; tokens: OfflineTokens; logger: Logger }): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('Authorization') ?? '');
    if (!match?.[1]) return unauthorized('Open the app from the Shopify admin: requests need its session token.');
    const sessionToken = match[1];
    let shop: string | null;
    try {
      const payload = await deps.shopify.session.decodeSessionToken(sessionToken);
      shop = deps.shopify.utils.sanitizeShop(new URL(payload.dest).hostname);
    } catch {
      return unauthorized('The session token is invalid or expired.');
    }
    if (!shop) return unauthorized('The session token names no shop.');

    try {
      await deps.tokens.ensureForMerchant(shop, sessionToken);
    } catch (error) {
      deps.logger.error('token_exchange_failed', { shop, error: (error as Error).name });
      return problem(502, 'token_exchange_failed', 'Shopify did not grant the app access to this shop; reload the app.');
    }
    c.set('shop', shop);
    await next();
  };
}
