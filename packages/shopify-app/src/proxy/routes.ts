/**
 * `/proxy/*`, reached by the storefront as `/apps/atelier/*` on the shop's own domain. Each request
 * is signature-checked, then served as the shop's retailer connection: the widgets' public
 * operations are forwarded to the brand API through `@atelier/client` (validated against the
 * contract on the way), and answers are rebuilt from the contract's output, so no upstream header
 * (Set-Cookie, rate-limit internals) and never the secret key reaches the storefront.
 */
import { ApiError, AtelierClientError, buildDigitalLink, parseDigitalLink, ValidationError } from '@atelier/client';
import { operations, type Operation } from '@atelier/client/contract';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ConnectionStore } from '../connections/connection-store.ts';
import { problem } from '../http-problem.ts';
import { proxyBodyMaxBytes } from '../limits.ts';
import type { Logger } from '../logger.ts';
import { ReauthorizationNeededError, TokenRefreshUnavailableError, type OfflineTokens } from '../sessions/offline-tokens.ts';
import type { ShopifyApi } from '../shopify.ts';
import { appProxyParameters, verifyAppProxyRequest } from './signature.ts';

export interface ProxyDeps {
  shopify: ShopifyApi;
  connections: ConnectionStore;
  tokens: OfflineTokens;
  logger: Logger;
  now: () => Date;
}

interface ProxiedOperation {
  operation: Operation;
  pattern: RegExp;
  paramNames: string[];
}

/**
 * The operations a storefront may reach: those a publishable key may call (the widgets'
 * activation, provenance, repair booking and tracker, service centres). The others never are,
 * though the connection holds a server key.
 */
function proxiedOperations(): ProxiedOperation[] {
  return (operations as readonly Operation[])
    .filter((operation) => operation.access.keys?.includes('publishable'))
    .map((operation) => {
      const paramNames: string[] = [];
      const source = operation.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, (_m, name: string) => {
        paramNames.push(name);
        return '([^/]+)';
      });
      return { operation, pattern: new RegExp(`^${source}$`), paramNames };
    });
}

const customerQuery = `#graphql
  query AtelierCustomerPrefill($id: ID!) {
    customer(id: $id) { firstName lastName email locale defaultAddress { countryCodeV2 } }
  }`;

interface CustomerPrefillData {
  customer: { firstName: string | null; lastName: string | null; email: string | null; locale: string | null; defaultAddress: { countryCodeV2: string | null } | null } | null;
}

function errorResponse(error: unknown, logger: Logger, shop: string): Response {
  if (error instanceof ApiError) {
    const { status, code, title, detail, errors } = error.problem;
    return new Response(JSON.stringify({ type: 'about:blank', status, code, title, detail, ...(errors ? { errors } : {}) }), {
      status,
      headers: { 'Content-Type': 'application/problem+json', ...(error.retryAfterSeconds !== undefined ? { 'Retry-After': String(error.retryAfterSeconds) } : {}) },
    });
  }
  if (error instanceof ValidationError) return problem(422, 'validation_failed', error.message, error.fieldErrors);
  if (error instanceof AtelierClientError) {
    logger.error('proxy_upstream_failed', { shop, code: error.code });
    return problem(error.code === 'timeout' ? 504 : 502, 'upstream_unavailable', "The brand's service did not answer; try again in a moment.");
  }
  throw error;
}

interface ProxyEnv {
  Variables: { proxied: { shop: string; loggedInCustomerId: string | undefined } };
}

