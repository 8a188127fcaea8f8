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

  const messagesOf = async (response: Response) => ((await bodyOf(response)).errors as Array<{ message: string }>).map((e) => e.message);

  it('names each field that is missing or malformed', async () => {
    const response = await put({ apiUrl: 'not a url', retailerKey: 'nope' });
    assert.equal(response.status, 422);
    assert.deepEqual((await fieldsOf(response)).sort(), ['apiUrl', 'retailerKey']);
  });

  it("refuses the brand's secret key and a publishable key, saying why, without sending them to the brand", async () => {
    const callsBefore = app.atelierCalls.length;
    const secret = await put({ apiUrl: testAtelierApiUrl, retailerKey: atelier.keys.secret });
    assert.equal(secret.status, 422);
    assert.deepEqual(await fieldsOf(secret), ['retailerKey']);
    assert.match((await messagesOf(await put({ apiUrl: testAtelierApiUrl, retailerKey: atelier.keys.secret })))[0] ?? '', /brand's secret key .*every retailer's sales.*retailer key \(rk_…\)/);
    assert.match((await messagesOf(await put({ apiUrl: testAtelierApiUrl, retailerKey: atelier.keys.publishable })))[0] ?? '', /publishable key/);
    assert.equal(app.atelierCalls.length, callsBefore, 'the refused keys never left the app');
    assert.equal(await app.connections.find(testShop), undefined);
  });

  it("shows a shop connected before retailer keys as holding the brand's secret key, so the page asks for a retailer key", async () => {
    const at = new Date().toISOString();
    // As a shop connected before migration 0006 was stored: no kind written, so the column's default says.
    await app.db
      .insertInto('shop_connections')
      .values({ shop: 'older.myshopify.com', api_url: testAtelierApiUrl, sealed_secret_key: 'sealed', retailer_id: atelier.retailers[0]!.id, retailer_name: null, brand_name: atelier.brand.name, connected_at: at, updated_at: at })
      .execute();
    assert.equal((await app.connections.find('older.myshopify.com'))?.keyKind, 'secret');
    await app.db.deleteFrom('shop_connections').where('shop', '=', 'older.myshopify.com').execute();
  });

  it('refuses a retailer key the brand does not accept', async () => {
    const revoked = await put({ apiUrl: testAtelierApiUrl, retailerKey: 'rk_0000000000000000000000000000000' });
    assert.equal(revoked.status, 422);
    assert.match((await messagesOf(revoked)).join(), /does not accept this key/);
    assert.equal(await app.connections.find(testShop), undefined);
  });

  it('connects with a valid key, stores it sealed, never sends it back, and registers the sales that waited for it', async () => {
    const waiting = paidOrder({ orderId: 4_401, customer: { id: 1, firstName: 'Ana', lastName: 'Ruiz', email: 'ana@example.com', country: 'ES', locale: 'es' }, lines: [{ id: 1, title: 'Ring', vendor: 'x', serial: atelier.items[6]!.serial }] });
    assert.equal((await app.app.request(webhookRequest('orders/paid', waiting))).status, 200);
    assert.deepEqual(app.atelierCalls.filter((c) => c === 'POST /v1/sales'), [], 'nothing can be registered before the shop is connected');

    // The second retailer's key: the shop becomes the retailer its key names, not one typed in.
    const key = atelier.keys.otherRetailer;
    const response = await put({ apiUrl: `${testAtelierApiUrl}/`, retailerKey: key });
    assert.equal(response.status, 200);
    const text = await response.text();
    assert.ok(!text.includes(key));
    const { connection } = JSON.parse(text) as { connection: { brandName: string; retailerId: string; retailerName: string; keyKind: string } };
    assert.deepEqual(
      { brandName: connection.brandName, retailerId: connection.retailerId, retailerName: connection.retailerName, keyKind: connection.keyKind },
      { brandName: atelier.brand.name, retailerId: atelier.retailers[1]!.id, retailerName: atelier.retailers[1]!.name, keyKind: 'retailer' },
    );

    const shown = await (await app.app.request('/api/connection', { headers: { Authorization: `Bearer ${sessionToken()}` } })).text();
    assert.ok(!shown.includes(key));
    const rows = await app.db.selectFrom('shop_connections').selectAll().execute();
    assert.ok(!JSON.stringify(rows).includes(key), 'the key is not stored in clear');
    assert.ok(!JSON.stringify(app.logger.entries).includes(key), 'nor logged');
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
