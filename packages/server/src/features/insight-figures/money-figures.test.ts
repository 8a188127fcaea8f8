/**
 * The money figures (contract insight-figures.ts: CLV per segment, CAC per channel) on the segments'
 * seeded history with prices, charges, the brand's rates and its acquisition spend, each equal to a
 * hand calculation written beside it, on SQLite and PostgreSQL, through the HTTP app; a missing
 * rate is listed and its amount left out, never guessed.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { AcquisitionChannel, AcquisitionCost, ClvBySegment } from '@atelier/client/contract';
import { newId } from '../../ids.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { insertClient, insertWarranty, seedClientHistory } from '../segments/testing.ts';

describeEachDatabase('money figures', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 24 });
    await seedClientHistory(server);
  });
  afterEach(() => server.close());

  async function figures<Answer>(path: string): Promise<Answer> {
    const response = await server.request(`/v1/insight-figures/${path}`, { key: 'secret' });
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as Answer;
  }

  /** The price of the sale of the fixture's `index`th piece (seedClientHistory's registrations). */
  async function priced(index: number, currency: string, amountMinorUnits: number): Promise<void> {
    await server.db.updateTable('warranties').set({ price_currency: currency, price_minor_units: amountMinorUnits }).where('item_id', '=', server.items[index]!.id).where('source', '!=', 'transfer').execute();
  }

  async function rate(currency: string, month: string, value: string): Promise<void> {
    await server.db.insertInto('exchange_rates').values({ brand_id: server.brand.id, currency, quote_currency: 'EUR', month, rate: value, updated_at: '2026-11-01T09:00:00.000Z' }).execute();
  }

  /** A repair of the `index`th piece returned and charged on `chargedOn` (no service recorded: a diagnosis fee after a declined estimate, say). */
  async function charged(index: number, chargedOn: string, currency: string, amountMinorUnits: number): Promise<void> {
    await server.db
      .insertInto('repair_orders')
      .values({
        id: newId('rep'),
        brand_id: server.brand.id,
        tracking_code: `TEST-${String(index).padStart(4, '0')}-CLV0`,
        item_id: server.items[index]!.id,
        service_type: 'full_service',
        description: 'Loses time',
        service_centre_id: 'svc_paris',
        drop_off_method: 'mail_in',
        drop_off_slot_id: null,
        retailer_id: null,
        contact_confirmed_at: null,
        contact_name: 'Owner',
        contact_email: 'owner@example.com',
        contact_email_normalized: 'owner@example.com',
        contact_language: 'fr',
        flagged_item_status: null,
        status: 'returned',
        promised_date: null,
        ready_at: null,
        rating_score: null,
        rating_comment: null,
        rated_at: null,
        created_at: `${chargedOn}T08:00:00.000Z`,
        charged_currency: currency,
        charged_minor_units: amountMinorUnits,
        charged_on: chargedOn,
      })
      .execute();
  }

  it('gives each built-in segment its CLV: average order value × orders per client per year × 10 years, over 36 months, at the brand’s rates', async () => {
    /*
     * Today 25 November 2026: orders of 26 November 2023 to 25 November 2026; reporting currency EUR.
     * Prices: Ada's pieces € 5,000.00 and CHF 6,000.00 (December 2025, rate 1.05 → € 6,300.00); Ben's
     * sale has no price; Eve's gift to Fay ¥ 1,000,000 (May 2026: no JPY rate → left out, listed);
     * Gus's € 8,000.00 (1 Dec 2023) and € 12,000.00. Chloé's and Kim's purchases are older than the
     * window, Dan's too; Jo's piece came by transfer, no purchase. Repairs charged: Gus's piece
     * € 500.00 on 1 Feb 2026, Dan's € 400.00 on 1 Jun 2026 (each the piece's owner that day).
     *
     * vip (Gus): 3 orders, all valued, € 20,500.00 → average 683,333.33 cents; 3 ÷ 1 ÷ 3 years = 1
     *   a year; CLV 683,333.33 × 1 × 10 = 6,833,333 cents.
     * regular (Ada, Ben): 3 orders, 2 valued, € 11,300.00 → average 565,000; 3 ÷ 2 ÷ 3 = 0.5;
     *   CLV 565,000 × 0.5 × 10 = 2,825,000.
     * new (Eve, Fay, Jo): 1 order (Eve's), not valued (no rate) → no average, 1 ÷ 3 ÷ 3 = 0.11, no CLV.
     * at_risk (Dan): 1 order, € 400.00 → 40,000; 1 ÷ 1 ÷ 3 = 0.33; CLV 40,000 × ⅓ × 10 = 133,333.
     * lapsed (Chloé, Kim): no order in the window → 0 a year, CLV 0.
     */
    await priced(0, 'EUR', 500_000);
    await priced(1, 'CHF', 600_000);
    await rate('CHF', '2025-12', '1.05');
    await priced(6, 'JPY', 1_000_000);
    await priced(7, 'EUR', 800_000);
    await priced(8, 'EUR', 1_200_000);
    await priced(3, 'EUR', 900_000);
    await charged(8, '2026-02-01', 'EUR', 50_000);
    await charged(5, '2026-06-01', 'EUR', 40_000);

    const clv = await figures<ClvBySegment>('clv');
    assert.deepEqual([clv.from, clv.to, clv.windowMonths, clv.lifespanYears], ['2023-11-26', '2026-11-25', 36, 10]);
    assert.deepEqual(clv.basis, { reportingCurrency: 'EUR', convertedWith: 'brand_monthly_rates', missingRates: [{ currency: 'JPY', month: '2026-05' }], amountsLeftOut: 1 });
    assert.deepEqual(
      clv.segments.map((row) => [row.segment, row.clients, row.orders, row.ordersValued, row.valueMinorUnits, row.averageOrderValueMinorUnits, row.ordersPerClientPerYear, row.clvMinorUnits]),
      [
        ['vip', 1, 3, 3, 2_050_000, 683_333, 1, 6_833_333],
        ['regular', 2, 3, 2, 1_130_000, 565_000, 0.5, 2_825_000],
        ['new', 3, 1, 0, 0, null, 0.11, null],
        ['at_risk', 1, 1, 1, 40_000, 40_000, 0.33, 133_333],
        ['lapsed', 2, 0, 0, 0, null, 0, 0],
      ],
    );
  });

  it('gives CAC per channel: the spend of the last 12 whole months ÷ the clients whose first purchase fell in them, by how they bought it', async () => {
    /*
     * Today 25 November 2026: November 2025 to October 2026.
     * Won: Eve (bought Fay's gift at a retailer, May 2026) and Fay (received it) → retailer-assisted;
     *   Jo (Kim's piece, second-hand, October 2026) and Lea (activated a piece herself, March 2026)
     *   → brand-led. Not in the window: Max (first purchase 2 November 2026, this month) and Noa
     *   (31 October 2025); every other client bought first before.
     * Spend: brand-led € 3,000.00 (November 2025) + CHF 2,000.00 (March 2026, rate 0.95 → € 1,900.00),
     *   and € 9,999.99 in November 2026 (this month: not counted) → € 4,900.00 ÷ 2 = € 2,450.00.
     *   Retailer-assisted € 1,000.00 (January 2026) + US$ 500.00 (February 2026: no rate → left out,
     *   listed) → € 1,000.00 ÷ 2 = € 500.00.
     * Total € 5,900.00 ÷ 4 = € 1,475.00.
     */
    const client = (name: string) => insertClient(server.db, server.brand.id, { name, country: 'FR', language: 'fr', customerType: 'retail' });
    await insertWarranty(server.db, server.brand.id, { itemId: server.items[12]!.id, ownerId: await client('Lea'), purchaseDate: '2026-03-01', source: 'buyer' });
    await insertWarranty(server.db, server.brand.id, { itemId: server.items[13]!.id, ownerId: await client('Max'), purchaseDate: '2026-11-02' });
    await insertWarranty(server.db, server.brand.id, { itemId: server.items[14]!.id, ownerId: await client('Noa'), purchaseDate: '2025-10-31' });
    const spend = async (month: string, channel: AcquisitionChannel, currency: string, amountMinorUnits: number) =>
      server.db.insertInto('acquisition_spend').values({ brand_id: server.brand.id, month, channel, currency, amount_minor_units: amountMinorUnits, updated_at: '2026-11-01T09:00:00.000Z' }).execute();
    await spend('2025-11', 'brand_led', 'EUR', 300_000);
    await spend('2026-03', 'brand_led', 'CHF', 200_000);
    await rate('CHF', '2026-03', '0.95');
    await spend('2026-11', 'brand_led', 'EUR', 999_999);
    await spend('2026-01', 'retailer_assisted', 'EUR', 100_000);
    await spend('2026-02', 'retailer_assisted', 'USD', 50_000);

    const cac = await figures<AcquisitionCost>('acquisition-cost');
    assert.deepEqual([cac.fromMonth, cac.toMonth, cac.windowMonths], ['2025-11', '2026-10', 12]);
    assert.deepEqual(cac.basis, { reportingCurrency: 'EUR', convertedWith: 'brand_monthly_rates', missingRates: [{ currency: 'USD', month: '2026-02' }], amountsLeftOut: 1 });
    assert.deepEqual(cac.channels, [
      { channel: 'brand_led', spendMinorUnits: 490_000, newClients: 2, cacMinorUnits: 245_000 },
      { channel: 'retailer_assisted', spendMinorUnits: 100_000, newClients: 2, cacMinorUnits: 50_000 },
    ]);
    assert.deepEqual(cac.total, { spendMinorUnits: 590_000, newClients: 4, cacMinorUnits: 147_500 });
  });
});
