// A stand-in for Shopify's app proxy: what Shopify does with a storefront request to
// `https://<shop>/apps/atelier/<rest>` before the app sees it. It forwards the request to the
// app's proxy URL + `<rest>`, keeps the shopper's query, adds `shop`, `logged_in_customer_id`,
// `path_prefix` and `timestamp`, signs them all with the app's client secret (`signature`), drops
// the shopper's cookies, and passes the app's answer back without its cookies.
// https://shopify.dev/docs/apps/build/online-store/display-dynamic-data#calculate-a-digital-signature
import { createHmac } from 'node:crypto';

export interface AppProxyTarget {
  /** The app's proxy URL (shopify.app.toml's `app_proxy.url`), e.g. http://127.0.0.1:8788/proxy. */
  proxyUrl: string;
  /** The app's client secret. */
  apiSecret: string;
  shop: string;
  /** Where the storefront reaches the proxy, e.g. `/apps/atelier`. */
  pathPrefix: string;
}

/** Headers that describe one hop or the shopper's session with the shop, not the request itself. */
const requestHeadersNotForwarded = new Set(['cookie', 'host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'accept-encoding', 'upgrade']);
/** What of the app's answer reaches the storefront; Shopify strips cookies, fetch has decoded the body. */
const responseHeadersForwarded = ['content-type', 'cache-control', 'retry-after', 'location'];

/**
 * Shopify's app proxy signature: each parameter as `name=value` (several values joined by commas),
 * sorted, concatenated without separators, HMAC-SHA256 with the client secret, hex.
 */
export function appProxySignature(query: URLSearchParams, apiSecret: string): string {
  const names = [...new Set(query.keys())].filter((name) => name !== 'signature');
  const message = names
    .map((name) => `${name}=${query.getAll(name).join(',')}`)
    .sort()
    .join('');
  return createHmac('sha256', apiSecret).update(message, 'utf8').digest('hex');
}

/** The URL Shopify requests from the app for a storefront request under the proxy's prefix. */
export function proxiedUrl(storefrontUrl: URL, target: AppProxyTarget, options: { loggedInCustomerId?: string; now?: Date } = {}): URL {
  const rest = storefrontUrl.pathname.slice(target.pathPrefix.length);
  const url = new URL(`${target.proxyUrl.replace(/\/+$/, '')}${rest}`);
  const query = new URLSearchParams(storefrontUrl.search);
  for (const added of ['shop', 'logged_in_customer_id', 'path_prefix', 'timestamp', 'signature']) query.delete(added);
  query.set('shop', target.shop);
  // Shopify sends the parameter empty when nobody is logged in to the shop.
  query.set('logged_in_customer_id', options.loggedInCustomerId ?? '');
  query.set('path_prefix', target.pathPrefix);
  query.set('timestamp', String(Math.floor((options.now ?? new Date()).getTime() / 1000)));
  query.set('signature', appProxySignature(query, target.apiSecret));
  url.search = query.toString();
  return url;
}

/** Forwards one storefront request to the app as Shopify's app proxy would, and returns the app's answer. */
export async function forwardToApp(request: Request, target: AppProxyTarget): Promise<Response> {
  const headers = new Headers();
  for (const [name, value] of request.headers) if (!requestHeadersNotForwarded.has(name)) headers.set(name, value);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const answer = await fetch(proxiedUrl(new URL(request.url), target), {
    method: request.method,
    headers,
    body: hasBody ? await request.arrayBuffer() : null,
    redirect: 'manual',
  });
  const forwarded = new Headers();
  for (const name of responseHeadersForwarded) {
    const value = answer.headers.get(name);
    if (value !== null) forwarded.set(name, value);
  }
  return new Response(answer.body, { status: answer.status, headers: forwarded });
}
