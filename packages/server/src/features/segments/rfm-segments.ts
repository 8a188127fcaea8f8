/**
 * The RFM groups — the usual names (champions, loyal customers, potential loyalists, new customers,
 * promising, need attention, about to sleep, at risk, can't lose them, hibernating, lost) — as
 * built-in segments in the filter language, with fixed thresholds sized for pieces bought every few
 * years and serviced in between (tier.ts says why: the usual retail windows of days would call
 * nearly every client lost).
 *
 * Three scores from 1 to 5, each from a column of the client's summary:
 * - **R**ecency, whole months since the last purchase **or service**: 5 under 12, 4 under 24,
 *   3 under 36, 2 under 60, 1 from 60 (36 and 60 are the tiers' at-risk and lapsed thresholds);
 * - **F**requency, purchases and services together: 5 from 6, 4 from 4, 3 at 3, 2 at 2, 1 at 1;
 * - **M**onetary, the client's value **including after-sales** (repairs charged), against
 *   thresholds declared in euros — 5 from EUR 50,000, 4 from 20,000, 3 from 10,000, 2 from 5,000,
 *   1 below — and applied in the brand's reporting currency: converted with the brand's own rate
 *   for the euro (its latest month up to the current one), then rounded to two significant figures,
 *   so a brand reporting in yen at 161.2 yen to the euro has them at ¥8,100,000, ¥3,200,000,
 *   ¥1,600,000 and ¥810,000 (round numbers, which a rate's small monthly moves rarely shift), not
 *   at ¥50,000. Why the brand's rate and not a table of our own: the thresholds then mean what the
 *   brand's other money figures mean, and nobody has to keep a second set of rates up to date.
 *   Without a euro rate the thresholds cannot be scaled: they are applied as they are declared, and
 *   an RFM count lists the euro's rate for the current month as missing, so nobody reads those
 *   groups as sized for the currency.
 *
 * F and M are combined as **FM = the lower of the two**: a high group asks for both many visits
 * and a high value, and "FM at least k" is simply "F at least k and M at least k". The groups are
 * then the usual grid of R against FM, every cell in exactly one group, so each client is in
 * exactly one:
 *
 * | R \ FM | 1 | 2 | 3 | 4 | 5 |
 * | --- | --- | --- | --- | --- | --- |
 * | 5 | new customers | potential loyalists | potential loyalists | champions | champions |
 * | 4 | promising | potential loyalists | potential loyalists | loyal customers | loyal customers |
 * | 3 | about to sleep | about to sleep | need attention | loyal customers | loyal customers |
 * | 2 | hibernating | hibernating | at risk | at risk | can't lose them |
 * | 1 | lost | lost | at risk | at risk | can't lose them |
 *
 * A value leaves out amounts the brand has no exchange rate for (features/exchange-rates): until
 * the rates are entered, such a client's M is lower than it will be.
 */
import type { BuiltInSegment, MissingRate, RfmSegmentName, SegmentClause } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import { convertAmount, minorUnitDigits } from '../exchange-rates/conversion.ts';
import type { IsoDate } from '../shared/calendar.ts';

type Score = 1 | 2 | 3 | 4 | 5;

/** Whole months since the last purchase or service below which recency scores 5, 4, 3, 2 (1 from the last). */
export const rfmRecencyMonthsBelow = { 5: 12, 4: 24, 3: 36, 2: 60 } as const;
/** Purchases and services from which frequency scores 2 to 5. */
export const rfmFrequencyFrom = { 2: 2, 3: 3, 4: 4, 5: 6 } as const;
/** Value including after-sales, in whole euros, from which the monetary score is 2 to 5 (applied in the reporting currency: `rfmValueThresholds`). */
export const rfmValueFromEur = { 2: 5_000, 3: 10_000, 4: 20_000, 5: 50_000 } as const;

/** The monetary score's thresholds in whole units of one currency. */
export type RfmValueFrom = Readonly<Record<2 | 3 | 4 | 5, number>>;

/** `value` rounded half up to two significant figures (810,000 from 806,150). */
export function twoSignificantFigures(value: number): number {
  if (value < 100) return Math.round(value);
  const unit = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / unit) * unit;
}

/** The brand's monetary thresholds in its reporting currency, and the euro rate they lack (none needed in euros). */
export interface RfmValueThresholds {
  valueFrom: RfmValueFrom;
  /** The euro's rate the scaling needed and the brand has not entered: the current month's. */
  missingRate: MissingRate | undefined;
}

/**
 * The monetary thresholds in `reportingCurrency`: the declared euros converted with the brand's
 * latest rate for the euro up to `today`'s month (the one conversion's arithmetic, exact), rounded
 * to two significant figures.
 */
