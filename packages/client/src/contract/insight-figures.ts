/**
 * The brand's figures about its clients and its network (issue 17's "Figures"): retention by
 * purchase-year cohort, CSAT per service centre and per retailer, registration rate per retailer.
 * Every figure is defined once, here — its formula in words, its window and thresholds as
 * constants with their unit in their name — and each answer carries the window it was computed
 * over, so the console shows the definition with the same numbers the server used. The server
 * computes them in features/insight-figures; the console charts them beside a table of the same numbers.
 *
 *   const retention = await client.call(getCohortRetention, {});
 */
import * as z from 'zod/mini';
import { operation, type OperationDocs } from './operation.ts';
import { Id, IsoDate } from './primitives.ts';

/** A share (0 to 1) is rounded to this many decimals; the counts it is made of come with it. */
export const figureShareDecimals = 3;

/**
 * **Retention by purchase-year cohort.** A client's cohort is the year of their first purchase
 * (the clients and purchases of the segments: an owner or buyer of a confirmed registration, a
 * gift counting for both). A client is **retained** when they bought or had a piece serviced
 * within the last `retentionWindowMonths` months (today included), on a day after their first
 * purchase: they came back. `retentionShare` = retained ÷ clients of the cohort.
 */
export const retentionWindowMonths = 24;

/**
 * **CSAT** (customer satisfaction): the share of the owners' ratings (1 to 5) that are
 * `csatSatisfiedScoreMin` or more — the share of 4 and 5 — over the ratings given in the last
 * `csatWindowDays` days (UTC, today included). Per service centre (the repair's centre) and per
 * retailer (the retailer the piece was left with; a repair booked online or sent by mail has none).
 */
export const csatSatisfiedScoreMin = 4;
export const csatWindowDays = 365;

/**
 * **Registration rate per retailer**: of the sales a retailer recorded (a warranty it registered,
 * not voided as a mistake), the share whose buyer confirmed the registration within
 * `registrationConfirmedWithinDays` days of the purchase date. Over the sales whose purchase date
 * falls in the `registrationWindowDays` days ending `registrationConfirmedWithinDays` days before
 * today, so every sale counted has had its whole time to be confirmed.
 */
export const registrationConfirmedWithinDays = 30;
export const registrationWindowDays = 365;

/** Who reads the figures: they name no one, so analysts too, as a segment's count. */
const figureReaders = { keys: ['secret'], brandStaff: ['admin', 'concierge', 'analyst'] } as const;

const Count = z.number().check(z.int(), z.gte(0));
/** 0 to 1, `figureShareDecimals` decimals; null when there is nothing to divide by. */
const Share = z.nullable(z.number().check(z.gte(0), z.lte(1)));

export const RetentionCount = z.object({ clients: Count, retained: Count, retentionShare: Share });
export type RetentionCount = z.infer<typeof RetentionCount>;

export const RetentionCohort = z.extend(RetentionCount, {
  /** The year of the cohort's first purchases. */
  purchaseYear: z.number().check(z.int()),
});
export type RetentionCohort = z.infer<typeof RetentionCohort>;

export const CohortRetention = z.object({
  asOf: IsoDate,
  windowMonths: z.number().check(z.int()),
  /** A purchase or service on this day or later counts as within the window. */
  retainedSince: IsoDate,
  /** Oldest year first; a year in which no client made a first purchase has no row. */
  cohorts: z.array(RetentionCohort),
  /** Every cohort together. */
  total: RetentionCount,
});
export type CohortRetention = z.infer<typeof CohortRetention>;

export const CsatCount = z.object({
  ratings: Count,
  /** Ratings of `csatSatisfiedScoreMin` or more. */
  satisfied: Count,
  csatShare: Share,
});
export type CsatCount = z.infer<typeof CsatCount>;

export const CsatRow = z.extend(CsatCount, {
  /** The service centre's or the retailer's id. */
  id: Id,
  name: z.string(),
});
export type CsatRow = z.infer<typeof CsatRow>;

export const CsatFigures = z.object({
  /** The window of the ratings' days, both included. */
  from: IsoDate,
  to: IsoDate,
  satisfiedScoreMin: z.number().check(z.int()),
  /** Centres and retailers with at least one rating in the window, by name. */
  serviceCentres: z.array(CsatRow),
  retailers: z.array(CsatRow),
  /** Every rating of the window, wherever the piece was left. */
  total: CsatCount,
});
export type CsatFigures = z.infer<typeof CsatFigures>;

export const RegistrationCount = z.object({
  sales: Count,
  /** Of those sales, confirmed by the buyer within `confirmedWithinDays` of the purchase date. */
  registered: Count,
  registrationShare: Share,
});
export type RegistrationCount = z.infer<typeof RegistrationCount>;

export const RegistrationRateRow = z.extend(RegistrationCount, {
  retailerId: Id,
  name: z.string(),
});
export type RegistrationRateRow = z.infer<typeof RegistrationRateRow>;

export const RegistrationRates = z.object({
  /** The purchase dates counted, both included. */
  salesFrom: IsoDate,
  salesTo: IsoDate,
  confirmedWithinDays: z.number().check(z.int()),
  /** Retailers with at least one sale in the window, by name. */
  retailers: z.array(RegistrationRateRow),
  total: RegistrationCount,
});
export type RegistrationRates = z.infer<typeof RegistrationRates>;

export const getCohortRetention = operation({
  id: 'getCohortRetention',
  method: 'GET',
  path: '/v1/insight-figures/retention',
  access: figureReaders,
  response: CohortRetention,
});

export const getCsatFigures = operation({
  id: 'getCsatFigures',
  method: 'GET',
  path: '/v1/insight-figures/csat',
  access: figureReaders,
  response: CsatFigures,
});

export const getRegistrationRates = operation({
  id: 'getRegistrationRates',
  method: 'GET',
  path: '/v1/insight-figures/registration-rates',
  access: figureReaders,
  response: RegistrationRates,
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const insightFiguresDocs = {
  tag: 'insight-figures',
  summaries: {
    getCohortRetention: `Clients by the year of their first purchase, and the share of each cohort retained: bought or serviced within the last ${retentionWindowMonths} months, on a day after their first purchase.`,
    getCsatFigures: `CSAT per service centre and per retailer the piece was left with: the share of ratings of ${csatSatisfiedScoreMin} or 5, over the ratings of the last ${csatWindowDays} days.`,
    getRegistrationRates: `Per retailer, the share of the sales it recorded that the buyer confirmed within ${registrationConfirmedWithinDays} days of the purchase, over ${registrationWindowDays} days of sales ending ${registrationConfirmedWithinDays} days ago.`,
  },
} as const satisfies OperationDocs;
