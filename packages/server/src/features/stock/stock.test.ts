/**
 * Stock from events, on both databases: a history of deliveries, a move between retailers, a
 * return, a sale and a theft gives exactly the stock counted by hand; a request with a bad line
 * records nothing and names every bad line; a retailer sees its own stock only; the two alerts fire
 * on their seeded cases and only on them.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { StockAlerts, StockMovement, StockPage } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { registerSale } from '../sales/testing.ts';

const msPerDay = 24 * 60 * 60 * 1000;

describeEachDatabase('stock from deliveries, returns and sales', (database) => {
  let server: TestServer;
  let serials: string[];
  let paris: string;
  let geneva: string;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 10 });
    serials = server.items.map((item) => item.serial);
    [paris, geneva] = [server.retailers[0]!.id, server.retailers[1]!.id];
  });
  afterEach(() => server.close());

  async function move(kind: 'deliveries' | 'returns', retailerId: string, pieces: string[], date = '2026-11-20'): Promise<Response> {
    return server.request(`/v1/stock/${kind}`, { key: 'secret', body: { retailerId, serials: pieces, date, reference: 'DN-1' } });
  }

  async function stock(query = '', key: 'secret' | 'retailer' = 'secret'): Promise<StockPage> {
    const response = await server.request(`/v1/stock${query}`, { key });
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as StockPage;
  }

  const serialsOf = (page: StockPage) => page.pieces.map((piece) => piece.serial).sort();

  const sell = (serial: string, retailerId: string, purchaseDate = '2026-11-24') =>
    registerSale(server, { serial, retailerId, purchaseDate, buyer: { name: 'Jeanne Martin', email: `buyer-${serial}@example.com`, country: 'FR', language: 'fr' } });

  it('follows deliveries, a move, a return, a sale and a theft: the stock is the hand count', async () => {
    const [a, b, c, d, e, f] = serials as [string, string, string, string, string, string];
    const delivered = await move('deliveries', paris, [a, b, c, d], '2026-11-01');
    assert.equal(delivered.status, 201);
    const movement = (await delivered.json()) as StockMovement;
    assert.deepEqual({ ...movement, id: 'x' }, { id: 'x', kind: 'delivery', retailerId: paris, serials: [a, b, c, d], date: '2026-11-01', reference: 'DN-1' });
    assert.equal((await move('deliveries', geneva, [e, f], '2026-11-10')).status, 201);
    assert.equal((await move('deliveries', geneva, [d], '2026-11-15')).status, 201, 'd moves from Paris to Geneva');
    assert.equal((await move('returns', geneva, [f], '2026-11-18')).status, 201, 'f goes back to the brand');
    await sell(a, paris);
    const theft = await server.request(`/v1/items/${b}/theft-reports`, { key: 'secret', body: { country: 'FR' } });
    assert.equal(theft.status, 201);

    // By hand: Paris keeps c (a sold, b stolen, d moved); Geneva holds e and d (f returned).
    assert.deepEqual(serialsOf(await stock(`?retailerId=${paris}`)), [c].sort());
    assert.deepEqual(serialsOf(await stock(`?retailerId=${geneva}`)), [d, e].sort());
    const all = await stock();
    assert.deepEqual(serialsOf(all), [c, d, e].sort());
    const pieceC = all.pieces.find((piece) => piece.serial === c)!;
    assert.deepEqual([pieceC.retailerId, pieceC.deliveredOn, pieceC.daysInStock], [paris, '2026-11-01', 24]);
    assert.equal(all.counts.reduce((sum, count) => sum + count.pieces, 0), 3);
    for (const count of all.counts) {
      const group = all.pieces.filter((piece) => piece.retailerId === count.retailerId && piece.model.id === count.modelId);
      assert.equal(count.pieces, group.length);
      assert.equal(count.oldestDeliveredOn, group.map((piece) => piece.deliveredOn).sort()[0]);
    }
    assert.deepEqual(serialsOf(await stock('?minDaysInStock=20')), [c], 'only c has been in stock 20 days or more');
  });

  it('records nothing from a request with a bad line, and names every bad line', async () => {
    const [a, b, c] = serials as [string, string, string];
    assert.equal((await move('deliveries', paris, [a])).status, 201);
    await sell(b, paris);
    const stolen = server.unavailableItems.stolen.serial;
    const refused = await move('deliveries', paris, [c, a, 'NO-SUCH-1', b, stolen, c]);
    assert.equal(refused.status, 422);
    const problem = (await refused.json()) as { code: string; errors: { path: string; code: string; message: string }[] };
    assert.equal(problem.code, 'validation_failed');
    assert.deepEqual(
      problem.errors.map((error) => [error.path, error.code, error.message]),
      [
        ['serials.1', 'already_in_stock', "Already in this retailer's stock."],
        ['serials.2', 'unknown_serial', 'No piece of the brand has this serial.'],
        ['serials.3', 'item_sold', 'Sold: it cannot be delivered.'],
        ['serials.4', 'item_unavailable', 'Reported stolen, lost or destroyed.'],
        ['serials.5', 'listed_twice', 'Listed twice.'],
      ],
    );
    assert.deepEqual(serialsOf(await stock()), [a], 'c, the good line, was not recorded either');
    const notThere = await move('returns', geneva, [a]);
    assert.equal(notThere.status, 422);
    assert.deepEqual(((await notThere.json()) as { errors: { path: string; message: string }[] }).errors, [
      { path: 'serials.0', code: 'not_in_stock', message: "Not in this retailer's stock." },
    ]);
    const unknownRetailer = await move('deliveries', 'ret_nowhere', [c]);
    assert.equal(unknownRetailer.status, 422);
    assert.equal(((await unknownRetailer.json()) as { code: string }).code, 'unknown_retailer');
    const badCursor = await server.request('/v1/stock?cursor=bm9wZQ', { key: 'secret' });
    assert.equal(badCursor.status, 422);
  });

  it("shows a retailer its own stock only, whatever retailer it asks for", async () => {
    const [a, b] = serials as [string, string];
    assert.equal((await move('deliveries', paris, [a])).status, 201);
    assert.equal((await move('deliveries', geneva, [b])).status, 201);
    // The fixture's retailer key acts for the first retailer (Paris).
    assert.deepEqual(serialsOf(await stock('', 'retailer')), [a]);
    assert.deepEqual(serialsOf(await stock(`?retailerId=${geneva}`, 'retailer')), [a]);
    const counts = (await stock('', 'retailer')).counts;
    assert.deepEqual(counts.map((count) => count.retailerId), [paris]);
  });

  it('alerts on aged stock past the brand threshold and on sales by a retailer that never received the piece, and on nothing else', async () => {
    const [a, b, c, d] = serials as [string, string, string, string];
    const alerts = async () => {
      const response = await server.request('/v1/stock/alerts', { key: 'secret' });
      assert.equal(response.status, 200);
      return (await response.json()) as StockAlerts;
    };
    // Before the first delivery stock was not tracked: a sale then tells nothing, now or later.
    await sell(d, geneva, '2026-04-01');
    assert.deepEqual((await alerts()).unreceivedSales, []);

    assert.equal((await move('deliveries', paris, [a], '2026-11-20')).status, 201);
    assert.equal((await move('deliveries', paris, [b, c], '2026-05-01')).status, 201);
    await sell(c, paris); // received, then sold where it was: no alert
    const bySecondRetailer = { serial: a, retailerId: geneva };
    await sell(bySecondRetailer.serial, bySecondRetailer.retailerId); // delivered to Paris, sold by Geneva

    const found = await alerts();
    assert.equal(found.agedStockDays, 180);
    assert.deepEqual(found.agedStock.map((piece) => [piece.serial, piece.daysInStock]), [[b, 208]]);
    assert.deepEqual(
      found.unreceivedSales.map((sale) => [sale.serial, sale.retailerId, sale.source]),
      [[a, geneva, 'retailer']],
    );

    server.clock.advance(200 * msPerDay);
    assert.deepEqual((await alerts()).agedStock.map((piece) => piece.serial), [b], 'a was sold: it is no longer stock');
  });
});
