import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Session } from '@shopify/shopify-api';
import { createTestServer, type TestServer } from '@atelier/server/testing';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { appProxySignatureMaxAgeSeconds } from '../limits.ts';
import { connectToAtelier, createTestApp, signedProxyUrl, testApiSecret, testAtelierApiUrl, testShop, webhookRequest, type TestApp, bodyOf } from '../testing/harness.ts';
import { paidOrder } from '../testing/orders.ts';

const buyer = { id: 8101, firstName: 'Aiko', lastName: 'Tanaka', email: 'aiko.tanaka@example.com', country: 'JP', locale: 'ja' };

describe('app proxy', () => {
  const graphqlRequests: Array<{ variables: Record<string, string> }> = [];
  const shopify = setupServer(
    http.post(`https://${testShop}/admin/api/:version/graphql.json`, async ({ request }) => {
      const body = (await request.json()) as { variables: Record<string, string> };
      graphqlRequests.push(body);
      assert.equal(request.headers.get('X-Shopify-Access-Token'), 'shpat_offline');
      return HttpResponse.json({
        data: { customer: { firstName: buyer.firstName, lastName: buyer.lastName, email: buyer.email, locale: 'ja', defaultAddress: { countryCodeV2: 'JP' } } },
      });
    }),
  );
  let atelier: TestServer;
  let app: TestApp;
  before(async () => {
    shopify.listen({ onUnhandledFrame: 'error' });
    atelier = await createTestServer({ database: 'sqlite' });
    app = await createTestApp({ database: 'sqlite', atelier });
    await connectToAtelier(app, atelier);
    await app.sessions.storeSession(new Session({ id: `offline_${testShop}`, shop: testShop, state: '', isOnline: false, accessToken: 'shpat_offline', scope: 'read_orders,read_customers' }));
  });
  after(async () => {
    shopify.close();
    await app.close();
    await atelier.close();
  });

  it('serves a correctly signed request as the shop\'s retailer, adding nothing the storefront should not see', async () => {
    const response = await app.app.request(signedProxyUrl('/v1/brand'));
    assert.equal(response.status, 200);
    assert.equal((await bodyOf(response)).name, atelier.brand.name);
    assert.equal(response.headers.get('Set-Cookie'), null);
    assert.equal(response.headers.get('Cache-Control'), 'private, no-store');
    assert.equal(response.headers.get('RateLimit-Policy'), null);
    assert.deepEqual(app.atelierCalls, ['GET /v1/brand']);
  });

  it('refuses a bad signature, another app\'s secret, a stale timestamp and a missing signature', async () => {
    const tampered = signedProxyUrl('/v1/brand');
    tampered.searchParams.set('logged_in_customer_id', '999');
    const cases: Array<[URL | string, string]> = [
      [tampered, 'invalid_signature'],
      [signedProxyUrl('/v1/brand', { secret: `${testApiSecret}-other` }), 'invalid_signature'],
      [signedProxyUrl('/v1/brand', { timestamp: Math.floor(Date.now() / 1000) - appProxySignatureMaxAgeSeconds - 30 }), 'stale_signature'],
      ['/proxy/v1/brand?shop=' + testShop, 'missing_signature'],
    ];
    const callsBefore = app.atelierCalls.length;
    for (const [url, code] of cases) {
      const response = await app.app.request(url);
      assert.equal(response.status, 401, String(url));
      assert.equal((await bodyOf(response)).code, code);
    }
    assert.equal(app.atelierCalls.length, callsBefore, 'nothing reached the brand API');
  });

  it('never forwards a secret-key operation, though the connection holds a secret key', async () => {
    const response = await app.app.request(signedProxyUrl(`/v1/items/${atelier.items[0]!.serial}`));
    assert.equal(response.status, 404);
    const sale = await app.app.request(signedProxyUrl('/v1/sales'), { method: 'POST', body: '{}' });
    assert.equal(sale.status, 404);
  });

  it('prefills the activation form with the logged-in customer, and with nobody when no one is logged in', async () => {
    const anonymous = await app.app.request(signedProxyUrl('/customer'));
    assert.deepEqual(await bodyOf(anonymous), { customer: null });
    const response = await app.app.request(signedProxyUrl('/customer', { loggedInCustomerId: String(buyer.id) }));
    assert.deepEqual(await bodyOf(response), { customer: { name: 'Aiko Tanaka', email: buyer.email, country: 'JP', locale: 'ja' } });
    assert.deepEqual(graphqlRequests.map((r) => r.variables['id']), [`gid://shopify/Customer/${buyer.id}`]);
  });

  it('leaves the form to the buyer when Shopify refuses the customer\'s details', async () => {
    shopify.use(
      http.post(`https://${testShop}/admin/api/:version/graphql.json`, () =>
        HttpResponse.json({ errors: [{ message: 'This app is not approved to access the Customer object.' }] }, { status: 403 }), { once: true }),
    );
    const response = await app.app.request(signedProxyUrl('/customer', { loggedInCustomerId: String(buyer.id) }));
    assert.equal(response.status, 200);
    assert.deepEqual(await bodyOf(response), { customer: null });
  });

  it('lets the buyer activate a piece that orders/paid pre-registered, through the storefront', async () => {
    const piece = atelier.items[5]!;
    const order = paidOrder({ orderId: 6_660_001, customer: buyer, lines: [{ id: 1901, title: 'Aubert Lune 40', vendor: atelier.brand.name, serial: piece.serial }] });
    assert.equal((await app.app.request(webhookRequest('orders/paid', order))).status, 200);

    const activation = {
      serial: piece.serial,
      purchaseDate: '2026-11-24',
      owner: { name: 'Aiko Tanaka', email: buyer.email, country: 'JP', language: 'ja' },
      consents: { service: true, marketing: false },
    };
    const response = await app.app.request(signedProxyUrl('/v1/warranties/activations'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'storefront-activation-1' },
      body: JSON.stringify(activation),
    });
    const body = await bodyOf(response);
    assert.equal(response.status, 201, JSON.stringify(body));
    assert.equal(body.warranty.serial, piece.serial);
    assert.equal(body.warranty.retailer.id, atelier.retailers[0]!.id);
  });

  it('sends a piece\'s Digital Link under the shop on to the brand\'s resolver, keeping its link type', async () => {
    const link = await app.app.request(signedProxyUrl('/01/9506000134376/21/AT-100234', { params: { linkType: 'gs1:serviceInfo' } }));
    assert.equal(link.status, 302);
    assert.equal(link.headers.get('Location'), `${testAtelierApiUrl}/01/09506000134376/21/AT-100234?linkType=gs1:serviceInfo`);
    const plain = await app.app.request(signedProxyUrl('/01/09506000134376/21/AT-100234'));
    assert.equal(plain.headers.get('Location'), `${testAtelierApiUrl}/01/09506000134376/21/AT-100234`);
    const notALink = await app.app.request(signedProxyUrl('/01/9506000134376'));
    assert.equal(notALink.status, 404);
  });

  it('passes the brand API\'s field errors through for the form to show', async () => {
    const response = await app.app.request(signedProxyUrl('/v1/warranties/activations'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ serial: 'FX-1', purchaseDate: 'yesterday', owner: {}, consents: {} }),
    });
    assert.equal(response.status, 422);
    const problem = await bodyOf(response);
    assert.equal(problem.code, 'validation_failed');
    assert.ok(problem.errors.some((e: { path: string }) => e.path === 'purchaseDate'));
  });
});
