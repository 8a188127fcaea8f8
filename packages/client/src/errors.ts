/**
 * One hierarchy for everything that can go wrong in a call, so callers can write
 * `if (error instanceof AtelierClientError)` once and switch on `code` or the subclass.
 * Field errors have the same `{ path, code, message }` shape whether they were found
 * before sending (ValidationError) or by the server (ApiError).
 */
import type { FieldError, Problem } from './contract/problem.ts';

export class AtelierClientError extends Error {
  /** Stable, machine-readable reason: a contract error code or a transport one. */
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AtelierClientError';
    this.code = code;
  }
}

/** The server answered with an error (a problem+json document). */
export class ApiError extends AtelierClientError {
  readonly status: number;
  readonly problem: Problem;
  readonly fieldErrors: FieldError[];
  /** Seconds to wait before retrying, from `Retry-After`, when the server gave it. */
  readonly retryAfterSeconds: number | undefined;
  /**
   * The server's id for this request (its `X-Request-Id` header): quote it when reporting a
   * problem, it finds the request in the server's logs. Undefined when the answer came from
   * something else in front of the API (a proxy's error page).
   */
  readonly requestId: string | undefined;
  constructor(problem: Problem, options: { retryAfterSeconds?: number | undefined; requestId?: string | undefined; cause?: unknown } = {}) {
    super(problem.code, problem.detail ?? problem.title, { cause: options.cause });
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.fieldErrors = problem.errors ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.requestId = options.requestId;
  }
}

/** The input failed the contract; nothing was sent. */
export class ValidationError extends AtelierClientError {
  readonly fieldErrors: FieldError[];
  constructor(fieldErrors: FieldError[]) {
    super('validation_failed', `Invalid input: ${fieldErrors.map((e) => `${e.path || '(body)'} ${e.message}`).join('; ')}`);
    this.name = 'ValidationError';
    this.fieldErrors = fieldErrors;
  }
}

/** The request never got an answer: offline, DNS, connection refused, CORS refusal. */
export class NetworkError extends AtelierClientError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('network_error', message, options);
    this.name = 'NetworkError';
  }
}

/** No answer within the timeout (after any retries). */
export class TimeoutError extends AtelierClientError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('timeout', message, options);
    this.name = 'TimeoutError';
  }
}

/**
 * The server answered 2xx with a body that is not JSON or breaks the contract in a way no newer
 * server would (a missing field, a wrong type). A new enum value or a new field is not one: those
 * pass through (see `Received`).
 */
export class ResponseValidationError extends AtelierClientError {
  readonly fieldErrors: FieldError[];
  /** The server's id for this request (`X-Request-Id`), to quote when reporting it. */
  readonly requestId: string | undefined;
  constructor(fieldErrors: FieldError[], requestId: string | undefined, options?: { cause?: unknown }) {
    super('invalid_response', 'The server sent a response that does not match the contract.', options);
    this.name = 'ResponseValidationError';
    this.fieldErrors = fieldErrors;
    this.requestId = requestId;
  }
}
