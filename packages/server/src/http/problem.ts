/**
 * RFC 9457 problem details: every error the API answers has this shape and media type,
 * with a stable `code` from the contract and, for invalid input, per-field `errors[]`.
 */
import { errorStatuses, problemMediaType, problemTitle, problemType, type ErrorCode, type FieldError, type Problem } from '@atelier/client/contract';
import type { AtelierError } from '../errors.ts';

/** What a problem says; its status is the one `errorStatuses` gives its code. */
export interface ProblemInit {
  code: ErrorCode;
  detail?: string;
  errors?: FieldError[] | undefined;
  headers?: Record<string, string> | undefined;
}

export function problemDocument(init: ProblemInit): Problem {
  const document: Problem = {
    type: problemType(init.code),
    title: problemTitle(init.code),
    status: errorStatuses[init.code],
    code: init.code,
  };
  if (init.detail) document.detail = init.detail;
  if (init.errors && init.errors.length > 0) document.errors = init.errors;
  return document;
}

export function problemResponse(init: ProblemInit): Response {
  const headers = new Headers(init.headers);
  headers.set('Content-Type', problemMediaType);
  return new Response(JSON.stringify(problemDocument(init)), { status: errorStatuses[init.code], headers });
}

/** An error raised by a rule or by the HTTP layer, as problem+json. */
export function problemFromError(error: AtelierError): Response {
  return problemResponse({
    code: error.code,
    detail: error.message,
    errors: error.fieldErrors,
    headers: error.headers,
  });
}
