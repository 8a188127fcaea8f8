/** Per-call options and what a call gives back beyond its data: timeout, retry, raw response, request id, SDK headers. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import ky from 'ky';
import { ApiError, createClient, retryPolicy, TimeoutError } from './index.ts';
import { activationRequest, activationResponse, brandConfig } from './testing/fixtures.ts';
import { json, scriptedFetch } from './testing/scripted-fetch.ts';

const baseUrl = 'https://api.atelier.test';
const noDelay = { delay: () => 0 };
const unavailable = () => json({ type: 'about:blank', title: 'Unavailable', status: 503, code: 'service_unavailable' }, { status: 503 });

/** Never answers; rejects with the abort reason when ky's timeout (or anyone) aborts the request. */
function hanging(request: Request): Promise<Response> {
  return new Promise((_resolve, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason as Error), { once: true }));
}

describe('per-call timeout', () => {
  it('overrides the client’s timeout for that call only', async () => {
    const fake = scriptedFetch(hanging);
    const client = createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch, timeout: 600_000, retry: 0 });
    await assert.rejects(client.brand.get({ timeout: 5 }), (error) => {
      assert.ok(error instanceof TimeoutError);
      assert.match(error.message, /within 5 ms/);
      return true;
    });
  });

  it('refuses a timeout that is not a positive whole number of milliseconds', async () => {
    const fake = scriptedFetch(() => json(brandConfig));
    const client = createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch });
    await assert.rejects(client.brand.get({ timeout: -1 }), TypeError);
    assert.equal(fake.requests.length, 0);
  });
});

describe('per-call retry', () => {
  it('retries a call the client would not retry', async () => {
    const fake = scriptedFetch(unavailable, unavailable, () => json(brandConfig));
    const client = createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch, retry: 0 });
    assert.equal((await client.brand.get({ retry: { limit: 2, ...noDelay } })).name, brandConfig.name);
    assert.equal(fake.requests.length, 3);
  });

  it('sends a call once with retry: 0 when the client retries', async () => {
    const fake = scriptedFetch(unavailable, () => json(brandConfig));
    const client = createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch, retry: { limit: 2, ...noDelay } });
    await assert.rejects(client.brand.get({ retry: 0 }), ApiError);
    assert.equal(fake.requests.length, 1);
  });

  it('retries a POST with the same Idempotency-Key on every attempt', async () => {
    const fake = scriptedFetch(unavailable, () => json(activationResponse, { status: 201 }));
    const client = createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch, retry: { limit: 2, ...noDelay } });
    await client.warranties.activate(activationRequest, { idempotencyKey: 'order-77' });
    assert.deepEqual(fake.requests.map((request) => request.headers.get('idempotency-key')), ['order-77', 'order-77']);
  });
});

describe('the retry policy', () => {
  /** Sends `method` through ky with the policy, the server answering 503 each time; returns the attempts. */
  async function attempts(method: string, carriesIdempotencyKey: boolean, retry: Parameters<typeof retryPolicy>[0]): Promise<number> {
    const fake = scriptedFetch(unavailable);
    await ky(`${baseUrl}/v1/anything`, { method, fetch: fake.fetch, retry: retryPolicy(retry, carriesIdempotencyKey) }).catch(() => undefined);
    return fake.requests.length;
  }

  it('retries idempotent methods', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) assert.equal(await attempts(method, false, { limit: 2, ...noDelay }), 3, method);
  });

  it('retries a POST or a PATCH only when it carries an Idempotency-Key', async () => {
    for (const method of ['POST', 'PATCH']) {
      assert.equal(await attempts(method, true, { limit: 2, ...noDelay }), 3, `${method} with a key`);
      assert.equal(await attempts(method, false, { limit: 2, ...noDelay }), 1, `${method} without a key`);
    }
  });

  it('never lets a caller’s options retry a POST without a key', async () => {
    // `methods` is not part of the typed option; a JavaScript caller may still pass it.
    const widened = { limit: 2, methods: ['post'], shouldRetry: () => true, ...noDelay } as Parameters<typeof retryPolicy>[0];
    assert.equal(await attempts('POST', false, widened), 1);
  });
});

describe('the raw response', () => {
  it('comes with the data from withResponse()', async () => {
    const fake = scriptedFetch(() => json(activationResponse, { status: 201, headers: { 'idempotent-replayed': 'true', 'x-request-id': 'req_7' } }));
    const client = createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch });
    const { data, response } = await client.warranties.activate(activationRequest).withResponse();
    assert.equal(data.warranty.id, activationResponse.warranty.id);
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('idempotent-replayed'), 'true');
  });

  it('rejects withResponse() with the same error as the call, and nothing unhandled', async () => {
    const fake = scriptedFetch(unavailable);
    const client = createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch, retry: 0 });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await assert.rejects(client.brand.get().withResponse(), ApiError);
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(unhandled, []);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('errors', () => {
  it('carry the server’s request id', async () => {
    const fake = scriptedFetch(() =>
      json(
        { type: 'about:blank', title: 'Already activated', status: 409, code: 'already_activated' },
        { status: 409, headers: { 'content-type': 'application/problem+json', 'x-request-id': 'req_0f3a' } },
      ),
    );
    const client = createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch });
    await assert.rejects(client.warranties.activate(activationRequest), (error) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.requestId, 'req_0f3a');
      assert.equal(error.status, 409);
      return true;
    });
  });

  it('have no request id when the answer did not come from the API', async () => {
    const fake = scriptedFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } }));
    const client = createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch, retry: 0 });
    await assert.rejects(client.brand.get(), (error) => error instanceof ApiError && error.requestId === undefined && error.code === 'http_502');
  });
});

describe('who is calling', () => {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

  it('names the SDK and the version in package.json in Atelier-Client, and in Node in User-Agent too', async () => {
    const fake = scriptedFetch(() => json(brandConfig));
    await createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch }).brand.get();
    const [request] = fake.requests;
    assert.equal(request?.headers.get('atelier-client'), `atelier-client-js/${version}`);
    assert.equal(request?.headers.get('user-agent'), `atelier-client-js/${version} node/${process.versions.node}`);
  });
});
