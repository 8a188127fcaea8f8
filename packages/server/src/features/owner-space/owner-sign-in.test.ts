/**
 * Issue 16: an owner signs in to their space on the brand's site with an e-mailed code or link —
 * single use (either one uses up the other), 10 minutes, the same answer for any address, limited
 * per address and per network, in the owner's language — and holds a session cookie fit for a
 * page of another origin (HttpOnly, Secure, SameSite=None, Partitioned), which expires and ends
 * at sign-out, here or everywhere.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { OwnerSession } from '@atelier/client/contract';
import { attemptLimits, ownerSessionAbsoluteLifetimeHours, ownerSessionIdleTimeoutMinutes, ownerSignInCodeLifetimeMinutes } from '../../limits.ts';
import { createTestServer, describeEachDatabase, fixtureOrigin, type TestServer } from '../../testing/index.ts';
import { askForOwnerCode, asOwner, giveOwnerPiece, mailTo, ownerCookieOf, secretsOf, signInOwner, verifyOwner } from './testing.ts';

const minuteMs = 60_000;
const ownerEmail = 'Ada.Owner@example.com';

describeEachDatabase('owner sign-in and sessions', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 2 });
    await giveOwnerPiece(server, { email: ownerEmail, item: server.items[0]!, language: 'fr' });
  });
  afterEach(() => server.close());

  async function codeAndLink(email = ownerEmail) {
    const before = server.mailer.messages.length;
    const asked = await askForOwnerCode(server, email);
    assert.equal(asked.status, 202);
    return secretsOf(await mailTo(server, email, before));
  }

  function codeOf(response: Response): Promise<string> {
    return response.json().then((problem) => (problem as { code: string }).code);
  }

  it("e-mails a code and a link in the owner's language; the link signs in once, with a cookie a page of the brand's site can send", async () => {
    const asked = await askForOwnerCode(server, '  ada.owner@EXAMPLE.com ');
    assert.equal(asked.status, 202);
    assert.deepEqual(await asked.json(), { codeLifetimeMinutes: ownerSignInCodeLifetimeMinutes });
    const mail = await mailTo(server, ownerEmail);
    assert.equal(mail.to, ownerEmail);
    assert.match(mail.subject, /Votre code/);
    const { token, link } = secretsOf(mail);
    assert.equal(`${link.origin}${link.pathname}`, `${fixtureOrigin}/`, "the link opens the calling page's origin");
    assert.equal(link.search, '', 'nothing of the token in the query');

    const verified = await verifyOwner(server, { token });
    assert.equal(verified.status, 200);
    const [pair, ...attributes] = verified.headers.get('Set-Cookie')!.split(';').map((part) => part.trim());
    assert.match(pair!, /^__Host-atelier_owner=[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(
      new Set(attributes.map((attribute) => attribute.toLowerCase())),
      new Set([`max-age=${String(ownerSessionAbsoluteLifetimeHours * 3600)}`, 'path=/', 'httponly', 'secure', 'samesite=none', 'partitioned']),
    );
    const session = (await verified.json()) as OwnerSession;
    assert.equal(session.owner.email, ownerEmail);
    assert.equal(session.brand.name, server.brand.name);

    const me = await asOwner(server, pair!, '/v1/owner/session');
    assert.equal(me.status, 200);
    assert.equal(((await me.json()) as OwnerSession).owner.email, ownerEmail);

    const again = await verifyOwner(server, { token });
    assert.equal(again.status, 404);
    assert.equal(await codeOf(again), 'invalid_sign_in_link');
  });

  it('takes the code once, and either the code or the link uses up the other', async () => {
    const first = await codeAndLink();
    const byCode = await verifyOwner(server, { email: ownerEmail, code: first.code.replace(' ', '') });
    assert.equal(byCode.status, 200, await byCode.clone().text());
    assert.equal((await verifyOwner(server, { email: ownerEmail, code: first.code })).status, 404, 'the code, twice');
    assert.equal((await verifyOwner(server, { token: first.token })).status, 404, 'the link after the code');

    const second = await codeAndLink();
    assert.equal((await verifyOwner(server, { token: second.token })).status, 200);
    assert.equal((await verifyOwner(server, { email: ownerEmail, code: second.code })).status, 404, 'the code after the link');
  });

  it('refuses a code or link past its 10 minutes with 410, and takes one a second before', async () => {
    const late = await codeAndLink();
    server.clock.advance(ownerSignInCodeLifetimeMinutes * minuteMs);
    const byLink = await verifyOwner(server, { token: late.token });
    assert.equal(byLink.status, 410);
    assert.equal(await codeOf(byLink), 'sign_in_link_expired');
    assert.equal((await verifyOwner(server, { email: ownerEmail, code: late.code })).status, 410);

    const inTime = await codeAndLink();
    server.clock.advance(ownerSignInCodeLifetimeMinutes * minuteMs - 1000);
    assert.equal((await verifyOwner(server, { email: ownerEmail, code: inTime.code })).status, 200);
  });

  it("answers an address that is no owner's exactly as an owner's, does the same work, and e-mails nothing", async () => {
    const known = await askForOwnerCode(server, ownerEmail);
    await mailTo(server, ownerEmail);
    server.mailer.clear();
    const unknown = await askForOwnerCode(server, 'nobody@example.com');
    assert.equal(unknown.status, known.status);
    assert.deepEqual(await unknown.json(), await known.json());
    assert.deepEqual([...unknown.headers.keys()].filter((name) => name !== 'x-request-id'), [...known.headers.keys()].filter((name) => name !== 'x-request-id'));
    // The same rows are written for both: one sign-in each (an unknown address's signs no one in).
    const rows = await server.db.selectFrom('owner_sign_ins').select(['owner_id']).execute();
    assert.equal(rows.length, 2);
    assert.equal(rows.filter((row) => row.owner_id === null).length, 1);
    // An owner's later request is mailed, so had the unknown address's been, it would be here by now.
    await askForOwnerCode(server, ownerEmail);
    await mailTo(server, ownerEmail);
    assert.deepEqual(server.mailer.messages.map((message) => message.to), [ownerEmail]);
    assert.equal((await verifyOwner(server, { email: 'nobody@example.com', code: '1234 5678' })).status, 404);
  });

  it('limits codes asked for one address, whether or not it is an owner’s, and from one network', async () => {
    for (const email of [ownerEmail, 'nobody@example.com']) {
      for (let attempt = 0; attempt < attemptLimits.ownerSignInPerAddress.attemptsPerWindow; attempt += 1) {
        assert.equal((await askForOwnerCode(server, email)).status, 202, `${email} #${String(attempt + 1)}`);
      }
      const refused = await askForOwnerCode(server, email);
      assert.equal(refused.status, 429, email);
      assert.equal(await codeOf(refused), 'too_many_attempts');
      assert.ok(Number(refused.headers.get('Retry-After')) > 0);
    }
    server.clock.advance(attemptLimits.ownerSignInPerAddress.windowSeconds * 1000);
    let asked = 0;
    while ((await askForOwnerCode(server, `someone${String(asked)}@example.com`)).status === 202) asked += 1;
    assert.equal(asked, attemptLimits.ownerSignInPerNetwork.attemptsPerWindow, 'one network sweeping addresses');
  });

  it("limits codes typed for one address; the right code is then refused too, and the e-mailed link still signs in", async () => {
    const { code, token } = await codeAndLink();
    const wrong = code === '0000 0000' ? '0000 0001' : '0000 0000';
    for (let attempt = 0; attempt < attemptLimits.ownerCodePerAddress.attemptsPerWindow; attempt += 1) {
      assert.equal((await verifyOwner(server, { email: ownerEmail, code: wrong })).status, 404);
    }
    const refused = await verifyOwner(server, { email: ownerEmail, code });
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('Set-Cookie'), null);
    assert.equal((await verifyOwner(server, { token })).status, 200);
  });

  it('never writes a token, code or session in clear: not in the database, not in the log', async () => {
    const { code, token } = await codeAndLink();
    const cookie = ownerCookieOf(await verifyOwner(server, { token }));
    const session = cookie.split('=')[1]!;
    const stored = JSON.stringify([await server.db.selectFrom('owner_sign_ins').selectAll().execute(), await server.db.selectFrom('owner_sessions').selectAll().execute()]);
    const logged = JSON.stringify(server.logger.entries);
    for (const secret of [token, code, code.replace(' ', ''), session]) {
      assert.ok(!stored.includes(secret), 'stored');
      assert.ok(!logged.includes(secret), 'logged');
    }
  });

  it("sends the link back to a page the key allows, and refuses any other with a field error", async () => {
    const page = `${fixtureOrigin}/my-pieces?tab=1#old`;
    assert.equal((await askForOwnerCode(server, ownerEmail, { returnUrl: page })).status, 202);
    const link = new URL((await mailTo(server, ownerEmail)).link!);
    assert.equal(`${link.origin}${link.pathname}${link.search}`, `${fixtureOrigin}/my-pieces?tab=1`);
    const elsewhere = await askForOwnerCode(server, ownerEmail, { returnUrl: 'https://evil.example/' });
    assert.equal(elsewhere.status, 422);
    assert.equal(((await elsewhere.json()) as { errors: Array<{ path: string }> }).errors[0]!.path, 'returnUrl');
  });

  it("accepts the cookie only from the brand's own sites: a write without an Origin, or from another site, is refused", async () => {
    const cookie = await signInOwner(server, ownerEmail);
    for (const origin of [null, 'https://evil.example']) {
      const refused = await asOwner(server, cookie, '/v1/owner/sign-out', { origin, body: {} });
      assert.equal(refused.status, 403, `Origin ${String(origin)}`);
      assert.equal(await codeOf(refused), 'origin_not_allowed');
    }
    assert.equal((await asOwner(server, cookie, '/v1/owner/pieces', { origin: 'https://evil.example' })).status, 403, 'a read from another site');
    assert.equal((await asOwner(server, cookie, '/v1/owner/pieces', { origin: null })).status, 200, 'a read opened in a tab');
    assert.equal((await asOwner(server, cookie, '/v1/owner/session')).status, 200, 'the session survived the refusals');
  });

  it("answers the owner space's CORS with credentials for the brand's origins only", async () => {
    const preflight = (origin: string) =>
      server.request('/v1/owner/pieces', { method: 'OPTIONS', origin, headers: { 'Access-Control-Request-Method': 'GET' } });
    const allowed = await preflight(fixtureOrigin);
    assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), fixtureOrigin);
    assert.equal(allowed.headers.get('Access-Control-Allow-Credentials'), 'true');
    const other = await preflight('https://evil.example');
    assert.equal(other.headers.get('Access-Control-Allow-Origin'), null);
    const elsewhere = await server.request('/v1/brand', { method: 'OPTIONS', origin: fixtureOrigin, headers: { 'Access-Control-Request-Method': 'GET' } });
    assert.equal(elsewhere.headers.get('Access-Control-Allow-Credentials'), null, 'no credentials outside the owner space');
  });

  it('ends a session after an idle hour, pushes that back with each use, and ends it at its absolute lifetime', async () => {
    const cookie = await signInOwner(server, ownerEmail);
    const stepMinutes = ownerSessionIdleTimeoutMinutes - 5;
    let elapsedMinutes = 0;
    while (elapsedMinutes + stepMinutes < ownerSessionAbsoluteLifetimeHours * 60) {
      server.clock.advance(stepMinutes * minuteMs);
      elapsedMinutes += stepMinutes;
      assert.equal((await asOwner(server, cookie, '/v1/owner/session')).status, 200, `after ${String(elapsedMinutes)} minutes`);
    }
    server.clock.advance((ownerSessionAbsoluteLifetimeHours * 60 - elapsedMinutes) * minuteMs);
    const ended = await asOwner(server, cookie, '/v1/owner/session');
    assert.equal(ended.status, 401);
    assert.equal(await codeOf(ended), 'session_expired');

    const idle = await signInOwner(server, ownerEmail);
    server.clock.advance(ownerSessionIdleTimeoutMinutes * minuteMs);
    assert.equal((await asOwner(server, idle, '/v1/owner/session')).status, 401);
  });

  it('signs out: this session ends and its cookie is cleared; everywhere: every session ends', async () => {
    const laptop = await signInOwner(server, ownerEmail);
    const phone = await signInOwner(server, ownerEmail);
    const tablet = await signInOwner(server, ownerEmail);
    const out = await asOwner(server, phone, '/v1/owner/sign-out', { body: {} });
    assert.equal(out.status, 200);
    assert.deepEqual(await out.json(), { signedOut: true, sessionsEnded: 1 });
    assert.match(out.headers.get('Set-Cookie')!, /^__Host-atelier_owner=;.*Max-Age=0/i);
    assert.equal((await asOwner(server, phone, '/v1/owner/session')).status, 401);
    assert.equal((await asOwner(server, laptop, '/v1/owner/session')).status, 200);

    const everywhere = await asOwner(server, laptop, '/v1/owner/sign-out', { body: { everywhere: true } });
    assert.deepEqual(await everywhere.json(), { signedOut: true, sessionsEnded: 2 });
    assert.equal((await asOwner(server, laptop, '/v1/owner/session')).status, 401);
    assert.equal((await asOwner(server, tablet, '/v1/owner/session')).status, 401);
  });

  it("rotates at sign-in: the browser's previous owner session ends", async () => {
    const first = await signInOwner(server, ownerEmail);
    const { token } = await codeAndLink();
    const second = ownerCookieOf(await verifyOwner(server, { token }, first));
    assert.notEqual(first, second);
    assert.equal((await asOwner(server, first, '/v1/owner/session')).status, 401);
    assert.equal((await asOwner(server, second, '/v1/owner/session')).status, 200);
  });

  it("gives an owner's cookie nothing but the owner space: staff and key operations refuse it", async () => {
    const cookie = await signInOwner(server, ownerEmail);
    for (const path of [`/v1/items/${server.items[0]!.serial}`, '/v1/me', '/v1/repairs']) {
      const refused = await asOwner(server, cookie, path);
      assert.equal(refused.status, 403, path);
      assert.equal(await codeOf(refused), 'forbidden');
    }
  });
});
