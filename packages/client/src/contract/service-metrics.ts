/**
 * Service metrics (secret key): how each centre keeps its promises, per service type, for the
 * brand's after-sales staff. Figures are computed over repairs returned after service, i.e. that
 * went through the workshop (`ready → returned`); a piece returned without work after a declined
 * estimate, or a cancelled repair, has no turnaround to measure and is left out of every figure.
 */
import * as z from 'zod/mini';
import { operation, type OperationDocs } from './operation.ts';
import { Id, IsoDateTime } from './primitives.ts';

export const ServiceMetricsRow = z.object({
  serviceCentreId: Id,
  centreName: z.string(),
  serviceType: z.string(),
  /** Repairs of this service at this centre returned after service: the population of every figure below. */
  returnedCount: z.number().check(z.int(), z.gte(0)),
  /**
   * Turnaround in whole calendar days of the centre's time zone, from the day the piece was
   * received to the day it was ready: the interval the centre controls and promises (the promised
   * date is counted from receipt and the piece is on time when ready by it); shipping and collection
   * are the owner's and the carrier's time, not the workshop's. It includes any wait for the owner's
   * decision on an estimate, as the promise does.
   *
   * Percentiles are by nearest rank: the p-th percentile of n sorted turnarounds is the one at rank
   * ⌈p/100 · n⌉ (1-based), always a turnaround that happened; the median is the 50th percentile
   * (the lower middle value when n is even). Null when `returnedCount` is 0.
   */
  medianTurnaroundDays: z.nullable(z.number()),
  p90TurnaroundDays: z.nullable(z.number()),
  /**
   * Share (0 to 1, rounded to 3 decimals) of the returned repairs that were ready on or before
   * their promised date, judged in the centre's time zone. Null when none had a promised date.
   */
  onTimeShare: z.nullable(z.number()),
  /** Mean of the owners' ratings (1 to 5), rounded to 2 decimals; null when none rated. */
  averageRating: z.nullable(z.number()),
  ratingCount: z.number().check(z.int(), z.gte(0)),
});
export type ServiceMetricsRow = z.infer<typeof ServiceMetricsRow>;

export const ServiceMetrics = z.object({
  generatedAt: IsoDateTime,
  /** One row per centre and service type with at least one returned repair, by centre name then service type. */
  rows: z.array(ServiceMetricsRow),
});
export type ServiceMetrics = z.infer<typeof ServiceMetrics>;

export const getServiceMetrics = operation({
  id: 'getServiceMetrics',
  method: 'GET',
  path: '/v1/service-metrics',
  // Network-wide figures: the brand's. A retailer's own figures against the network median come as their own operation.
  access: { keys: ['secret'], brandStaff: ['admin', 'serviceDesk', 'analyst'] },
  response: ServiceMetrics,
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const serviceMetricsDocs = {
  tag: 'repairs',
  summaries: {
    getServiceMetrics:
      'Per service centre and service type: returned repairs, median and p90 turnaround (received → ready, nearest rank), share ready by the promised date, average rating.',
  },
} as const satisfies OperationDocs;
