/**
 * The retailer benchmark figures, each defined once (their contract, retailer-benchmarks.ts in
 * @atelier/client, says what each means): pure functions of the rows the service reads, so the
 * figures are the same on SQLite and PostgreSQL and a test can work them out by hand.
 */
import { csatSatisfiedScoreMin, type BenchmarkFigureId } from '@atelier/client/contract';
import { daysBetweenDates } from '../shared/calendar.ts';
import { nearestRankPercentile } from '../service-metrics/percentile.ts';

const medianPercent = 50;
const shareDecimals = 3;

/** A sale in the window: a warranty naming the retailer, not voided. */
export interface SaleRow {
  retailerId: string;
  purchaseDate: string;
  /** The UTC day the buyer confirmed, null while not confirmed. */
  confirmedOn: string | null;
  /** The day of the last delivery of the piece to this retailer on or before the sale, null if none. */
  deliveredOn: string | null;
}

/** A repair left with the retailer that became ready in the window. */
export interface RepairRow {
  retailerId: string;
  /** Days of the service centre's calendar. */
  receivedOn: string;
  readyOn: string;
  ratingScore: number | null;
}

export interface RetailerFigure {
  value: number | null;
  sampleSize: number;
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function median(values: readonly number[]): RetailerFigure {
  return { value: nearestRankPercentile(values, medianPercent), sampleSize: values.length };
}

function share(hits: number, of: number): RetailerFigure {
  return { value: of === 0 ? null : roundTo(hits / of, shareDecimals), sampleSize: of };
}

/** One retailer's figures from its own sales and repairs. */
export function retailerFigures(sales: readonly SaleRow[], repairs: readonly RepairRow[]): Record<BenchmarkFigureId, RetailerFigure> {
  const delivered = sales.filter((sale) => sale.deliveredOn !== null);
  const confirmed = sales.filter((sale) => sale.confirmedOn !== null);
  const ratings = repairs.flatMap((repair) => (repair.ratingScore === null ? [] : [repair.ratingScore]));
  return {
    sellThroughDays: median(delivered.map((sale) => daysBetweenDates(sale.deliveredOn!, sale.purchaseDate))),
    registrationRate: share(confirmed.length, sales.length),
    registrationLagDays: median(confirmed.map((sale) => Math.max(0, daysBetweenDates(sale.purchaseDate, sale.confirmedOn!)))),
    repairTurnaroundDays: median(repairs.map((repair) => daysBetweenDates(repair.receivedOn, repair.readyOn))),
    csat: share(ratings.filter((score) => score >= csatSatisfiedScoreMin).length, ratings.length),
  };
}

/** The network's median of a figure: over the retailers that have one, by nearest rank. */
export function networkMedian(values: readonly (number | null)[]): { value: number | null; retailersCompared: number } {
  const present = values.filter((value): value is number => value !== null);
  return { value: nearestRankPercentile(present, medianPercent), retailersCompared: present.length };
}
