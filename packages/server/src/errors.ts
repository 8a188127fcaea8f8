/**
 * Errors the rules of the registry raise. They carry a stable code from the contract; the HTTP
 * status is the one the contract's `errorStatuses` gives that code (never written here), so the
 * server answers what the OpenAPI document promises. The HTTP layer turns them into
 * problem+json, so services never touch HTTP and tests can assert on `code`.
 */
import { errorStatuses, type ErrorCode, type ErrorStatus, type FieldError } from '@atelier/client/contract';

export class AtelierError extends Error {
  readonly code: ErrorCode;
  readonly status: ErrorStatus;
  readonly fieldErrors: FieldError[] | undefined;
  /** Extra response headers, e.g. `Retry-After` for `too_many_attempts`. */
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fieldErrors?: FieldError[]; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AtelierError';
    this.code = code;
    this.status = errorStatuses[code];
    this.fieldErrors = options.fieldErrors;
    this.headers = options.headers;
  }
}
