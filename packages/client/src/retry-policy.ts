/**
 * How a call is retried: only what is safe to send twice. Idempotent methods (GET, HEAD, PUT,
 * DELETE, OPTIONS) always may be; a POST or PATCH only when it carries an `Idempotency-Key`, which
 * stays the same across the retries of one call so the server answers a replay with the first
 * response instead of acting twice. (This client sets one on every POST; the rule holds whatever
 * a caller's retry options say.)
 */
import { isHTTPError, isTimeoutError } from 'ky';
import type { RetryOptions, ShouldRetryState } from 'ky';
import { NetworkError } from './errors.ts';
import { parseRetryAfterSeconds } from './retry-after.ts';

/**
 * A retry limit, or ky's retry options (`limit`, `statusCodes`, `delay`, `shouldRetry`, …) except
 * `methods`: which methods are retried follows from what is safe to send twice.
 */
export type RetryOption = number | Omit<RetryOptions, 'methods'>;

type RetriedMethod = NonNullable<RetryOptions['methods']>[number];

export const defaultRetryLimit = 2;

/** Methods whose repetition has the effect of one request (RFC 9110 §9.2.2): always retried. */
export const idempotentMethods: RetriedMethod[] = ['get', 'head', 'put', 'delete', 'options'];

/** Retried only when the request carries an `Idempotency-Key`. */
export const methodsRetriedWithIdempotencyKey: RetriedMethod[] = ['post', 'patch'];

/**
 * When the server asks to wait longer than this, give up at once and let the caller show
 * `ApiError.retryAfterSeconds` rather than leave a person looking at a spinner.
 */
export const longestRetryAfterWaitSeconds = 20;

const millisecondsPerSecond = 1000;

/**
 * `false` where ky's own rules would retry but this client must not; `undefined` leaves the
 * decision to ky's rules (status codes, methods, timeouts).
 */
function refuseUnsafeRetries({ error }: ShouldRetryState): false | undefined {
  if (isHTTPError(error)) {
    const waitSeconds = parseRetryAfterSeconds(error.response.headers.get('retry-after'));
    return waitSeconds !== undefined && waitSeconds > longestRetryAfterWaitSeconds ? false : undefined;
  }
  // ky 1 retries any failure of an attempt; only a failed connection is worth another try, not a bug.
  return isTimeoutError(error) || error instanceof NetworkError ? undefined : false;
}

/**
 * ky's retry options for one request. ky checks the method before anything else (a caller's
 * `shouldRetry` included), so limiting `methods` to the safe ones is what keeps an unsafe request
 * from being sent twice, whatever the caller's own options.
 */
export function retryPolicy(option: RetryOption | undefined, carriesIdempotencyKey: boolean): RetryOptions {
  const custom: RetryOptions = typeof option === 'number' ? { limit: option } : (option ?? {});
  const customShouldRetry = custom.shouldRetry;
  return {
    limit: defaultRetryLimit,
    // ky waits as long as a timing header says (forever when it is malformed): never longer than this.
    maxRetryAfter: longestRetryAfterWaitSeconds * millisecondsPerSecond,
    ...custom,
    // Not the caller's `methods`: which methods are safe to repeat is not an option.
    methods: carriesIdempotencyKey ? [...idempotentMethods, ...methodsRetriedWithIdempotencyKey] : idempotentMethods,
    shouldRetry: async (state) => {
      const decision = customShouldRetry ? await customShouldRetry(state) : undefined;
      return decision ?? refuseUnsafeRetries(state);
    },
  };
}
