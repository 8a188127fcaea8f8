import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  ApiError,
  AtelierClientError,
  createClient,
  expandPath,
  NetworkError,
  ResponseValidationError,
  TimeoutError,
  ValidationError,
} from './index.ts';
import type { ClientOptions } from './index.ts';
import { activationRequest, activationResponse, brandConfig, itemSummary } from './testing/fixtures.ts';

const baseUrl = 'https://api.atelier.test';
const publishableKey = 'pk_test_page';
const secretKey = 'sk_test_server';

interface SeenRequest {
  method: string;
  path: string;
  authorization: string | null;
  idempotencyKey: string | null;
  /** Milliseconds on the monotonic clock, to measure waits between attempts. */
  receivedAt: number;
  body: unknown;
}

let seen: SeenRequest[] = [];

async function record(request: Request): Promise<void> {
  const text = await request.clone().text();
  seen.push({
    method: request.method,
    path: new URL(request.url).pathname,
    authorization: request.headers.get('authorization'),
    idempotencyKey: request.headers.get('idempotency-key'),
    receivedAt: performance.now(),
    body: text ? JSON.parse(text) : undefined,
  });
}

/** Answers each attempt with the next response in order; the last one repeats. */
function respondInTurn(method: 'get' | 'post', path: string, responses: Array<() => Response>) {
  let attempt = 0;
  return http[method](`${baseUrl}${path}`, async ({ request }) => {
    await record(request);
    const respond = responses[Math.min(attempt, responses.length - 1)];
    attempt += 1;
    assert.ok(respond);
    return respond();
  });
}

const noDelayRetries = { limit: 2, delay: () => 0 };

function client(options: Partial<ClientOptions> = {}) {
  return createClient({ baseUrl, publishableKey, retry: noDelayRetries, ...options } as ClientOptions);
}

const server = setupServer(
  // Anything a test did not expect is recorded and refused, so "nothing was sent" is checkable.
  http.all('*', async ({ request }) => {
    await record(request);
    return HttpResponse.json({ unexpected: true }, { status: 599 });
  }),
);

before(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen = [];
});
after(() => server.close());

describe('authentication', () => {
  it('sends the publishable key as a bearer token and returns the validated brand', async () => {
    server.use(respondInTurn('get', '/v1/brand', [() => HttpResponse.json(brandConfig)]));
    const brand = await client().brand.get();
    assert.deepEqual(brand, brandConfig);
    assert.equal(seen[0]?.authorization, `Bearer ${publishableKey}`);
  });

  it('sends the secret key for secret operations, with the serial normalized in the path', async () => {
    server.use(respondInTurn('get', '/v1/items/AT-000123', [() => HttpResponse.json(itemSummary)]));
    const item = await createClient({ baseUrl, secretKey }).items.get(' at-000123 ');
    assert.equal(item.serial, 'AT-000123');
    assert.equal(seen[0]?.authorization, `Bearer ${secretKey}`);
  });

  it('refuses a secret operation on a publishable client without sending anything', async () => {
    await assert.rejects(client().items.get('AT-000123'), (error) => {
      assert.ok(error instanceof AtelierClientError);
      assert.equal(error.code, 'secret_key_required');
      return true;
    });
    assert.equal(seen.length, 0);
  });

  it("sends a retailer's key (rk_…) for what a retailer may call, and refuses a brand-only operation without sending anything", async () => {
    const retailerKey = 'rk_test_retailer_key_0123456789';
    server.use(respondInTurn('get', '/v1/items/AT-000123', [() => HttpResponse.json(itemSummary)]));
    const retailerClient = createClient({ baseUrl, secretKey: retailerKey });
    await retailerClient.items.get('AT-000123');
    assert.equal(seen[0]?.authorization, `Bearer ${retailerKey}`);
    await assert.rejects(retailerClient.items.lookups('AT-000123'), (error) => {
      assert.ok(error instanceof AtelierClientError);
      assert.equal(error.code, 'secret_key_required');
      return true;
    });
    assert.equal(seen.length, 1);
  });

  it('refuses a secret key given as the publishable key, without echoing it', () => {
    assert.throws(
      () => createClient({ baseUrl, publishableKey: 'sk_live_oops' }),
      (error: unknown) => error instanceof TypeError && /publishableKey/.test(error.message) && !error.message.includes('sk_live_oops'),
    );
  });

  it('requires a key', () => {
    assert.throws(() => createClient({ baseUrl } as ClientOptions), /publishableKey \(pk_…\) or secretKey/);
  });
});

