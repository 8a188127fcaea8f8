/** The `@shopify/shopify-api` instance, configured from the app's config, on the Web API adapter. */
import '@shopify/shopify-api/adapters/web-api';
import { ApiVersion, LogSeverity, shopifyApi, type Shopify } from '@shopify/shopify-api';
import { setAbstractFetchFunc } from '@shopify/shopify-api/runtime';
import type { AppConfig } from './config.ts';
import { shopifyRequestTimeoutMs } from './limits.ts';

/** Webhook payloads and Admin GraphQL queries are written against this version. */
export const shopifyApiVersion = ApiVersion.October26;

// The adapter captures `fetch` when it is imported; looking it up on each call instead lets a
// test's interceptor (msw) stand in for Shopify whatever the import order. The library sets no
// timeout: a stalled token request would hold a shop's refresh lease until it runs out.
setAbstractFetchFunc((input, init) => globalThis.fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(shopifyRequestTimeoutMs) }));

export type ShopifyApi = Shopify;

export function createShopifyApi(config: Pick<AppConfig, 'apiKey' | 'apiSecret' | 'appUrl' | 'scopes'>): ShopifyApi {
  return shopifyApi({
    apiKey: config.apiKey,
    apiSecretKey: config.apiSecret,
    scopes: config.scopes,
    hostName: config.appUrl.host,
    hostScheme: config.appUrl.protocol === 'http:' ? 'http' : 'https',
    apiVersion: shopifyApiVersion,
    isEmbeddedApp: true,
    // The library logs request details at info level; the app logs its own events.
    logger: { level: LogSeverity.Warning },
  }) as unknown as ShopifyApi;
}
