import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestServer, type TestServer } from '@atelier/server/testing';
import { bodyOf, createTestApp, offlineSession, sessionToken, testAtelierApiUrl, testShop, webhookRequest, type TestApp } from '../testing/harness.ts';
import { paidOrder } from '../testing/orders.ts';

describe('admin: connecting the shop to its brand', () => {
  let atelier: TestServer;
  let app: TestApp;
  const put = (body: unknown) =>
    app.app.request('/api/connection', { method: 'PUT', headers: { Authorization: `Bearer ${sessionToken()}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const fieldsOf = async (response: Response) => ((await bodyOf(response)).errors as Array<{ path: string }>).map((e) => e.path);

  before(async () => {
    atelier = await createTestServer({ database: 'sqlite' });
    app = await createTestApp({ database: 'sqlite', atelier });
    await app.sessions.storeSession(offlineSession());
  });
  after(async () => {
    await app.close();
    await atelier.close();
  });

  it('names each field that is missing or malformed', async () => {
    const response = await put({ apiUrl: 'not a url', secretKey: 'pk_nope', retailerId: '' });
    assert.equal(response.status, 422);
    assert.deepEqual((await fieldsOf(response)).sort(), ['apiUrl', 'retailerId', 'secretKey']);
  });

  it('refuses a retailer the brand does not know, and a key the brand does not accept as a secret key', async () => {
    const unknownRetailer = await put({ apiUrl: testAtelierApiUrl, secretKey: atelier.keys.secret, retailerId: 'rtl_nobody' });
    assert.deepEqual(await fieldsOf(unknownRetailer), ['retailerId']);
    const revoked = await put({ apiUrl: testAtelierApiUrl, secretKey: 'sk_0000000000000000000000000000000', retailerId: atelier.retailers[0]!.id });
    assert.deepEqual(await fieldsOf(revoked), ['secretKey']);
    assert.equal(await app.connections.find(testShop), undefined);
  });

  it('connects with a valid key, stores it sealed, never sends it back, and registers the sales that waited for it', async () => {
    const waiting = paidOrder({ orderId: 4_401, customer: { id: 1, firstName: 'Ana', lastName: 'Ruiz', email: 'ana@example.com', country: 'ES', locale: 'es' }, lines: [{ id: 1, title: 'Ring', vendor: 'x', serial: atelier.items[6]!.serial }] });
    assert.equal((await app.app.request(webhookRequest('orders/paid', waiting))).status, 200);
    assert.deepEqual(app.atelierCalls.filter((c) => c === 'POST /v1/sales'), [], 'nothing can be registered before the shop is connected');

    const response = await put({ apiUrl: `${testAtelierApiUrl}/`, secretKey: atelier.keys.secret, retailerId: atelier.retailers[0]!.id });
    assert.equal(response.status, 200);
    const text = await response.text();
    assert.ok(!text.includes(atelier.keys.secret));
    assert.deepEqual(JSON.parse(text).connection.brandName, atelier.brand.name);

    const shown = await (await app.app.request('/api/connection', { headers: { Authorization: `Bearer ${sessionToken()}` } })).text();
    assert.ok(!shown.includes(atelier.keys.secret));
    const rows = await app.db.selectFrom('shop_connections').selectAll().execute();
    assert.ok(!JSON.stringify(rows).includes(atelier.keys.secret), 'the key is not stored in clear');
    assert.ok(!JSON.stringify(app.logger.entries).includes(atelier.keys.secret), 'nor logged');
    assert.deepEqual(app.atelierCalls.filter((c) => c === 'POST /v1/sales'), ['POST /v1/sales']);
    const [unit] = await app.db.selectFrom('order_units').select('status').execute();
    assert.equal(unit?.status, 'registered');
  });

  it('looks a piece up by serial: the brand\'s record and this shop\'s sale of it', async () => {
    const piece = atelier.items[0]!;
    const response = await app.app.request(`/api/pieces/${piece.serial}`, { headers: { Authorization: `Bearer ${sessionToken()}` } });
    assert.equal(response.status, 200);
    const body = await bodyOf(response);
    assert.equal(body.piece.serial, piece.serial);
    assert.equal(body.sale, null);
    const unknown = await app.app.request('/api/pieces/ZZ-404404', { headers: { Authorization: `Bearer ${sessionToken()}` } });
    assert.equal(unknown.status, 404);
  });
});
