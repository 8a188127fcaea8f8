import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createTestApp, expiringTokenResponse, sessionToken, testApiKey, testApiSecret, testShop, type TestApp, bodyOf } from '../testing/harness.ts';

const tokenEndpoint = `https://${testShop}/admin/oauth/access_token`;

describe('embedded admin: session token and token exchange', () => {
  const exchanges: Array<Record<string, string>> = [];
  const shopify = setupServer(
    http.post(tokenEndpoint, async ({ request }) => {
      exchanges.push((await request.json()) as Record<string, string>);
      return HttpResponse.json(expiringTokenResponse('shpat_exchanged_offline_token', 'shprt_exchanged_refresh_token'));
    }),
  );
  let app: TestApp;
  before(async () => {
    shopify.listen({ onUnhandledFrame: 'error' });
    app = await createTestApp({ database: 'sqlite' });
  });
  afterEach(() => {
    exchanges.length = 0;
  });
  after(async () => {
    shopify.close();
    await app.close();
  });

  it('exchanges the first session token for an expiring offline token, stores it and its refresh token sealed, and reuses it', async () => {
    const token = sessionToken();
    const response = await app.app.request('/api/connection', { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(response.status, 200);
    assert.deepEqual((await bodyOf(response)).connection, null);
    assert.equal(exchanges.length, 1);
    assert.equal(exchanges[0]!['client_id'], testApiKey);
    assert.equal(exchanges[0]!['subject_token'], token);
    assert.equal(exchanges[0]!['requested_token_type'], 'urn:shopify:params:oauth:token-type:offline-access-token');
    assert.equal(exchanges[0]!['expiring'], '1', 'asks for an expiring offline token');

    const stored = await app.sessions.loadSession(`offline_${testShop}`);
    assert.equal(stored?.accessToken, 'shpat_exchanged_offline_token');
    assert.equal(stored?.refreshToken, 'shprt_exchanged_refresh_token');
    assert.ok(stored?.expires && stored.refreshTokenExpires, 'both expiries are kept');
    const rows = await app.db.selectFrom('shopify_sessions').selectAll().execute();
    assert.ok(!/shpat_exchanged|shprt_exchanged/.test(JSON.stringify(rows)), 'neither token is stored in clear');

    const second = await app.app.request('/api/connection', { headers: { Authorization: `Bearer ${sessionToken()}` } });
    assert.equal(second.status, 200);
    assert.equal(exchanges.length, 1, 'no second exchange while the offline token is held');
  });

  it('refuses a token signed with another secret, an expired one and none, asking App Bridge to retry', async () => {
    for (const authorization of [`Bearer ${sessionToken({ secret: `${testApiSecret}-other` })}`, `Bearer ${sessionToken({ expiresInSeconds: -120 })}`, undefined]) {
      const response = await app.app.request('/api/orders', { headers: authorization ? { Authorization: authorization } : {} });
      assert.equal(response.status, 401);
      assert.equal(response.headers.get('X-Shopify-Retry-Invalid-Session-Request'), '1');
      assert.equal((await bodyOf(response)).code, 'invalid_session_token');
    }
    assert.equal(exchanges.length, 0);
  });

  it('answers 502 without storing anything when Shopify refuses the exchange', async () => {
    const otherShop = 'other-retailer.myshopify.com';
    shopify.use(http.post(`https://${otherShop}/admin/oauth/access_token`, () => HttpResponse.json({ error: 'invalid_subject_token' }, { status: 400 })));
    const response = await app.app.request('/api/orders', { headers: { Authorization: `Bearer ${sessionToken({ shop: otherShop })}` } });
    assert.equal(response.status, 502);
    assert.equal(await app.sessions.loadSession(`offline_${otherShop}`), undefined);
  });

  it('starts OAuth as the fallback: /auth redirects to the shop\'s authorize page with our client id', async () => {
    const response = await app.app.request(`/auth?shop=${testShop}`);
    assert.equal(response.status, 302);
    const location = new URL(response.headers.get('Location')!);
    assert.equal(location.origin, `https://${testShop}`);
    assert.equal(location.pathname, '/admin/oauth/authorize');
    assert.equal(location.searchParams.get('client_id'), testApiKey);
    assert.match(response.headers.get('Set-Cookie') ?? '', /shopify_app_state/);
  });

  it('serves the admin page only framed by the shop\'s admin, with App Bridge and our API key', async () => {
    const response = await app.app.request(`/?shop=${testShop}&host=abc&embedded=1`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, new RegExp(`<meta name="shopify-api-key" content="${testApiKey}">`));
    assert.match(html, /cdn\.shopify\.com\/shopifycloud\/app-bridge\.js/);
    assert.match(response.headers.get('Content-Security-Policy') ?? '', new RegExp(`frame-ancestors https://${testShop} https://admin.shopify.com`));
    assert.equal((await app.app.request('/?shop=evil.example.com')).status, 400);
  });
});
