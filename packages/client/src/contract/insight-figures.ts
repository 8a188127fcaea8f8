/**
 * The brand's figures about its clients and its network (issue 17's "Figures"): retention by
 * purchase-year cohort, CSAT per service centre and per retailer, registration rate per retailer,
 * CLV per segment and CAC per acquisition channel.
 * Every figure is defined once, here — its formula in words, its window and thresholds as
 * constants with their unit in their name — and each answer carries the window it was computed
 * over, so the console shows the definition with the same numbers the server used. The server
 * computes them in features/insight-figures; the console charts them beside a table of the same numbers.
 *
 *   const retention = await client.call(getCohortRetention, {});
 */
import * as z from 'zod/mini';
import { AcquisitionChannel } from './acquisition-spend.ts';
import { CurrencyBasis } from './exchange-rates.ts';
import { operation, type OperationDocs } from './operation.ts';
import { Id, IsoDate } from './primitives.ts';
import { BuiltInSegmentName } from './segments.ts';

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

/**
 * **CLV per segment** (client lifetime value) = average order value × purchase frequency × lifespan,
 * for the clients of each built-in segment today (a client is in one):
 * - the **orders** are those of the last `clvWindowMonths` months (today included): the purchases
 *   they paid for (a sale counts for its buyer — a gift for its giver; a sale voided as a mistake
 *   or a transfer is no purchase) and the repairs they were charged for (counted for the piece's
 *   owner on the day of the return);
 * - **average order value** = the orders' amounts in the brand's reporting currency (each converted
 *   with the brand's rate for its month) ÷ the orders whose amount was converted: an order without
 *   an amount (a sale recorded without its price) or without a rate counts in the frequency, not here;
 * - **purchase frequency** = orders ÷ clients ÷ the window in years (`clvWindowMonths` ÷ 12);
 * - **lifespan** = `clvLifespanYears`: the years a client stays with the brand — an assumption,
 *   shown with the figure, since a registry a few years old cannot yet measure relationships of decades.
 */
export const clvWindowMonths = 36;
export const clvLifespanYears = 10;
/** Purchase frequency is rounded to this many decimals; CLV and average order value to whole minor units. */
export const ordersPerClientPerYearDecimals = 2;

/**
 * **CAC per acquisition channel** (client acquisition cost) = what the brand spent on the channel
 * over the last `cacWindowMonths` whole months (the acquisition spend it enters, each month's
 * converted with its rate) ÷ the clients won through it in those months: clients whose first
 * purchase falls in them, **retailer-assisted** when that purchase was a sale a retailer recorded
 * (the giver and the recipient of a gift alike), **brand-led** otherwise (the buyer's own
 * activation of a piece the brand sold, a piece received second-hand).
 */
export const cacWindowMonths = 12;

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

/** An amount in minor units of the answer's reporting currency (`basis.reportingCurrency`). */
const MinorUnits = z.number().check(z.int());

export const SegmentClv = z.object({
  segment: BuiltInSegmentName,
  clients: Count,
  /** Purchases paid and repairs charged in the window. */
  orders: Count,
  /** Of those, the orders whose amount is in the value (converted, or in the reporting currency). */
  ordersValued: Count,
  valueMinorUnits: MinorUnits,
  averageOrderValueMinorUnits: z.nullable(MinorUnits),
  ordersPerClientPerYear: z.nullable(z.number()),
  clvMinorUnits: z.nullable(MinorUnits),
});
export type SegmentClv = z.infer<typeof SegmentClv>;

export const ClvBySegment = z.object({
  /** The window of the orders' days, both included. */
  from: IsoDate,
  to: IsoDate,
  windowMonths: z.number().check(z.int()),
  lifespanYears: z.number(),
  /** The reporting currency, and the rates missing (their amounts left out of the value). */
  basis: CurrencyBasis,
  /** In the order of the built-in segments. */
  segments: z.array(SegmentClv),
});
export type ClvBySegment = z.infer<typeof ClvBySegment>;

export const AcquisitionCostCount = z.object({
  spendMinorUnits: MinorUnits,
  newClients: Count,
  /** Null when no client was won: there is nothing to divide by. */
  cacMinorUnits: z.nullable(MinorUnits),
});
export type AcquisitionCostCount = z.infer<typeof AcquisitionCostCount>;

export const ChannelAcquisitionCost = z.extend(AcquisitionCostCount, { channel: AcquisitionChannel });
export type ChannelAcquisitionCost = z.infer<typeof ChannelAcquisitionCost>;

export const AcquisitionCost = z.object({
  /** The months of spend and of first purchases (`YYYY-MM`), both included. */
  fromMonth: z.string(),
  toMonth: z.string(),
  windowMonths: z.number().check(z.int()),
  /** The reporting currency, and the rates missing (their spend left out). */
  basis: CurrencyBasis,
  /** Brand-led, then retailer-assisted. */
  channels: z.array(ChannelAcquisitionCost),
  total: AcquisitionCostCount,
});
export type AcquisitionCost = z.infer<typeof AcquisitionCost>;

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

export const getClvBySegment = operation({
  id: 'getClvBySegment',
  method: 'GET',
  path: '/v1/insight-figures/clv',
  access: figureReaders,
  response: ClvBySegment,
});

/** CAC says what the brand spent (CAC × clients won): those who read the spend itself (acquisition-spend.ts). */
export const getAcquisitionCost = operation({
  id: 'getAcquisitionCost',
  method: 'GET',
  path: '/v1/insight-figures/acquisition-cost',
  access: { keys: ['secret'], brandStaff: ['admin', 'analyst'] },
  response: AcquisitionCost,
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const insightFiguresDocs = {
  tag: 'insight-figures',
  summaries: {
    getCohortRetention: `Clients by the year of their first purchase, and the share of each cohort retained: bought or serviced within the last ${retentionWindowMonths} months, on a day after their first purchase.`,
    getCsatFigures: `CSAT per service centre and per retailer the piece was left with: the share of ratings of ${csatSatisfiedScoreMin} or 5, over the ratings of the last ${csatWindowDays} days.`,
    getRegistrationRates: `Per retailer, the share of the sales it recorded that the buyer confirmed within ${registrationConfirmedWithinDays} days of the purchase, over ${registrationWindowDays} days of sales ending ${registrationConfirmedWithinDays} days ago.`,
    getClvBySegment: `CLV per built-in segment: average order value × purchase frequency × lifespan (${clvLifespanYears} years, an assumption), over the purchases paid and repairs charged in the last ${clvWindowMonths} months, in the brand's reporting currency at its monthly rates; the missing rates listed, their amounts left out.`,
    getAcquisitionCost: `CAC per channel (brand-led, retailer-assisted): the acquisition spend the brand entered for the last ${cacWindowMonths} whole months, at its monthly rates, ÷ the clients whose first purchase fell in them, by how they bought it; the missing rates listed.`,
  },
} as const satisfies OperationDocs;
