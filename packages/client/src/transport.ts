/**
 * The one generic way to call an operation of the contract: validate the input with the
 * operation's schemas, send it with ky (auth, idempotency key, timeout, retries), map failures
 * to the client's errors and validate the answer. Every client method is a one-line use of
 * `call`, so a new operation needs only a namespace entry, never new request code.
 */
import ky from 'ky';
import * as z from 'zod/mini';
import type { ApiKeyKind, Operation, ParamsOf, QueryOf, RequestOf } from './contract/operation.ts';
import { clientHeader } from './contract/headers.ts';
import { idempotencyKeyMaxLength } from './contract/primitives.ts';
import { problemMediaType } from './contract/problem.ts';
import { receivedIssues } from './contract/received.ts';
import type { ReceivedResponseOf } from './contract/received.ts';
import { toFieldErrors } from './contract/validation.ts';
import { reportingNetworkFailures, requestIdOf, toClientError } from './error-mapping.ts';
import { ResponseValidationError, ValidationError } from './errors.ts';
import { generateIdempotencyKey } from './idempotency-key.ts';
import { retryPolicy } from './retry-policy.ts';
import type { RetryOption } from './retry-policy.ts';
import { sdkVersion } from './sdk-version.ts';

/** Per attempt: each retry gets its own budget. */
export const defaultTimeoutMs = 10_000;

/** The SDK's product name in `Atelier-Client` and `User-Agent`: `atelier-client-js/<version>`. */
export const sdkName = 'atelier-client-js';

const publishableKeyPrefix = 'pk_';
const secretKeyPrefix = 'sk_';
const retailerKeyPrefix = 'rk_';

/** Exactly one key: a publishable key for pages, or a secret key for servers. */
export type ApiKeyOptions =
  | { /** `pk_…`: safe in a page, public operations only. */ publishableKey: string; secretKey?: undefined }
  | {
      /** `sk_…` (the brand's) or `rk_…` (one retailer's): server to server only, never in a browser. */
      secretKey: string;
      publishableKey?: undefined;
    };

export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** Where and how requests go, whoever authenticates them. */
export interface ConnectionOptions {
  /** Where the API lives, e.g. `https://api.example.com` (the `/v1/…` paths are appended). */
  baseUrl: string | URL;
  /** A fetch implementation; defaults to the global `fetch`. */
  fetch?: FetchFunction;
  /** Milliseconds to wait for each attempt's answer. Default 10 000. */
  timeout?: number;
  /**
   * Retry limit, or ky's retry options. Default: 2 retries on 408/413/429/500/502/503/504 and
   * network errors, for idempotent methods and POSTs carrying an `Idempotency-Key` only.
   */
  retry?: RetryOption;
}

export type TransportOptions = ApiKeyOptions & ConnectionOptions;

export interface CallOptions {
  /** Reuse a key to make a POST safe to repeat (e.g. after a reload); generated when absent. */
  idempotencyKey?: string;
  /** Aborting rejects the call with the signal's AbortError, untouched. */
  signal?: AbortSignal;
  /** Milliseconds to wait for each attempt of this call's answer, instead of the client's `timeout`. */
  timeout?: number;
  /** This call's retry limit or ky retry options, instead of the client's `retry`; `0` sends it once. */
  retry?: RetryOption;
}

/** A call's data and the raw `Response` it came in (its body already read into `data`). */
export interface DataAndResponse<T> {
  data: T;
  response: Response;
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

/** Calls an operation: resolves to its response as received (see `Received`). */
export type CallFunction = <Op extends Operation>(operation: Op, input: CallInput<Op>, options?: CallOptions) => Promise<ReceivedResponseOf<Op>>;

/** Calls an operation: resolves to its response as received and the raw `Response` it came in. */
export type SendFunction = <Op extends Operation>(
  operation: Op,
  input: CallInput<Op>,
  options?: CallOptions,
) => Promise<DataAndResponse<ReceivedResponseOf<Op>>>;

/** Calls operations: `call` for the answer, `send` for the answer and its `Response`. */
export interface Sender {
  call: CallFunction;
  send: SendFunction;
}

export interface Transport extends Sender {
  /** Which kind of key this transport sends. */
  readonly keyKind: ApiKeyKind;
}

function bearerKey(options: ApiKeyOptions): { kind: ApiKeyKind; key: string } {
  const { publishableKey, secretKey } = options as { publishableKey?: unknown; secretKey?: unknown };
  if (publishableKey !== undefined && secretKey !== undefined) {
    throw new TypeError('createClient: publishableKey or secretKey, not both.');
  }
  if (typeof secretKey === 'string' && secretKey !== '') {
    if (secretKey.startsWith(publishableKeyPrefix)) {
      throw new TypeError('createClient: secretKey is a publishable key (pk_…).');
    }
    // A retailer's key (rk_…) is a server key too, scoped by the API to that retailer.
    return { kind: secretKey.startsWith(retailerKeyPrefix) ? 'retailer' : 'secret', key: secretKey };
  }
  if (typeof publishableKey === 'string' && publishableKey !== '') {
    // A secret key given as the publishable one would end up in a web page: refuse it loudly.
    if (publishableKey.startsWith(secretKeyPrefix)) {
      throw new TypeError('createClient: publishableKey is a secret key (sk_…), which must never be in a page.');
    }
    return { kind: 'publishable', key: publishableKey };
  }
  throw new TypeError('createClient: publishableKey (pk_…) or secretKey (sk_…) is required.');
}

function checkTimeout(timeout: unknown): number {
  if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout <= 0) {
    throw new TypeError('timeout must be a positive whole number of milliseconds.');
  }
  return timeout;
}

