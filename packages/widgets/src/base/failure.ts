/**
 * Sorts what a client call threw into what a widget shows. It reads the stable `code` and
 * `fieldErrors` rather than using `instanceof`, because a page that loads the widgets twice has
 * two copies of the error classes and `instanceof` would miss the other copy's errors.
 */
import type { FieldError } from '@atelier/client/contract';

export type Failure =
  /** No answer at all: offline, server unreachable, refused by CORS. */
  | { kind: 'offline' }
  | { kind: 'timeout' }
  /** The server (or the client, before sending) named the inputs at fault. */
  | { kind: 'fields'; code: string; fieldErrors: FieldError[] }
  /** The server refused for a reason that is not about one input (`already_activated`, …). */
  | { kind: 'refused'; code: string; status: number }
  /** 5xx, a malformed answer, or a bug: worth retrying later. */
  | { kind: 'unexpected'; code: string };

const serverErrorStatusMin = 500;

function read(error: unknown, key: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[key] : undefined;
}

export function classifyFailure(error: unknown): Failure {
  const code = read(error, 'code');
  if (code === 'network_error') return { kind: 'offline' };
  if (code === 'timeout') return { kind: 'timeout' };
  if (typeof code !== 'string') return { kind: 'unexpected', code: 'unknown' };
  // A malformed answer also carries field errors, but about the response, not the person's input.
  if (code === 'invalid_response') return { kind: 'unexpected', code };
  const fieldErrors = read(error, 'fieldErrors');
  if (Array.isArray(fieldErrors) && fieldErrors.length > 0) {
    return { kind: 'fields', code, fieldErrors: fieldErrors as FieldError[] };
  }
  const status = read(error, 'status');
  if (typeof status === 'number' && status < serverErrorStatusMin) return { kind: 'refused', code, status };
  return { kind: 'unexpected', code };
}
