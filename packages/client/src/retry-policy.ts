/**
 * How a call is retried. ky retries only idempotent methods by default; here POST is retried
 * too, which is safe because every POST carries an `Idempotency-Key` that stays the same across
 * the retries of one call, so the server answers a replay with the first response.
 */
import { isHTTPError, isTimeoutError } from 'ky';
import type { RetryOptions, ShouldRetryState } from 'ky';
import { NetworkError } from './errors.ts';
import { parseRetryAfterSeconds } from './retry-after.ts';

/** A retry limit, or ky's retry options (`limit`, `statusCodes`, `delay`, `shouldRetry`, …). */
export type RetryOption = number | RetryOptions;

export const defaultRetryLimit = 2;

/** Methods retried on 408/429/5xx and network errors: all of them, thanks to the idempotency key. */
export const retriedMethods = ['get', 'head', 'options', 'post', 'put', 'patch', 'delete'];

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

export function retryPolicy(option: RetryOption | undefined): RetryOptions {
  const custom: RetryOptions = typeof option === 'number' ? { limit: option } : (option ?? {});
  const customShouldRetry = custom.shouldRetry;
  return {
    limit: defaultRetryLimit,
    methods: retriedMethods,
    // ky waits as long as a timing header says (forever when it is malformed): never longer than this.
    maxRetryAfter: longestRetryAfterWaitSeconds * millisecondsPerSecond,
    ...custom,
    shouldRetry: async (state) => {
      const decision = customShouldRetry ? await customShouldRetry(state) : undefined;
      return decision ?? refuseUnsafeRetries(state);
    },
  };
}
