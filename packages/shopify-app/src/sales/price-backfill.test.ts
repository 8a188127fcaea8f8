import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestServer, type TestServer } from '@atelier/server/testing';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { bodyOf, connectToAtelier, createTestApp, databaseKinds, offlineSession, postgresSkipReason, sessionToken, testShop, webhookRequest, type TestApp } from '../testing/harness.ts';
import { paidOrder } from '../testing/orders.ts';
import { PriceBackfill } from './price-backfill.ts';

const buyer = { id: 7301, firstName: 'Léon', lastName: 'Marchal', email: 'leon.marchal@example.com', country: 'FR', locale: 'fr-FR' };

/** An order as Shopify holds it: one line of `quantity` pieces at `price`, less `discounts`, after other lines (`linesBefore`) if any. */
function shopifyOrder(lineId: number, price: string, options: { quantity?: number; discounts?: string[]; linesBefore?: number[] } = {}) {
  const line = (id: number, unitPrice: string, quantity: number, discounts: string[]) => ({
    id: `gid://shopify/LineItem/${id}`,
    quantity,
    originalUnitPriceSet: { shopMoney: { amount: unitPrice } },
    discountAllocations: discounts.map((amount) => ({ allocatedAmountSet: { shopMoney: { amount } } })),
  });
  return {
    currencyCode: 'EUR',
    lines: [...(options.linesBefore ?? []).map((id) => line(id, '45.00', 1, [])), line(lineId, price, options.quantity ?? 1, options.discounts ?? [])],
  };
}

/** Shopify's answer when a query finds the shop's bucket short: a 200 whose error says THROTTLED, with the bucket's state. */
const throttledAnswer = {
  errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } }],
  extensions: { cost: { requestedQueryCost: 252, actualQueryCost: null, throttleStatus: { maximumAvailable: 1000, currentlyAvailable: 250, restoreRate: 1000 } } },
};

