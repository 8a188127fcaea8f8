/**
 * `/webhooks`: every topic of shopify.app.toml arrives here. The HMAC is checked on the raw body
 * before anything else (any failure: 401); each delivery is processed once, keyed by
 * `X-Shopify-Webhook-Id` (delivery-log.ts); a failed handler un-records its delivery and answers 500
 * so Shopify retries.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod/mini';
import type { Db } from '../db/database.ts';
import { problem } from '../http-problem.ts';
import { webhookBodyMaxBytes } from '../limits.ts';
import type { Logger } from '../logger.ts';
import { CustomerPayload, type Compliance } from '../privacy/compliance.ts';
import { OrderPayload } from '../sales/order-payload.ts';
import type { SaleRegistrar } from '../sales/sale-registrar.ts';
import { ReauthorizationNeededError, TokenRefreshUnavailableError, type OfflineTokens } from '../sessions/offline-tokens.ts';
import type { ShopifyApi } from '../shopify.ts';
import { forgetDelivery, recordDelivery } from './delivery-log.ts';

export interface WebhookDeps {
  db: Db;
  shopify: ShopifyApi;
  tokens: OfflineTokens;
  sales: SaleRegistrar;
  compliance: Compliance;
  logger: Logger;
  now: () => Date;
}

type Handler = (shop: string, payload: unknown) => Promise<void>;

class PayloadError extends Error {
  override name = 'PayloadError';
}

function parse<S extends z.ZodMiniType>(schema: S, payload: unknown): z.output<S> {
  const result = z.safeParse(schema, payload);
  if (!result.success) throw new PayloadError(result.error.issues.map((i) => i.path.join('.')).join(', '));
  return result.data;
}

/** `app/scopes_update`: the scopes the merchant has granted now. */
const ScopesUpdatePayload = z.object({ current: z.array(z.string()) });

/**
 * Topics after which the shop has no token worth keeping fresh: the token of an uninstalled shop is
 * revoked, and refreshing it would only mark the shop as needing the merchant.
 */
const topicsWithoutTokenUpkeep = new Set(['APP_UNINSTALLED', 'SHOP_REDACT']);

/**
 * Keeps the shop's offline token usable while Shopify is talking to us anyway (refreshed when about
 * to expire, moved over when non-expiring): a shop whose merchant never opens the app keeps a live
 * token. Never fails the
 * delivery: the handlers need no Admin API call, and a 500 would make Shopify send it again.
 */
async function keepTokenFresh(tokens: OfflineTokens, shop: string): Promise<void> {
  try {
    await tokens.upkeep(shop);
  } catch (error) {
    // Both are logged where they happen (a refusal once per shop).
    if (!(error instanceof ReauthorizationNeededError || error instanceof TokenRefreshUnavailableError)) throw error;
  }
}

function handlers(deps: WebhookDeps): Record<string, Handler> {
  return {
    ORDERS_PAID: async (shop, payload) => {
      const outcomes = await deps.sales.recordPaidOrder(shop, parse(OrderPayload, payload));
      deps.logger.info('order_paid_recorded', {
        shop,
        registered: outcomes.filter((o) => o.status === 'registered').length,
        pending: outcomes.filter((o) => o.status === 'pending').length,
        failed: outcomes.filter((o) => o.status === 'failed').length,
      });
    },
    APP_SCOPES_UPDATE: async (shop, payload) => {
      await deps.tokens.updateScope(shop, parse(ScopesUpdatePayload, payload).current);
      deps.logger.info('shop_scopes_updated', { shop });
    },
    APP_UNINSTALLED: async (shop) => {
      await deps.compliance.uninstall(shop);
    },
    CUSTOMERS_DATA_REQUEST: async (shop, payload) => {
      const { exportId } = await deps.compliance.exportCustomer(shop, parse(CustomerPayload, payload));
      // The merchant finds it on the app's admin page ("Data requests"); the log says where.
      deps.logger.info('customer_data_exported', { shop, exportId, where: 'admin page, data requests' });
    },
    CUSTOMERS_REDACT: async (shop, payload) => {
      await deps.compliance.redactCustomer(shop, parse(CustomerPayload, payload));
    },
    SHOP_REDACT: async (shop) => {
      await deps.compliance.redactShop(shop);
    },
  };
}

export function webhookRoutes(deps: WebhookDeps): Hono {
  const app = new Hono();
  const byTopic = handlers(deps);
  app.post(
    '/',
    bodyLimit({ maxSize: webhookBodyMaxBytes, onError: () => problem(413, 'payload_too_large', `A webhook body may be at most ${webhookBodyMaxBytes} bytes.`) }),
    async (c) => {
      const rawBody = await c.req.text();
      const validation = await deps.shopify.webhooks.validate({ rawBody, rawRequest: c.req.raw });
      if (!validation.valid) {
        const hmacMissing = validation.reason === 'missing_headers' && 'missingHeaders' in validation && !validation.missingHeaders.some((h) => /hmac/i.test(h));
        if (hmacMissing) return problem(400, 'missing_headers', `Missing: ${validation.missingHeaders.join(', ')}.`);
        return problem(401, 'invalid_hmac', 'The webhook signature does not match its body.');
      }
      const shop = deps.shopify.utils.sanitizeShop(validation.domain);
      if (!shop) return problem(400, 'invalid_shop', 'X-Shopify-Shop-Domain is not a shop domain.');
      const handler = byTopic[validation.topic];
      if (!handler) return c.body(null, 204);

      const firstDelivery = await recordDelivery(deps.db, { webhookId: validation.webhookId, shop, topic: validation.topic }, deps.now());
      if (!firstDelivery) {
        deps.logger.info('webhook_duplicate', { shop, topic: validation.topic, webhookId: validation.webhookId });
        return c.body(null, 200);
      }
      try {
        let payload: unknown;
        try {
          payload = JSON.parse(rawBody);
        } catch {
          throw new PayloadError('body is not JSON');
        }
        if (!topicsWithoutTokenUpkeep.has(validation.topic)) await keepTokenFresh(deps.tokens, shop);
        await handler(shop, payload);
        return c.body(null, 200);
      } catch (error) {
        await forgetDelivery(deps.db, validation.webhookId);
        if (error instanceof PayloadError) {
          deps.logger.error('webhook_payload_invalid', { shop, topic: validation.topic, fields: error.message });
          return problem(422, 'invalid_payload', `The ${validation.topic} payload lacks or mistypes: ${error.message}.`);
        }
        deps.logger.error('webhook_failed', { shop, topic: validation.topic, error: (error as Error).name });
        return problem(500, 'internal_error', 'The webhook could not be processed; Shopify will retry it.');
      }
    },
  );
  return app;
}
