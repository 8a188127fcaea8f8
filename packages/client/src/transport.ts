/**
 * The one generic way to call an operation of the contract: validate the input with the
 * operation's schemas, send it with ky (auth, idempotency key, timeout, retries), map failures
 * to the client's errors and validate the answer. Every client method is a one-line use of
 * `call`, so a new operation needs only a namespace entry, never new request code.
 */
import ky from 'ky';
import * as z from 'zod/mini';
import type { Operation, ParamsOf, QueryOf, RequestOf, ResponseOf } from './contract/operation.ts';
import { idempotencyKeyMaxLength } from './contract/primitives.ts';
import { problemMediaType } from './contract/problem.ts';
import { toFieldErrors } from './contract/validation.ts';
import { reportingNetworkFailures, toClientError } from './error-mapping.ts';
import { AtelierClientError, ResponseValidationError, ValidationError } from './errors.ts';
import { generateIdempotencyKey } from './idempotency-key.ts';
import { retryPolicy } from './retry-policy.ts';
import type { RetryOption } from './retry-policy.ts';

/** Per attempt: each retry gets its own budget. */
export const defaultTimeoutMs = 10_000;

const publishableKeyPrefix = 'pk_';
const secretKeyPrefix = 'sk_';

/** Exactly one key: a publishable key for pages, or a secret key for servers. */
export type ApiKeyOptions =
  | { /** `pk_…`: safe in a page, public operations only. */ publishableKey: string; secretKey?: undefined }
  | { /** `sk_…`: server to server only, never in a browser. */ secretKey: string; publishableKey?: undefined };

export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export type TransportOptions = ApiKeyOptions & {
  /** Where the API lives, e.g. `https://api.example.com` (the `/v1/…` paths are appended). */
  baseUrl: string | URL;
  /** A fetch implementation; defaults to the global `fetch`. */
  fetch?: FetchFunction;
  /** Milliseconds to wait for each attempt's answer. Default 10 000. */
  timeout?: number;
  /** Retry limit, or ky's retry options. Default: 2 retries on 408/413/429/500/502/503/504 and network errors. */
  retry?: RetryOption;
};

export interface CallOptions {
  /** Reuse a key to make a POST safe to repeat (e.g. after a reload); generated when absent. */
  idempotencyKey?: string;
  /** Aborting rejects the call with the signal's AbortError, untouched. */
  signal?: AbortSignal;
}

type ParamsInput<Op> = ParamsOf<Op> extends undefined ? { params?: undefined } : { params: ParamsOf<Op> };
type BodyInput<Op> = RequestOf<Op> extends undefined ? { body?: undefined } : { body: RequestOf<Op> };
// Optional when every parameter is (filters), required when the schema requires one (a date range).
type QueryInput<Op> = QueryOf<Op> extends undefined
  ? { query?: undefined }
  : Record<string, never> extends QueryOf<Op>
    ? { query?: QueryOf<Op> }
    : { query: QueryOf<Op> };
/** What a call of `Op` takes: its path parameters, query parameters and JSON body, each only when it has one. */
export type CallInput<Op> = ParamsInput<Op> & QueryInput<Op> & BodyInput<Op>;

export type CallFunction = <Op extends Operation>(
  operation: Op,
  input: CallInput<Op>,
  options?: CallOptions,
) => Promise<ResponseOf<Op>>;

export interface Transport {
  call: CallFunction;
  /** Which kind of key this transport sends. */
  readonly keyKind: 'publishable' | 'secret';
}

function bearerKey(options: ApiKeyOptions): { kind: 'publishable' | 'secret'; key: string } {
  const { publishableKey, secretKey } = options as { publishableKey?: unknown; secretKey?: unknown };
  if (publishableKey !== undefined && secretKey !== undefined) {
    throw new TypeError('createClient: pass either publishableKey or secretKey, not both.');
  }
  if (typeof secretKey === 'string' && secretKey !== '') {
    if (secretKey.startsWith(publishableKeyPrefix)) {
      throw new TypeError('createClient: secretKey holds a publishable key (pk_…); pass it as publishableKey.');
    }
    return { kind: 'secret', key: secretKey };
  }
  if (typeof publishableKey === 'string' && publishableKey !== '') {
    // A secret key given as the publishable one would end up in a web page: refuse it loudly.
    if (publishableKey.startsWith(secretKeyPrefix)) {
      throw new TypeError('createClient: publishableKey holds a secret key (sk_…); a secret key must never be used in a page.');
    }
    return { kind: 'publishable', key: publishableKey };
  }
  throw new TypeError('createClient: publishableKey (pk_…) or secretKey (sk_…) is required.');
}