for (const database of databaseKinds) {
  describe(`prices back for units recorded before migration 0007 [${database}]`, async () => {
    const skip = database === 'postgres' ? await postgresSkipReason() : undefined;
    /** What Shopify answers for each order id: the order, null (Shopify no longer has it), or `down` (a 503). */
    const ordersAtShopify = new Map<string, ReturnType<typeof shopifyOrder> | null | 'down'>();
    const askedFor: string[] = [];
    let throttledAnswersLeft = 0;
    const shopify = setupServer(
      http.post(`https://${testShop}/admin/api/:version/graphql.json`, async ({ request }) => {
        const { query, variables } = (await request.json()) as { query: string; variables: { id: string; after?: string | null } };
        assert.match(query, /AtelierOrderPrices/);
        const orderId = variables.id.replace('gid://shopify/Order/', '');
        askedFor.push(orderId);
        const order = ordersAtShopify.get(orderId);
        if (order === 'down') return HttpResponse.json({ errors: 'Service unavailable' }, { status: 503 });
        if (throttledAnswersLeft > 0) {
          throttledAnswersLeft -= 1;
          return HttpResponse.json(throttledAnswer);
        }
        if (!order) return HttpResponse.json({ data: { order: null } });
        // A line a page, so that an order of two lines is read in two pages.
        const start = variables.after ? Number(variables.after) : 0;
        const pageInfo = { hasNextPage: start + 1 < order.lines.length, endCursor: String(start + 1) };
        return HttpResponse.json({ data: { order: { currencyCode: order.currencyCode, lineItems: { nodes: order.lines.slice(start, start + 1), pageInfo } } } });
      }),
    );
    let atelier: TestServer;
    let app: TestApp;
    let backfill: PriceBackfill;
    const headers = { Authorization: `Bearer ${sessionToken()}`, 'Content-Type': 'application/json' };

    before(async () => {
      if (skip) return;
      shopify.listen({ onUnhandledFrame: 'error' });
      atelier = await createTestServer({ database: 'sqlite' });
      app = await createTestApp({ database, atelier });
      await connectToAtelier(app, atelier);
      await app.sessions.storeSession(offlineSession());
      backfill = new PriceBackfill({ db: app.db, shopify: app.shopify, tokens: app.tokens, connections: app.connections, logger: app.logger });
    });
    after(async () => {
      if (skip) return;
      shopify.close();
      await app.close();
      await atelier.close();
    });

    /** A paid order recorded as the app did before migration 0007 (no price read), then marked as migration 0008 marks such units. */
    async function paidBeforeMigration0007(orderId: number, line: { id: number; title: string; quantity?: number; serial?: string }): Promise<void> {
      const order = paidOrder({ orderId, customer: buyer, lines: [{ ...line, vendor: atelier.brand.name, price: null }] });
      assert.equal((await app.app.request(webhookRequest('orders/paid', order, { webhookId: `delivery-backfill-${orderId}` }))).status, 200);
      await app.db.updateTable('order_units').set({ price_backfill: 'pending' }).where('order_id', '=', String(orderId)).execute();
    }

    function unitRow(orderId: number) {
      return app.db.selectFrom('order_units').select(['warranty_id', 'price_backfill']).where('order_id', '=', String(orderId)).executeTakeFirstOrThrow();
    }

    async function listedPrices(orderId: number): Promise<unknown[]> {
      const { orders } = await bodyOf(await app.app.request('/api/orders', { headers }));
      return orders.find((order: { orderId: string }) => order.orderId === String(orderId)).units.map((unit: { price: unknown }) => unit.price);
    }

    async function salePriceAtBrand(serial: string): Promise<unknown> {
      const { sales } = await bodyOf(await atelier.request('/v1/sales', { key: 'secret' }));
      return sales.find((sale: { serial: string }) => sale.serial === serial)?.price;
    }

    it('gives a pre-0007 unit its price back from its Shopify order and sends it to the brand, leaves one whose order Shopify no longer has without, and asks no order twice', { skip }, async () => {
      const [first, second, gone, later] = atelier.items;
      await paidBeforeMigration0007(6_600_001, { id: 931, title: 'Aubert Lune 40', quantity: 2, serial: `${first!.serial}, ${second!.serial}` });
      await paidBeforeMigration0007(6_600_002, { id: 932, title: 'Aubert Classique 38', serial: gone!.serial });
      await paidBeforeMigration0007(6_600_003, { id: 933, title: 'Aubert Tonneau' });
      assert.deepEqual(await listedPrices(6_600_001), [null, null], 'no price recorded before migration 0007');
      assert.equal(await salePriceAtBrand(first!.serial), null);
      // The pieces' line is on the order's second page.
      ordersAtShopify.set('6600001', shopifyOrder(931, '4200.00', { quantity: 2, discounts: ['100.01'], linesBefore: [941] }));
      ordersAtShopify.set('6600002', null);
      ordersAtShopify.set('6600003', shopifyOrder(933, '3100.00'));

      assert.deepEqual(await backfill.run(), { found: 3, notFound: 1, forwarded: 2, refused: 0, left: 0 }, 'an order Shopify no longer has does not fail the run');
      // 2 × 4,200.00 less 100.01 = 8,299.99, shared between the two pieces in whole cents.
      assert.deepEqual(await listedPrices(6_600_001), [
        { currency: 'EUR', amountMinorUnits: 415_000 },
        { currency: 'EUR', amountMinorUnits: 414_999 },
      ]);
      assert.deepEqual(await salePriceAtBrand(first!.serial), { currency: 'EUR', amountMinorUnits: 415_000 }, 'the brand counts it in the client\'s value');
      assert.deepEqual(await salePriceAtBrand(second!.serial), { currency: 'EUR', amountMinorUnits: 414_999 });
      assert.deepEqual(await listedPrices(6_600_002), [null], 'still "price not recorded" on the admin page');
      assert.equal(await salePriceAtBrand(gone!.serial), null);
      const states = await app.db.selectFrom('order_units').select(['order_id', 'price_backfill']).where('order_id', 'in', ['6600001', '6600002', '6600003']).orderBy('order_id').orderBy('unit_index').execute();
      assert.deepEqual(states.map((row) => [row.order_id, row.price_backfill]), [['6600001', 'forwarded'], ['6600001', 'forwarded'], ['6600002', 'not_found'], ['6600003', 'found']]);

      // A unit still waiting for its serial is registered with the price it got back, as a new sale is.
      const entered = await app.app.request('/api/orders/6600003/lines/933/units/0/serial', { method: 'PUT', headers, body: JSON.stringify({ serial: later!.serial }) });
      assert.equal((await bodyOf(entered)).unit.status, 'registered');
      assert.deepEqual(await salePriceAtBrand(later!.serial), { currency: 'EUR', amountMinorUnits: 310_000 });

      askedFor.length = 0;
      const salesSent = app.atelierCalls.length;
      assert.deepEqual(await backfill.run(), { found: 0, notFound: 0, forwarded: 1, refused: 0, left: 0 }, 'the brand answers the price it was registered with unchanged');
      assert.deepEqual(await backfill.run(), { found: 0, notFound: 0, forwarded: 0, refused: 0, left: 0 });
      assert.deepEqual(askedFor, [], 'a unit Shopify has answered for is never asked for again');
      assert.deepEqual(app.atelierCalls.slice(salesSent), [`PUT /v1/sales/${(await unitRow(6_600_003)).warranty_id}/price`], 'nor sent twice to the brand');
    });

    it('leaves the units of an order Shopify did not answer for pending, and gives them their price on the next run', { skip }, async () => {
      const piece = atelier.items[4]!;
      await paidBeforeMigration0007(6_600_004, { id: 934, title: 'Aubert Lune 40', serial: piece.serial });
      ordersAtShopify.set('6600004', 'down');
      assert.deepEqual(await backfill.run(), { found: 0, notFound: 0, forwarded: 0, refused: 0, left: 1 });
      assert.ok(app.logger.entries.some((entry) => entry.event === 'price_backfill_order_failed' && entry.fields['orderId'] === '6600004'));
      assert.deepEqual(await listedPrices(6_600_004), [null]);

      // Throttled twice on the next run: it waits as Shopify's bucket says, and asks again.
      ordersAtShopify.set('6600004', shopifyOrder(934, '5600.00', { discounts: ['560.00'] }));
      throttledAnswersLeft = 2;
      askedFor.length = 0;
      assert.deepEqual(await backfill.run(), { found: 1, notFound: 0, forwarded: 1, refused: 0, left: 0 });
      assert.deepEqual(askedFor, ['6600004', '6600004', '6600004']);
      assert.deepEqual(await listedPrices(6_600_004), [{ currency: 'EUR', amountMinorUnits: 504_000 }]);
      assert.deepEqual(await salePriceAtBrand(piece.serial), { currency: 'EUR', amountMinorUnits: 504_000 });
    });

    it('registers a pre-0007 unit whose last try lost its answer once its price is found, then gives the sale that price', { skip }, async () => {
      const piece = atelier.items[6]!;
      // The brand registered the sale (without a price, before 0007), and its answer never reached the app.
      app.setAtelierReachable('answers-lost');
      try {
        await paidBeforeMigration0007(6_600_006, { id: 936, title: 'Aubert Lune 40', serial: piece.serial });
      } finally {
        app.setAtelierReachable(true);
      }
      assert.equal((await app.db.selectFrom('order_units').select('status').where('order_id', '=', '6600006').executeTakeFirstOrThrow()).status, 'failed');
      ordersAtShopify.set('6600006', shopifyOrder(936, '4700.00'));
      assert.deepEqual(await backfill.run(), { found: 1, notFound: 0, forwarded: 0, refused: 0, left: 0 });

      // The retry sends the same idempotency key: the brand holds it for the sale without a price.
      const retried = await app.sales.retry(testShop, { orderId: '6600006', lineItemId: '936', unitIndex: 0 });
      assert.deepEqual([retried.status, retried.errorCode], ['registered', null]);
      assert.deepEqual(await backfill.run(), { found: 0, notFound: 0, forwarded: 1, refused: 0, left: 0 });
      assert.deepEqual(await salePriceAtBrand(piece.serial), { currency: 'EUR', amountMinorUnits: 470_000 });
    });

    it("keeps a found price for the next run when the brand's service does not answer, and sends it then", { skip }, async () => {
      const piece = atelier.items[5]!;
      await paidBeforeMigration0007(6_600_005, { id: 935, title: 'Aubert Classique 38', serial: piece.serial });
      ordersAtShopify.set('6600005', shopifyOrder(935, '3900.00'));
      app.setAtelierReachable(false);
      try {
        assert.deepEqual(await backfill.run(), { found: 1, notFound: 0, forwarded: 0, refused: 0, left: 1 });
      } finally {
        app.setAtelierReachable(true);
      }
      assert.equal((await unitRow(6_600_005)).price_backfill, 'found');
      assert.deepEqual(await listedPrices(6_600_005), [{ currency: 'EUR', amountMinorUnits: 390_000 }], 'the admin page shows it already');
      assert.deepEqual(await backfill.run(), { found: 0, notFound: 0, forwarded: 1, refused: 0, left: 0 });
      assert.deepEqual(await salePriceAtBrand(piece.serial), { currency: 'EUR', amountMinorUnits: 390_000 });
    });
  });
}
