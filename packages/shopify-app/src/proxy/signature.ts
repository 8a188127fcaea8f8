/**
 * Shopify's app proxy signature: Shopify adds `shop`, `logged_in_customer_id`, `path_prefix`,
 * `timestamp` and `signature` (HMAC-SHA256, hex, of the other parameters sorted and joined
 * without separators) to each request it forwards. Checked with the library; the timestamp is
 * checked first against our own window, so a replayed link stops working.
 */
import { InvalidHmacError } from '@shopify/shopify-api';
import { appProxySignatureMaxAgeSeconds } from '../limits.ts';
import type { ShopifyApi } from '../shopify.ts';

export type ProxyVerification =
  | { ok: true; shop: string; loggedInCustomerId: string | undefined }
  | { ok: false; code: 'missing_signature' | 'stale_signature' | 'invalid_signature' | 'invalid_shop'; detail: string };

/** Parameters Shopify adds to a proxied request; the rest belongs to the storefront's call. */
export const appProxyParameters = ['shop', 'logged_in_customer_id', 'path_prefix', 'timestamp', 'signature'] as const;

export async function verifyAppProxyRequest(shopify: ShopifyApi, query: URLSearchParams, now: Date): Promise<ProxyVerification> {
  if (!query.get('signature')) return { ok: false, code: 'missing_signature', detail: 'This endpoint is reached through the shop\'s app proxy only.' };
  const timestamp = Number(query.get('timestamp'));
  const ageSeconds = Math.floor(now.getTime() / 1000) - timestamp;
  if (!Number.isInteger(timestamp) || Math.abs(ageSeconds) > appProxySignatureMaxAgeSeconds) {
    return { ok: false, code: 'stale_signature', detail: `The request's timestamp is more than ${appProxySignatureMaxAgeSeconds} seconds away; reload the page.` };
  }
  let valid: boolean;
  try {
    valid = await shopify.utils.validateHmac(query, { signator: 'appProxy' });
  } catch (error) {
    if (!(error instanceof InvalidHmacError)) throw error;
    valid = false;
  }
  if (!valid) return { ok: false, code: 'invalid_signature', detail: 'The app proxy signature does not match.' };
  const shop = shopify.utils.sanitizeShop(query.get('shop') ?? '');
  if (!shop) return { ok: false, code: 'invalid_shop', detail: 'The shop parameter is not a shop domain.' };
  return { ok: true, shop, loggedInCustomerId: query.get('logged_in_customer_id') || undefined };
}
