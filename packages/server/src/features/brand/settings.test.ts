/**
 * The brand's settings, on both databases: the aged-stock threshold reads 180 days and the sale
 * void window 72 hours until an admin changes them, a change is what the next alert or void
 * applies, and a bad value is refused naming the field with nothing changed.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { BrandSettings, Problem, StockAlerts } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { recomputeClientValuesStep } from '../clients/client-value-recomputation.ts';
import { sellAtFirstRetailer } from '../sales/testing.ts';
import { tokenSentTo } from '../warranties/testing.ts';

describeEachDatabase("the brand's settings", (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 3 });
  });
  afterEach(() => server.close());

  async function settings(): Promise<BrandSettings> {
    const response = await server.request('/v1/brand/settings', { key: 'secret' });
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as BrandSettings;
  }

  const change = (body: unknown) => server.request('/v1/brand/settings', { method: 'PATCH', key: 'secret', body });

  it('sets the aged-stock threshold the alerts apply', async () => {
    assert.deepEqual(await settings(), { agedStockDays: 180, saleVoidWindowHours: 72, careReminderSendAfterDays: 3, careReminderBlackoutDays: 0, reportingCurrency: 'EUR' });
    const [piece] = server.items;
    const delivered = await server.request('/v1/stock/deliveries', { key: 'secret', body: { retailerId: server.retailers[0]!.id, serials: [piece!.serial], date: '2026-09-01' } });
    assert.equal(delivered.status, 201, await delivered.text());
    const alerts = async () => (await (await server.request('/v1/stock/alerts', { key: 'secret' })).json()) as StockAlerts;
    assert.deepEqual((await alerts()).agedStock, [], 'under 180 days: not aged');

    const changed = await change({ agedStockDays: 30 });
    assert.equal(changed.status, 200, await changed.clone().text());
    assert.deepEqual(await changed.json(), { agedStockDays: 30, saleVoidWindowHours: 72, careReminderSendAfterDays: 3, careReminderBlackoutDays: 0, reportingCurrency: 'EUR' });
    assert.deepEqual(await settings(), { agedStockDays: 30, saleVoidWindowHours: 72, careReminderSendAfterDays: 3, careReminderBlackoutDays: 0, reportingCurrency: 'EUR' });
    const after = await alerts();
    assert.equal(after.agedStockDays, 30);
    assert.deepEqual(after.agedStock.map((aged) => aged.serial), [piece!.serial]);
  });

  it('refuses a threshold that is not a whole number of days from 1 to 3650, naming the field, and keeps the old one', async () => {
    for (const agedStockDays of [0, -5, 2.5, 3651, '90', null]) {
      const refused = await change({ agedStockDays });
      assert.equal(refused.status, 422, `agedStockDays ${JSON.stringify(agedStockDays)}`);
      const problem = (await refused.json()) as Problem;
      assert.deepEqual(problem.errors?.map((error) => error.path), ['agedStockDays'], JSON.stringify(problem));
    }
    const unknownField = await change({ agedStockDays: 90, agedStockWeeks: 2 });
    assert.equal(unknownField.status, 422);
    assert.deepEqual(await settings(), { agedStockDays: 180, saleVoidWindowHours: 72, careReminderSendAfterDays: 3, careReminderBlackoutDays: 0, reportingCurrency: 'EUR' });
  });

  it('refuses a void window that is not a whole number of hours from 0 to 720, naming the field, and changes neither setting', async () => {
    for (const saleVoidWindowHours of [-1, 1.5, 721, '48', null]) {
      const refused = await change({ agedStockDays: 60, saleVoidWindowHours });
      assert.equal(refused.status, 422, `saleVoidWindowHours ${JSON.stringify(saleVoidWindowHours)}`);
      const problem = (await refused.json()) as Problem;
      assert.deepEqual(problem.errors?.map((error) => error.path), ['saleVoidWindowHours'], JSON.stringify(problem));
    }
    assert.deepEqual(await settings(), { agedStockDays: 180, saleVoidWindowHours: 72, careReminderSendAfterDays: 3, careReminderBlackoutDays: 0, reportingCurrency: 'EUR' });
    const closed = await change({ saleVoidWindowHours: 0 });
    assert.deepEqual(await closed.json(), { agedStockDays: 180, saleVoidWindowHours: 0, careReminderSendAfterDays: 3, careReminderBlackoutDays: 0, reportingCurrency: 'EUR' });
  });

  it('sets the days after which the concierge sends an untouched draft, 0 to 90, naming the field when refused', async () => {
    for (const careReminderSendAfterDays of [-1, 1.5, 91, '3', null]) {
      const refused = await change({ careReminderSendAfterDays });
      assert.equal(refused.status, 422, `careReminderSendAfterDays ${JSON.stringify(careReminderSendAfterDays)}`);
      const problem = (await refused.json()) as Problem;
      assert.deepEqual(problem.errors?.map((error) => error.path), ['careReminderSendAfterDays'], JSON.stringify(problem));
    }
    const changed = await change({ careReminderSendAfterDays: 7, careReminderBlackoutDays: 0 });
    assert.deepEqual(await changed.json(), { agedStockDays: 180, saleVoidWindowHours: 72, careReminderSendAfterDays: 7, careReminderBlackoutDays: 0, reportingCurrency: 'EUR' });
  });

  it('sets the blackout window after an owner last heard from the brand, 0 to 365 days, naming the field when refused', async () => {
    for (const careReminderBlackoutDays of [-1, 2.5, 366, '14', null]) {
      const refused = await change({ careReminderBlackoutDays });
      assert.equal(refused.status, 422, `careReminderBlackoutDays ${JSON.stringify(careReminderBlackoutDays)}`);
      const problem = (await refused.json()) as Problem;
      assert.equal(problem.code, 'validation_failed');
      assert.deepEqual(problem.errors?.map((error) => error.path), ['careReminderBlackoutDays'], JSON.stringify(problem));
    }
    const changed = await change({ careReminderBlackoutDays: 14 });
    assert.deepEqual(await changed.json(), { agedStockDays: 180, saleVoidWindowHours: 72, careReminderSendAfterDays: 3, careReminderBlackoutDays: 14, reportingCurrency: 'EUR' });
  });

  it('leaves the settings as they are when the body names none, and each one unnamed as it is', async () => {
    await change({ agedStockDays: 45 });
    await change({ saleVoidWindowHours: 24 });
    const unchanged = await change({});
    assert.equal(unchanged.status, 200);
    assert.deepEqual(await unchanged.json(), { agedStockDays: 45, saleVoidWindowHours: 24, careReminderSendAfterDays: 3, careReminderBlackoutDays: 0, reportingCurrency: 'EUR' });
  });

  it('sets the reporting currency of money figures, an ISO 4217 code, naming the field when refused', async () => {
    for (const reportingCurrency of ['eur', 'EURO', 'E1R', '', 978]) {
      const refused = await change({ reportingCurrency });
      assert.equal(refused.status, 422, `reportingCurrency ${JSON.stringify(reportingCurrency)}`);
      const problem = (await refused.json()) as Problem;
      assert.deepEqual(problem.errors?.map((error) => error.path), ['reportingCurrency'], JSON.stringify(problem));
    }
    const changed = await change({ reportingCurrency: 'CHF' });
    assert.equal(((await changed.json()) as BrandSettings).reportingCurrency, 'CHF');
    assert.equal((await settings()).reportingCurrency, 'CHF');
    // The clients' values are recomputed in the background; a second change before it ends restarts it in the newer currency.
    const pending = () => server.db.selectFrom('client_value_recomputations').select(['reporting_currency', 'after_owner_id']).where('brand_id', '=', server.brand.id).execute();
    assert.deepEqual((await pending()).map((row) => ({ ...row })), [{ reporting_currency: 'CHF', after_owner_id: '' }]);
    await server.db.updateTable('client_value_recomputations').set({ after_owner_id: 'own_halfway' }).execute();
    await change({ reportingCurrency: 'USD' });
    assert.deepEqual((await pending()).map((row) => ({ ...row })), [{ reporting_currency: 'USD', after_owner_id: '' }]);
    await change({ reportingCurrency: 'USD' });
    assert.equal((await pending()).length, 1, 'the same currency again asks for nothing more');
  });

  it('says how far the recomputation of clients’ values has got after a change of currency, to every staff reader, until it is done', async () => {
    for (const index of [0, 1, 2]) {
      const buyerEmail = `client-${index}@example.org`;
      await sellAtFirstRetailer(server, index, { buyerEmail, price: { currency: 'EUR', amountMinorUnits: 100_000 } });
      assert.equal((await server.fromWidget('/v1/warranties/confirmations', { token: tokenSentTo(server, buyerEmail) })).status, 200);
    }
    assert.equal((await settings()).clientValuesRecomputation, undefined, 'nothing running, nothing said');
    const since = server.clock.now().toISOString();

    const changed = (await (await change({ reportingCurrency: 'CHF' })).json()) as BrandSettings;
    assert.deepEqual(changed.clientValuesRecomputation, { reportingCurrency: 'CHF', since, clientsDone: 0, clientsTotal: 3 }, 'the answer to the change already says it');
    assert.equal(await recomputeClientValuesStep(server.db, server.brand.id, 2), 'more');
    assert.deepEqual((await settings()).clientValuesRecomputation, { reportingCurrency: 'CHF', since, clientsDone: 2, clientsTotal: 3 });
    const { session } = await server.signIn({ role: 'analyst' });
    const asAnalyst = await server.request('/v1/brand/settings', { session });
    assert.equal(asAnalyst.status, 200, await asAnalyst.clone().text());
    assert.deepEqual(((await asAnalyst.json()) as BrandSettings).clientValuesRecomputation?.clientsDone, 2);

    while ((await recomputeClientValuesStep(server.db, server.brand.id, 2)) === 'more');
    assert.equal((await settings()).clientValuesRecomputation, undefined, 'gone once every client is in CHF');
  });
});
