/**
 * The RFM groups and the `value` condition on a seeded history (testing.ts's two tables, worked out
 * by hand), on SQLite and PostgreSQL: each client's scores (today 25 November 2026), their group,
 * and each group's members as the filter language finds them — every client in exactly one group.
 * Values are in EUR, the brand's reporting currency; CHF and JPY amounts count once the brand has
 * entered the rates of their months, and until then the count says which rates are missing.
 *
 * | Client | Months since (R) | Purchases + services (F) | Value incl. after-sales, EUR (M) | FM | Group |
 * | --- | --- | --- | --- | --- | --- |
 * | Ada | 11 (5) | 3 (3) | 3,000 + 1,200 + repair 900 = 5,100 (2) | 2 | potential loyalists |
 * | Ben | 34 (3) | 1 (1) | CHF 6,500 × 1.05 = 6,825 (2) | 1 | about to sleep |
 * | Chloé | 64 (1) | 4 (4) | 55,000 (5) | 4 | at risk |
 * | Dan | 53 (2) | 1 (1) | 0 (1) | 1 | hibernating |
 * | Eve | 6 (5) | 1 (1) | 12,000 (3) | 1 | new customers |
 * | Fay | 6 (5) | 1 (1) | 0 (1) | 1 | new customers |
 * | Gus | 9 (5) | 4 (4) | 9,000 + JPY 2,000,000 × 0.0061 = 21,200 (4); 9,000 without the rate (2) | 4; 2 | champions; potential loyalists |
 * | Jo | 1 (5) | 1 (1) | 0 (1) | 1 | new customers |
 * | Kim | 68 (1) | 1 (1) | 0 (1) | 1 | lost |
 * | Lea | 18 (4) | 4 (4) | 25,000 (4) | 4 | loyal customers |
 * | Max | 15 (4) | 1 (1) | 4,000 (1) | 1 | promising |
 * | Nora | 32 (3) | 3 (3) | 11,000 + repair 1,500 = 12,500 (3) | 3 | need attention |
 * | Otto | 58 (2) | 6 (5) | 60,000 (5) | 5 | can't lose them |
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { rfmSegmentNames, type RfmSegmentName, type SegmentClause } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { setExchangeRates } from '../exchange-rates/rates.ts';
import { builtInSegments } from './built-in-segments.ts';
import { builtInSegmentsOf, countSegment, filterContext, listBuiltInSegments, segmentMembers } from './service.ts';
import { twoSignificantFigures } from './rfm-segments.ts';
import { recomputePendingClientValues } from '../clients/client-value-recomputation.ts';
import { addClientHistoryMoney, seedClientHistory, seedMoreClients } from './testing.ts';

describeEachDatabase('RFM groups and clients’ value', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 20 });
    const ids = await seedClientHistory(server);
    await addClientHistoryMoney(server);
    await seedMoreClients(server, ids);
  });
  afterEach(() => server.close());

  async function namesIn(clause: SegmentClause): Promise<string[]> {
    const rows = await segmentMembers(server.db, clause, await filterContext(server.deps, server.brand.id)).select('o.name').execute();
    return rows.map((row) => row.name).sort();
  }

  async function enterRates(): Promise<void> {
    await setExchangeRates(server.deps, server.brand.id, { currency: 'CHF', fromMonth: '2024-01', toMonth: '2024-01', rate: '1.05' });
    await setExchangeRates(server.deps, server.brand.id, { currency: 'JPY', fromMonth: '2024-02', toMonth: '2024-02', rate: '0.0061' });
  }

  const groupsWithRates: Record<RfmSegmentName, string[]> = {
    rfm_champions: ['Gus'],
    rfm_loyal_customers: ['Lea'],
    rfm_potential_loyalists: ['Ada'],
    rfm_new_customers: ['Eve', 'Fay', 'Jo'],
    rfm_promising: ['Max'],
    rfm_need_attention: ['Nora'],
    rfm_about_to_sleep: ['Ben'],
    rfm_at_risk: ['Chloé'],
    rfm_cannot_lose_them: ['Otto'],
    rfm_hibernating: ['Dan'],
    rfm_lost: ['Kim'],
  };

  it('puts each client in the RFM group of the hand calculation, every client in exactly one', async () => {
    await enterRates();
    const everyone: string[] = [];
    for (const name of rfmSegmentNames) {
      const members = await namesIn(builtInSegments[name].filter);
      assert.deepEqual(members, groupsWithRates[name], name);
      everyone.push(...members);
    }
    assert.deepEqual(everyone.sort(), ['Ada', 'Ben', 'Chloé', 'Dan', 'Eve', 'Fay', 'Gus', 'Jo', 'Kim', 'Lea', 'Max', 'Nora', 'Otto']);
  });

  it('counts after-sales spend in the value: Ada’s EUR 900 repair lifts her over 5,000 (her pieces cost 4,200)', async () => {
    await enterRates();
    assert.deepEqual(await namesIn({ kind: 'value', op: '=', amount: 5_100 }), ['Ada']);
    assert.deepEqual(await namesIn({ kind: 'value', op: '>=', amount: 5_000 }), ['Ada', 'Ben', 'Chloé', 'Eve', 'Gus', 'Lea', 'Nora', 'Otto']);
  });

  it('compares value in whole units of the reporting currency', async () => {
    await enterRates();
    assert.deepEqual(await namesIn({ kind: 'value', op: '>=', amount: 20_000 }), ['Chloé', 'Gus', 'Lea', 'Otto']);
    assert.deepEqual(await namesIn({ kind: 'value', op: '<', amount: 5_000 }), ['Dan', 'Fay', 'Jo', 'Kim', 'Max']);
    assert.deepEqual(await namesIn({ kind: 'all', of: [{ kind: 'value', op: '>', amount: 12_000 }, { kind: 'value', op: '<=', amount: 12_500 }] }), ['Nora']);
  });

  it('leaves out amounts without a rate, and the count says which rates are missing', async () => {
    const before = await countSegment(server.deps, server.brand.id, { segment: 'rfm_potential_loyalists' });
    // Gus's JPY piece is not in his value yet: 9,000 EUR, M 2.
    assert.equal(before.count, 2);
    assert.deepEqual(await namesIn(builtInSegments.rfm_potential_loyalists.filter), ['Ada', 'Gus']);
    assert.deepEqual(before.valueBasis, {
      reportingCurrency: 'EUR',
      convertedWith: 'brand_monthly_rates',
      missingRates: [
        { currency: 'CHF', month: '2024-01' },
        { currency: 'JPY', month: '2024-02' },
      ],
      amountsLeftOut: 2,
    });
    await enterRates();
    const after = await countSegment(server.deps, server.brand.id, { segment: 'rfm_champions' });
    assert.deepEqual([after.count, after.valueBasis?.missingRates, after.valueBasis?.amountsLeftOut], [1, [], 0]);
    const tier = await countSegment(server.deps, server.brand.id, { segment: 'vip' });
    assert.equal(tier.valueBasis, undefined, 'a segment that reads no value says nothing of currencies');
  });

  it('scales the value thresholds to a brand reporting in yen with its own euro rate, and names that rate while it is missing', async () => {
    const changed = await server.request('/v1/brand/settings', { key: 'secret', method: 'PATCH', body: { reportingCurrency: 'JPY' } });
    assert.equal(changed.status, 200, await changed.clone().text());
    await recomputePendingClientValues(server.db);
    const champions = async () => ((await listBuiltInSegments(server.deps, server.brand.id)).segments.find((segment) => segment.name === 'rfm_champions')!.filter as { of: SegmentClause[] }).of;
    // No euro rate into yen yet: the thresholds stay as declared, and an RFM count says which rate they lack (this month's).
    assert.deepEqual((await champions()).filter((clause) => clause.kind === 'value'), [{ kind: 'value', op: '>=', amount: 20_000 }]);
    const unscaled = await countSegment(server.deps, server.brand.id, { segment: 'rfm_champions' });
    assert.ok(unscaled.valueBasis?.missingRates.some((rate) => rate.currency === 'EUR' && rate.month === '2026-11'), JSON.stringify(unscaled.valueBasis));

    // ¥160 to the euro for every month of the history (CHF at 1.05 × 160), the yen amount native: each value is its euros × 160.
    await setExchangeRates(server.deps, server.brand.id, { currency: 'EUR', fromMonth: '2016-01', toMonth: '2025-12', rate: '160' });
    await setExchangeRates(server.deps, server.brand.id, { currency: 'EUR', fromMonth: '2026-01', toMonth: '2026-12', rate: '160' });
    await setExchangeRates(server.deps, server.brand.id, { currency: 'CHF', fromMonth: '2024-01', toMonth: '2024-01', rate: '168' });
    // EUR 5,000 / 10,000 / 20,000 / 50,000 × 160.
    assert.deepEqual((await champions()).filter((clause) => clause.kind === 'value'), [{ kind: 'value', op: '>=', amount: 3_200_000 }]);
    // Every client lands in the group of the euro calculation — Gus with ¥9,000 × 160 + ¥2,000,000 = ¥3,440,000, at least ¥3,200,000 (M 4).
    const context = await filterContext(server.deps, server.brand.id);
    for (const name of rfmSegmentNames) assert.deepEqual(await namesIn(builtInSegmentsOf(context)[name].filter), groupsWithRates[name], name);
    const counted = await countSegment(server.deps, server.brand.id, { segment: 'rfm_champions' });
    assert.deepEqual([counted.count, counted.valueBasis?.reportingCurrency, counted.valueBasis?.missingRates], [1, 'JPY', []]);
    // Unscaled, a yen value would be read as euros: nearly everyone would score M 5.
    assert.equal((await namesIn({ kind: 'value', op: '>=', amount: 50_000 })).length, 9);
  });

  it('rounds a threshold in another currency to two significant figures', () => {
    assert.deepEqual([806_000, 3_224_000, 8_060_000, 5_350, 99, 1_612_000].map(twoSignificantFigures), [810_000, 3_200_000, 8_100_000, 5_400, 99, 1_600_000]);
  });
});
