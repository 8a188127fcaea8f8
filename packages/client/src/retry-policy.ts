/**
 * How a call is retried. ky retries only idempotent methods by default; here POST is retried
 * too, which is safe because every POST carries an `Idempotency-Key` that stays the same across
 * the retries of one call, so the server answers a replay with the first response.
 */
import { isHTTPError } from 'ky';
import type { RetryOptions } from 'ky';
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

function refuseLongWaits(state: Parameters<NonNullable<RetryOptions['shouldRetry']>>[0]): boolean | undefined {
  if (!isHTTPError(state.error)) return undefined;
  const waitSeconds = parseRetryAfterSeconds(state.error.response.headers.get('retry-after'));
  if (waitSeconds !== undefined && waitSeconds > longestRetryAfterWaitSeconds) return false;
  return undefined;
}

export function retryPolicy(option: RetryOption | undefined): RetryOptions {
  const custom: RetryOptions = typeof option === 'number' ? { limit: option } : (option ?? {});
  const customShouldRetry = custom.shouldRetry;
  return {
    limit: defaultRetryLimit,
    methods: retriedMethods,
    ...custom,
    shouldRetry: async (state) => {
      const decision = customShouldRetry ? await customShouldRetry(state) : undefined;
      return decision ?? refuseLongWaits(state);
    },
  };
}
