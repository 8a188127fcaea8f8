import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestServer, type TestServer } from '@atelier/server/testing';
import { bodyOf, connectToAtelier, createTestApp, databaseKinds, offlineSession, postgresSkipReason, sessionToken, webhookRequest, type TestApp } from '../testing/harness.ts';
import { paidOrder } from '../testing/orders.ts';

const buyer = { id: 8101, firstName: 'Léa', lastName: 'Martin', email: 'lea.martin@example.com', country: 'FR', locale: 'fr-FR' };

for (const database of databaseKinds) {
  describe(`admin: sales that failed to register, and retrying them [${database}]`, async () => {
    const skip = database === 'postgres' ? await postgresSkipReason() : undefined;
    let atelier: TestServer;
    let app: TestApp;
    const api = (path: string, init: RequestInit = {}) =>
      app.app.request(`/api${path}`, { ...init, headers: { Authorization: `Bearer ${sessionToken()}`, 'Content-Type': 'application/json' } });
    const failedSales = async () => (await bodyOf(await api('/sales/failed'))).failedSales as Array<{ orderId: string; serial: string; errorCode: string; retryable: boolean; failedAt: string }>;
    const salesRegistered = () => app.atelierCalls.filter((call) => call === 'POST /v1/sales').length;
    const pay = async (order: Record<string, unknown>) => assert.equal((await app.app.request(webhookRequest('orders/paid', order))).status, 200);

    before(async () => {
      if (skip) return;
      atelier = await createTestServer({ database: 'sqlite' });
      app = await createTestApp({ database, atelier });
      await connectToAtelier(app, atelier);
      await app.sessions.storeSession(offlineSession());
    });
    after(async () => {
      if (skip) return;
      await app.close();
      await atelier.close();
    });

    it('lists a sale the brand never answered, and registers it once when retried after the brand is back', { skip }, async () => {
      const piece = atelier.items[0]!;
      app.setAtelierReachable(false);
      await pay(paidOrder({ orderId: 6_600_001, customer: buyer, lines: [{ id: 1, title: 'Aubert Classique 38', vendor: atelier.brand.name, serial: piece.serial }] }));
      app.setAtelierReachable(true);
      const [listed] = await failedSales();
      const { failedAt, ...failed } = listed!;
      assert.deepEqual(failed, { orderId: '6600001', orderName: '#1', purchaseDate: '2026-11-24', lineItemId: '1', unitIndex: 0, productTitle: 'Aubert Classique 38', serial: piece.serial, errorCode: 'network_error', retryable: true });
      assert.ok(!Number.isNaN(Date.parse(failedAt)));

      const before = salesRegistered();
      const retried = await api('/orders/6600001/lines/1/units/0/retry', { method: 'POST' });
      assert.equal(retried.status, 200);
      assert.equal((await bodyOf(retried)).unit.status, 'registered');
      assert.equal(salesRegistered() - before, 1);
      assert.deepEqual(await failedSales(), []);
      assert.equal(atelier.mailer.messages.filter((m) => m.to === buyer.email).length, 1, 'the buyer is asked to confirm once');

      const again = await api('/orders/6600001/lines/1/units/0/retry', { method: 'POST' });
      assert.equal((await bodyOf(again)).unit.status, 'registered');
      assert.equal(salesRegistered() - before, 1, 'retrying a registered sale asks the brand nothing');
    });

    it('registers a refused sale once the brand has fixed the piece: the retry is a new request, not a replay of the refusal', { skip }, async () => {
      const stolen = atelier.unavailableItems.stolen;
      await pay(paidOrder({ orderId: 6_600_002, customer: buyer, lines: [{ id: 2, title: 'Aubert Lune 40', vendor: atelier.brand.name, serial: stolen.serial }] }));
      const [refused] = await failedSales();
      assert.equal(refused?.errorCode, 'item_unavailable');

      const stillRefused = await bodyOf(await api('/sales/failed/retry', { method: 'POST' }));
      assert.deepEqual(stillRefused.outcomes.map((o: { errorCode: string }) => o.errorCode), ['item_unavailable']);
      assert.equal(stillRefused.remaining, 0, 'a sale refused again is not counted as left to retry');

      // The brand records the piece as recovered.
      await atelier.db.updateTable('items').set({ status: 'in_stock' }).where('serial', '=', stolen.serial).execute();
      const retried = await bodyOf(await api('/sales/failed/retry', { method: 'POST' }));
      assert.deepEqual(retried.outcomes.map((o: { status: string }) => o.status), ['registered']);
      assert.deepEqual(await failedSales(), []);
      const record = await bodyOf(await atelier.request(`/v1/items/${stolen.serial}`, { key: 'secret' }));
      assert.equal(record.warranty.retailer.id, atelier.retailers[0]!.id);
    });

    it('lists a sale the order lacks the buyer\'s e-mail for as one a retry cannot change, and does not retry it', { skip }, async () => {
      const piece = atelier.items[1]!;
      const order = paidOrder({ orderId: 6_600_003, customer: buyer, lines: [{ id: 3, title: 'Aubert Tonneau', vendor: atelier.brand.name, serial: piece.serial }] });
      await pay({ ...order, email: null, customer: { id: buyer.id, first_name: buyer.firstName, last_name: buyer.lastName } });
      assert.deepEqual((await failedSales()).map((s) => [s.errorCode, s.retryable]), [['buyer_email_missing', false]]);

      const before = salesRegistered();
      const one = await api('/orders/6600003/lines/3/units/0/retry', { method: 'POST' });
      assert.equal(one.status, 409);
      assert.equal((await bodyOf(one)).code, 'sale_not_retryable');
      const all = await bodyOf(await api('/sales/failed/retry', { method: 'POST' }));
      assert.deepEqual(all, { outcomes: [], remaining: 0 });
      assert.equal(salesRegistered(), before);
    });

    it('answers 404 for a unit the shop does not have, and 409 for one still waiting for its serial', { skip }, async () => {
      assert.equal((await api('/orders/404/lines/1/units/0/retry', { method: 'POST' })).status, 404);
      assert.equal((await api('/orders/6600003/lines/3/units/x/retry', { method: 'POST' })).status, 404);
      await pay(paidOrder({ orderId: 6_600_004, customer: buyer, lines: [{ id: 4, title: 'Aubert Tonneau', vendor: atelier.brand.name }] }));
      const pending = await api('/orders/6600004/lines/4/units/0/retry', { method: 'POST' });
      assert.equal(pending.status, 409);
      assert.equal((await bodyOf(pending)).errors[0].path, 'serial');
    });
  });
}
