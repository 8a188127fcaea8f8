/**
 * RFC 9457 problem details: every error the API answers has this shape and media type,
 * with a stable `code` from the contract and, for invalid input, per-field `errors[]`.
 */
import { problemMediaType, problemTitle, problemType, type ErrorCode, type FieldError, type Problem } from '@atelier/client/contract';
import type { AtelierError } from '../errors.ts';

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
    title: problemTitle(init.code),
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
