/**
 * A retailer's own figures against the network's: how fast its stock sells, how many of its sales
 * the buyer confirms and how soon, how long the pieces it takes in for service are away, and how
 * satisfied those owners are. Each figure is defined once, here; the server computes them in one
 * module (features/retailer-benchmarks) and the console charts the same numbers it tables.
 *
 *   const { figures } = await client.call(getRetailerBenchmarks, { query: {} }); // a retailer's own
 */
import * as z from 'zod/mini';
import { operation, type OperationDocs } from './operation.ts';
import { Id, IsoDate } from './primitives.ts';

/** The figures look back this many days from today (UTC calendar days): a year, so a season's sales count once. */
export const benchmarkWindowDays = 365;

export const benchmarkFigureIds = ['sellThroughDays', 'registrationRate', 'registrationLagDays', 'repairTurnaroundDays', 'csat'] as const;
export type BenchmarkFigureId = (typeof benchmarkFigureIds)[number];

/**
 * One figure: the retailer's, and the median of every retailer's that has one (by nearest rank,
 * as service metrics: the lower middle value when their number is even). Null where nothing in the
 * window measures it. `sampleSize` is how many sales or repairs the retailer's figure is made of.
 *
 * - `sellThroughDays`: median whole days from a piece's delivery to this retailer to its sale by
 *   it (the last delivery on or before the purchase date), over its sales in the window of pieces it
 *   had received. Lower is better.
 * - `registrationRate`: share (0 to 1, 3 decimals) of its sales in the window (purchase date; the
 *   warranties naming it, whoever registered them, voided ones left out) that the buyer confirmed.
 * - `registrationLagDays`: median whole days from the purchase date to the buyer's confirmation,
 *   over those confirmed. Lower is better.
 * - `repairTurnaroundDays`: median whole days from receipt at the service centre to ready, over
 *   the repairs left with this retailer that became ready in the window. Lower is better.
 * - `csat`: share (0 to 1, 3 decimals) of 4 and 5 ratings among the ratings of those repairs.
 */
export const BenchmarkFigure = z.object({
  id: z.enum(benchmarkFigureIds),
  retailer: z.nullable(z.number()),
  networkMedian: z.nullable(z.number()),
  sampleSize: z.number(),
  /** How many retailers the median is taken over. */
  retailersCompared: z.number(),
});
export type BenchmarkFigure = z.infer<typeof BenchmarkFigure>;

export const RetailerBenchmarks = z.object({
  retailerId: Id,
  /** The window, both days included. */
  from: IsoDate,
  to: IsoDate,
  /** In the order of `benchmarkFigureIds`. */
  figures: z.array(BenchmarkFigure),
});
export type RetailerBenchmarks = z.infer<typeof RetailerBenchmarks>;

export const RetailerBenchmarksQuery = z.object({
  /** The brand: which retailer (required for it). A retailer's principal always gets its own. */
  retailerId: z.optional(Id),
});

export const getRetailerBenchmarks = operation({
  id: 'getRetailerBenchmarks',
  method: 'GET',
  path: '/v1/retailer-benchmarks',
  access: { keys: ['secret', 'retailer'], brandStaff: ['admin', 'analyst'], retailerStaff: ['manager', 'associate'] },
  query: RetailerBenchmarksQuery,
  response: RetailerBenchmarks,
  errors: ['unknown_retailer'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const retailerBenchmarksDocs = {
  tag: 'retailers',
  summaries: {
    getRetailerBenchmarks:
      "A retailer's figures over the last year against the network median: sell-through (days in stock), registration rate and lag (sale → confirmed), repair turnaround of the pieces it took in, CSAT. A retailer gets its own; the brand names one.",
  },
} as const satisfies OperationDocs;
