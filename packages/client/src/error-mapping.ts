/**
 * Translates what ky and fetch throw into the client's one error hierarchy, so callers never
 * see a ky type and can switch on `code`.
 */
import { isHTTPError, isTimeoutError } from 'ky';
import * as z from 'zod/mini';
import { requestIdHeader } from './contract/headers.ts';
import { Problem } from './contract/problem.ts';
import { ApiError, AtelierClientError, NetworkError, TimeoutError } from './errors.ts';
import type { FetchFunction } from './transport.ts';
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
export async function problemFromResponse(response: Response): Promise<Problem> {
  // A body that is not JSON, or cannot be read at all, is simply not a problem document.
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = z.safeParse(Problem, body);
  if (parsed.success) return parsed.data;
  const { status, statusText } = response;
  return {
    type: 'about:blank',
    title: statusText || `HTTP ${String(status)}`,
    status,
    code: `http_${String(status)}`,
  };
}

/**
 * `fetch` rejects with a TypeError exactly when no answer could be had (offline, DNS, refused
 * connection, CORS refusal) and with the signal's reason when aborted. The TypeError becomes a
 * NetworkError right where it happens, the only place it cannot be mistaken for a bug elsewhere.
 */
export function reportingNetworkFailures(fetchFunction: FetchFunction | undefined): FetchFunction {
  return async (input, init) => {
    try {
      return await (fetchFunction ?? globalThis.fetch)(input, init);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      const target = input instanceof Request ? `${input.method} ${input.url}` : String(input);
      throw new NetworkError(`Could not reach ${target}: the network or the server is unavailable.`, { cause: error });
    }
  };
}

/** The server's id for the request an answer is to, when the answer came from the API. */
export function requestIdOf(response: Response): string | undefined {
  return response.headers.get(requestIdHeader) ?? undefined;
}

export async function toClientError(error: unknown, call: FailedCall): Promise<unknown> {
  // The caller cancelled: hand back their AbortError untouched so `error.name === 'AbortError'` checks keep working.
  if (call.signal?.aborted) return error;
  if (error instanceof AtelierClientError) return error;
  if (isHTTPError(error)) {
    return new ApiError(await problemFromResponse(error.response), {
      retryAfterSeconds: parseRetryAfterSeconds(error.response.headers.get('retry-after')),
      requestId: requestIdOf(error.response),
      cause: error,
    });
  }
  if (isTimeoutError(error)) {
    return new TimeoutError(`No answer from ${call.method} ${call.url} within ${String(call.timeoutMs)} ms.`, { cause: error });
  }
  return error;
}
