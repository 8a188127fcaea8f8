/**
 * Money across currencies: a sale's price and a repair's charge are kept in their own currency; a
 * client's value is in the brand's reporting currency, converted with the brand's rate for each
 * amount's month, and an amount without a rate is left out and counted, never guessed. Rates
 * changing recompute the values they convert; the reporting currency changing has them recomputed
 * by a background job, step by step. Worked out by hand below.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { EstimateDecisionRequest, type CurrencyBasis, type SegmentCount } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { computeClientSummaries, refreshClientValues, storedClientSummary } from '../clients/client-summary.ts';
import { recomputeClientValuesStep, recomputePendingClientValues } from '../clients/client-value-recomputation.ts';
import { storedSummaryOf } from '../clients/testing.ts';
import { bookRepair } from '../repairs/booking.ts';
import { decideEstimate } from '../repairs/lifecycle.ts';
import { booking, staffMove } from '../repairs/testing.ts';
import { sellAtFirstRetailer } from '../sales/testing.ts';
import { confirmWarranty } from '../warranties/service.ts';
import { tokenSentTo } from '../warranties/testing.ts';
import { convertAmount, reportingConverter, totalInReportingCurrency } from './conversion.ts';

describe('converting an amount into the reporting currency', () => {
  it('is exact, rounded once half up, in each currency’s minor unit', () => {
    // CHF 123.45 at 1.0712 = EUR 132.23964 → 132.24
    assert.equal(convertAmount(12_345, 'CHF', 'EUR', '1.0712'), 13_224);
    // JPY 1,000,000 (no minor unit) at 0.0061 = EUR 6,100.00
    assert.equal(convertAmount(1_000_000, 'JPY', 'EUR', '0.0061'), 610_000);
    // EUR 100.00 at 163.25 = JPY 16,325
    assert.equal(convertAmount(10_000, 'EUR', 'JPY', '163.25'), 16_325);
    // CHF 0.05 at 0.5 = EUR 0.025 → 0.03 (half up)
    assert.equal(convertAmount(5, 'CHF', 'EUR', '0.5'), 3);
    // A collector's value beyond 2^31 minor units stays exact: JPY 9,000,000,000 at 0.0061 = EUR 54,900,000.00
    assert.equal(convertAmount(9_000_000_000, 'JPY', 'EUR', '0.0061'), 5_490_000_000);
  });

  it('leaves out an amount whose month has no rate, and says which', () => {
    const converter = reportingConverter('EUR', new Map([['CHF 2026-10', '1.07']]));
    const total = totalInReportingCurrency(converter, [
      { currency: 'EUR', amountMinorUnits: 50_000, on: '2026-11-02' },
      { currency: 'CHF', amountMinorUnits: 100_000, on: '2026-10-31' },
      { currency: 'CHF', amountMinorUnits: 100_000, on: '2026-11-01' },
      { currency: 'JPY', amountMinorUnits: 200_000, on: '2026-09-15' },
      { currency: 'CHF', amountMinorUnits: 1, on: '2026-11-30' },
    ]);
    // EUR 500.00 + CHF 1,000.00 × 1.07 = EUR 1,570.00; November's CHF and September's JPY have no rate.
    assert.deepEqual(total, {
      currency: 'EUR',
      amountMinorUnits: 157_000,
      amountsLeftOut: 3,
      missingRates: [
        { currency: 'JPY', month: '2026-09' },
        { currency: 'CHF', month: '2026-11' },
      ],
    });
  });
});

describeEachDatabase('money of sales and repairs, and the brand’s rates', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
  });
  afterEach(() => server.close());

  async function valueOf(email: string): Promise<{ purchases: number; afterSales: number; unconverted: number } | undefined> {
    const summary = await storedSummaryOf(server.db, email);
    if (!summary) return undefined;
    return { purchases: summary.purchase_value_minor_units, afterSales: summary.after_sales_value_minor_units, unconverted: summary.amounts_unconverted };
  }

  /** What a segment reading the clients' values says about their currency. */
  async function valueBasis(): Promise<CurrencyBasis> {
    const filter = encodeURIComponent(JSON.stringify({ kind: 'value', op: '>=', amount: 0 }));
    const response = await server.request(`/v1/segments/count?filter=${filter}`, { key: 'secret' });
    assert.equal(response.status, 200, await response.clone().text());
    return ((await response.json()) as SegmentCount).valueBasis!;
  }

  async function assertSummariesKept(after: string): Promise<void> {
    const stored = (await server.db.selectFrom('client_summaries').selectAll().where('brand_id', '=', server.brand.id).orderBy('owner_id').execute()).map(storedClientSummary);
    const people = await server.db.selectFrom('owners').select('id').where('brand_id', '=', server.brand.id).execute();
    const recomputed = [...(await computeClientSummaries(server.db, server.brand.id, people.map((person) => person.id))).values()].sort((a, b) => (a.owner_id < b.owner_id ? -1 : 1));
    assert.deepEqual(stored, recomputed, `after ${after}`);
  }

  /** Piece `index` sold to `buyerEmail` at `price` (or a gift of theirs), its warranty confirmed. */
  async function sell(index: number, buyerEmail: string, price: { currency: string; amountMinorUnits: number } | undefined, gift?: { name: string; email: string }): Promise<void> {
    await sellAtFirstRetailer(server, index, { buyerEmail, price, gift });
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, gift?.email ?? buyerEmail));
  }

  /** A repair of piece `index` booked by `email`, taken to the owner's decision on an estimate of `amountMinorUnits` euros. */
  async function repairAwaitingDecision(index: number, email: string, amountMinorUnits: number): Promise<string> {
    const { trackingCode } = await bookRepair(server.deps, server.brand.id, booking(server.items[index]!.serial, { contact: { name: 'Client', email, language: 'fr' } }));
    for (const to of ['received', 'diagnosed'] as const) await staffMove(server, trackingCode, { to });
    await staffMove(server, trackingCode, {
      to: 'awaiting_approval',
      estimate: {
        currency: 'EUR',
        lineItems: [
          { description: 'Full service', amountMinorUnits },
          { description: 'Crystal, under warranty', amountMinorUnits: 20_000, coveredByWarranty: true },
        ],
        validUntil: '2026-12-31',
      },
    });
    return trackingCode;
  }

  async function decide(trackingCode: string, email: string, decision: 'approve' | 'decline'): Promise<void> {
    await decideEstimate(server.deps, server.brand.id, EstimateDecisionRequest.parse({ trackingCode, email, decision, name: 'Client' }), '203.0.113.7');
  }

  async function put(path: string, body: unknown): Promise<Response> {
    return server.request(path, { key: 'secret', method: 'PUT', body });
  }

  it('keeps prices and charges in their currency and values clients in the reporting currency, with the rates of their months', async () => {
    const settings = await server.request('/v1/brand/settings', { key: 'secret' });
    assert.equal(((await settings.json()) as { reportingCurrency: string }).reportingCurrency, 'EUR', 'EUR until the brand sets it');

    // Marc buys piece 0 for CHF 12,500.00: no CHF rate for November yet, so his value leaves it out.
    await sell(0, 'marc@example.org', { currency: 'CHF', amountMinorUnits: 1_250_000 });
    assert.deepEqual(await valueOf('marc@example.org'), { purchases: 0, afterSales: 0, unconverted: 1 });
    const sales = (await (await server.request('/v1/sales', { key: 'secret' })).json()) as { sales: { price: unknown }[] };
    assert.deepEqual(sales.sales[0]!.price, { currency: 'CHF', amountMinorUnits: 1_250_000 }, 'the sale keeps its price as given');

    // The brand enters 1 CHF = 1.07 EUR for October to December: 12,500.00 × 1.07 = EUR 13,375.00.
    const set = await put('/v1/exchange-rates', { currency: 'CHF', fromMonth: '2026-10', toMonth: '2026-12', rate: '1.07' });
    assert.equal(set.status, 200, await set.clone().text());
    assert.deepEqual(((await set.json()) as { rates: { month: string; rate: string }[] }).rates.map((rate) => [rate.month, rate.rate]), [
      ['2026-10', '1.07'],
      ['2026-11', '1.07'],
      ['2026-12', '1.07'],
    ]);
    assert.deepEqual(await valueOf('marc@example.org'), { purchases: 1_337_500, afterSales: 0, unconverted: 0 });

    // Marc gives piece 1 (EUR 8,000.00) to Léa: the price is the giver's value, not the recipient's.
    await sell(1, 'marc@example.org', { currency: 'EUR', amountMinorUnits: 800_000 }, { name: 'Léa Aubry', email: 'lea@example.org' });
    assert.deepEqual(await valueOf('marc@example.org'), { purchases: 2_137_500, afterSales: 0, unconverted: 0 });
    assert.deepEqual(await valueOf('lea@example.org'), { purchases: 0, afterSales: 0, unconverted: 0 });

    // Piece 0's full service, EUR 450.00 approved (the crystal is under warranty): charged at the return.
    const serviced = await repairAwaitingDecision(0, 'marc@example.org', 45_000);
    await decide(serviced, 'marc@example.org', 'approve');
    for (const to of ['in_repair', 'quality_control', 'ready'] as const) await staffMove(server, serviced, { to });
    assert.deepEqual(await valueOf('marc@example.org'), { purchases: 2_137_500, afterSales: 0, unconverted: 0 }, 'nothing is charged before the return');
    const returned = await staffMove(server, serviced, { to: 'returned' });
    assert.deepEqual(returned.charged, { currency: 'EUR', amountMinorUnits: 45_000, chargedOn: '2026-11-25' });
    assert.deepEqual(await valueOf('marc@example.org'), { purchases: 2_137_500, afterSales: 45_000, unconverted: 0 });

    // Léa declines piece 1's estimate and pays a diagnosis fee of CHF 80.00 at the return: 80 × 1.07 = EUR 85.60.
    const declined = await repairAwaitingDecision(1, 'lea@example.org', 90_000);
    await decide(declined, 'lea@example.org', 'decline');
    const early = await server.request(`/v1/repairs/${declined}/transitions`, { key: 'secret', body: { to: 'returned', charged: { currency: 'CHF', amountMinorUnits: -1 } } });
    assert.equal(early.status, 422);
    const fee = await staffMove(server, declined, { to: 'returned', charged: { currency: 'CHF', amountMinorUnits: 8_000 } });
    assert.deepEqual(fee.charged, { currency: 'CHF', amountMinorUnits: 8_000, chargedOn: '2026-11-25' });
    assert.deepEqual(await valueOf('lea@example.org'), { purchases: 0, afterSales: 8_560, unconverted: 0 });
    await assertSummariesKept('sales, a serviced return and a fee');

    // Removing November's CHF rate leaves Marc's CHF purchase and Léa's fee out of their values.
    const removed = await server.request('/v1/exchange-rates/CHF/2026-11', { key: 'secret', method: 'DELETE' });
    assert.equal(removed.status, 200, await removed.clone().text());
    assert.deepEqual(await valueOf('marc@example.org'), { purchases: 800_000, afterSales: 45_000, unconverted: 1 });
    assert.deepEqual(await valueOf('lea@example.org'), { purchases: 0, afterSales: 0, unconverted: 1 });
    const again = await server.request('/v1/exchange-rates/CHF/2026-11', { key: 'secret', method: 'DELETE' });
    assert.equal(again.status, 404);
    assert.equal(((await again.json()) as { code: string }).code, 'unknown_exchange_rate');

    // Reporting in CHF: Marc's CHF price counts as it is; the euro amounts have no EUR rate yet.
    const changed = await server.request('/v1/brand/settings', { key: 'secret', method: 'PATCH', body: { reportingCurrency: 'CHF' } });
    assert.equal(changed.status, 200, await changed.clone().text());
    // The request only asked for the values to be recomputed: until a background step reaches them, they are the euro ones, and figures read from them say so.
    assert.deepEqual(await valueOf('marc@example.org'), { purchases: 800_000, afterSales: 45_000, unconverted: 1 });
    const changedAt = server.clock.now().toISOString();
    assert.equal((await valueBasis()).recomputingSince, changedAt);
    // One client a step; a crash after it (a new server) resumes with the next client, not from the start.
    assert.equal(await recomputeClientValuesStep(server.db, server.brand.id, 1), 'more');
    const job = await server.db.selectFrom('client_value_recomputations').select(['reporting_currency', 'clients_done']).executeTakeFirstOrThrow();
    assert.deepEqual([job.reporting_currency, Number(job.clients_done)], ['CHF', 1]);
    assert.deepEqual(await recomputePendingClientValues(server.db), [server.brand.id]);
    assert.equal((await valueBasis()).recomputingSince, undefined, 'recomputed: the figures no longer say so');
    assert.deepEqual(await valueOf('marc@example.org'), { purchases: 1_250_000, afterSales: 0, unconverted: 2 });
    assert.deepEqual(await valueOf('lea@example.org'), { purchases: 0, afterSales: 8_000, unconverted: 0 });
    const listed = (await (await server.request('/v1/exchange-rates', { key: 'secret' })).json()) as { reportingCurrency: string; rates: unknown[] };
    assert.deepEqual(listed, { reportingCurrency: 'CHF', rates: [] }, 'the rates entered into EUR are not CHF’s');
    // 1 EUR = 0.9346 CHF in November: 8,000.00 × 0.9346 = CHF 7,476.80 and 450.00 × 0.9346 = CHF 420.57.
    assert.equal((await put('/v1/exchange-rates', { currency: 'EUR', fromMonth: '2026-11', toMonth: '2026-11', rate: '0.9346' })).status, 200);
    assert.deepEqual(await valueOf('marc@example.org'), { purchases: 1_997_680, afterSales: 42_057, unconverted: 0 });
    await assertSummariesKept('the reporting currency changed');
  });

  it('refuses a charge before the return, and rates for the reporting currency or a backwards range, naming the field', async () => {
    await sell(0, 'marc@example.org', undefined);
    const trackingCode = await repairAwaitingDecision(0, 'marc@example.org', 45_000);
    const charged = await server.request(`/v1/repairs/${trackingCode}/transitions`, { key: 'secret', body: { to: 'cancelled', charged: { currency: 'EUR', amountMinorUnits: 5_000 } } });
    assert.equal(charged.status, 422);
    assert.equal(((await charged.json()) as { errors: { path: string }[] }).errors[0]!.path, 'charged');

    for (const [body, path] of [
      [{ currency: 'EUR', fromMonth: '2026-01', toMonth: '2026-01', rate: '1' }, 'currency'],
      [{ currency: 'CHF', fromMonth: '2026-05', toMonth: '2026-04', rate: '1.07' }, 'toMonth'],
      [{ currency: 'CHF', fromMonth: '2016-01', toMonth: '2026-12', rate: '1.07' }, 'toMonth'],
      [{ currency: 'CHF', fromMonth: '2026-01', toMonth: '2026-02', rate: '0' }, 'rate'],
      [{ currency: 'CHF', fromMonth: '2026-01', toMonth: '2026-02', rate: '1,07' }, 'rate'],
      [{ currency: 'CHF', fromMonth: '2026-13', toMonth: '2026-12', rate: '1.07' }, 'fromMonth'],
    ] as const) {
      const refused = await put('/v1/exchange-rates', body);
      assert.equal(refused.status, 422, JSON.stringify(body));
      assert.deepEqual(((await refused.json()) as { errors: { path: string }[] }).errors.map((error) => error.path), [path], JSON.stringify(body));
    }
    assert.equal(await valueOf('marc@example.org').then((value) => value?.purchases), 0, 'a sale without a price adds nothing');
  });

  it('leaves a change of rates touching more clients than a request should hold to the background job', async () => {
    await sell(0, 'marc@example.org', { currency: 'CHF', amountMinorUnits: 1_000_000 });
    await sell(1, 'lea@example.org', { currency: 'CHF', amountMinorUnits: 500_000 });
    // A November CHF rate, with the in-request limit at one client: both are left to the job.
    await server.db.transaction().execute(async (tx) => {
      await tx.insertInto('exchange_rates').values({ brand_id: server.brand.id, currency: 'CHF', quote_currency: 'EUR', month: '2026-11', rate: '1.07', updated_at: server.clock.now().toISOString() }).execute();
      await refreshClientValues(tx, server.brand.id, { currency: 'CHF', fromMonth: '2026-11', toMonth: '2026-11' }, server.clock.now(), 1);
    });
    assert.deepEqual(await valueOf('marc@example.org'), { purchases: 0, afterSales: 0, unconverted: 1 }, 'not recomputed in the request');
    assert.equal((await valueBasis()).recomputingSince, server.clock.now().toISOString());
    await recomputePendingClientValues(server.db);
    assert.deepEqual(await valueOf('marc@example.org'), { purchases: 1_070_000, afterSales: 0, unconverted: 0 });
    assert.deepEqual(await valueOf('lea@example.org'), { purchases: 535_000, afterSales: 0, unconverted: 0 });
    await assertSummariesKept('a change of rates left to the job');
  });

  it('keeps the spend the brand enters per month and channel', async () => {
    const brandLed = await put('/v1/acquisition-spend/2026-10/brand_led', { amount: { currency: 'CHF', amountMinorUnits: 4_500_000 } });
    assert.equal(brandLed.status, 200, await brandLed.clone().text());
    assert.equal((await put('/v1/acquisition-spend/2026-10/retailer_assisted', { amount: { currency: 'EUR', amountMinorUnits: 1_200_000 } })).status, 200);
    // Entered again: the month's whole spend, replaced.
    assert.equal((await put('/v1/acquisition-spend/2026-10/brand_led', { amount: { currency: 'EUR', amountMinorUnits: 3_000_000 } })).status, 200);
    const listed = (await (await server.request('/v1/acquisition-spend?fromMonth=2026-10', { key: 'secret' })).json()) as { reportingCurrency: string; spend: { month: string; channel: string; amount: unknown }[] };
    assert.equal(listed.reportingCurrency, 'EUR');
    assert.deepEqual(
      listed.spend.map((entry) => [entry.month, entry.channel, entry.amount]),
      [
        ['2026-10', 'brand_led', { currency: 'EUR', amountMinorUnits: 3_000_000 }],
        ['2026-10', 'retailer_assisted', { currency: 'EUR', amountMinorUnits: 1_200_000 }],
      ],
    );
    const badChannel = await put('/v1/acquisition-spend/2026-10/walk_in', { amount: { currency: 'EUR', amountMinorUnits: 1 } });
    assert.equal(badChannel.status, 422);
    assert.equal((await server.request('/v1/acquisition-spend/2026-10/brand_led', { key: 'secret', method: 'DELETE' })).status, 200);
    const gone = await server.request('/v1/acquisition-spend/2026-10/brand_led', { key: 'secret', method: 'DELETE' });
    assert.equal(gone.status, 404);
    assert.equal(((await gone.json()) as { code: string }).code, 'unknown_acquisition_spend');
  });
});
