/**
 * Errors the rules of the registry raise. They carry a stable code from the contract and the
 * HTTP status to answer with; the HTTP layer turns them into problem+json, so services never
 * touch HTTP and tests can assert on `code`.
 */
import type { ErrorCode, FieldError } from '@atelier/client/contract';

export class AtelierError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fieldErrors: FieldError[] | undefined;
  /** Extra response headers, e.g. `Retry-After` for `too_many_attempts`. */
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    status: number,
    message: string,
    options: { fieldErrors?: FieldError[]; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AtelierError';
    this.code = code;
    this.status = status;
    this.fieldErrors = options.fieldErrors;
    this.headers = options.headers;
  }
}
