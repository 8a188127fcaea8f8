/**
 * Embedded admin authentication: App Bridge sends a session token (a JWT signed with the app's
 * secret) as `Authorization: Bearer` on every fetch. The library checks it; the first time a shop
 * is seen, or when its offline token is gone or lacks a scope, the token is exchanged for an
 * offline access token (token exchange) and stored.
 */
import { RequestedTokenType } from '@shopify/shopify-api';
import type { MiddlewareHandler } from 'hono';
import { problem } from '../http-problem.ts';
import type { Logger } from '../logger.ts';
import type { DatabaseSessionStorage } from '../sessions/session-storage.ts';
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

export function sessionTokenAuth(deps: { shopify: ShopifyApi; sessions: DatabaseSessionStorage; logger: Logger }): MiddlewareHandler<AdminEnv> {
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

    const offline = await deps.sessions.loadSession(deps.shopify.session.getOfflineId(shop));
    if (!offline?.isActive(deps.shopify.config.scopes)) {
      try {
        const { session } = await deps.shopify.auth.tokenExchange({ shop, sessionToken, requestedTokenType: RequestedTokenType.OfflineAccessToken });
        await deps.sessions.storeSession(session);
        deps.logger.info('offline_token_exchanged', { shop });
      } catch (error) {
        deps.logger.error('token_exchange_failed', { shop, error: (error as Error).name });
        return problem(502, 'token_exchange_failed', 'Shopify did not grant the app access to this shop; reload the app.');
      }
    }
    c.set('shop', shop);
    await next();
  };
}
