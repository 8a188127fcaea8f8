import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestServer, type TestServer } from '@atelier/server/testing';
import { connectToAtelier, createTestApp, offlineSession, databaseKinds, postgresSkipReason, sessionToken, webhookRequest, type TestApp, bodyOf } from '../testing/harness.ts';
import { paidOrder } from '../testing/orders.ts';

const buyer = { id: 7001, firstName: 'Camille', lastName: 'Durand', email: 'camille.durand@example.com', country: 'FR', locale: 'fr-FR' };

for (const database of databaseKinds) {
  describe(`orders/paid [${database}]`, async () => {
    const skip = database === 'postgres' ? await postgresSkipReason() : undefined;
    let atelier: TestServer;
    let app: TestApp;
    before(async () => {
      if (skip) return;
      atelier = await createTestServer({ database: 'sqlite' });
      app = await createTestApp({ database, atelier });
      await connectToAtelier(app, atelier);
    });
    after(async () => {
      if (skip) return;
      await app.close();
      await atelier.close();
    });

    it('registers each serialized unit once though the delivery arrives three times, and keeps unserialized ones pending', { skip }, async () => {
      const [first, second] = atelier.items;
      const order = paidOrder({
        orderId: 5_550_001,
        customer: buyer,
        lines: [
          { id: 901, title: 'Aubert Classique 38', vendor: atelier.brand.name, serial: first!.serial },
          { id: 902, title: 'Aubert Lune 40', vendor: atelier.brand.name, serial: second!.serial.toLowerCase() },
          { id: 903, title: 'Aubert Tonneau', vendor: atelier.brand.name },
          { id: 904, title: 'Leather care kit', vendor: 'Another maker' },
        ],
      });
      for (let delivery = 0; delivery < 3; delivery += 1) {
        const response = await app.app.request(webhookRequest('orders/paid', order, { webhookId: 'delivery-orders-paid-1' }));
        assert.equal(response.status, 200);
      }
      assert.deepEqual(app.atelierCalls.filter((call) => call === 'POST /v1/sales'), ['POST /v1/sales', 'POST /v1/sales']);
      const confirmations = atelier.mailer.messages.filter((m) => m.to === buyer.email);
      assert.equal(confirmations.length, 2, 'the buyer is asked to confirm each piece, once');

      const units = await app.db.selectFrom('order_units').select(['line_item_id', 'serial', 'status']).orderBy('line_item_id').execute();
      assert.deepEqual(units.map((unit) => ({ ...unit })), [
        { line_item_id: '901', serial: first!.serial, status: 'registered' },
        { line_item_id: '902', serial: second!.serial, status: 'registered' },
        { line_item_id: '903', serial: null, status: 'pending' },
      ]);
      const warranty = await bodyOf(await atelier.request(`/v1/items/${first!.serial}`, { key: 'secret' }));
      assert.equal(warranty.warranty.status, 'pending_confirmation');
      assert.equal(warranty.warranty.retailer.id, atelier.retailers[0]!.id);
    });

    it('registers a pending unit when the retailer enters its serial on the admin page, and lists it as registered', { skip }, async () => {
      const third = atelier.items[2]!;
      const headers = { Authorization: `Bearer ${sessionToken()}`, 'Content-Type': 'application/json' };
      await app.sessions.storeSession(offlineSession());
      const typo = await app.app.request('/api/orders/5550001/lines/903/units/0/serial', { method: 'PUT', headers, body: JSON.stringify({ serial: 'NO-SUCH-PIECE' }) });
      assert.equal(typo.status, 200);
      assert.equal((await bodyOf(typo)).unit.errorCode, 'unknown_serial');

      const corrected = await app.app.request('/api/orders/5550001/lines/903/units/0/serial', { method: 'PUT', headers, body: JSON.stringify({ serial: third.serial }) });
      assert.equal((await bodyOf(corrected)).unit.status, 'registered');
      const listed = await bodyOf(await app.app.request('/api/orders', { headers }));
      assert.deepEqual(listed.orders[0].units.map((u: { status: string }) => u.status), ['registered', 'registered', 'registered']);
      assert.deepEqual(listed.orders[0].units[0].price, { currency: 'EUR', amountMinorUnits: 420_000 }, 'the admin page shows what was sent to the brand');

      const again = await app.app.request('/api/orders/5550001/lines/903/units/0/serial', { method: 'PUT', headers, body: JSON.stringify({ serial: atelier.items[3]!.serial }) });
      assert.equal(again.status, 409);
      assert.equal((await bodyOf(again)).code, 'sale_already_registered');
    });

    it('refuses a serial that is not one, naming the field', { skip }, async () => {
      const headers = { Authorization: `Bearer ${sessionToken()}`, 'Content-Type': 'application/json' };
      const response = await app.app.request('/api/orders/5550001/lines/903/units/0/serial', { method: 'PUT', headers, body: JSON.stringify({ serial: '<b>' }) });
      assert.equal(response.status, 422);
      assert.equal((await bodyOf(response)).errors[0].path, 'serial');
    });

    it('answers 401 to a tampered body and records nothing', { skip }, async () => {
      const order = paidOrder({ orderId: 5_550_002, customer: buyer, lines: [{ id: 911, title: 'Aubert Classique 38', vendor: atelier.brand.name, serial: atelier.items[4]!.serial }] });
      const salesBefore = app.atelierCalls.length;
      const response = await app.app.request(webhookRequest('orders/paid', order, { tamper: (body) => body.replace('5550002', '5550003') }));
      assert.equal(response.status, 401);
      assert.equal(app.atelierCalls.length, salesBefore);
      const stored = await app.db.selectFrom('orders').select('order_id').where('order_id', 'in', ['5550002', '5550003']).execute();
      assert.deepEqual(stored, []);
      const deliveries = await app.db.selectFrom('webhook_deliveries').select('webhook_id').execute();
      assert.equal(deliveries.length, 1, 'only the genuine delivery was recorded');
    });
    it('answers 400 to a signed delivery missing a Shopify header, and ignores topics it does not handle', { skip }, async () => {
      const request = webhookRequest('orders/paid', { id: 1 });
      request.headers.delete('X-Shopify-Webhook-Id');
      const response = await app.app.request(request);
      assert.equal(response.status, 400);
      assert.match((await bodyOf(response)).detail, /X-Shopify-Webhook-Id/i);
      assert.equal((await app.app.request(webhookRequest('products/update', { id: 1 }))).status, 204);
    });

    it('sends each piece\'s price with its sale, in the shop\'s currency\'s minor unit (yen, fils), so the brand counts it in the client\'s value', { skip }, async () => {
      const [yenFirst, yenSecond, dinar] = [atelier.items[7]!, atelier.items[8]!, atelier.items[9]!];
      const yenOrder = paidOrder({
        orderId: 5_550_010,
        customer: buyer,
        currency: 'JPY',
        // Two pieces at ¥1,980,000 less a ¥1,001 discount on the line: ¥3,958,999, shared in whole yen.
        lines: [{ id: 921, title: 'Aubert Lune 40', vendor: atelier.brand.name, quantity: 2, price: '1980000', discounts: ['1001'], serial: `${yenSecond.serial}, ${yenFirst.serial}` }],
      });
      const dinarOrder = paidOrder({
        orderId: 5_550_011,
        customer: buyer,
        currency: 'BHD',
        lines: [{ id: 922, title: 'Aubert Classique 38', vendor: atelier.brand.name, price: '2150.750', serial: dinar.serial }],
      });
      for (const [index, order] of [yenOrder, dinarOrder].entries()) {
        assert.equal((await app.app.request(webhookRequest('orders/paid', order, { webhookId: `delivery-priced-${index}` }))).status, 200);
      }
      const { sales } = await bodyOf(await atelier.request('/v1/sales', { key: 'secret' }));
      const priceOf = (serial: string) => sales.find((sale: { serial: string }) => sale.serial === serial)?.price;
      assert.deepEqual(priceOf(yenSecond.serial), { currency: 'JPY', amountMinorUnits: 1_979_500 });
      assert.deepEqual(priceOf(yenFirst.serial), { currency: 'JPY', amountMinorUnits: 1_979_499 });
      assert.deepEqual(priceOf(dinar.serial), { currency: 'BHD', amountMinorUnits: 2_150_750 });
    });
  });
}

/** An offline session already held for the test shop, so the admin calls need no token exchange. */
