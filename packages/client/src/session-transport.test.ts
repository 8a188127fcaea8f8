import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { ApiError, createSessionTransport } from './index.ts';
import { activateWarranty, getBrand } from './contract/index.ts';
import { activationRequest, activationResponse, brandConfig } from './testing/fixtures.ts';
import { json, scriptedFetch } from './testing/scripted-fetch.ts';

const pageOrigin = 'https://console.atelier.test';

describe('createSessionTransport (the console: the session cookie authenticates, no key)', () => {
  const originalLocation = Object.getOwnPropertyDescriptor(globalThis, 'location');
  afterEach(() => {
    if (originalLocation) Object.defineProperty(globalThis, 'location', originalLocation);
    else delete (globalThis as { location?: unknown }).location;
  });

  it('sends no Authorization header, to the page’s own origin by default', async () => {
    Object.defineProperty(globalThis, 'location', { value: new URL(`${pageOrigin}/console/people`), configurable: true });
    const fake = scriptedFetch(() => json(brandConfig));
    const { call } = createSessionTransport({ fetch: fake.fetch });
    assert.deepEqual(await call(getBrand, {}), brandConfig);
    const [request] = fake.requests;
    assert.equal(request?.url, `${pageOrigin}/v1/brand`);
    assert.equal(request?.headers.get('authorization'), null);
    assert.match(request?.headers.get('atelier-client') ?? '', /^atelier-client-js\//);
  });

  it('needs a baseUrl outside a page', () => {
    assert.throws(() => createSessionTransport(), { message: 'createClient: baseUrl is required.' });
  });

  it('validates the body and sends writes with an idempotency key, like a key’s transport', async () => {
    const fake = scriptedFetch(() => json(activationResponse, { status: 201 }));
    const { call } = createSessionTransport({ baseUrl: pageOrigin, fetch: fake.fetch });
    await call(activateWarranty, { body: activationRequest });
    const [request] = fake.requests;
    assert.equal(request?.method, 'POST');
    assert.ok(request?.headers.get('idempotency-key'));
    assert.equal(request?.headers.get('authorization'), null);
    await assert.rejects(call(activateWarranty, { body: { ...activationRequest, serial: '' } }), { code: 'validation_failed' });
    assert.equal(fake.requests.length, 1, 'an invalid body is not sent');
  });

  it('reports the server’s refusal (no session, a role not allowed) as an ApiError with its code', async () => {
    const problem = { type: 'about:blank', title: 'Unauthorized', status: 401, code: 'unauthorized', detail: 'Sign in.' };
    const fake = scriptedFetch(() => json(problem, { status: 401, headers: { 'content-type': 'application/problem+json' } }));
    const { call } = createSessionTransport({ baseUrl: pageOrigin, fetch: fake.fetch, retry: 0 });
    await assert.rejects(call(getBrand, {}), (error) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 401);
      assert.equal(error.code, 'unauthorized');
      return true;
    });
  });
});
