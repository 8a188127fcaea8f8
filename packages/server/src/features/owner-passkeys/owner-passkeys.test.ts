/**
 * Issue 16: "Passkeys may be added afterwards where the brand's site allows." An owner signed in
 * by e-mailed code adds a passkey on the brand's site, lists and removes theirs, and next time
 * signs in with it, nothing typed; it is offered only on an origin the brand's keys allow over
 * HTTPS, signs in only on the site it was made on, and each owner reaches only their own.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { OwnerPasskeyList, OwnerSession, Passkey, PasskeyRegistrationOptions, PasskeySignInOptions } from '@atelier/client/contract';
import { createApiKey } from '../../api-keys.ts';
import { createTestServer, describeEachDatabase, SoftwareAuthenticator, type TestServer } from '../../testing/index.ts';
import { asOwner, giveOwnerPiece, ownerCookieOf, signInOwner } from '../owner-space/testing.ts';

const ownerEmail = 'ada.owner@example.com';
/** Another site of the brand, declared on a key of its own, over HTTPS. */
const boutiqueOrigin = 'https://boutique.maison-fixture.example';
/** A site the brand declared without TLS: no passkeys there. */
const plainOrigin = 'http://shop.maison-fixture.example';

describeEachDatabase('owner passkeys', (database) => {
  let server: TestServer;
  let cookie: string;
  let authenticator: SoftwareAuthenticator;
  /** The publishable key of the brand's other sites. */
  let otherSitesKey: string;

  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 2 });
    otherSitesKey = (await createApiKey(server.db, { brandId: server.brand.id, kind: 'publishable', allowedOrigins: [boutiqueOrigin, plainOrigin], label: 'other sites', now: server.clock.now() })).key;
    await giveOwnerPiece(server, { email: ownerEmail, item: server.items[0]! });
    cookie = await signInOwner(server, ownerEmail);
    authenticator = new SoftwareAuthenticator(server.keys.origin);
  });
  afterEach(() => server.close());

  async function json<T>(response: Response, status: number): Promise<T> {
    const body = (await response.json()) as T;
    assert.equal(response.status, status, JSON.stringify(body));
    return body;
  }

  async function addPasskey(as = cookie, on = authenticator, origin = server.keys.origin): Promise<Passkey> {
    const options = await json<PasskeyRegistrationOptions>(await asOwner(server, as, '/v1/owner/passkeys/options', { method: 'POST', origin }), 200);
    return json<Passkey>(await asOwner(server, as, '/v1/owner/passkeys', { body: { response: on.register(options), deviceLabel: 'Phone' }, origin }), 201);
  }

  /** The brand's page at `origin` calls with the key that allows it. */
  function keyFor(origin: string) {
    return origin === server.keys.origin ? ({ key: 'publishable' } as const) : { headers: { Authorization: `Bearer ${otherSitesKey}` } };
  }

  async function signInOptions(origin = server.keys.origin): Promise<PasskeySignInOptions> {
    return json<PasskeySignInOptions>(await server.request('/v1/owner/sign-in/passkey/options', { method: 'POST', origin, ...keyFor(origin) }), 200);
  }

  function signIn(response: unknown, origin = server.keys.origin): Promise<Response> {
    return server.request('/v1/owner/sign-in/passkey', { origin, body: { response }, ...keyFor(origin) });
  }

  async function codeOf(response: Response, status: number): Promise<string> {
    return (await json<{ code: string }>(response, status)).code;
  }

  it("adds a passkey on the brand's site, then signs the owner in with it: their session cookie, nothing typed", async () => {
    assert.deepEqual(await json<OwnerPasskeyList>(await asOwner(server, cookie, '/v1/owner/passkeys'), 200), { passkeys: [], addableHere: true });
    const options = await json<PasskeyRegistrationOptions>(await asOwner(server, cookie, '/v1/owner/passkeys/options', { method: 'POST' }), 200);
    assert.equal(options.rp.id, new URL(server.keys.origin).hostname, "the brand's page is the relying party");
    assert.equal(options.rp.name, server.brand.name);
    assert.equal(options.user.name, ownerEmail);
    assert.notEqual(options.user.id, ownerEmail);
    assert.equal(options.authenticatorSelection.residentKey, 'required');
    const passkey = await json<Passkey>(await asOwner(server, cookie, '/v1/owner/passkeys', { body: { response: authenticator.register(options), deviceLabel: ' Phone ' } }), 201);
    assert.equal(passkey.deviceLabel, 'Phone');
    assert.equal(passkey.lastUsedAt, null);

    const signedIn = await signIn(authenticator.authenticate(await signInOptions()));
    const session = await json<OwnerSession>(signedIn, 200);
    assert.equal(session.owner.email, ownerEmail);
    const passkeyCookie = ownerCookieOf(signedIn);
    assert.equal((await json<OwnerSession>(await asOwner(server, passkeyCookie, '/v1/owner/session'), 200)).owner.email, ownerEmail);
    const [listed] = (await json<OwnerPasskeyList>(await asOwner(server, passkeyCookie, '/v1/owner/passkeys'), 200)).passkeys;
    assert.equal(listed?.lastUsedAt, server.clock.now().toISOString());
  });

  it('offers passkeys only on a page the brand allows over HTTPS', async () => {
    const plain = await json<OwnerPasskeyList>(await asOwner(server, cookie, '/v1/owner/passkeys', { origin: plainOrigin }), 200);
    assert.equal(plain.addableHere, false);
    assert.equal(await codeOf(await asOwner(server, cookie, '/v1/owner/passkeys/options', { method: 'POST', origin: plainOrigin }), 403), 'origin_not_allowed');
    assert.equal((await json<OwnerPasskeyList>(await asOwner(server, cookie, '/v1/owner/passkeys', { origin: null }), 200)).addableHere, false, 'no page, no passkey');
    assert.equal((await json<OwnerPasskeyList>(await asOwner(server, cookie, '/v1/owner/passkeys', { origin: boutiqueOrigin }), 200)).addableHere, true);
  });

  it('signs in only on the site the passkey was made on, and a challenge only once', async () => {
    await addPasskey();
    const options = await signInOptions(boutiqueOrigin);
    assert.equal(options.rpId, new URL(boutiqueOrigin).hostname);
    // The browser would offer nothing there; a page that lies about its RP ID gets nothing either.
    const elsewhere = authenticator.authenticate({ ...options, rpId: new URL(server.keys.origin).hostname }, { origin: boutiqueOrigin });
    assert.equal(await codeOf(await signIn(elsewhere, boutiqueOrigin), 400), 'passkey_not_recognized');

    const assertion = authenticator.authenticate(await signInOptions());
    assert.equal((await signIn(assertion)).status, 200);
    assert.equal(await codeOf(await signIn(assertion), 410), 'passkey_challenge_expired', 'a challenge answers once');
  });

  it("lists and removes only the owner's own passkeys; a removed one signs no one in", async () => {
    const mine = await addPasskey();
    const otherEmail = 'grace.owner@example.com';
    await giveOwnerPiece(server, { email: otherEmail, item: server.items[1]! });
    const otherCookie = await signInOwner(server, otherEmail);
    const theirs = await addPasskey(otherCookie, new SoftwareAuthenticator(server.keys.origin));

    assert.deepEqual((await json<OwnerPasskeyList>(await asOwner(server, cookie, '/v1/owner/passkeys'), 200)).passkeys, [mine]);
    assert.equal(await codeOf(await asOwner(server, cookie, `/v1/owner/passkeys/${theirs.id}`, { method: 'DELETE' }), 404), 'unknown_passkey');
    assert.equal((await json<OwnerPasskeyList>(await asOwner(server, otherCookie, '/v1/owner/passkeys'), 200)).passkeys.length, 1, 'theirs stays');

    assert.deepEqual(await json<Passkey>(await asOwner(server, cookie, `/v1/owner/passkeys/${mine.id}`, { method: 'DELETE' }), 200), mine);
    assert.deepEqual((await json<OwnerPasskeyList>(await asOwner(server, cookie, '/v1/owner/passkeys'), 200)).passkeys, []);
    assert.equal(await codeOf(await signIn(authenticator.authenticate(await signInOptions())), 400), 'passkey_not_recognized');
  });

  it('refuses a registration that does not verify, and a response that is not WebAuthn JSON, naming the field', async () => {
    const options = await json<PasskeyRegistrationOptions>(await asOwner(server, cookie, '/v1/owner/passkeys/options', { method: 'POST' }), 200);
    const forged = authenticator.register(options, { origin: 'https://evil.example' });
    assert.equal(await codeOf(await asOwner(server, cookie, '/v1/owner/passkeys', { body: { response: forged } }), 422), 'passkey_not_verified');
    const malformed = await json<{ code: string; errors: Array<{ path: string }> }>(await asOwner(server, cookie, '/v1/owner/passkeys', { body: { response: { id: 'x' } } }), 422);
    assert.equal(malformed.code, 'validation_failed');
    assert.ok(malformed.errors.some((error) => error.path.startsWith('response.')), JSON.stringify(malformed.errors));
  });
});
