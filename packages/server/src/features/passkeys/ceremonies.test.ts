/**
 * Issue 12: passkey ceremonies against a software authenticator that answers as a browser does
 * (testing/software-authenticator.ts): what registers, what signs in, and every assertion that
 * must not — on both databases.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { BrandRole } from '@atelier/client/contract';
import { AtelierError } from '../../errors.ts';
import { webAuthnChallengeLifetimeMinutes } from '../../limits.ts';
import { pruneExpiredRecords } from '../../maintenance.ts';
import { createTestServer, describeEachDatabase, fixtureConsoleOrigin as consoleOrigin, SoftwareAuthenticator, type TestServer } from '../../testing/index.ts';
import { insertPerson } from '../people/people.ts';
import { deletePasskey, listPasskeys } from './my-passkeys.ts';
import type { PasskeyDeps } from './passkey-deps.ts';
import { registerPasskey, registrationOptions } from './registration.ts';
import { relyingPartyOf } from './relying-party.ts';
import { signInOptions, verifyPasskeySignIn } from './sign-in.ts';

describeEachDatabase('passkey ceremonies', (database) => {
  let server: TestServer;
  let deps: PasskeyDeps;
  let authenticator: SoftwareAuthenticator;
  let personId: string;

  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 1 });
    deps = { db: server.db, clock: server.clock, relyingParty: relyingPartyOf(consoleOrigin), logger: server.logger };
    authenticator = new SoftwareAuthenticator(consoleOrigin);
    personId = await addPerson('desk@maison-fixture.example', 'serviceDesk');
  });
  afterEach(() => server.close());

  async function addPerson(email: string, role: BrandRole): Promise<string> {
    const person = await insertPerson(server.db, { brandId: server.brand.id, retailerId: null, email, displayName: null, role, status: 'active', invitedBy: null, now: server.clock.now() });
    return person.id;
  }

  async function registerOn(on: SoftwareAuthenticator, person = personId) {
    const options = await registrationOptions(deps, person);
    return registerPasskey(deps, person, { response: on.register(options), deviceLabel: 'Laptop' });
  }

  async function signIn(overrides: Parameters<SoftwareAuthenticator['authenticate']>[1] = {}, on = authenticator) {
    const options = await signInOptions(deps);
    return verifyPasskeySignIn(deps, on.authenticate(options, overrides));
  }

  async function refusal(promise: Promise<unknown>): Promise<string> {
    const error: unknown = await promise.then(() => undefined, (caught: unknown) => caught);
    assert.ok(error instanceof AtelierError, `expected a refusal, got ${String(error)}`);
    return error.code;
  }

  it('registers a discoverable passkey for the person and signs them in with it, nothing typed', async () => {
    const options = await registrationOptions(deps, personId);
    assert.equal(options.rp.id, 'atelier.maison-fixture.example');
    assert.equal(options.rp.name, server.brand.name);
    assert.deepEqual(options.authenticatorSelection, { residentKey: 'required', requireResidentKey: true, userVerification: 'required' });
    assert.equal(options.user.name, 'desk@maison-fixture.example');
    const passkey = await registerPasskey(deps, personId, { response: authenticator.register(options), deviceLabel: 'Laptop' });
    assert.equal(passkey.deviceLabel, 'Laptop');
    assert.equal(passkey.lastUsedAt, null);

    const signInOpts = await signInOptions(deps);
    assert.equal(signInOpts.userVerification, 'required');
    assert.equal(signInOpts.allowCredentials, undefined);
    server.clock.advance(60_000);
    assert.deepEqual(await verifyPasskeySignIn(deps, authenticator.authenticate(signInOpts)), { personId });
    const [listed] = (await listPasskeys(server.db, personId)).passkeys;
    assert.equal(listed?.lastUsedAt, server.clock.now().toISOString());
  });

  it("excludes the person's existing passkeys from a new registration", async () => {
    await registerOn(authenticator);
    const options = await registrationOptions(deps, personId);
    assert.deepEqual(options.excludeCredentials.map((credential) => credential.id), authenticator.credentialIds);
  });

  it('refuses an assertion made for another origin or another RP ID', async () => {
    await registerOn(authenticator);
    assert.equal(await refusal(signIn({ origin: 'https://evil.example' })), 'passkey_not_recognized');
    assert.equal(await refusal(signIn({ rpId: 'evil.example' })), 'passkey_not_recognized');
    assert.deepEqual(await signIn(), { personId });
  });

  it('refuses a registration made for another origin or RP ID, or without user verification', async () => {
    const options = await registrationOptions(deps, personId);
    assert.equal(await refusal(registerPasskey(deps, personId, { response: authenticator.register(options, { origin: 'https://evil.example' }) })), 'passkey_not_verified');
    const again = await registrationOptions(deps, personId);
    assert.equal(await refusal(registerPasskey(deps, personId, { response: new SoftwareAuthenticator(consoleOrigin).register(again, { rpId: 'evil.example' }) })), 'passkey_not_verified');
    const unverified = await registrationOptions(deps, personId);
    assert.equal(await refusal(registerPasskey(deps, personId, { response: new SoftwareAuthenticator(consoleOrigin).register(unverified, { userVerified: false }) })), 'passkey_not_verified');
    assert.deepEqual((await listPasskeys(server.db, personId)).passkeys, []);
  });

  it("answers a registration only with its own person's registration challenge", async () => {
    const otherPerson = await addPerson('other@maison-fixture.example', 'admin');
    const othersOptions = await registrationOptions(deps, otherPerson);
    assert.equal(await refusal(registerPasskey(deps, personId, { response: authenticator.register(othersOptions) })), 'passkey_challenge_expired');
    const signInChallenge = await signInOptions(deps);
    const mine = await registrationOptions(deps, personId);
    const answer = new SoftwareAuthenticator(consoleOrigin).register(mine, { challenge: signInChallenge.challenge });
    assert.equal(await refusal(registerPasskey(deps, personId, { response: answer })), 'passkey_challenge_expired');
    assert.deepEqual((await listPasskeys(server.db, personId)).passkeys, []);
  });

  it('uses a challenge once: a replayed assertion is refused', async () => {
    await registerOn(authenticator);
    const options = await signInOptions(deps);
    const assertion = authenticator.authenticate(options);
    assert.deepEqual(await verifyPasskeySignIn(deps, assertion), { personId });
    assert.equal(await refusal(verifyPasskeySignIn(deps, assertion)), 'passkey_challenge_expired');
  });

  it('of two verifications racing with one challenge, exactly one signs in', async () => {
    await registerOn(authenticator);
    const options = await signInOptions(deps);
    // No counter (0, as many authenticators report), so only the challenge can tell them apart.
    const first = authenticator.authenticate(options, { counter: 0 });
    const second = authenticator.authenticate(options, { counter: 0 });
    const outcomes = await Promise.allSettled([verifyPasskeySignIn(deps, first), verifyPasskeySignIn(deps, second)]);
    assert.deepEqual(outcomes.map((outcome) => outcome.status).sort(), ['fulfilled', 'rejected']);
  });

  it('refuses an answer to an expired challenge, and a challenge it never handed out', async () => {
    await registerOn(authenticator);
    const options = await signInOptions(deps);
    server.clock.advance(webAuthnChallengeLifetimeMinutes * 60_000);
    assert.equal(await refusal(verifyPasskeySignIn(deps, authenticator.authenticate(options))), 'passkey_challenge_expired');
    assert.equal(await refusal(signIn({ challenge: Buffer.from('made up').toString('base64url') })), 'passkey_challenge_expired');
  });

  it('forgets challenges nobody answered once they expire', async () => {
    await signInOptions(deps);
    await registrationOptions(deps, personId);
    const count = async () => Number((await server.db.selectFrom('webauthn_challenges').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    await pruneExpiredRecords(server.db, server.clock.now());
    assert.equal(await count(), 2);
    server.clock.advance(webAuthnChallengeLifetimeMinutes * 60_000);
    await pruneExpiredRecords(server.db, server.clock.now());
    assert.equal(await count(), 0);
  });

  it("refuses an assertion signed with another key than the passkey's", async () => {
    await registerOn(authenticator);
    assert.equal(await refusal(signIn({ signWith: SoftwareAuthenticator.strangerKey() })), 'passkey_not_recognized');
  });

  it('refuses an assertion without user verification', async () => {
    await registerOn(authenticator);
    assert.equal(await refusal(signIn({ userVerified: false })), 'passkey_not_recognized');
  });

  it('refuses a counter that went back (a cloned authenticator), as the library expects', async () => {
    await registerOn(authenticator);
    await signIn({ counter: 5 });
    assert.equal(await refusal(signIn({ counter: 5 })), 'passkey_not_recognized');
    assert.equal(await refusal(signIn({ counter: 3 })), 'passkey_not_recognized');
    assert.deepEqual(await signIn({ counter: 6 }), { personId });
  });

  it('signs in again and again with an authenticator that keeps no counter', async () => {
    await registerOn(authenticator);
    assert.deepEqual(await signIn({ counter: 0 }), { personId });
    assert.deepEqual(await signIn({ counter: 0 }), { personId });
  });

  it('a deleted passkey no longer signs in', async () => {
    const passkey = await registerOn(authenticator);
    await signIn();
    await deletePasskey(server.db, personId, passkey.id);
    assert.equal(await refusal(signIn()), 'passkey_not_recognized');
  });

  it("a deactivated person's passkey does not sign in, with the same answer as an unknown one", async () => {
    await registerOn(authenticator);
    await server.db.updateTable('people').set({ status: 'deactivated' }).where('id', '=', personId).execute();
    assert.equal(await refusal(signIn()), 'passkey_not_recognized');
    const stranger = new SoftwareAuthenticator(consoleOrigin);
    const otherPerson = await addPerson('other@maison-fixture.example', 'analyst');
    await registerOn(stranger, otherPerson);
    await server.db.deleteFrom('passkeys').where('person_id', '=', otherPerson).execute();
    assert.equal(await refusal(signIn({}, stranger)), 'passkey_not_recognized');
  });

  it("refuses an assertion whose user handle names another person than the passkey's", async () => {
    await registerOn(authenticator);
    const options = await signInOptions(deps);
    const assertion = authenticator.authenticate(options);
    const forged = { ...assertion, response: { ...assertion.response, userHandle: Buffer.from('per_someone_else').toString('base64url') } };
    assert.equal(await refusal(verifyPasskeySignIn(deps, forged)), 'passkey_not_recognized');
  });

  it("deletes only the person's own passkeys: another's is unknown to them", async () => {
    const passkey = await registerOn(authenticator);
    const otherPerson = await addPerson('other@maison-fixture.example', 'admin');
    assert.equal(await refusal(deletePasskey(server.db, otherPerson, passkey.id)), 'unknown_passkey');
    assert.equal((await listPasskeys(server.db, personId)).passkeys.length, 1);
    assert.deepEqual(await signIn(), { personId });
  });

  it('refuses to register the same credential twice', async () => {
    const options = await registrationOptions(deps, personId);
    const response = authenticator.register(options);
    await registerPasskey(deps, personId, { response });
    const again = await registrationOptions(deps, personId);
    const replayed = { ...response, response: { ...response.response } };
    // The same credential, answering a fresh challenge (an authenticator ignoring excludeCredentials).
    const fresh = new SoftwareAuthenticator(consoleOrigin).register(again);
    replayed.response.clientDataJSON = fresh.response.clientDataJSON;
    assert.equal(await refusal(registerPasskey(deps, personId, { response: replayed })), 'passkey_already_registered');
  });
});
