/**
 * RFC 9457 problem details: every error the API answers has this shape and media type,
 * with a stable `code` from the contract and, for invalid input, per-field `errors[]`.
 */
import { problemMediaType, problemType, type ErrorCode, type FieldError, type Problem } from '@atelier/client/contract';
import type { AtelierError } from '../errors.ts';

/** A short, human title per transport code; domain codes fall back to the HTTP reason phrase. */
const titles: Partial<Record<ErrorCode, string>> = {
  validation_failed: 'The request has invalid fields',
  malformed_json: 'The request body is not valid JSON',
  unsupported_media_type: 'The request body must be application/json',
  payload_too_large: 'The request body is too large',
  not_found: 'Nothing here',
  method_not_allowed: 'This method is not allowed here',
  rate_limited: 'Too many requests',
  internal_error: 'Something went wrong on our side',
  service_unavailable: 'The service is unavailable',
  missing_api_key: 'An API key is required',
  invalid_api_key: 'The API key is not valid',
  secret_key_in_browser: 'A secret key must never be used from a web page',
  origin_not_allowed: 'This key may not be used from this origin',
  forbidden: 'This key may not call this operation',
  idempotency_key_reused: 'This idempotency key was used for another request',
  idempotency_key_in_use: 'A request with this idempotency key is still in progress',
  invalid_idempotency_key: 'The idempotency key is not valid',
};

const reasonPhrases: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export interface ProblemInit {
  status: number;
  code: ErrorCode;
  detail?: string;
  errors?: FieldError[] | undefined;
  headers?: Record<string, string> | undefined;
}

export function problemDocument(init: ProblemInit): Problem {
  const document: Problem = {
    type: problemType(init.code),
    title: titles[init.code] ?? reasonPhrases[init.status] ?? 'Error',
    status: init.status,
    code: init.code,
  };
  if (init.detail) document.detail = init.detail;
  if (init.errors && init.errors.length > 0) document.errors = init.errors;
  return document;
}

export function problemResponse(init: ProblemInit): Response {
  const headers = new Headers(init.headers);
  headers.set('Content-Type', problemMediaType);
  return new Response(JSON.stringify(problemDocument(init)), { status: init.status, headers });
}

/** An error raised by a rule or by the HTTP layer, as problem+json. */
export function problemFromError(error: AtelierError): Response {
  return problemResponse({
    status: error.status,
    code: error.code,
    detail: error.message,
    errors: error.fieldErrors,
    headers: error.headers,
  });
}
