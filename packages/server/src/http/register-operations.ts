/**
 * Registers each feature's operations from the contract's table, so path, method, auth and
 * validation can never drift from what the client and the OpenAPI document say. Per request:
 * authentication (401) → authorization against the operation's `access` (403) → content type → JSON → validation of path, query and body (422 `validation_failed`, field
 * by field, an unknown query parameter included) →
 * one unit of work for every write, with idempotency for POST → handler → response checked against the contract (checked-json.ts; for a
 * `checkedRoute`, by the handler where it built the answer), or the handler's error checked against the codes the operation
 * declares → the call's audit row, if it is audited (audit/).
 *
 * Invalid input answers 422 rather than 400: the request was well-formed JSON of the right media
 * type, its content is what is wrong. Unparseable JSON, or a body that is not UTF-8, is 400
 * `malformed_json`.
 */
import { toFieldErrors, type ErrorCode } from '@atelier/client/contract';
import { errorCodesOf } from '@atelier/client/openapi';
import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import type { ApiKeyCache } from '../api-keys.ts';
import type { Db } from '../db/database.ts';
import type { Clock } from '../clock.ts';
import { AtelierError } from '../errors.ts';
import { checkResponse, ResponseContractViolation } from './checked-json.ts';
import type { Logger } from '../logger.ts';
import { authenticate } from './auth.ts';
import { clientNetworkOf } from './client-ip.ts';
import { authorize, idempotencyScopeOf, noConsoleSessions, type SessionAuthenticator } from './principal.ts';
import type { AppEnv } from './context.ts';
import { runUnitOfWork } from '../db/unit-of-work.ts';
import { auditTargetOf, isAudited } from '../audit/audited-operations.ts';
import { auditOutcomeOk, recordAudit } from '../audit/record-audit.ts';
import { committable, idempotencyKeyHeader, requestFingerprint, validateIdempotencyKey, withIdempotency } from './idempotency.ts';
import type { AnonymousCaller, Caller, HttpExchange, OperationRoute } from './operation-route.ts';
import { problemFromError } from './problem.ts';
import { readUtf8Body } from './utf8-body.ts';

export interface RegistrationDeps {
  db: Db;
  apiKeys: ApiKeyCache;
  clock: Clock;
  logger: Logger;
  /** Salted hash of an address (the lookup audit's), for `caller.clientNetwork`. */
  hashAddress: (address: string) => Promise<string>;
  /** Finds the console session of a request without a key; none until sessions exist. */
  authenticateSession?: SessionAuthenticator;
  /**
   * What an error code its operation does not declare does (see `answer`). `log` (the default,
   * production): the caller still gets it, and `undeclared_error_code` is logged. `fail` (tests):
   * it is logged and answered 500 instead, so the test that reached it fails.
   */
  undeclaredErrorCodes?: 'log' | 'fail';
}

/** A handler answered a code its operation does not declare: the OpenAPI document does not promise it to clients. */
export class UndeclaredErrorCode extends Error {
  readonly operationId: string;
  readonly code: ErrorCode;

  constructor(operationId: string, code: ErrorCode) {
    super(`${operationId} answered ${code}, which it does not declare: add it to the operation's errors in the contract, or answer a declared code`);
    this.name = 'UndeclaredErrorCode';
    this.operationId = operationId;
    this.code = code;
  }
}

/** `/v1/items/{serial}` → `/v1/items/:serial`. */
export function toHonoPath(path: string): string {
  return path.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');
}

function requireJsonBody(c: Context): void {
  const contentType = c.req.header('Content-Type') ?? '';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    throw new AtelierError(
      'unsupported_media_type',
      contentType ? `Send the body as application/json, not ${mediaType}.` : 'Send the body as application/json, with a Content-Type header saying so.',
      { headers: { 'Accept-Post': 'application/json' } },
    );
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AtelierError('malformed_json', `The body is not valid JSON: ${(error as Error).message}`);
  }
}

function validate<T>(schema: z.ZodMiniType<T>, input: unknown, what: string): T {
  const result = z.safeParse(schema, input);
  if (result.success) return result.data;
  const errors = toFieldErrors(result.error.issues, input);
  const named = errors.map((e) => e.path || `(${what})`).join(', ');
  throw new AtelierError('validation_failed', `Invalid ${what}: ${named}.`, { fieldErrors: errors });
}

/**
 * The query string as its schema reads it: a parameter given once is a string, one repeated
 * (`status=a&status=b`) an array, so a schema may accept both.
 */
function queryOf(c: Context): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(c.req.queries()).map(([name, values]) => [name, values.length === 1 ? values[0]! : values]));
}

/**
 * The success answer: JSON, or a download named after the path of a non-JSON media type (a CSV
 * export's text, a PDF's bytes).
 */
function successResponse(c: Context<AppEnv>, operation: OperationRoute['operation'], checked: unknown): Response {
  if (operation.responseMediaType === undefined) return c.json(checked as object, operation.successStatus);
  const filename = operation.path.slice(operation.path.lastIndexOf('/') + 1);
  const disposition = `attachment; filename="${filename}"`;
  if (checked instanceof Uint8Array) {
    return c.body(checked as Uint8Array<ArrayBuffer>, operation.successStatus, { 'Content-Type': operation.responseMediaType, 'Content-Disposition': disposition });
  }
  return c.body(checked as string, operation.successStatus, { 'Content-Type': `${operation.responseMediaType}; charset=utf-8`, 'Content-Disposition': disposition });
}