describe('input validation', () => {
  it('raises ValidationError naming each invalid field, and sends nothing', async () => {
    const input = { ...activationRequest, serial: '', owner: { ...activationRequest.owner, email: 'not-an-email' } };
    await assert.rejects(client().warranties.activate(input), (error) => {
      assert.ok(error instanceof ValidationError);
      assert.equal(error.code, 'validation_failed');
      const paths = error.fieldErrors.map((fieldError) => fieldError.path);
      assert.ok(paths.includes('serial'), `serial in ${paths.join(', ')}`);
      assert.ok(paths.includes('owner.email'), `owner.email in ${paths.join(', ')}`);
      return true;
    });
    assert.equal(seen.length, 0);
  });

  it('validates the confirmation token as the token field', async () => {
    await assert.rejects(client().warranties.confirm('short'), (error) => {
      assert.ok(error instanceof ValidationError);
      assert.deepEqual(
        error.fieldErrors.map((fieldError) => fieldError.path),
        ['token'],
      );
      return true;
    });
    assert.equal(seen.length, 0);
  });

  it('rejects an idempotency key that cannot travel in a header', async () => {
    await assert.rejects(client().warranties.activate(activationRequest, { idempotencyKey: 'clé avec espaces' }), (error) => {
      assert.ok(error instanceof ValidationError);
      assert.equal(error.fieldErrors[0]?.path, 'idempotencyKey');
      return true;
    });
    assert.equal(seen.length, 0);
  });

  it('URL-encodes path parameters', () => {
    assert.equal(expandPath('/v1/items/{serial}', { serial: 'A B/C?' }), '/v1/items/A%20B%2FC%3F');
  });
});

describe('idempotency and retries', () => {
  it('retries a 503 and resends the same idempotency key', async () => {
    server.use(
      respondInTurn('post', '/v1/warranties/activations', [
        () => HttpResponse.json({ type: 'about:blank', title: 'Unavailable', status: 503, code: 'service_unavailable' }, { status: 503 }),
        () => HttpResponse.json(activationResponse, { status: 201 }),
      ]),
    );
    const result = await client().warranties.activate(activationRequest);
    assert.equal(result.warranty.status, 'pending_confirmation');
    assert.equal(seen.length, 2);
    const [first, second] = seen;
    assert.ok(first?.idempotencyKey);
    assert.equal(second?.idempotencyKey, first.idempotencyKey);
    assert.deepEqual(second?.body, first.body);
  });

  it("uses the caller's idempotency key, and a new key for each new call", async () => {
    server.use(respondInTurn('post', '/v1/warranties/activations', [() => HttpResponse.json(activationResponse, { status: 201 })]));
    const api = client();
    await api.warranties.activate(activationRequest, { idempotencyKey: 'order-42-activation' });
    await api.warranties.activate(activationRequest);
    await api.warranties.activate(activationRequest);
    assert.equal(seen[0]?.idempotencyKey, 'order-42-activation');
    assert.notEqual(seen[1]?.idempotencyKey, seen[2]?.idempotencyKey);
  });

  it('waits for Retry-After on 429 before retrying', async () => {
    const retryAfterSeconds = 1;
    server.use(
      respondInTurn('get', '/v1/brand', [
        () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Too many requests', status: 429, code: 'rate_limited' },
            { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
          ),
        () => HttpResponse.json(brandConfig),
      ]),
    );
    // The retry delay is zero, so any wait measured comes from honouring Retry-After.
    await client().brand.get();
    const [first, second] = seen;
    assert.ok(first && second);
    // Timers may fire a few milliseconds early; 90 % of the requested wait still proves it was honoured.
    assert.ok(second.receivedAt - first.receivedAt >= retryAfterSeconds * 1000 * 0.9, `waited ${String(second.receivedAt - first.receivedAt)} ms`);
  });

  it('gives up at once when Retry-After asks for a long wait, and reports it', async () => {
    server.use(
      respondInTurn('get', '/v1/brand', [
        () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Too many requests', status: 429, code: 'rate_limited' },
            { status: 429, headers: { 'Retry-After': '120', 'Content-Type': 'application/problem+json' } },
          ),
      ]),
    );
    await assert.rejects(client().brand.get(), (error) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.code, 'rate_limited');
      assert.equal(error.retryAfterSeconds, 120);
      return true;
    });
    assert.equal(seen.length, 1);
  });
});

