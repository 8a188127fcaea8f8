/**
 * Service metrics per centre and service type (secret key), over repairs returned after service.
 * The rows are read once and the figures computed here rather than in SQL, so percentiles and
 * calendar days in each centre's time zone come out identical on SQLite and PostgreSQL.
 */
import type { ServiceMetrics, ServiceMetricsRow } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { dateInTimeZone } from '../repairs/calendar.ts';
import { daysBetweenDates } from '../shared/calendar.ts';
import { nearestRankPercentile } from './percentile.ts';

const medianPercent = 50;
const p90Percent = 90;
const onTimeShareDecimals = 3;
const averageRatingDecimals = 2;

interface ReturnedRepair {
  service_centre_id: string;
  centre_name: string;
  time_zone: string;
  service_type: string;
  received_at: string;
  ready_at: string;
  promised_date: string | null;
  rating_score: number | null;
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function figures(repairs: readonly ReturnedRepair[]): Omit<ServiceMetricsRow, 'serviceCentreId' | 'centreName' | 'serviceType'> {
  const turnarounds: number[] = [];
  let promised = 0;
  let onTime = 0;
  const ratings: number[] = [];
  for (const repair of repairs) {
    // The days the centre lives: received and ready dates in its own time zone.
    const readyDate = dateInTimeZone(new Date(repair.ready_at), repair.time_zone);
    turnarounds.push(daysBetweenDates(dateInTimeZone(new Date(repair.received_at), repair.time_zone), readyDate));
    if (repair.promised_date !== null) {
      promised += 1;
      if (readyDate <= repair.promised_date) onTime += 1;
    }
    if (repair.rating_score !== null) ratings.push(repair.rating_score);
  }
  return {
    returnedCount: repairs.length,
    medianTurnaroundDays: nearestRankPercentile(turnarounds, medianPercent),
    p90TurnaroundDays: nearestRankPercentile(turnarounds, p90Percent),
    onTimeShare: promised === 0 ? null : roundTo(onTime / promised, onTimeShareDecimals),
    averageRating: ratings.length === 0 ? null : roundTo(ratings.reduce((sum, score) => sum + score, 0) / ratings.length, averageRatingDecimals),
    ratingCount: ratings.length,
  };
}

export async function serviceMetrics(deps: { db: Db; clock: Clock }, brandId: string): Promise<ServiceMetrics> {
  const repairs: ReturnedRepair[] = await deps.db
    .selectFrom('repair_orders')
    .innerJoin('service_centres as centre', 'centre.id', 'repair_orders.service_centre_id')
    // Exactly one per repair: nothing moves a repair back into `received`.
    .innerJoin('repair_status_changes as receipt', (join) => join.onRef('receipt.repair_id', '=', 'repair_orders.id').on('receipt.to_status', '=', 'received'))
    .select([
      'repair_orders.service_centre_id',
      'centre.name as centre_name',
      'centre.time_zone',
      'repair_orders.service_type',
      'receipt.changed_at as received_at',
      'repair_orders.ready_at',
      'repair_orders.promised_date',
      'repair_orders.rating_score',
    ])
    .where('repair_orders.brand_id', '=', brandId)
    .where('repair_orders.status', '=', 'returned')
    // Set only on `ready`: a piece returned after a declined estimate never went through the workshop.
    .where('repair_orders.ready_at', 'is not', null)
    .$narrowType<{ ready_at: string }>()
    .execute();

  const groups = new Map<string, ReturnedRepair[]>();
  for (const repair of repairs) {
    const key = JSON.stringify([repair.service_centre_id, repair.service_type]);
    const group = groups.get(key);
    if (group) group.push(repair);
    else groups.set(key, [repair]);
  }
  const rows = [...groups.values()].map((group): ServiceMetricsRow => {
    const first = group[0]!;
    return { serviceCentreId: first.service_centre_id, centreName: first.centre_name, serviceType: first.service_type, ...figures(group) };
  });
  rows.sort((a, b) => a.centreName.localeCompare(b.centreName) || a.serviceType.localeCompare(b.serviceType));
  return { generatedAt: deps.clock.now().toISOString(), rows };
}
