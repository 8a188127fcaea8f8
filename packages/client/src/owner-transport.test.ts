import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createOwnerClient, createOwnerTransport } from './index.ts';
import { getBrand, getItem, listMyPieces, requestOwnerSignIn, signOutOwner, verifyOwnerSignIn } from './contract/index.ts';
import type { OwnedPieceList, OwnerSession } from './contract/index.ts';
import { json, scriptedFetch } from './testing/scripted-fetch.ts';

const apiBase = 'https://api.atelier.test';
const publishableKey = 'pk_test_owner_portal';

const session: OwnerSession = {
  owner: { name: 'Ada Lovelace', email: 'ada@example.com', language: 'en' },
  brand: { id: 'brand_1', name: 'Maison Aubert' },
  session: { idleExpiresAt: '2026-12-07T11:00:00.000Z', absoluteExpiresAt: '2026-12-07T22:00:00.000Z' },
};
const noPieces: OwnedPieceList = { pieces: [] };

describe('createOwnerTransport (the owner space: the session cookie, credentials included)', () => {
  it('sends an owner operation with credentials and no Authorization header, so the cookie alone says who calls', async () => {
    const fake = scriptedFetch(() => json(noPieces));
    const { call } = createOwnerTransport({ baseUrl: apiBase, publishableKey, fetch: fake.fetch });
    assert.deepEqual(await call(listMyPieces, {}), noPieces);
    const [request] = fake.requests;
    assert.equal(request?.url, `${apiBase}/v1/owner/pieces`);
    assert.equal(request?.credentials, 'include');
    assert.equal(request?.headers.get('authorization'), null);
  });

  it('signs in with the publishable key, with credentials, so the browser keeps the cookie the verification sets', async () => {
    const fake = scriptedFetch(
      () => json({ codeLifetimeMinutes: 10 }, { status: 202 }),
      () => json(session),
    );
    const { call } = createOwnerTransport({ baseUrl: apiBase, publishableKey, fetch: fake.fetch });
    await call(requestOwnerSignIn, { body: { email: 'ada@example.com' } });
    await call(verifyOwnerSignIn, { body: { email: 'ada@example.com', code: '1234 5678' } });
    for (const request of fake.requests) {
      assert.equal(request.headers.get('authorization'), `Bearer ${publishableKey}`);
      assert.equal(request.credentials, 'include');
      assert.ok(request.headers.get('idempotency-key'), 'a POST carries an idempotency key');
    }
  });

  it('refuses, sending nothing, an operation that is not the owner space’s: a public one, a staff one', async () => {
    const fake = scriptedFetch(() => json({}));
    const { call } = createOwnerTransport({ baseUrl: apiBase, publishableKey, fetch: fake.fetch });
    await assert.rejects(call(getBrand, {}), { code: 'not_an_owner_operation', message: /getBrand is not an owner operation/ });
    await assert.rejects(call(getItem, { params: { serial: 'AT-1' } }), { code: 'not_an_owner_operation' });
    assert.equal(fake.requests.length, 0);
  });

  it('refuses to sign in without a publishable key, and still calls the owner operations', async () => {
    const fake = scriptedFetch(() => json({ signedOut: true, sessionsEnded: 1 }));
    const { call } = createOwnerTransport({ baseUrl: apiBase, fetch: fake.fetch });
    await assert.rejects(call(requestOwnerSignIn, { body: { email: 'ada@example.com' } }), { code: 'publishable_key_required' });
    assert.equal(fake.requests.length, 0);
    assert.deepEqual(await call(signOutOwner, { body: { everywhere: true } }), { signedOut: true, sessionsEnded: 1 });
  });

  it('refuses a secret key given as the publishable one, before anything is sent', () => {
    assert.throws(() => createOwnerTransport({ baseUrl: apiBase, publishableKey: 'sk_live_oops' }), /secret key/);
  });
});

describe('createOwnerClient', () => {
  it('names the owner operations: a piece by its serial (as the contract writes it) in the path, a theft report in the body', async () => {
    const fake = scriptedFetch(() => json({ problem: 'unused' }, { status: 500 }));
    const client = createOwnerClient({ baseUrl: apiBase, publishableKey, fetch: fake.fetch, retry: 0 });
    await assert.rejects(client.pieces.reportStolen('at-100234', { country: 'FR', city: 'Lyon' }), { code: 'http_500' });
    const [request] = fake.requests;
    assert.equal(request?.url, `${apiBase}/v1/owner/pieces/AT-100234/theft-reports`);
    assert.equal(request?.method, 'POST');
    assert.deepEqual(await request?.json(), { country: 'FR', city: 'Lyon' });
    await assert.rejects(client.call(getBrand, {}), { code: 'not_an_owner_operation' });
  });

  it('validates before sending, as every client does', async () => {
    const fake = scriptedFetch(() => json(session));
    const client = createOwnerClient({ baseUrl: apiBase, publishableKey, fetch: fake.fetch });
    await assert.rejects(client.signIn.verify({ email: 'ada@example.com', code: '12' }), { code: 'validation_failed' });
    assert.equal(fake.requests.length, 0);
  });
});