export function proxyRoutes(deps: ProxyDeps): Hono<ProxyEnv> {
  const app = new Hono<ProxyEnv>();
  const proxied = proxiedOperations();

  app.use('*', async (c, next) => {
    const verification = await verifyAppProxyRequest(deps.shopify, new URL(c.req.url).searchParams, deps.now());
    if (!verification.ok) return problem(401, verification.code, verification.detail);
    c.set('proxied', { shop: verification.shop, loggedInCustomerId: verification.loggedInCustomerId });
    await next();
    // Answers depend on the shop and the logged-in customer: never cache them in between.
    c.res.headers.set('Cache-Control', 'private, no-store');
  });

  /** The logged-in customer's name, e-mail and country, to prefill the activation form; nobody else's. */
  app.get('/customer', async (c) => {
    const { shop, loggedInCustomerId } = c.get('proxied');
    if (!loggedInCustomerId || !/^\d+$/.test(loggedInCustomerId)) return c.json({ customer: null });
    let session;
    try {
      session = await deps.tokens.freshSession(shop);
    } catch (error) {
      // Refused (logged once where it was marked) or Shopify unavailable: the form starts empty.
      if (error instanceof ReauthorizationNeededError || error instanceof TokenRefreshUnavailableError) return c.json({ customer: null });
      throw error;
    }
    if (!session?.accessToken) return problem(503, 'shop_not_authorized', 'The app is not installed on this shop any more.');
    const client = new deps.shopify.clients.Graphql({ session });
    let customer: CustomerPrefillData['customer'] | undefined;
    try {
      const response = await client.request<CustomerPrefillData>(customerQuery, { variables: { id: `gid://shopify/Customer/${loggedInCustomerId}` } });
      customer = response.data?.customer;
    } catch (error) {
      // A prefill is a convenience: the form works without it, so Shopify refusing (protected
      // customer data not granted, a revoked token, throttling) leaves the form empty, not broken.
      deps.logger.error('customer_prefill_failed', { shop, error: (error as Error).name });
      return c.json({ customer: null });
    }
    if (!customer) return c.json({ customer: null });
    const name = [customer.firstName, customer.lastName].filter(Boolean).join(' ');
    return c.json({ customer: { name: name || null, email: customer.email, country: customer.defaultAddress?.countryCodeV2 ?? null, locale: customer.locale } });
  });

  app.all('/v1/*', bodyLimit({ maxSize: proxyBodyMaxBytes, onError: () => problem(413, 'payload_too_large', `A body may be at most ${proxyBodyMaxBytes} bytes.`) }), async (c) => {
    const { shop } = c.get('proxied');
    const apiPath = c.req.path.replace(/^.*?\/v1\//, '/v1/');
    const matched = proxied
      .map((entry) => ({ entry, match: entry.operation.method === c.req.method ? entry.pattern.exec(apiPath) : null }))
      .find((m) => m.match);
    if (!matched?.match) return problem(404, 'not_found', 'The storefront may call the brand\'s public operations only.');
    const opened = await deps.connections.open(shop);
    if (!opened) return problem(503, 'shop_not_connected', 'This shop is not connected to the brand yet.');

    const { operation, paramNames } = matched.entry;
    const params = Object.fromEntries(paramNames.map((name, i) => [name, decodeURIComponent(matched.match![i + 1] ?? '')]));
    const query = Object.fromEntries([...new URL(c.req.url).searchParams].filter(([name]) => !(appProxyParameters as readonly string[]).includes(name)));
    let body: unknown;
    if (operation.request) {
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        return problem(400, 'malformed_json', 'The body must be JSON.');
      }
    }
    const idempotencyKey = c.req.header('Idempotency-Key');
    const hasQuery = 'query' in operation && operation.query !== undefined;
    try {
      const input = { ...(paramNames.length > 0 ? { params } : {}), ...(hasQuery ? { query } : {}), ...(operation.request ? { body } : {}) };
      const result = await opened.client.call(operation, input as never, idempotencyKey ? { idempotencyKey } : {});
      return c.json(result as object, operation.successStatus);
    } catch (error) {
      return errorResponse(error, deps.logger, shop);
    }
  });

  /**
   * A piece's GS1 Digital Link under the shop (`/apps/atelier/01/<GTIN>/21/<serial>`), which the
   * provenance widget puts in its QR code since its API base is the proxy: sent on to the brand's
   * own resolver, which knows each link type's page. A redirect rather than a forwarded call, so the
   * resolver's per-address budget applies to the shopper, not to the app shared by every shopper.
   */
  app.get('*', async (c, next) => {
    const requested = new URL(c.req.url);
    const linkPath = requested.pathname.replace(/^.*?\/proxy(?=\/)/, '');
    const query = new URLSearchParams([...requested.searchParams].filter(([name]) => !(appProxyParameters as readonly string[]).includes(name)));
    const parsed = parseDigitalLink(`https://shop.invalid${linkPath}?${query.toString()}`);
    if (!parsed.ok || parsed.link.baseUrl !== 'https://shop.invalid') return next();
    const connection = await deps.connections.find(c.get('proxied').shop);
    if (!connection) return problem(503, 'shop_not_connected', 'This shop is not connected to the brand yet.');
    const { gtin, serial, linkType: type } = parsed.link;
    return c.redirect(buildDigitalLink({ gtin, serial, baseUrl: connection.apiUrl, ...(type ? { linkType: type } : {}) }), 302);
  });

  app.all('*', () => problem(404, 'not_found', 'No such storefront endpoint.'));
  return app;
}
