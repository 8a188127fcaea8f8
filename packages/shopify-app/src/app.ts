/**
 * createApp(): the Shopify app's HTTP surface.
 *   /              embedded admin page (App Bridge)      /api/*      its JSON API (session token)
 *   /auth, /auth/callback  OAuth fallback                /webhooks   every webhook topic (HMAC)
 *   /proxy/*       the storefront's app proxy (`/apps/atelier/*` on the shop's domain; signature)
 */
import type { FetchFunction } from '@atelier/client';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { adminApiRoutes } from './admin/api.ts';
import { retailerDeskRoutes } from './admin/retailer-desk-api.ts';
import { oauthRoutes } from './admin/oauth.ts';
import { adminScriptRoute } from './admin/admin-script.ts';
import { adminPage, adminScriptPath } from './admin/page.ts';
import { sessionTokenAuth, type AdminEnv } from './admin/session-token.ts';
import type { AppConfig } from './config.ts';
import { ConnectionStore } from './connections/connection-store.ts';
import type { Db } from './db/database.ts';
import { problem } from './http-problem.ts';
import type { Logger } from './logger.ts';
import { Compliance } from './privacy/compliance.ts';
import { proxyRoutes } from './proxy/routes.ts';
import { SaleRegistrar } from './sales/sale-registrar.ts';
import { SecretBox } from './secret-box.ts';
import { OfflineTokens } from './sessions/offline-tokens.ts';
import { DatabaseSessionStorage } from './sessions/session-storage.ts';
import { createShopifyApi, type ShopifyApi } from './shopify.ts';
import { webhookRoutes } from './webhooks/routes.ts';

export interface AppDeps {
  config: Pick<AppConfig, 'apiKey' | 'apiSecret' | 'appUrl' | 'scopes' | 'encryptionKey' | 'defaultAtelierApiUrl'>;
  db: Db;
  logger: Logger;
  now?: () => Date;
  /** How the app reaches brand APIs; tests pass a server's in-process fetch. Default: global fetch. */
  atelierFetch?: FetchFunction;
}

export interface ShopifyApp {
  app: Hono;
  shopify: ShopifyApi;
  sessions: DatabaseSessionStorage;
  tokens: OfflineTokens;
  connections: ConnectionStore;
  sales: SaleRegistrar;
}

const shopifyAdminOrigin = 'https://admin.shopify.com';
const shopifyCdnOrigin = 'https://cdn.shopify.com';

export function createApp(deps: AppDeps): ShopifyApp {
  const now = deps.now ?? (() => new Date());
  const { db, logger } = deps;
  const box = new SecretBox(deps.config.encryptionKey);
  const shopify = createShopifyApi(deps.config);
  const sessions = new DatabaseSessionStorage({ db, box, now });
  const tokens = new OfflineTokens({ shopify, sessions, logger, now });
  const connections = new ConnectionStore({ db, box, atelierFetch: deps.atelierFetch });
  const sales = new SaleRegistrar({ db, connections, now });
  const compliance = new Compliance({ db, sessions, connections, now });

  const app = new Hono();
  app.use(async (c, next) => {
    const startedAt = performance.now();
    await next();
    // Path only: query strings carry shops' customers' ids and proxy signatures.
    logger.info('request', { method: c.req.method, path: c.req.path, status: c.res.status, durationMs: Math.round(performance.now() - startedAt) });
  });
  // Registered before secureHeaders so that it runs after it: the admin page's policy replaces the default.
  app.use('/', async (c, next) => {
    await next();
    const shop = shopify.utils.sanitizeShop(c.req.query('shop') ?? '');
    if (!shop || c.res.status !== 200) return;
    // Only this shop's admin may frame the page (Shopify's embedded-app requirement). Scripts: ours
    // and Shopify's CDN (App Bridge, Polaris), never inline. Styles and fonts: Polaris's, from the same
    // CDN; 'unsafe-inline' for styles because how Polaris applies its styles could not be checked
    // offline, and a policy that broke the admin's own components would leave the page unstyled.
    c.res.headers.set(
      'Content-Security-Policy',
      `default-src 'none'; script-src 'self' ${shopifyCdnOrigin}; style-src 'self' 'unsafe-inline' ${shopifyCdnOrigin}; font-src ${shopifyCdnOrigin}; connect-src 'self' https://*.shopify.com; img-src 'self' data: ${shopifyCdnOrigin}; frame-ancestors https://${shop} ${shopifyAdminOrigin}`,
    );
  });
  app.use(secureHeaders({ xFrameOptions: false, contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } }));

  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  app.get('/', (c) => {
    const shop = shopify.utils.sanitizeShop(c.req.query('shop') ?? '');
    if (!shop) return c.text('Open Atelier from your Shopify admin (Apps › Atelier).', 400);
    return c.html(adminPage({ apiKey: deps.config.apiKey }));
  });
  app.get(adminScriptPath, adminScriptRoute({ logger }));

  const admin = new Hono<AdminEnv>();
  admin.use(sessionTokenAuth({ shopify, tokens, logger }));
  admin.route('/', adminApiRoutes({ db, connections, sales, tokens, logger, now, defaultAtelierApiUrl: deps.config.defaultAtelierApiUrl }));
  admin.route('/', retailerDeskRoutes({ connections, logger }));
  app.route('/api', admin);
  app.route('/auth', oauthRoutes({ shopify, sessions, logger }));
  app.route('/webhooks', webhookRoutes({ db, shopify, tokens, sales, compliance, logger, now }));
  app.route('/proxy', proxyRoutes({ shopify, connections, tokens, logger, now }));

  app.notFound(() => problem(404, 'not_found', 'No such endpoint.'));
  app.onError((error, c) => {
    logger.error('unhandled_error', { method: c.req.method, path: c.req.path, error: error.name, stack: error.stack ?? null });
    return problem(500, 'internal_error', 'An unexpected error occurred.');
  });
  return { app, shopify, sessions, tokens, connections, sales };
}
