import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, afterEach, before, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { bodyOf, createTestApp, expiringTokenResponse, testApiKey, testApiSecret, testShop, type TestApp } from '../testing/harness.ts';

const tokenEndpoint = `https://${testShop}/admin/oauth/access_token`;

/** Shopify signs the OAuth callback's query: every parameter but `hmac`, sorted, with the app's secret. */
function signedCallbackQuery(parameters: Record<string, string>, secret = testApiSecret): string {
  const sorted = new URLSearchParams(Object.entries(parameters).sort(([a], [b]) => a.localeCompare(b)));
  sorted.set('hmac', createHmac('sha256', secret).update(sorted.toString()).digest('hex'));
  return sorted.toString();
}

/** The state cookies `/auth` sets (signed by the library), as a browser would send them back. */
function cookieHeader(response: Response): string {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
}

describe('OAuth install outside the embedded admin', () => {
  const tokenRequests: Array<Record<string, string>> = [];
  const shopify = setupServer(
    http.post(tokenEndpoint, async ({ request }) => {
      tokenRequests.push((await request.json()) as Record<string, string>);
      return HttpResponse.json(expiringTokenResponse('shpat_oauth_offline', 'shprt_oauth_refresh'));
    }),
  );
  let app: TestApp;
  before(async () => {
    shopify.listen({ onUnhandledFrame: 'error' });
    app = await createTestApp({ database: 'sqlite' });
  });
  afterEach(async () => {
    tokenRequests.length = 0;
    await app.db.deleteFrom('shopify_sessions').execute();
  });
  after(async () => {
    shopify.close();
    await app.close();
  });

  async function beginInstall(): Promise<{ state: string; cookies: string }> {
    const begin = await app.app.request(`/auth?shop=${testShop}`);
    assert.equal(begin.status, 302);
    const location = new URL(begin.headers.get('Location')!);
    assert.equal(location.origin, `https://${testShop}`);
    assert.equal(location.searchParams.get('client_id'), testApiKey);
    return { state: location.searchParams.get('state')!, cookies: cookieHeader(begin) };
  }

  it('asks Shopify for an expiring offline token and keeps its refresh token', async () => {
    const { state, cookies } = await beginInstall();
    const query = signedCallbackQuery({ code: 'authorization-code', shop: testShop, state, timestamp: String(Math.floor(Date.now() / 1000)) });
    const callback = await app.app.request(`/auth/callback?${query}`, { headers: { Cookie: cookies } });
    assert.equal(callback.status, 302);
    assert.equal(callback.headers.get('Location'), `https://${testShop}/admin/apps/${testApiKey}`);
    assert.equal(tokenRequests.length, 1);
    assert.equal(tokenRequests[0]!['code'], 'authorization-code');
    assert.equal(tokenRequests[0]!['expiring'], '1', 'a non-expiring token would stop working on 2027-01-01');
    const stored = await app.sessions.loadSession(`offline_${testShop}`);
    assert.equal(stored?.accessToken, 'shpat_oauth_offline');
    assert.equal(stored?.refreshToken, 'shprt_oauth_refresh');
    assert.ok(stored?.expires && stored.refreshTokenExpires, 'both expiries are kept');
  });

  it('refuses a callback not signed with the app\'s secret, or without its state cookie, asking for no token', async () => {
    const { state, cookies } = await beginInstall();
    const parameters = { code: 'authorization-code', shop: testShop, state, timestamp: String(Math.floor(Date.now() / 1000)) };
    const forged = await app.app.request(`/auth/callback?${signedCallbackQuery(parameters, `${testApiSecret}-other`)}`, { headers: { Cookie: cookies } });
    const withoutCookie = await app.app.request(`/auth/callback?${signedCallbackQuery(parameters)}`);
    for (const response of [forged, withoutCookie]) {
      assert.equal(response.status, 400);
      assert.equal((await bodyOf(response)).code, 'oauth_failed');
    }
    assert.equal(tokenRequests.length, 0);
    assert.equal(await app.sessions.loadSession(`offline_${testShop}`), undefined);
  });
});
