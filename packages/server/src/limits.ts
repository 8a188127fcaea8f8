/**
 * Every budget of the HTTP layer in one place, each with its unit in its name.
 * Domain limits (card-code attempts per serial) live with their feature.
 */

/** Largest request body accepted; the biggest legitimate request (an activation) is well under 4 KB. */
export const requestBodyLimitBytes = 64 * 1024;

/** A fixed-window request budget, named as it appears in the `RateLimit-Policy` header. */
export interface RateLimitPolicy {
  name: string;
  requestsPerWindow: number;
  windowSeconds: number;
}

export interface RateLimitPolicies {
  /** Per publishable key: a brand site's visitors share it, so it is generous. */
  publishable: RateLimitPolicy;
  /** Per secret key: a retailer's or brand's back office. */
  secret: RateLimitPolicy;
  /** Per client IP when no valid key is presented (health checks, key guessing, the OpenAPI document). */
  anonymous: RateLimitPolicy;
}

export const defaultRateLimitPolicies: RateLimitPolicies = {
  publishable: { name: 'publishable', requestsPerWindow: 600, windowSeconds: 60 },
  secret: { name: 'secret', requestsPerWindow: 1200, windowSeconds: 60 },
  anonymous: { name: 'anonymous', requestsPerWindow: 120, windowSeconds: 60 },
};

/**
 * How long an instance counts requests in memory before adding them to the shared counters
 * (db/shared-counters.ts): the most another instance's view of a budget can lag behind.
 */
export const rateLimitSyncIntervalMs = 100;

/** How long a looked-up API key is trusted without reading it again: a revocation takes effect within this. */
export const apiKeyCacheTtlMs = 5_000;
/** API keys remembered per instance at most. */
export const apiKeyCacheMaxEntries = 10_000;

/** How long a lookup's audit row may wait in memory before it is written (lookup-audit.ts). */
export const lookupAuditFlushIntervalMs = 50;
/** Audit rows per INSERT; a full batch is written without waiting. */
export const lookupAuditRowsPerInsert = 250;
/** Audit rows kept in memory at most while the database refuses them. */
export const lookupAuditMaxBufferedRows = 50_000;

/** How long a stored idempotent response is replayed. */
export const idempotencyKeyTtlHours = 24;
/**
 * How long a request holding an idempotency key may stay in progress before another request
 * may take the key over (the first one crashed or its instance died mid-request).
 */
export const idempotencyInProgressLeaseSeconds = 60;

/** How long browsers may cache a CORS preflight answer. */
export const corsPreflightMaxAgeSeconds = 600;

/** On SIGTERM, how long in-flight requests get to finish before the server closes anyway. */
export const shutdownDrainTimeoutMs = 10_000;

/** How often expired rate-limit windows and idempotency entries are deleted. */
export const maintenanceIntervalMs = 10 * 60 * 1000;

/**
 * Budgets of public provenance lookups, on top of the key's request budget: a lookup names a
 * serial, so these are what stops the registry from being scraped serial by serial.
 */
export interface ProvenanceLookupPolicies {
  /** Per API key, for `GET /v1/provenance/{serial}`: every visitor of a brand site shares it. */
  perKey: RateLimitPolicy;
  /** Per client address, for `GET /v1/provenance/{serial}`: one visitor, whichever site they come through. */
  perAddress: RateLimitPolicy;
  /** Per client address, for the GS1 Digital Link resolver, which takes no key (it is printed as a QR code). */
  digitalLinkPerAddress: RateLimitPolicy;
}

export const defaultProvenanceLookupPolicies: ProvenanceLookupPolicies = {
  perKey: { name: 'provenance-key', requestsPerWindow: 300, windowSeconds: 60 },
  perAddress: { name: 'provenance-address', requestsPerWindow: 30, windowSeconds: 60 },
  digitalLinkPerAddress: { name: 'digital-link-address', requestsPerWindow: 30, windowSeconds: 60 },
};
