/**
 * A handler answers only the error codes its operation declares, plus the platform's (errorCodesOf
 * in @atelier/client/openapi): what the OpenAPI document promises clients is all they get. The test
 * harness runs every server test in `fail` mode, so an undeclared code fails the test reaching it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { operation, type ErrorCode } from '@atelier/client/contract';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { ApiKeyCache } from '../api-keys.ts';
import { fixedClock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { AtelierError } from '../errors.ts';
import { recordingLogger } from '../logger.ts';
import type { AppEnv } from './context.ts';
import { anonymousRoute } from './operation-route.ts';
import { registerOperations, UndeclaredErrorCode } from './register-operations.ts';

const findThing = operation({
  id: 'findThing',
  method: 'GET',
  path: '/v1/things',
  access: { anyone: true },
  response: z.object({}),
  errors: ['unknown_serial'],
});

/** An app serving `findThing` with a handler that refuses with `code`; what it threw past registerOperations is kept. */
function appRefusingWith(code: ErrorCode, undeclaredErrorCodes: 'log' | 'fail') {
  const logger = recordingLogger();
  const escaped: unknown[] = [];
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('requestId', 'req-1');
    c.set('clientIp', '203.0.113.7');
    await next();
  });
  app.onError((error) => {
    escaped.push(error);
    return new Response(null, { status: 500 });
  });
  const refuse = anonymousRoute(findThing, () => Promise.reject(new AtelierError(code, `Refused with ${code}.`)));
  // A GET open to anyone reaches neither the database nor the keys.
  registerOperations(app, [refuse], {
    db: {} as Db,
    apiKeys: {} as ApiKeyCache,
    clock: fixedClock('2026-11-25T10:00:00.000Z'),
    logger,
    hashAddress: (address) => Promise.resolve(address),
    undeclaredErrorCodes,
  });
  return { app, logger, escaped };
}

const undeclaredLogs = (logger: ReturnType<typeof recordingLogger>) => logger.entries.filter((entry) => entry.event === 'undeclared_error_code');

describe('declared error codes', () => {
  it('answers a code the operation declares, as problem+json', async () => {
    const { app, logger } = appRefusingWith('unknown_serial', 'fail');
    const response = await app.request('/v1/things');
    assert.equal(response.status, 404);
    assert.equal(((await response.json()) as { code: string }).code, 'unknown_serial');
    assert.deepEqual(undeclaredLogs(logger), []);
  });

  it('answers a platform code without the operation declaring it', async () => {
    const { app, logger } = appRefusingWith('rate_limited', 'fail');
    const response = await app.request('/v1/things');
    assert.equal(response.status, 429);
    assert.deepEqual(undeclaredLogs(logger), []);
  });

  it('fails (500) in tests on a code the operation does not declare, naming the operation and the code', async () => {
    const { app, logger, escaped } = appRefusingWith('last_admin', 'fail');
    const response = await app.request('/v1/things');
    assert.equal(response.status, 500);
    assert.equal(escaped.length, 1);
    assert.ok(escaped[0] instanceof UndeclaredErrorCode);
    assert.equal(escaped[0].operationId, 'findThing');
    assert.equal(escaped[0].code, 'last_admin');
    assert.deepEqual(undeclaredLogs(logger).map((entry) => entry.fields), [{ requestId: 'req-1', operation: 'findThing', code: 'last_admin' }]);
  });

  it('still answers an undeclared code in production, and logs it', async () => {
    const { app, logger } = appRefusingWith('last_admin', 'log');
    const response = await app.request('/v1/things');
    assert.equal(response.status, 409);
    assert.equal(((await response.json()) as { code: string }).code, 'last_admin');
    assert.deepEqual(undeclaredLogs(logger).map((entry) => entry.fields), [{ requestId: 'req-1', operation: 'findThing', code: 'last_admin' }]);
  });
});
