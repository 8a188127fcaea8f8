/**
 * OAuth authorization code grant, the fallback for installs outside the embedded admin (e.g. an
 * install link) where no session token exists yet: `/auth?shop=…` → Shopify → `/auth/callback`.
 * The library checks the state cookie and the callback's HMAC. It asks for an expiring offline
 * token, as token exchange does (offline-tokens.ts).
 */
import { Hono } from 'hono';
import { problem } from '../http-problem.ts';
import type { Logger } from '../logger.ts';
import type { DatabaseSessionStorage } from '../sessions/session-storage.ts';
import type { ShopifyApi } from '../shopify.ts';

export const oauthCallbackPath = '/auth/callback';

export function oauthRoutes(deps: { shopify: ShopifyApi; sessions: DatabaseSessionStorage; logger: Logger }): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const shop = deps.shopify.utils.sanitizeShop(c.req.query('shop') ?? '');
    if (!shop) return problem(400, 'invalid_shop', 'Pass ?shop=your-shop.myshopify.com.');
    return (await deps.shopify.auth.begin({ shop, callbackPath: oauthCallbackPath, isOnline: false, rawRequest: c.req.raw })) as Response;
  });
  app.get('/callback', async (c) => {
    let session;
    try {
      ({ session } = await deps.shopify.auth.callback<Headers>({ rawRequest: c.req.raw, expiring: true }));
    } catch (error) {
      deps.logger.error('oauth_callback_refused', { error: (error as Error).name });
      return problem(400, 'oauth_failed', 'The authorization could not be completed; start the install again from the Shopify admin.');
    }
    await deps.sessions.storeSession(session);
    deps.logger.info('oauth_completed', { shop: session.shop });
    const host = c.req.query('host');
    const target = host ? await deps.shopify.auth.getEmbeddedAppUrl({ rawRequest: c.req.raw }) : `https://${session.shop}/admin/apps/${deps.shopify.config.apiKey}`;
    return c.redirect(target, 302);
  });
  return app;
}
