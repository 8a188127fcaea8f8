/**
 * The background recomputation of clients' values after a change of reporting currency, with the
 * writes it meets: two instances stepping through the same job at once, a sale confirmed and the
 * currency changed again in the middle. Whatever the interleaving, once the job has run out every
 * stored summary equals a recomputation in the brand's currency, nothing collided (on PostgreSQL
 * each runs in its own transaction at READ COMMITTED) and no job is left.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { sellAtFirstRetailer } from '../sales/testing.ts';
import { tokenSentTo } from '../warranties/testing.ts';
import { computeClientSummaries, storedClientSummary } from './client-summary.ts';
import { recomputeClientValuesStep, recomputePendingClientValues } from './client-value-recomputation.ts';

const clients = 8;

describeEachDatabase('recomputing clients’ values in the background', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: clients + 2 });
  });
  afterEach(() => server.close());

  async function sellAndConfirm(index: number, price: { currency: string; amountMinorUnits: number }): Promise<Response> {
    const buyerEmail = `client-${index}@example.org`;
    await sellAtFirstRetailer(server, index, { buyerEmail, price });
    return server.fromWidget('/v1/warranties/confirmations', { token: tokenSentTo(server, buyerEmail) });
  }

  function changeCurrency(reportingCurrency: string): Promise<Response> {
    return server.request('/v1/brand/settings', { key: 'secret', method: 'PATCH', body: { reportingCurrency } });
  }

  /** One instance's loop: a client a step, until the job is done or gone. */
  async function drain(): Promise<void> {
    while ((await recomputeClientValuesStep(server.db, server.brand.id, 1)) === 'more');
  }

  async function assertEveryValueInTheBrandsCurrency(): Promise<void> {
    const stored = (await server.db.selectFrom('client_summaries').selectAll().where('brand_id', '=', server.brand.id).orderBy('owner_id').execute()).map(storedClientSummary);
    const people = await server.db.selectFrom('owners').select('id').where('brand_id', '=', server.brand.id).execute();
    const recomputed = [...(await computeClientSummaries(server.db, server.brand.id, people.map((person) => person.id))).values()].sort((a, b) => (a.owner_id < b.owner_id ? -1 : 1));
    assert.deepEqual(stored, recomputed);
  }

  it('ends with every value in the latest currency, whatever runs beside it', async () => {
    for (let index = 0; index < clients; index += 1) {
      const confirmed = await sellAndConfirm(index, { currency: index % 2 === 0 ? 'EUR' : 'CHF', amountMinorUnits: 100_000 * (index + 1) });
      assert.equal(confirmed.status, 200);
    }
    // Rates into CHF and into USD for the sales' month, so each currency gives other values.
    for (const [quote, rate] of [['CHF', '0.93'], ['USD', '1.08']] as const) {
      await server.db.updateTable('brands').set({ reporting_currency: quote }).where('id', '=', server.brand.id).execute();
      assert.equal((await server.request('/v1/exchange-rates', { key: 'secret', method: 'PUT', body: { currency: 'EUR', fromMonth: '2026-11', toMonth: '2026-11', rate } })).status, 200);
    }
    await server.db.updateTable('brands').set({ reporting_currency: 'EUR' }).where('id', '=', server.brand.id).execute();

    assert.equal((await changeCurrency('CHF')).status, 200);
    const [, , sale, change] = await Promise.all([drain(), drain(), sellAndConfirm(clients, { currency: 'EUR', amountMinorUnits: 250_000 }), changeCurrency('USD')]);
    assert.equal(sale.status, 200, await sale.text());
    assert.equal(change.status, 200, await change.text());
    await recomputePendingClientValues(server.db);

    assert.deepEqual(await server.db.selectFrom('client_value_recomputations').selectAll().execute(), []);
    await assertEveryValueInTheBrandsCurrency();
    const usd = await server.db.selectFrom('client_summaries').select('purchase_value_minor_units').where('brand_id', '=', server.brand.id).execute();
    assert.ok(usd.some((row) => Number(row.purchase_value_minor_units) === 108_000), 'the first client’s EUR 1,000 is USD 1,080');
  });
});
