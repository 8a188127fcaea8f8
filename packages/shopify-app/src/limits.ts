/** Every budget and window of the app, each with its unit in its name. */

/**
 * How old an app proxy request's `timestamp` may be. Shopify signs each proxied request as it
 * forwards it, so a genuine request is seconds old; the library refuses a skew beyond 90 s too.
 */
export const appProxySignatureMaxAgeSeconds = 90;

/** Orders shown on the admin page, newest first. */
export const adminRecentOrdersShown = 50;

/** Largest webhook body read (Shopify's order payloads are well under this). */
export const webhookBodyMaxBytes = 1_048_576;

/** Largest body the app proxy forwards to the brand API. */
export const proxyBodyMaxBytes = 65_536;

/** Units of one order line we register one by one; a larger quantity is not a jewellery sale. */
export const serializedUnitsPerLineMax = 20;

