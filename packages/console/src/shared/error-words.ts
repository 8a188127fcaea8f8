/**
 * What a failed call means for the person, in their language: a sentence for the page or form,
 * the field errors by field name, and whether their session is gone (the shell then shows the
 * sign-in page). Every page reports errors through this, so a code reads the same everywhere.
 */
import { ApiError, AtelierClientError, NetworkError, TimeoutError, ValidationError } from '@atelier/client';
import type { FieldError } from '@atelier/client/contract';
import type { ConsoleMessages } from '../locales/en.ts';

export interface ErrorWords {
  /** The sentence shown above the form or in place of the page's content. */
  message: string;
  /** By field name (the contract's path: `email`, `retailerId`): the words shown under that field. */
  fieldErrors: Record<string, string>;
  /** The server no longer knows the session (expired, ended, the person deactivated). */
  signedOut: boolean;
  /** The server never answered: what was typed must be sent again, with the same idempotency key. */
  unanswered: boolean;
  /** The API's error code, for a page that has better words for one in its context. */
  code: string | undefined;
}

const httpUnauthorized = 401;
const httpForbidden = 403;
const httpNotFound = 404;
const httpConflict = 409;
const httpTooManyRequests = 429;

/** A line of a list or a file (`serials.3`, `csv.7.serial`): its path holds the line's number. */
function isLineOfList(segments: readonly string[]): boolean {
  return segments.some((segment) => /^\d+$/.test(segment));
}

/**
 * The field's words for an error code. A form's field: its own words first (an e-mail that is not
 * one), then the operation's code, then the code's. A line of a list or file: the operation's
 * words for a refused line first, since a form field of the same name (`serial` in the sale form)
 * means another thing by the same code.
 */
export function fieldErrorWords(messages: ConsoleMessages, fieldError: FieldError): string {
  const segments = fieldError.path.split('.');
  const field = segments.at(-1) ?? fieldError.path;
  const byField = messages.fieldErrorsByField[field]?.[fieldError.code];
  const byOperation = (messages.operationFieldErrors as Record<string, string>)[fieldError.code];
  const specific = isLineOfList(segments) ? (byOperation ?? byField) : (byField ?? byOperation);
  return specific ?? (messages.fieldErrors as Record<string, string>)[fieldError.code] ?? messages.fieldErrors.invalid_value;
}

export function describeError(error: unknown, messages: ConsoleMessages): ErrorWords {
  const words = messages.errors;
  const base = { fieldErrors: {}, signedOut: false, unanswered: false, code: error instanceof AtelierClientError ? error.code : undefined };
  if (error instanceof ValidationError || (error instanceof ApiError && error.fieldErrors.length > 0)) {
    const fieldErrors: Record<string, string> = {};
    for (const fieldError of error.fieldErrors) fieldErrors[fieldError.path] ??= fieldErrorWords(messages, fieldError);
    return { ...base, message: words.invalidForm, fieldErrors };
  }
  if (error instanceof NetworkError) return { ...base, message: words.offline, unanswered: true };
  if (error instanceof TimeoutError) return { ...base, message: words.timeout, unanswered: true };
  if (error instanceof ApiError) {
    const byCode = words.byCode[error.code];
    if (byCode) return { ...base, message: byCode };
    switch (error.status) {
      case httpUnauthorized:
        return { ...base, message: words.signedOut, signedOut: true };
      case httpForbidden:
        return { ...base, message: words.forbidden };
      case httpNotFound:
        return { ...base, message: words.notFound };
      case httpConflict:
        return { ...base, message: words.conflict };
      case httpTooManyRequests:
        return { ...base, message: words.rateLimited(error.retryAfterSeconds) };
    }
    return { ...base, message: error.requestId ? words.withRequestId(words.unexpected, error.requestId) : words.unexpected };
  }
  if (error instanceof AtelierClientError) return { ...base, message: words.unexpected };
  throw error;
}
