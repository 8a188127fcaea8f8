/**
 * Issue 12: signing in to the console with an e-mailed link, and the rules of its sessions —
 * the cookie's flags, rotation at sign-in, idle and absolute expiry, sign-out, revocation,
 * deactivation, the Origin check on writes, and the limits on asking for and using links.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { Me } from '@atelier/client/contract';
import {
  attemptLimits,
  consoleSessionAbsoluteLifetimeHours,
  consoleSessionIdleTimeoutMinutes,
  signInLinkLifetimeMinutes,
} from '../../limits.ts';
import { insertPerson } from '../people/people.ts';
import { createTestServer, describeEachDatabase, fixtureConsoleOrigin, type TestServer } from '../../testing/index.ts';

const minuteMs = 60_000;

describeEachDatabase('console sign-in and sessions', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 1 });
  });
  afterEach(() => server.close());

  async function addPerson(email: string, status: 'invited' | 'active' = 'invited') {
    return insertPerson(server.db, {
      brandId: server.brand.id,
      retailerId: null,
      email,
      displayName: 'Camille Aubert',
      role: 'admin',
      status,
      invitedBy: null,
      now: server.clock.now(),
    });
  }

  function askForLink(email: string, headers: Record<string, string> = {}) {
    return server.request('/v1/sign-in/links', { body: { email }, headers });
  }

  /** The token of the latest link e-mailed to `email`. */
  function tokenMailedTo(email: string): string {
    const link = server.mailer.lastTo(email)?.link;
    assert.ok(link, `a link was e-mailed to ${email}`);
    const url = new URL(link);
    assert.equal(`${url.origin}${url.pathname}`, `${fixtureConsoleOrigin}/console/`);
    assert.equal(url.search, '', 'nothing of the token in the query');
    const token = new URLSearchParams(url.hash.slice(1)).get('sign-in');
    assert.ok(token);
    return token;
  }

  function consume(token: string, init: { origin?: string | null; session?: string } = {}) {
    return server.request('/v1/sign-in/links/consume', {
      body: { token },
      origin: init.origin === undefined ? fixtureConsoleOrigin : init.origin,
      ...(init.session ? { session: init.session } : {}),
    });
  }

  /** Signs `email` in with a mailed link; answers the `Cookie` header value. */
  async function signInByLink(email: string, previousSession?: string): Promise<string> {
    assert.equal((await askForLink(email)).status, 202);
    const response = await consume(tokenMailedTo(email), previousSession ? { session: previousSession } : {});
    assert.equal(response.status, 200, await response.clone().text());
    return response.headers.get('Set-Cookie')!.split(';')[0]!;
  }

  function me(session: string) {
    return server.request('/v1/me', { session });
  }

  it('e-mails a link to a known address, answering 202; the link signs in once, with a cookie of the right flags', async () => {
    await addPerson('Camille@Maison-Fixture.example');
    const asked = await askForLink('  camille@maison-fixture.EXAMPLE ');
    assert.equal(asked.status, 202);
    assert.deepEqual(await asked.json(), { linkLifetimeMinutes: signInLinkLifetimeMinutes });
    assert.equal(server.mailer.messages.length, 1);
    assert.equal(server.mailer.messages[0]!.to, 'Camille@Maison-Fixture.example');
    const token = tokenMailedTo('camille@maison-fixture.example');

    const consumed = await consume(token);
    assert.equal(consumed.status, 200);
    const cookie = consumed.headers.get('Set-Cookie')!;
    const [pair, ...attributes] = cookie.split(';').map((part) => part.trim());
    assert.match(pair!, /^__Host-atelier_session=[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(
      new Set(attributes.map((attribute) => attribute.toLowerCase())),
      new Set([`max-age=${String(consoleSessionAbsoluteLifetimeHours * 3600)}`, 'path=/', 'httponly', 'secure', 'samesite=strict']),
    );
    const signedIn = (await consumed.json()) as Me;
    assert.equal(signedIn.person.email, 'Camille@Maison-Fixture.example');
    assert.equal(signedIn.person.status, 'active', 'an invited person is active once signed in');
    assert.equal(signedIn.brand.name, server.brand.name);
    assert.equal(signedIn.session.current, true);

    const meNow = await me(pair!);
    assert.equal(meNow.status, 200);
    assert.equal(((await meNow.json()) as Me).person.id, signedIn.person.id);

    const again = await consume(token);
    assert.equal(again.status, 404);
    assert.equal(((await again.json()) as { code: string }).code, 'invalid_sign_in_link');
  });

  it('stores neither the link token nor the session token in clear', async () => {
    await addPerson('camille@maison-fixture.example');
    await askForLink('camille@maison-fixture.example');
    const token = tokenMailedTo('camille@maison-fixture.example');
    const session = (await consume(token)).headers.get('Set-Cookie')!.split(';')[0]!.split('=')[1]!;
    const links = await server.db.selectFrom('sign_in_links').selectAll().execute();
    const sessions = await server.db.selectFrom('console_sessions').selectAll().execute();
    assert.ok(!JSON.stringify(links).includes(token));
    assert.ok(!JSON.stringify(sessions).includes(session));
  });

  it('answers an unknown or deactivated address exactly as a known one, and e-mails nothing', async () => {
    const person = await addPerson('gone@maison-fixture.example');
    await server.db.updateTable('people').set({ status: 'deactivated' }).where('id', '=', person.id).execute();
    await addPerson('known@maison-fixture.example');
    const known = await askForLink('known@maison-fixture.example');
    server.mailer.clear();
    for (const email of ['nobody@maison-fixture.example', 'gone@maison-fixture.example']) {
      const answer = await askForLink(email);
      assert.equal(answer.status, known.status);
      assert.deepEqual(await answer.json(), await known.clone().json());
    }
    assert.equal(server.mailer.messages.length, 0);
  });

  it('refuses a link past its lifetime with 410, and one used already with 404', async () => {
    await addPerson('camille@maison-fixture.example');
    await askForLink('camille@maison-fixture.example');
    const token = tokenMailedTo('camille@maison-fixture.example');
    server.clock.advance(signInLinkLifetimeMinutes * minuteMs);
    const late = await consume(token);
    assert.equal(late.status, 410);
    assert.equal(((await late.json()) as { code: string }).code, 'sign_in_link_expired');

    await askForLink('camille@maison-fixture.example');
    const fresh = tokenMailedTo('camille@maison-fixture.example');
    server.clock.advance(signInLinkLifetimeMinutes * minuteMs - 1000);
    assert.equal((await consume(fresh)).status, 200);
  });

  it("takes a link's token only from the console's own origin", async () => {
    await addPerson('camille@maison-fixture.example');
    await askForLink('camille@maison-fixture.example');
    const token = tokenMailedTo('camille@maison-fixture.example');
    for (const origin of [null, 'https://evil.example', server.keys.origin]) {
      const refused = await consume(token, { origin });
      assert.equal(refused.status, 403, `Origin ${String(origin)}`);
      assert.equal(((await refused.json()) as { code: string }).code, 'origin_not_allowed');
      assert.equal(refused.headers.get('Set-Cookie'), null);
    }
    assert.equal((await consume(token)).status, 200, 'the refused attempts did not use the link');
  });

  it("rotates at sign-in: the browser's previous session ends", async () => {
    await addPerson('camille@maison-fixture.example');
    const first = await signInByLink('camille@maison-fixture.example');
    const second = await signInByLink('camille@maison-fixture.example', first);
    assert.notEqual(first, second);
    const old = await me(first);
    assert.equal(old.status, 401);
    assert.equal(((await old.json()) as { code: string }).code, 'session_expired');
    assert.equal((await me(second)).status, 200);
  });

  it('ends a session after the idle timeout, and pushes the timeout back with each use', async () => {
    const { session } = await server.signIn({ role: 'serviceDesk' });
    for (let step = 0; step < 3; step += 1) {
      server.clock.advance((consoleSessionIdleTimeoutMinutes - 5) * minuteMs);
      assert.equal((await me(session)).status, 200, `used again after ${String(consoleSessionIdleTimeoutMinutes - 5)} minutes`);
    }
    server.clock.advance(consoleSessionIdleTimeoutMinutes * minuteMs);
    assert.equal((await me(session)).status, 401);
  });

  it('ends a session at its absolute lifetime however often it is used', async () => {
    const { session } = await server.signIn({ role: 'analyst' });
    const stepMinutes = consoleSessionIdleTimeoutMinutes - 1;
    let elapsedMinutes = 0;
    while (elapsedMinutes + stepMinutes < consoleSessionAbsoluteLifetimeHours * 60) {
      server.clock.advance(stepMinutes * minuteMs);
      elapsedMinutes += stepMinutes;
      assert.equal((await me(session)).status, 200, `after ${String(elapsedMinutes)} minutes`);
    }
    server.clock.advance((consoleSessionAbsoluteLifetimeHours * 60 - elapsedMinutes) * minuteMs);
    assert.equal((await me(session)).status, 401);
  });

  it('signs out: the session ends and the cookie is cleared', async () => {
    const { session } = await server.signIn({ role: 'concierge' });
    const out = await server.request('/v1/sign-out', { method: 'POST', session });
    assert.equal(out.status, 200);
    assert.match(out.headers.get('Set-Cookie')!, /^__Host-atelier_session=;.*Max-Age=0/i);
    assert.equal((await me(session)).status, 401);
  });

  it("lists a person's open sessions and revokes one, which stops working at once; another person's session is unknown", async () => {
    await addPerson('camille@maison-fixture.example');
    const laptop = await signInByLink('camille@maison-fixture.example');
    const phone = await signInByLink('camille@maison-fixture.example');
    const listed = (await (await server.request('/v1/me/sessions', { session: phone })).json()) as { sessions: Array<{ id: string; current: boolean }> };
    assert.equal(listed.sessions.length, 2);
    const laptopSession = listed.sessions.find((s) => !s.current)!;
    const someoneElse = await server.signIn({ role: 'admin' });
    const foreign = await server.request(`/v1/me/sessions/${someoneElse.sessionId}`, { method: 'DELETE', session: phone });
    assert.equal(foreign.status, 404);
    assert.equal((await me(someoneElse.session)).status, 200);

    const revoked = await server.request(`/v1/me/sessions/${laptopSession.id}`, { method: 'DELETE', session: phone });
    assert.equal(revoked.status, 200);
    assert.equal((await me(laptop)).status, 401);
    assert.equal((await me(phone)).status, 200);
    assert.equal((await server.request(`/v1/me/sessions/${laptopSession.id}`, { method: 'DELETE', session: phone })).status, 404);
  });

  it("stops a deactivated person's sessions at once", async () => {
    const { session, personId } = await server.signIn({ role: 'manager' });
    assert.equal((await me(session)).status, 200);
    await server.db.updateTable('people').set({ status: 'deactivated' }).where('id', '=', personId).execute();
    assert.equal((await me(session)).status, 401);
  });

  it("refuses a cookie's write without the console's Origin, and reads need none", async () => {
    const { session } = await server.signIn({ role: 'admin' });
    for (const origin of [null, 'https://evil.example', server.keys.origin]) {
      const refused = await server.request('/v1/sign-out', { method: 'POST', session, origin });
      assert.equal(refused.status, 403, `Origin ${String(origin)}`);
      assert.equal(((await refused.json()) as { code: string }).code, 'origin_not_allowed');
    }
    assert.equal((await me(session)).status, 200, 'the refused sign-outs ended nothing');
    assert.equal((await server.request('/v1/sign-out', { method: 'POST', session, origin: fixtureConsoleOrigin })).status, 200);
  });

  it('limits links asked for one address, known or not, and from one network', async () => {
    await addPerson('camille@maison-fixture.example');
    for (const email of ['camille@maison-fixture.example', 'nobody@maison-fixture.example']) {
      for (let attempt = 0; attempt < attemptLimits.signInLinkPerAddress.attemptsPerWindow; attempt += 1) {
        assert.equal((await askForLink(email)).status, 202);
      }
      const refused = await askForLink(email.toUpperCase());
      assert.equal(refused.status, 429, email);
      assert.equal(((await refused.json()) as { code: string }).code, 'too_many_attempts');
    }
    assert.equal(server.mailer.messages.length, attemptLimits.signInLinkPerAddress.attemptsPerWindow);
  });

  it('limits the links asked for from one network across addresses', async () => {
    for (let attempt = 0; attempt < attemptLimits.signInLinkPerNetwork.attemptsPerWindow; attempt += 1) {
      assert.equal((await askForLink(`someone-${String(attempt)}@example.com`)).status, 202);
    }
    assert.equal((await askForLink('one-more@example.com')).status, 429);
  });

  it('limits the tokens tried from one network', async () => {
    await addPerson('camille@maison-fixture.example');
    for (let attempt = 0; attempt < attemptLimits.signInConsumePerNetwork.attemptsPerWindow; attempt += 1) {
      assert.equal((await consume(`guess-${String(attempt)}`)).status, 404);
    }
    await askForLink('camille@maison-fixture.example');
    const refused = await consume(tokenMailedTo('camille@maison-fixture.example'));
    assert.equal(refused.status, 429);
  });
});