/**
 * Runs the handler and turns its domain errors into problem+json, so idempotency can store them.
 * An audited call (audit/audited-operations.ts) appends its row here, on the same unit of work as
 * the handler's writes: `ok` once the answer is checked, or the error code it was refused with.
 */
async function answer(
  route: OperationRoute,
  declaredErrorCodes: ReadonlySet<ErrorCode>,
  deps: RegistrationDeps,
  c: Context<AppEnv>,
  input: { params: unknown; query: unknown; body: unknown; caller: Caller | AnonymousCaller; http: HttpExchange },
): Promise<Response> {
  const { operation } = route;
  const { caller } = input;
  const audit = caller.kind !== 'anonymous' && isAudited(operation, caller)
    ? (outcome: string, result?: unknown) =>
        recordAudit(deps.db, caller, { operation: operation.id, target: auditTargetOf(operation, { ...input, caller, result }), outcome }, deps.clock.now())
    : undefined;
  try {
    let response: Response;
    if (route.answers === 'checked-json') {
      const json = await route.handler(input as Parameters<typeof route.handler>[0]);
      // The type already says so; a string is all a checked answer can be at run time.
      if (typeof json !== 'string') throw new Error(`${operation.id} answered without checkedJson`);
      await audit?.(auditOutcomeOk);
      response = c.body(json, operation.successStatus, { 'Content-Type': 'application/json' });
    } else {
      // registerOperations binds anonymous routes to `anyone` operations only, so the caller fits the handler.
      const result = await (route.handler as (i: typeof input) => Promise<unknown>)(input);
      const checked = checkResponse(operation, result);
      await audit?.(auditOutcomeOk, result);
      response = successResponse(c, operation, checked);
    }
    for (const [name, value] of input.http.responseHeaders) response.headers.append(name, value);
    return response;
  } catch (error) {
    if (error instanceof AtelierError) {
      if (!declaredErrorCodes.has(error.code)) {
        deps.logger.error('undeclared_error_code', { requestId: c.get('requestId'), operation: operation.id, code: error.code });
        if (deps.undeclaredErrorCodes === 'fail') throw new UndeclaredErrorCode(operation.id, error.code);
      }
      await audit?.(error.code);
      return problemFromError(error);
    }
    if (error instanceof ResponseContractViolation) {
      deps.logger.error('response_contract_violation', { requestId: c.get('requestId'), operation: error.operationId, paths: error.paths });
    }
    throw error;
  }
}

export function registerOperations(app: Hono<AppEnv>, routes: OperationRoute[], deps: RegistrationDeps): void {
  for (const route of routes) {
    const { operation } = route;
    const { access } = operation;
    if (!access.keys?.length && !access.brandStaff?.length && !access.retailerStaff?.length && !access.owner && !access.anyone) {
      throw new Error(`${operation.id}: an operation open to no one is served by the platform, not registered from features`);
    }
    if (Boolean(access.anyone) !== (route.answers === 'anonymous')) {
      throw new Error(`${operation.id}: an operation open to anyone is bound with anonymousRoute(), and only such an operation`);
    }
    // What the OpenAPI document lists for it: the platform's codes by what the operation takes (auth,
    // validation, idempotency, rate limit), then its own `errors`.
    const declaredErrorCodes: ReadonlySet<ErrorCode> = new Set(errorCodesOf(operation));
    app.on(operation.method, toHonoPath(operation.path), async (c) => {
      const clientNetwork = () => deps.hashAddress(clientNetworkOf(c.get('clientIp')));
      let caller: Caller | AnonymousCaller;
      if (access.anyone) {
        // Signing in: no credential is looked at, so none can be refused.
        caller = { kind: 'anonymous', ip: c.get('clientIp'), clientNetwork: await clientNetwork() };
      } else {
        const principal = await authenticate(c, deps.apiKeys, deps.authenticateSession ?? noConsoleSessions);
        authorize(principal, access);
        caller = { ...principal, clientNetwork: await clientNetwork() };
      }
      const params = operation.params ? validate(operation.params, c.req.param(), 'path parameters') : undefined;
      const query = operation.query ? validate(operation.query, queryOf(c), 'query parameters') : undefined;
      const idempotencyKey = operation.method === 'POST' ? validateIdempotencyKey(c.req.header(idempotencyKeyHeader)) : undefined;
      let rawBody = '';
      let body: unknown;
      if (operation.request) {
        requireJsonBody(c);
        rawBody = await readUtf8Body(c);
        body = validate(operation.request, parseJson(rawBody), 'request body');
      }
      const http: HttpExchange = { request: c.req.raw, responseHeaders: new Headers() };
      const run = () => answer(route, declaredErrorCodes, deps, c, { params, query, body, caller, http });
      if (operation.method === 'GET') return run();
      // A write's changes and the e-mails it queues commit together, or not at all (db/unit-of-work.ts).
      if (idempotencyKey === undefined) return runUnitOfWork(deps.db, run, committable);
      return withIdempotency(
        { db: deps.db, clock: deps.clock, scope: idempotencyScopeOf(caller), key: idempotencyKey, fingerprint: requestFingerprint(operation.method, c.req.path, rawBody) },
        run,
      );
    });
  }
}
