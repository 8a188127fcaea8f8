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