export async function rfmValueThresholds(db: Db, brandId: string, reportingCurrency: string, today: IsoDate): Promise<RfmValueThresholds> {
  if (reportingCurrency === 'EUR') return { valueFrom: rfmValueFromEur, missingRate: undefined };
  const month = today.slice(0, 7);
  const rate = await db
    .selectFrom('exchange_rates')
    .select('rate')
    .where('brand_id', '=', brandId)
    .where('quote_currency', '=', reportingCurrency)
    .where('currency', '=', 'EUR')
    .where('month', '<=', month)
    .orderBy('month', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!rate) return { valueFrom: rfmValueFromEur, missingRate: { currency: 'EUR', month } };
  const inUnits = (euros: number) => twoSignificantFigures(convertAmount(euros * 10 ** minorUnitDigits('EUR'), 'EUR', reportingCurrency, rate.rate) / 10 ** minorUnitDigits(reportingCurrency));
  return { valueFrom: { 2: inUnits(rfmValueFromEur[2]), 3: inUnits(rfmValueFromEur[3]), 4: inUnits(rfmValueFromEur[4]), 5: inUnits(rfmValueFromEur[5]) }, missingRate: undefined };
}

const months = (op: '<' | '>=', value: number): SegmentClause => ({ kind: 'monthsSinceLastPurchaseOrService', op, value });

/** Recency from `low` to `high`, both included. */
function recency(low: Score, high: Score): SegmentClause[] {
  const parts: SegmentClause[] = [];
  // R at least `low`: fewer months than the threshold below which `low` starts (none for 1).
  if (low > 1) parts.push(months('<', rfmRecencyMonthsBelow[low as 2 | 3 | 4 | 5]));
  // R at most `high`: at least as many months as the next score's threshold (none for 5).
  if (high < 5) parts.push(months('>=', rfmRecencyMonthsBelow[(high + 1) as 2 | 3 | 4 | 5]));
  return parts;
}

/** FM from `low` to `high`, both included, FM being the lower of F and M. */
function frequencyAndValue(rfmValueFrom: RfmValueFrom, low: Score, high: Score): SegmentClause[] {
  const parts: SegmentClause[] = [];
  if (low > 1) {
    const score = low as 2 | 3 | 4 | 5;
    parts.push({ kind: 'purchasesAndServices', op: '>=', value: rfmFrequencyFrom[score] }, { kind: 'value', op: '>=', amount: rfmValueFrom[score] });
  }
  if (high < 5) {
    const next = (high + 1) as 2 | 3 | 4 | 5;
    parts.push({ kind: 'any', of: [{ kind: 'purchasesAndServices', op: '<', value: rfmFrequencyFrom[next] }, { kind: 'value', op: '<', amount: rfmValueFrom[next] }] });
  }
  return parts;
}

const range = (low: Score, high: Score) => (low === high ? `${low}` : `${low}–${high}`);

/** The RFM groups with the monetary thresholds `valueFrom` (whole units of the reporting currency). */
export function rfmSegmentsWith(valueFrom: RfmValueFrom): Readonly<Record<RfmSegmentName, BuiltInSegment>> {
  const group = (name: RfmSegmentName, words: string, r: [Score, Score], fm: [Score, Score]): BuiltInSegment => ({
    name,
    description: `${words} Recency ${range(...r)} and FM ${range(...fm)} (the lower of frequency and value including after-sales, in the reporting currency).`,
    filter: { kind: 'all', of: [...recency(...r), ...frequencyAndValue(valueFrom, ...fm)] },
  });
  return {
    rfm_champions: group('rfm_champions', 'Bought or serviced within 12 months, often, for a high value.', [5, 5], [4, 5]),
    rfm_loyal_customers: group('rfm_loyal_customers', 'Often and for a high value, last seen 12 to 36 months ago.', [3, 4], [4, 5]),
    rfm_potential_loyalists: group('rfm_potential_loyalists', 'Seen within 24 months, with a few visits or a middling value.', [4, 5], [2, 3]),
    rfm_new_customers: group('rfm_new_customers', 'Seen within 12 months, one visit or a low value so far.', [5, 5], [1, 1]),
    rfm_promising: group('rfm_promising', 'Seen 12 to 24 months ago, one visit or a low value so far.', [4, 4], [1, 1]),
    rfm_need_attention: group('rfm_need_attention', 'Last seen 24 to 36 months ago, with a middling history.', [3, 3], [3, 3]),
    rfm_about_to_sleep: group('rfm_about_to_sleep', 'Last seen 24 to 36 months ago, with little history.', [3, 3], [1, 2]),
    rfm_at_risk: group('rfm_at_risk', 'A good history, but not seen for 36 months or more.', [1, 2], [3, 4]),
    rfm_cannot_lose_them: group('rfm_cannot_lose_them', 'Among the best, but not seen for 36 months or more.', [1, 2], [5, 5]),
    rfm_hibernating: group('rfm_hibernating', 'Little history, last seen 36 to 60 months ago.', [2, 2], [1, 2]),
    rfm_lost: group('rfm_lost', 'Little history, not seen for 60 months or more.', [1, 1], [1, 2]),
  };
}

/** The RFM groups of a brand reporting in euros. */
export const rfmSegments = rfmSegmentsWith(rfmValueFromEur);