describe('failures', () => {
  it('maps a problem+json answer to ApiError with its field errors, without retrying', async () => {
    const problem = {
      type: 'https://atelier.dev/problems/validation-failed',
      title: 'The request has invalid fields',
      status: 422,
      code: 'validation_failed',
      errors: [{ path: 'purchaseDate', code: 'purchase_date_in_future', message: 'The purchase date is in the future.' }],
    };
    server.use(
      respondInTurn('post', '/v1/warranties/activations', [
        () => HttpResponse.json(problem, { status: 422, headers: { 'Content-Type': 'application/problem+json' } }),
      ]),
    );
    await assert.rejects(client().warranties.activate(activationRequest), (error) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 422);
      assert.equal(error.code, 'validation_failed');
      assert.deepEqual(error.fieldErrors, problem.errors);
      assert.deepEqual(error.problem, problem);
      return true;
    });
    assert.equal(seen.length, 1);
  });

  it('gives an ApiError with an http_<status> code when the error body is not a problem', async () => {
    server.use(respondInTurn('get', '/v1/brand', [() => new HttpResponse('<h1>Bad gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } })]));
    await assert.rejects(client({ retry: 0 }).brand.get(), (error) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 502);
      assert.equal(error.code, 'http_502');
      assert.deepEqual(error.fieldErrors, []);
      return true;
    });
  });

  it('raises TimeoutError when no answer comes in time', async () => {
    server.use(
      http.get(`${baseUrl}/v1/brand`, async ({ request }) => {
        await record(request);
        // Answer only once the client gave up, so nothing is left pending after the test.
        await new Promise((resolve) => request.signal.addEventListener('abort', resolve, { once: true }));
        return HttpResponse.json(brandConfig);
      }),
    );
    await assert.rejects(client({ timeout: 50 }).brand.get(), (error) => {
      assert.ok(error instanceof TimeoutError);
      assert.equal(error.code, 'timeout');
      return true;
    });
  });

  it('raises NetworkError when the request cannot be sent, after retrying', async () => {
    server.use(
      http.get(`${baseUrl}/v1/brand`, async ({ request }) => {
        await record(request);
        return HttpResponse.error();
      }),
    );
    await assert.rejects(client().brand.get(), (error) => {
      assert.ok(error instanceof NetworkError);
      assert.equal(error.code, 'network_error');
      return true;
    });
    assert.equal(seen.length, 1 + noDelayRetries.limit);
  });

  it('raises ResponseValidationError when a 2xx body is not JSON', async () => {
    server.use(respondInTurn('get', '/v1/brand', [() => new HttpResponse('{"name": "Maison', { headers: { 'Content-Type': 'application/json' } })]));
    await assert.rejects(client().brand.get(), (error) => {
      assert.ok(error instanceof ResponseValidationError);
      assert.equal(error.code, 'invalid_response');
      return true;
    });
  });

  it('raises ResponseValidationError naming the fields of a 2xx body that breaks the contract', async () => {
    const broken = { ...brandConfig, warrantyPolicy: { ...brandConfig.warrantyPolicy, baseMonths: 'twenty-four' } };
    server.use(respondInTurn('get', '/v1/brand', [() => HttpResponse.json(broken)]));
    await assert.rejects(client().brand.get(), (error) => {
      assert.ok(error instanceof ResponseValidationError);
      assert.deepEqual(
        error.fieldErrors.map((fieldError) => fieldError.path),
        ['warrantyPolicy.baseMonths'],
      );
      return true;
    });
  });

  it("rethrows the caller's AbortError untouched", async () => {
    const controller = new AbortController();
    server.use(
      http.get(`${baseUrl}/v1/brand`, async ({ request }) => {
        await record(request);
        controller.abort();
        await new Promise((resolve) => request.signal.addEventListener('abort', resolve, { once: true }));
        return HttpResponse.json(brandConfig);
      }),
    );
    await assert.rejects(client().brand.get({ signal: controller.signal }), (error) => {
      assert.ok(!(error instanceof AtelierClientError));
      assert.equal((error as Error).name, 'AbortError');
      return true;
    });
    assert.equal(seen.length, 1);
  });
});
