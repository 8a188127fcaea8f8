/** Every budget and window of the app, each with its unit in its name. */

/**
 * How old an app proxy request's `timestamp` may be. Shopify signs each proxied request as it
 * forwards it, so a genuine request is seconds old; the library refuses a skew beyond 90 s too.
 */
export const appProxySignatureMaxAgeSeconds = 90;

/** Orders shown on the admin page, newest first. */
export const adminRecentOrdersShown = 50;

/**
 * Failed sales one "Retry all" registers again: each is a call to the brand's API in turn, so a
 * request stays within seconds; the admin page offers the next batch once it returns.
 */
export const failedSalesRetriedPerRequestMax = 25;

/** Failed sales listed on the admin page, oldest failure first. */
export const adminFailedSalesShown = 100;

/** Largest webhook body read (Shopify's order payloads are well under this). */
export const webhookBodyMaxBytes = 1_048_576;

/** Largest body the app proxy forwards to the brand API. */
export const proxyBodyMaxBytes = 65_536;

/** Units of one order line we register one by one; a larger quantity is not a jewellery sale. */
export const serializedUnitsPerLineMax = 20;

/**
 * How long a webhook delivery id is remembered, to recognise Shopify's redeliveries of it. Shopify
 * retries a failed delivery 8 times over 4 hours (since September 2024,
 * https://shopify.dev/changelog/updates-to-webhook-retry-mechanism; 19 times over 48 hours before).
 * A week outlasts either window several times over: a repeat is recognised long after Shopify could
 * still send one, and a change of Shopify's schedule of a day or two needs no change here.
 */
export const webhookDeliveryRetentionDays = 7;

/**
 * How long a customer data request's export stays on the admin page. The merchant must answer the
 * customer within one month, extendable by two more (GDPR article 12(3)); after that the export is
 * a stale copy of a customer's personal data that nobody needs.
 */
export const dataRequestExportRetentionDays = 90;

/** How often the app deletes what has outlived its retention (and once at start-up). */
export const maintenanceIntervalMs = 60 * 60 * 1000;

/**
 * Rows one prune statement deletes at most: each batch is a short statement of its own, so the
 * webhook route, which writes the same table, never waits long behind it.
 */
export const pruneBatchRowsMax = 500;

/**
 * An offline access token that expires within this is refreshed before it is used. Shopify's expiring
 * offline tokens live 60 minutes; a minute covers the clock skew and the Admin API call made with it.
 */
export const accessTokenRefreshMarginSeconds = 60;

/**
 * How long Shopify gets to answer any request of the app (token endpoint, Admin API) before the app
 * gives up on it; a stalled request would otherwise hold a refresh lease forever.
 */
export const shopifyRequestTimeoutMs = 20_000;

/**
 * How long one process holds the right to spend a shop's refresh token. Longer than a token request
 * may take (`shopifyRequestTimeoutMs`), so a lease runs out only when its holder died mid-refresh.
 */
export const tokenRefreshLeaseSeconds = 30;

/** How often a caller waiting for another process's refresh looks whether the new token is stored. */
export const tokenRefreshWaitPollMs = 100;

/** On SIGTERM, how long requests in flight get to finish before the server closes anyway. */
export const shutdownDrainTimeoutMs = 10_000;

/**
 * Longest text the recognition form takes: a serial, or the whole link a scanner types from a
 * warranty card's QR code (a GS1 Digital Link, well under this); anything longer is refused unread.
 */
export const scannedCardLinkMaxChars = 2_048;

/**
 * The price backfill's order query asks for this many lines a page: Shopify's cost of a query grows
 * with the page size (about 5 points a line here), so 50 keeps a page near 250 of a shop's bucket of
 * 1,000 (restored at 50 a second or more), where 250 lines a page would be refused as too costly.
 */
export const priceBackfillLinesPerPage = 50;

/** How often the price backfill waits and asks again for one order that Shopify throttled, before leaving it for the next run. */
export const priceBackfillThrottledRetriesMax = 5;

/** The longest the price backfill waits for Shopify's bucket to refill before asking again (its wait is Shopify's own estimate, up to this). */
export const priceBackfillThrottleWaitMaxMs = 20_000;