function checkTimeout(timeout: unknown): number {
  if (timeout === undefined) return defaultTimeoutMs;
  if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout <= 0) {
    throw new TypeError('createClient: timeout must be a positive whole number of milliseconds.');
  }
  return timeout;
}

function checkBaseUrl(baseUrl: unknown): string {
  const text = baseUrl instanceof URL ? baseUrl.href : baseUrl;
  if (typeof text !== 'string' || text.trim() === '') {
    throw new TypeError('createClient: baseUrl is required, e.g. "https://api.example.com".');
  }
  return text.trim().replace(/\/+$/, '');
}

function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> {
  const result = z.safeParse(schema, value);
  if (!result.success) throw new ValidationError(toFieldErrors(result.error.issues, value));
  return result.data;
}

/** Printable ASCII only: anything else cannot travel in an HTTP header. */
const idempotencyKeyPattern = /^[\x21-\x7e]+$/;

function checkIdempotencyKey(key: string | undefined): string {
  if (key === undefined) return generateIdempotencyKey();
  if (typeof key !== 'string' || key.length === 0 || key.length > idempotencyKeyMaxLength || !idempotencyKeyPattern.test(key)) {
    throw new ValidationError([
      {
        path: 'idempotencyKey',
        code: 'invalid_format',
        message: `Must be 1 to ${String(idempotencyKeyMaxLength)} visible ASCII characters.`,
      },
    ]);
  }
  return key;
}

/** `/v1/items/{serial}` with `{ serial: 'A/B' }` → `/v1/items/A%2FB`. */
export function expandPath(template: string, params: Readonly<Record<string, unknown>> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(String(params?.[name])));
}

function parseResponseBody<Op extends Operation>(operation: Op, text: string): ResponseOf<Op> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new ResponseValidationError([{ path: '', code: 'invalid_json', message: 'The response body is not JSON.' }], {
      cause,
    });
  }
  const result = z.safeParse(operation.response, json);
  if (!result.success) throw new ResponseValidationError(toFieldErrors(result.error.issues, json));
  return result.data as ResponseOf<Op>;
}

export function createTransport(options: TransportOptions): Transport {
  const baseUrl = checkBaseUrl(options.baseUrl);
  const { kind: keyKind, key } = bearerKey(options);
  const timeoutMs = checkTimeout(options.timeout);
  const api = ky.create({
    timeout: timeoutMs,
    retry: retryPolicy(options.retry),
    headers: { authorization: `Bearer ${key}`, accept: `application/json, ${problemMediaType}` },
    fetch: reportingNetworkFailures(options.fetch),
  });

  const call: CallFunction = async (operation, input, callOptions = {}) => {
    if (operation.auth === 'secret' && keyKind !== 'secret') {
      throw new AtelierClientError(
        'secret_key_required',
        `${operation.id} needs a secret key (sk_…), which only a server may hold; this client has a publishable key.`,
      );
    }
    const { params, query, body } = input as { params?: unknown; query?: Record<string, string | number | boolean | undefined>; body?: unknown };
    const parsedParams = operation.params ? parseInput(operation.params, params) : undefined;
    // Checked here for its field errors, but sent as given: the query's input form is its wire form
    // (`near=48.85,2.35`, not the point it parses to). ky drops undefined values and sends an array
    // as a comma list.
    if (operation.query) parseInput(operation.query, query ?? {});
    const parsedBody = operation.request ? parseInput(operation.request, body) : undefined;
    const headers: Record<string, string> = {};
    // Set once per call, before ky's first attempt: every retry resends this same request, key included.
    if (operation.method === 'POST') headers['idempotency-key'] = checkIdempotencyKey(callOptions.idempotencyKey);
    const path = expandPath(operation.path, parsedParams as Record<string, unknown> | undefined);

    const url = `${baseUrl}${path}`;
    let text: string;
    try {
      text = await api(url, {
        method: operation.method,
        headers,
        ...(operation.request ? { json: parsedBody } : {}),
        searchParams: query,
        ...(callOptions.signal ? { signal: callOptions.signal } : {}),
      }).text();
    } catch (error) {
      throw await toClientError(error, { method: operation.method, url, timeoutMs, signal: callOptions.signal });
    }
    return parseResponseBody(operation, text);
  };

  return { call, keyKind };
}
