/**
 * A sale's price given after its registration, on both databases: it counts in the buyer's value
 * from then on, the same price again is a harmless retry, another price is refused and the first
 * kept, and a retailer prices its own sales only.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { Problem, SaleSummary } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { storedSummaryOf } from '../clients/testing.ts';
import { confirmWarranty } from '../warranties/service.ts';
import { tokenSentTo } from '../warranties/testing.ts';
import { sellAtFirstRetailer } from './testing.ts';

const buyerEmail = 'marc@example.org';

describeEachDatabase('the price of a sale registered without it', (database) => {
  let server: TestServer;
  let saleId: string;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 2 });
    // Registered by a till that did not send prices yet, and confirmed by the buyer.
    ({ saleId } = await sellAtFirstRetailer(server, 0, { buyerEmail }));
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, buyerEmail));
  });
  afterEach(() => server.close());

  function recordPrice(body: unknown, key: 'secret' | 'retailer' | 'otherRetailer' = 'retailer'): Promise<Response> {
    return server.request(`/v1/sales/${saleId}/price`, { key, method: 'PUT', body });
  }

  async function purchaseValueOfBuyer(): Promise<number | undefined> {
    return (await storedSummaryOf(server.db, buyerEmail))?.purchase_value_minor_units;
  }

  it("records the price, which then counts in the buyer's value, and takes the same price again as a retry", async () => {
    assert.equal(await purchaseValueOfBuyer(), 0, 'a sale without a price adds nothing to the value');
    const price = { currency: 'EUR', amountMinorUnits: 420_000 };
    const recorded = await recordPrice({ price });
    assert.equal(recorded.status, 200, await recorded.clone().text());
    assert.deepEqual(((await recorded.json()) as SaleSummary).price, price);
    assert.equal(await purchaseValueOfBuyer(), 420_000);

    const again = await recordPrice({ price });
    assert.equal(again.status, 200, 'the same price again changes nothing');
    assert.equal(await purchaseValueOfBuyer(), 420_000);
  });

  it('refuses another price once one is recorded, 409 price_already_recorded, and keeps the first', async () => {
    assert.equal((await recordPrice({ price: { currency: 'EUR', amountMinorUnits: 420_000 } })).status, 200);
    const other = await recordPrice({ price: { currency: 'EUR', amountMinorUnits: 1 } }, 'secret');
    assert.equal(other.status, 409);
    assert.equal(((await other.json()) as Problem).code, 'price_already_recorded');
    const { sales } = (await (await server.request('/v1/sales', { key: 'retailer' })).json()) as { sales: SaleSummary[] };
    assert.deepEqual(sales[0]!.price, { currency: 'EUR', amountMinorUnits: 420_000 });
  });

  it("answers another retailer 404 unknown_sale, as if there were none, and names a bad amount's field", async () => {
    const foreign = await recordPrice({ price: { currency: 'EUR', amountMinorUnits: 420_000 } }, 'otherRetailer');
    assert.equal(foreign.status, 404);
    assert.equal(((await foreign.json()) as Problem).code, 'unknown_sale');

    const negative = await recordPrice({ price: { currency: 'EUR', amountMinorUnits: -5 } });
    assert.equal(negative.status, 422);
    const problem = (await negative.json()) as Problem;
    assert.equal(problem.code, 'validation_failed');
    assert.deepEqual(problem.errors?.map((error) => error.path), ['price.amountMinorUnits']);
    assert.equal(await purchaseValueOfBuyer(), 0);
  });
});
