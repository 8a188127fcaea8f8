/** What every endpoint shares: auth, CORS, rate limits, errors as problem+json, health, headers. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { problemMediaType } from '@atelier/client/contract';
import { apiKeyCacheTtlMs } from '../limits.ts';
import { createTestServer, describeEachDatabase, fixtureOrigin, type TestServer } from '../testing/harness.ts';

const otherOrigin = 'https://phishing.example';

async function problemOf(response: Response): Promise<{ status: number; code: string; detail?: string }> {
  assert.equal(response.headers.get('Content-Type'), problemMediaType);
  return (await response.json()) as { status: number; code: string; detail?: string };
}

describeEachDatabase('the HTTP platform', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 2 });
  });
  afterEach(() => server.close());

  describe('errors', () => {
    it('answers an unknown path with 404 problem+json', async () => {
      const response = await server.request('/v1/warranties/nowhere', { key: 'publishable' });
      assert.equal(response.status, 404);
      assert.equal((await problemOf(response)).code, 'not_found');
    });

    it('answers a known path with the wrong method with 405 and the allowed methods', async () => {
      const response = await server.request('/v1/warranties/activations', { method: 'GET', key: 'secret' });
      assert.equal(response.status, 405);
      assert.equal(response.headers.get('Allow'), 'POST');
      assert.equal((await problemOf(response)).code, 'method_not_allowed');
    });

    it('answers a body over the limit with 413 before reading it all', async () => {
      const response = await server.request('/v1/sales', {
        key: 'secret',
        body: JSON.stringify({ padding: 'x'.repeat(200_000) }),
      });
      assert.equal(response.status, 413);
      assert.equal((await problemOf(response)).code, 'payload_too_large');
    });

    it('answers an invalid path parameter with 422 naming it', async () => {
      const response = await server.request(`/v1/items/${encodeURIComponent('💥 not a serial')}`, { key: 'secret' });
      assert.equal(response.status, 422);
      const problem = (await problemOf(response)) as { code: string; errors?: Array<{ path: string }> };
      assert.equal(problem.code, 'validation_failed');
      assert.deepEqual(problem.errors?.map((error) => error.path), ['serial']);
    });

    it('answers a non-JSON body with 415', async () => {
      const response = await server.request('/v1/sales', { key: 'secret', body: '<sale/>', headers: { 'Content-Type': 'application/xml' } });
      assert.equal(response.status, 415);
      assert.equal((await problemOf(response)).code, 'unsupported_media_type');
    });

    it('answers a failure it did not foresee with 500 and no internals, logging it with the request id', async () => {
      await server.db.destroy();
      const response = await server.request('/v1/brand', { key: 'publishable', headers: { 'X-Request-Id': 'req-test-500' } });
      assert.equal(response.status, 500);
      const problem = await problemOf(response);
      assert.equal(problem.code, 'internal_error');
      assert.doesNotMatch(JSON.stringify(problem), /kysely|sqlite|pg|stack|at .*\.ts/i);
      assert.match(problem.detail ?? '', /req-test-500/);
      const logged = server.logger.entries.find((entry) => entry.event === 'unhandled_error');
      assert.equal(logged?.fields['requestId'], 'req-test-500');
    });
  });

  describe('API keys', () => {
    it('refuses a request without a key with 401 missing_api_key', async () => {
      const response = await server.request('/v1/brand');
      assert.equal(response.status, 401);
      assert.equal((await problemOf(response)).code, 'missing_api_key');
    });

    it('refuses an unknown key with 401 invalid_api_key', async () => {
      const response = await server.request('/v1/brand', { headers: { Authorization: 'Bearer pk_doesnotexist' } });
      assert.equal(response.status, 401);
      assert.equal((await problemOf(response)).code, 'invalid_api_key');
    });

    it('refuses a key sent another way than Bearer', async () => {
      const response = await server.request('/v1/brand', { headers: { Authorization: `Basic ${server.keys.publishable}` } });
      assert.equal(response.status, 401);
      assert.equal((await problemOf(response)).code, 'invalid_api_key');
    });

    it('refuses a revoked key', async () => {
      await server.db.updateTable('api_keys').set({ revoked_at: '2026-11-01T00:00:00.000Z' }).where('kind', '=', 'publishable').execute();
      const response = await server.request('/v1/brand', { key: 'publishable' });
      assert.equal(response.status, 401);
      assert.equal((await problemOf(response)).code, 'invalid_api_key');
    });

    it('stops honouring a revoked key once the key cache has expired', async () => {
      assert.equal((await server.request('/v1/brand', { key: 'publishable' })).status, 200);
      await server.db.updateTable('api_keys').set({ revoked_at: '2026-11-01T00:00:00.000Z' }).where('kind', '=', 'publishable').execute();
      server.clock.advance(apiKeyCacheTtlMs);
      const response = await server.request('/v1/brand', { key: 'publishable' });
      assert.equal(response.status, 401);
      assert.equal((await problemOf(response)).code, 'invalid_api_key');
    });

    it('refuses a secret key from a web page (Origin header)', async () => {
      const response = await server.request(`/v1/items/${server.items[0]!.serial}`, { key: 'secret', headers: { Origin: fixtureOrigin } });
      assert.equal(response.status, 403);
      assert.equal((await problemOf(response)).code, 'secret_key_in_browser');
    });

    it('refuses a secret key from a same-origin page (Sec-Fetch-Site without Origin)', async () => {
      const response = await server.request(`/v1/items/${server.items[0]!.serial}`, { key: 'secret', headers: { 'Sec-Fetch-Site': 'same-origin', 'Sec-Fetch-Mode': 'cors' } });
      assert.equal(response.status, 403);
      assert.equal((await problemOf(response)).code, 'secret_key_in_browser');
    });

    it("accepts a secret key from a server, even with Node fetch's Sec-Fetch-Mode header", async () => {
      const response = await server.request(`/v1/items/${server.items[0]!.serial}`, { key: 'secret', headers: { 'Sec-Fetch-Mode': 'cors' } });
      assert.equal(response.status, 200);
    });

    it('refuses a publishable key on a secret-key operation', async () => {
      const response = await server.request(`/v1/items/${server.items[0]!.serial}`, { key: 'publishable' });
      assert.equal(response.status, 403);
      assert.equal((await problemOf(response)).code, 'forbidden');
    });

    it('refuses a publishable key from an origin it is not bound to', async () => {
      const response = await server.request('/v1/brand', { key: 'publishable', headers: { Origin: otherOrigin } });
      assert.equal(response.status, 403);
      assert.equal((await problemOf(response)).code, 'origin_not_allowed');
    });
  });

  describe('CORS', () => {
    it("lets the key's own origin read the answer", async () => {
      const response = await server.request('/v1/brand', { key: 'publishable', headers: { Origin: fixtureOrigin } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), fixtureOrigin);
      assert.match(response.headers.get('Access-Control-Expose-Headers') ?? '', /RateLimit/);
    });

    it('gives another origin no CORS headers, so the browser refuses the answer', async () => {
      const response = await server.request('/v1/brand', { key: 'publishable', headers: { Origin: otherOrigin } });
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
    });

    it('answers the preflight of an allowed origin without a key', async () => {
      const response = await server.request('/v1/warranties/activations', {
        method: 'OPTIONS',
        headers: {
          Origin: fixtureOrigin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'atelier-client,authorization,content-type,idempotency-key',
        },
      });
      assert.equal(response.status, 204);
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), fixtureOrigin);
      assert.match(response.headers.get('Access-Control-Allow-Methods') ?? '', /POST/);
      // Each header the client sends from a page, or the browser refuses the call.
      const allowed = (response.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase().split(/\s*,\s*/);
      for (const header of ['atelier-client', 'authorization', 'content-type', 'idempotency-key']) assert.ok(allowed.includes(header), header);
    });

    it('does not allow a preflight from an origin no key allows', async () => {
      const response = await server.request('/v1/warranties/activations', {
        method: 'OPTIONS',
        headers: { Origin: otherOrigin, 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
    });
  });

  describe('rate limits', () => {
    it('tells the caller its budget on every answer', async () => {
      const first = await server.request('/v1/brand', { key: 'publishable' });
      const second = await server.request('/v1/brand', { key: 'publishable' });
      assert.match(first.headers.get('RateLimit-Policy') ?? '', /^"publishable";q=\d+;w=\d+$/);
      const remaining = (response: Response) => Number(/r=(\d+)/.exec(response.headers.get('RateLimit') ?? '')?.[1]);
      assert.equal(remaining(second), remaining(first) - 1);
    });

    it('answers 429 problem+json with Retry-After once the budget is spent, and serves again in the next window', async () => {
      await server.close();
      server = await createTestServer({
        database,
        itemCount: 1,
        serverOptions: {
          rateLimits: {
            publishable: { name: 'publishable', requestsPerWindow: 3, windowSeconds: 60 },
            secret: { name: 'secret', requestsPerWindow: 3, windowSeconds: 60 },
            retailer: { name: 'retailer', requestsPerWindow: 3, windowSeconds: 60 },
            staff: { name: 'staff', requestsPerWindow: 3, windowSeconds: 60 },
            owner: { name: 'owner', requestsPerWindow: 3, windowSeconds: 60 },
            anonymous: { name: 'anonymous', requestsPerWindow: 3, windowSeconds: 60 },
          },
        },
      });
      for (let attempt = 0; attempt < 3; attempt++) assert.equal((await server.request('/v1/brand', { key: 'publishable' })).status, 200);
      const refused = await server.request('/v1/brand', { key: 'publishable' });
      assert.equal(refused.status, 429);
      assert.equal((await problemOf(refused)).code, 'rate_limited');
      const retryAfterSeconds = Number(refused.headers.get('Retry-After'));
      assert.ok(retryAfterSeconds >= 1 && retryAfterSeconds <= 60);
      assert.match(refused.headers.get('RateLimit') ?? '', /r=0;/);
      // Another key has its own budget.
      assert.equal((await server.request(`/v1/items/${server.items[0]!.serial}`, { key: 'secret' })).status, 200);
      server.clock.advance(retryAfterSeconds * 1000);
      assert.equal((await server.request('/v1/brand', { key: 'publishable' })).status, 200);
    });

    it('counts console calls per signed-in person, so colleagues behind one address do not share a budget, and a made-up session cookie per address', async () => {
      await server.close();
      const three = { requestsPerWindow: 3, windowSeconds: 60 };
      server = await createTestServer({
        database,
        itemCount: 1,
        serverOptions: {
          rateLimits: {
            publishable: { name: 'publishable', ...three },
            secret: { name: 'secret', ...three },
            retailer: { name: 'retailer', ...three },
            staff: { name: 'staff', ...three },
            owner: { name: 'owner', ...three },
            anonymous: { name: 'anonymous', ...three },
          },
        },
      });
      const [first, second] = [await server.signIn({ role: 'analyst' }), await server.signIn({ role: 'analyst' })];
      // The sign-ins above were made directly in the database: the address has spent nothing yet.
      for (let call = 0; call < 3; call++) assert.equal((await server.request('/v1/me', { session: first.session })).status, 200);
      const refused = await server.request('/v1/me', { session: first.session });
      assert.equal(refused.status, 429);
      assert.match((await problemOf(refused)).detail ?? '', /This person may make 3 requests per 60 seconds/);
      assert.match(refused.headers.get('RateLimit-Policy') ?? '', /^"staff";q=3;w=60$/);
      assert.equal((await server.request('/v1/me', { session: second.session })).status, 200, 'a colleague at the same address has their own budget');
      const forged = '__Host-atelier_session=not-a-session';
      for (let call = 0; call < 3; call++) assert.equal((await server.request('/v1/me', { session: forged })).status, 401);
      assert.equal((await server.request('/v1/me', { session: forged })).status, 429, 'a cookie that names no session is counted against the address');
    });
  });

  describe('health and documents', () => {
    it('reports liveness and readiness', async () => {
      assert.deepEqual(await (await server.request('/healthz')).json(), { status: 'ok' });
      assert.deepEqual(await (await server.request('/readyz')).json(), { status: 'ready' });
    });

    it('reports not ready, as problem+json, when the database is gone', async () => {
      await server.db.destroy();
      const response = await server.request('/readyz');
      assert.equal(response.status, 503);
      assert.equal((await problemOf(response)).code, 'service_unavailable');
    });

    it('serves the OpenAPI document with every operation', async () => {
      const response = await server.request('/v1/openapi.json');
      assert.equal(response.status, 200);
      const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
      assert.match(document.openapi, /^3\.1/);
      assert.ok(document.paths['/v1/warranties/activations']);
      assert.ok(document.paths['/v1/items/{serial}']);
    });

    it('sends security headers and a request id on every answer', async () => {
      const response = await server.request('/v1/nowhere');
      assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff');
      assert.equal(response.headers.get('Cache-Control'), 'no-store');
      assert.match(response.headers.get('X-Request-Id') ?? '', /^[0-9a-f-]{36}$/);
    });
  });

  describe('logs', () => {
    it('never logs keys, card codes or e-mail addresses', async () => {
      const piece = server.items[0]!;
      await server.request('/v1/warranties/activations', {
        key: 'publishable',
        body: {
          serial: piece.serial,
          cardCode: piece.cardCode,
          purchaseDate: '2026-11-01',
          owner: { name: 'Ada Lovelace', email: 'ada@example.com', country: 'GB', language: 'en' },
          consents: { service: true, marketing: false },
        },
      });
      await server.request('/v1/brand', { headers: { Authorization: 'Bearer pk_wrong_key_value' } });
      const logged = JSON.stringify(server.logger.entries);
      assert.ok(server.logger.entries.length >= 2);
      for (const secret of [server.keys.publishable, server.keys.secret, piece.cardCode, 'ada@example.com', 'pk_wrong_key_value']) {
        assert.ok(!logged.includes(secret), `the log contains ${secret.slice(0, 6)}…`);
      }
    });
  });
});
