/**
 * Translates what ky and fetch throw into the client's one error hierarchy, so callers never
 * see a ky type and can switch on `code`.
 */
import { isHTTPError, isNetworkError, isTimeoutError } from 'ky';
import type { HTTPError } from 'ky';
import * as z from 'zod/mini';
import { Problem } from './contract/problem.ts';
import { ApiError, AtelierClientError, NetworkError, TimeoutError } from './errors.ts';
import { parseRetryAfterSeconds } from './retry-after.ts';

export interface FailedCall {
  method: string;
  url: string;
  timeoutMs: number;
  signal: AbortSignal | undefined;
}

/**
 * A problem document for any error response. A proxy or load balancer in front of the API
 * may answer with HTML or nothing at all; the caller still gets an ApiError with a stable
 * `http_<status>` code rather than a parse failure.
 */
export function problemFromHttpError(error: HTTPError): Problem {
  const parsed = z.safeParse(Problem, error.data);
  if (parsed.success) return parsed.data;
  const { status, statusText } = error.response;
  return {
    type: 'about:blank',
    title: statusText || `HTTP ${String(status)}`,
    status,
    code: `http_${String(status)}`,
  };
}

export function toClientError(error: unknown, call: FailedCall): unknown {
  // The caller cancelled: hand back their AbortError untouched so `error.name === 'AbortError'` checks keep working.
  if (call.signal?.aborted) return error;
  if (error instanceof AtelierClientError) return error;
  if (isHTTPError(error)) {
    return new ApiError(problemFromHttpError(error), {
      retryAfterSeconds: parseRetryAfterSeconds(error.response.headers.get('retry-after')),
      cause: error,
    });
  }
  if (isTimeoutError(error)) {
    return new TimeoutError(`No answer from ${call.method} ${call.url} within ${String(call.timeoutMs)} ms.`, { cause: error });
  }
  if (isNetworkError(error)) {
    return new NetworkError(`Could not reach ${call.method} ${call.url}: the network or the server is unavailable.`, {
      cause: error,
    });
  }
  return error;
}
