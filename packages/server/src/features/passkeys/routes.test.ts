/**
 * Issue 12: passkeys over HTTP, as the console uses them with @simplewebauthn/browser — a
 * signed-in person adds a passkey, then signs in with it (a session cookie), nothing typed; what
 * is refused answers a clear 4xx, never a 500; sign-ins are limited per network.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { Me, Passkey, PasskeyList, PasskeyRegistrationOptions, PasskeySignInOptions } from '@atelier/client/contract';
import { createServer } from '../../app.ts';
import { attemptLimits } from '../../limits.ts';
import { createTestServer, describeEachDatabase, fixtureConsoleOrigin, SoftwareAuthenticator, type SignedInTestPerson, type TestServer } from '../../testing/index.ts';

const sessionCookieName = '__Host-atelier_session';

describeEachDatabase('passkey operations', (database) => {
  let server: TestServer;
  let authenticator: SoftwareAuthenticator;
  let desk: SignedInTestPerson;

  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 1, serverOptions: { trustProxy: 1 } });
    authenticator = new SoftwareAuthenticator(fixtureConsoleOrigin);
    desk = await server.signIn({ role: 'serviceDesk' });
  });
  afterEach(() => server.close());

  async function json<T>(response: Response, status: number): Promise<T> {
    const body = (await response.json()) as T;
    assert.equal(response.status, status, JSON.stringify(body));
    return body;
  }

  async function registerPasskey(person: SignedInTestPerson, on = authenticator, deviceLabel = 'MacBook'): Promise<Passkey> {
    const options = await json<PasskeyRegistrationOptions>(await server.request('/v1/me/passkeys/options', { method: 'POST', session: person.session }), 200);
    return json<Passkey>(await server.request('/v1/me/passkeys', { session: person.session, body: { response: on.register(options), deviceLabel } }), 201);
  }

  async function signInOptions(): Promise<PasskeySignInOptions> {
    return json<PasskeySignInOptions>(await server.request('/v1/sign-in/passkey/options', { method: 'POST' }), 200);
  }

  function signIn(response: unknown, init: { origin?: string | null; from?: string } = {}): Promise<Response> {
    return server.request('/v1/sign-in/passkey', {
      body: { response },
      origin: init.origin === undefined ? fixtureConsoleOrigin : init.origin,
      headers: { 'X-Forwarded-For': init.from ?? '198.51.100.20' },
    });
  }

  it('registers a passkey for the signed-in person, then signs them in with it: a session cookie, nothing typed', async () => {
    const options = await json<PasskeyRegistrationOptions>(await server.request('/v1/me/passkeys/options', { method: 'POST', session: desk.session }), 200);
    assert.equal(options.rp.id, new URL(fixtureConsoleOrigin).hostname);
    assert.equal(options.authenticatorSelection.residentKey, 'required');
    assert.equal(options.authenticatorSelection.userVerification, 'required');
    const passkey = await json<Passkey>(await server.request('/v1/me/passkeys', { session: desk.session, body: { response: authenticator.register(options), deviceLabel: ' MacBook ' } }), 201);
    assert.equal(passkey.deviceLabel, 'MacBook');
    assert.deepEqual(await json<PasskeyList>(await server.request('/v1/me/passkeys', { session: desk.session }), 200), { passkeys: [passkey] });

    const response = await signIn(authenticator.authenticate(await signInOptions()));
    const me = await json<Me>(response, 200);
    assert.equal(me.person.id, desk.personId);
    const cookie = response.headers.get('Set-Cookie') ?? '';
    assert.match(cookie, new RegExp(`^${sessionCookieName}=[A-Za-z0-9_-]{43};`));
    assert.match(cookie, /HttpOnly/);
    const session = cookie.split(';')[0]!;
    const meAgain = await json<Me>(await server.request('/v1/me', { session }), 200);
    assert.equal(meAgain.session.id, me.session.id);
    const [listed] = (await json<PasskeyList>(await server.request('/v1/me/passkeys', { session }), 200)).passkeys;
    assert.equal(listed?.lastUsedAt, server.clock.now().toISOString());
  });

  it('verifies on one instance the options another handed out: the challenge lives in the database', async () => {
    await registerPasskey(desk);
    const otherInstance = createServer({ ...server.deps, options: { logger: server.logger, trustProxy: 1 } });
    try {
      const options = await signInOptions();
      const response = await otherInstance.request('/v1/sign-in/passkey', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: fixtureConsoleOrigin, 'X-Forwarded-For': '198.51.100.20' },
        body: JSON.stringify({ response: authenticator.authenticate(options) }),
      });
      assert.equal((await json<Me>(response, 200)).person.id, desk.personId);
    } finally {
      await otherInstance.drain();
    }
  });

  it('refuses a sign-in from another page than the console, before looking at the passkey', async () => {
    await registerPasskey(desk);
    const options = await signInOptions();
    const response = await signIn(authenticator.authenticate(options), { origin: 'https://evil.example' });
    assert.equal((await json<{ code: string }>(response, 403)).code, 'origin_not_allowed');
    assert.equal(response.headers.get('Set-Cookie'), null);
    // The challenge was not used up by the refused request.
    assert.equal((await json<Me>(await signIn(authenticator.authenticate(options)), 200)).person.id, desk.personId);
  });

  it('answers a refused passkey with a 400 problem and no cookie, the same for an unknown one', async () => {
    await registerPasskey(desk);
    const forged = await signIn(authenticator.authenticate(await signInOptions(), { signWith: SoftwareAuthenticator.strangerKey() }));
    // A passkey of this site that was never registered here.
    const stranger = new SoftwareAuthenticator(fixtureConsoleOrigin);
    stranger.register({ challenge: 'AAAA', rp: { id: new URL(fixtureConsoleOrigin).hostname, name: 'Elsewhere' }, user: { id: 'eA', name: 'someone', displayName: 'Someone' } });
    const unregistered = await signIn(stranger.authenticate(await signInOptions()));
    const forgedBody = await json<{ code: string; detail: string; type: string }>(forged, 400);
    const unregisteredBody = await json<{ code: string; detail: string; type: string }>(unregistered, 400);
    assert.equal(forgedBody.code, 'passkey_not_recognized');
    assert.deepEqual(unregisteredBody, forgedBody);
    assert.equal(forged.headers.get('Content-Type'), 'application/problem+json');
    assert.equal(forged.headers.get('Set-Cookie'), null);
  });

  it('names the field of a malformed passkey response (422), and answers an expired challenge with 410', async () => {
    const malformed = await signIn({ id: 'abc', rawId: 'abc', type: 'public-key', response: { clientDataJSON: 'not base64url!' } });
    const problem = await json<{ code: string; errors: Array<{ path: string }> }>(malformed, 422);
    assert.equal(problem.code, 'validation_failed');
    assert.deepEqual(problem.errors.map((error) => error.path).sort(), ['response.response.authenticatorData', 'response.response.clientDataJSON', 'response.response.signature']);
    await registerPasskey(desk);
    const replayed = authenticator.authenticate(await signInOptions());
    await json<Me>(await signIn(replayed), 200);
    assert.equal((await json<{ code: string }>(await signIn(replayed), 410)).code, 'passkey_challenge_expired');
  });

  it('limits passkey sign-ins per network exactly, whatever the outcome, and not another network', async () => {
    await registerPasskey(desk);
    const budget = attemptLimits.passkeySignInPerNetwork.attemptsPerWindow;
    for (let attempt = 0; attempt < budget; attempt++) {
      const refused = await signIn(authenticator.authenticate(await signInOptions(), { signWith: SoftwareAuthenticator.strangerKey() }), { from: '203.0.113.66' });
      assert.equal(refused.status, 400);
    }
    const limited = await signIn(authenticator.authenticate(await signInOptions()), { from: '203.0.113.66' });
    assert.equal((await json<{ code: string }>(limited, 429)).code, 'too_many_attempts');
    assert.equal(limited.headers.get('Retry-After'), String(attemptLimits.passkeySignInPerNetwork.windowSeconds));
    assert.equal((await json<Me>(await signIn(authenticator.authenticate(await signInOptions()), { from: '198.51.100.20' }), 200)).person.id, desk.personId);
  });

  it('a removed passkey no longer signs in; another person cannot remove it (404)', async () => {
    const passkey = await registerPasskey(desk);
    const admin = await server.signIn({ role: 'admin' });
    const othersDelete = await server.request(`/v1/me/passkeys/${passkey.id}`, { method: 'DELETE', session: admin.session });
    assert.equal((await json<{ code: string }>(othersDelete, 404)).code, 'unknown_passkey');
    assert.equal((await json<Me>(await signIn(authenticator.authenticate(await signInOptions())), 200)).person.id, desk.personId);

    assert.deepEqual(await json<Passkey>(await server.request(`/v1/me/passkeys/${passkey.id}`, { method: 'DELETE', session: desk.session }), 200), { ...passkey, lastUsedAt: server.clock.now().toISOString() });
    assert.equal((await json<{ code: string }>(await signIn(authenticator.authenticate(await signInOptions())), 400)).code, 'passkey_not_recognized');
    assert.deepEqual(await json<PasskeyList>(await server.request('/v1/me/passkeys', { session: desk.session }), 200), { passkeys: [] });
  });

  it("a deactivated person's passkey does not sign them in", async () => {
    await registerPasskey(desk);
    await server.db.updateTable('people').set({ status: 'deactivated', deactivated_at: server.clock.now().toISOString() }).where('id', '=', desk.personId).execute();
    const refused = await signIn(authenticator.authenticate(await signInOptions()));
    assert.equal((await json<{ code: string }>(refused, 400)).code, 'passkey_not_recognized');
    assert.equal(refused.headers.get('Set-Cookie'), null);
  });

  it('lists only the signed-in person’s passkeys, and is closed to keys and to nobody', async () => {
    await registerPasskey(desk);
    const admin = await server.signIn({ role: 'admin' });
    assert.deepEqual(await json<PasskeyList>(await server.request('/v1/me/passkeys', { session: admin.session }), 200), { passkeys: [] });
    assert.equal((await server.request('/v1/me/passkeys', { key: 'secret' })).status, 403);
    assert.equal((await server.request('/v1/me/passkeys')).status, 401);
  });
});
