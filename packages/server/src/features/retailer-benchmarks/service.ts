/**
 * GET /v1/retailer-benchmarks: one retailer's figures over the last year against the network's
 * median. The rows of every retailer of the brand are read once (the median needs them all) and
 * the figures computed in figures.ts.
 */
import { benchmarkFigureIds, benchmarkWindowDays, type ParsedQueryOf, type RetailerBenchmarks, type getRetailerBenchmarks } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { AtelierError } from '../../errors.ts';
import { dateInTimeZone } from '../repairs/calendar.ts';
import { addDaysToDate, todayUtc } from '../shared/calendar.ts';
import { checkRetailer } from '../stock/stock-history.ts';
import { networkMedian, retailerFigures, type RepairRow, type SaleRow } from './figures.ts';

/** A day either side of the window when reading instants: a centre's calendar day may start or end a day apart from UTC's. */
const timeZoneMarginDays = 1;

async function salesIn(db: Db, brandId: string, from: string, to: string): Promise<SaleRow[]> {
  const rows = await db
    .selectFrom('warranties as w')
    .select((eb) => [
      'w.retailer_id',
      'w.purchase_date',
      'w.confirmed_at',
      eb
        .selectFrom('stock_movements as m')
        .select((inner) => inner.fn.max('m.occurred_on').as('on'))
        .whereRef('m.item_id', '=', 'w.item_id')
        .whereRef('m.retailer_id', '=', 'w.retailer_id')
        .where('m.kind', '=', 'delivery')
        .whereRef('m.occurred_on', '<=', 'w.purchase_date')
        .as('delivered_on'),
    ])
    .where('w.brand_id', '=', brandId)
    .where('w.status', '!=', 'void')
    .where('w.source', '!=', 'transfer')
    .where('w.retailer_id', 'is not', null)
    .where('w.purchase_date', '>=', from)
    .where('w.purchase_date', '<=', to)
    .execute();
  return rows.map((row) => ({
    retailerId: row.retailer_id!,
    purchaseDate: row.purchase_date,
    confirmedOn: row.confirmed_at === null ? null : new Date(row.confirmed_at).toISOString().slice(0, 10),
    deliveredOn: row.delivered_on === null || row.delivered_on === undefined ? null : String(row.delivered_on),
  }));
}

async function repairsReadyIn(db: Db, brandId: string, from: string, to: string): Promise<RepairRow[]> {
  const rows = await db
    .selectFrom('repair_orders as r')
    .innerJoin('service_centres as centre', 'centre.id', 'r.service_centre_id')
    // Exactly one per repair: nothing moves a repair back into `received`.
    .innerJoin('repair_status_changes as receipt', (join) => join.onRef('receipt.repair_id', '=', 'r.id').on('receipt.to_status', '=', 'received'))
    .select(['r.retailer_id', 'centre.time_zone', 'receipt.changed_at as received_at', 'r.ready_at', 'r.rating_score'])
    .where('r.brand_id', '=', brandId)
    .where('r.retailer_id', 'is not', null)
    .where('r.ready_at', '>=', `${addDaysToDate(from, -timeZoneMarginDays)}T00:00:00.000Z`)
    .where('r.ready_at', '<', `${addDaysToDate(to, 1 + timeZoneMarginDays)}T00:00:00.000Z`)
    .$narrowType<{ ready_at: string; retailer_id: string }>()
    .execute();
  return rows
    .map((row) => ({
      retailerId: row.retailer_id,
      receivedOn: dateInTimeZone(new Date(row.received_at), row.time_zone),
      readyOn: dateInTimeZone(new Date(row.ready_at), row.time_zone),
      ratingScore: row.rating_score,
    }))
    .filter((repair) => repair.readyOn >= from && repair.readyOn <= to);
}

function byRetailer<Row extends { retailerId: string }>(rows: readonly Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(row.retailerId, [...(groups.get(row.retailerId) ?? []), row]);
  return groups;
}

/** `retailerScope` (a retailer's caller) overrides any `retailerId` asked for; the brand must name one. */
export async function retailerBenchmarks(
  deps: { db: Db; clock: Clock },
  brandId: string,
  query: ParsedQueryOf<typeof getRetailerBenchmarks>,
  retailerScope: string | undefined,
): Promise<RetailerBenchmarks> {
  const { db, clock } = deps;
  const retailerId = retailerScope ?? query.retailerId;
  if (retailerId === undefined) {
    throw new AtelierError('validation_failed', 'Name the retailer whose figures to show.', {
      fieldErrors: [{ path: 'retailerId', code: 'required', message: 'Choose a retailer.' }],
    });
  }
  if (retailerScope === undefined) await checkRetailer(db, brandId, retailerId, 'retailerId');
  const to = todayUtc(clock);
  const from = addDaysToDate(to, 1 - benchmarkWindowDays);
  const [sales, repairs, retailers] = await Promise.all([
    salesIn(db, brandId, from, to),
    repairsReadyIn(db, brandId, from, to),
    db.selectFrom('retailers').select('id').where('brand_id', '=', brandId).execute(),
  ]);
  const salesOf = byRetailer(sales);
  const repairsOf = byRetailer(repairs);
  const everyRetailer = retailers.map(({ id }) => retailerFigures(salesOf.get(id) ?? [], repairsOf.get(id) ?? []));
  const own = retailerFigures(salesOf.get(retailerId) ?? [], repairsOf.get(retailerId) ?? []);
  return {
    retailerId,
    from,
    to,
    figures: benchmarkFigureIds.map((id) => {
      const network = networkMedian(everyRetailer.map((figures) => figures[id].value));
      return { id, retailer: own[id].value, networkMedian: network.value, sampleSize: own[id].sampleSize, retailersCompared: network.retailersCompared };
    }),
  };
}