function checkBaseUrl(baseUrl: unknown): string {
  const text = baseUrl instanceof URL ? baseUrl.href : baseUrl;
  if (typeof text !== 'string' || text.trim() === '') {
    throw new TypeError('createClient: baseUrl is required.');
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

function parseResponseBody<Op extends Operation>(operation: Op, text: string, response: Response): ReceivedResponseOf<Op> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new ResponseValidationError([{ path: '', code: 'invalid_json', message: 'The response body is not JSON.' }], requestIdOf(response), { cause });
  }
  // Checked as received, not as the server must answer: a newer server's enum value or field passes.
  const issues = receivedIssues(operation.response, json);
  if (issues.length > 0) throw new ResponseValidationError(toFieldErrors(issues, json), requestIdOf(response));
  return json as ReceivedResponseOf<Op>;
}

/**
 * Who is calling, for the server's logs and metrics: `Atelier-Client` everywhere, and a
 * `User-Agent` in Node too (a browser keeps its own and refuses a page's).
 */
function clientIdentityHeaders(): Record<string, string> {
  const product = `${sdkName}/${sdkVersion}`;
  const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
  return { [clientHeader]: product, ...(node && { 'user-agent': `${product} node/${node}` }) };
}

export function createTransport(options: TransportOptions): Transport {
  const { kind: keyKind, key } = bearerKey(options);
  return createSender(options, `Bearer ${key}`, keyKind);
}

/**
 * Sends operations with `authorization` on every request: a key's `Bearer …`, or none (undefined)
 * where the browser's session cookie authenticates (session-transport.ts). Not exported from the
 * package: `createTransport` and `createSessionTransport` are its two uses.
 */
export function createSender<KeyKind>(options: ConnectionOptions, authorization: string | undefined, keyKind: KeyKind): Sender & { readonly keyKind: KeyKind } {
  const baseUrl = checkBaseUrl(options.baseUrl);
  const timeoutMs = checkTimeout(options.timeout ?? defaultTimeoutMs);
  const api = ky.create({
    headers: { authorization, accept: `application/json, ${problemMediaType}`, ...clientIdentityHeaders() },
    fetch: reportingNetworkFailures(options.fetch),
  });

  const send: SendFunction = async (operation, input, callOptions = {}) => {
    const { params, query, body } = input as { params?: unknown; query?: Record<string, string | number | boolean | undefined>; body?: unknown };
    const parsedParams = operation.params ? parseInput(operation.params, params) : undefined;
    // Checked here for its field errors, but sent as given: the query's input form is its wire form
    // (`near=48.85,2.35`, not the point it parses to). ky drops undefined values and sends an array
    // as a comma list.
    if (operation.query) parseInput(operation.query, query ?? {});
    const parsedBody = operation.request ? parseInput(operation.request, body) : undefined;
    const callTimeoutMs = callOptions.timeout === undefined ? timeoutMs : checkTimeout(callOptions.timeout);
    const headers: Record<string, string> = {};
    // Set once per call, before ky's first attempt: every retry resends this same request, key included.
    if (operation.method === 'POST') headers['idempotency-key'] = checkIdempotencyKey(callOptions.idempotencyKey);
    const path = expandPath(operation.path, parsedParams as Record<string, unknown> | undefined);

    const url = `${baseUrl}${path}`;
    let response: Response;
    let text: string;
    try {
      // ky leaves out a `json` or `signal` that is undefined (an operation without a body, a call without a signal).
      response = await api(url, {
        method: operation.method,
        headers,
        json: parsedBody,
        searchParams: query,
        timeout: callTimeoutMs,
        retry: retryPolicy(callOptions.retry ?? options.retry, 'idempotency-key' in headers),
        signal: callOptions.signal,
      });
      text = await response.text();
    } catch (error) {
      throw await toClientError(error, { method: operation.method, url, timeoutMs: callTimeoutMs, signal: callOptions.signal });
    }
    return { data: parseResponseBody(operation, text, response), response };
  };

  const call: CallFunction = (operation, input, callOptions) => send(operation, input, callOptions).then((answer) => answer.data);

  return { call, send, keyKind };
}
