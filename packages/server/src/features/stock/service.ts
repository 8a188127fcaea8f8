/**
 * Stock per serial, from events. A piece is in retailer R's stock when its latest movement is a
 * delivery to R and it is still unsold (`items.status = 'in_stock'`): a sale or an activation, a
 * return, a delivery elsewhere, or a theft report takes it out. Nothing here is stored as a
 * running count, so the stock always agrees with the history (stock-history.ts).
 */
import type { FieldError, StockLineRefusal, ParsedQueryOf, ParsedRequestOf, StockAlerts, StockMovement, StockPage, StockPiece, listStock, recordDelivery } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import { decodeCursor, encodeCursor } from '../../db/keyset-cursor.ts';
import type { Clock } from '../../clock.ts';
import { checkMovements, recordMovements, type MovementKind, type MovementLine } from './movements.ts';
import { addDaysToDate, daysBetweenDates, todayUtc } from '../shared/calendar.ts';
import { checkRetailer, inStock } from './stock-history.ts';
import { brandSettings } from '../brand/settings.ts';

/** Pieces in one stock page, and in each alert list (the oldest first). */
export const stockPageSize = 200;

export interface StockDeps {
  db: Db;
  clock: Clock;
}

type MovementRequest = ParsedRequestOf<typeof recordDelivery>;

/** Records a delivery or a return: every line, or none and a field error at each refused line. */
export async function recordMovement(deps: StockDeps, brandId: string, kind: MovementKind, request: MovementRequest): Promise<StockMovement> {
  await checkRetailer(deps.db, brandId, request.retailerId, 'retailerId');
  const reference = request.reference ?? null;
  const seen = new Set<string>();
  const listedTwice: FieldError[] = [];
  const lines: MovementLine[] = [];
  request.serials.forEach((serial, index) => {
    const field = `serials.${index}`;
    if (seen.has(serial)) listedTwice.push({ path: field, code: 'listed_twice' satisfies StockLineRefusal, message: 'Listed twice.' });
    else lines.push({ kind, serial, retailerId: request.retailerId, date: request.date, reference, field });
    seen.add(serial);
  });
  const checked = await checkMovements(deps.db, brandId, lines, { earlierErrors: listedTwice, lineCount: request.serials.length });
  const batchId = await recordMovements(deps, brandId, checked);
  return { id: batchId, kind, retailerId: request.retailerId, serials: request.serials, date: request.date, reference };
}

type StockRow = { serial: string; model_id: string; model_reference: string; model_name: string; retailer_id: string; occurred_on: string };

function stockPiece(row: StockRow, asOf: string): StockPiece {
  return {
    serial: row.serial,
    model: { id: row.model_id, reference: row.model_reference, name: row.model_name },
    retailerId: row.retailer_id,
    deliveredOn: row.occurred_on,
    daysInStock: daysBetweenDates(row.occurred_on, asOf),
  };
}

const stockColumns = ['i.serial', 'model.id as model_id', 'model.reference as model_reference', 'model.name as model_name', 'm.retailer_id', 'm.occurred_on'] as const;

/** A page of the stock; `retailerScope` (a retailer's caller) overrides any `retailerId` asked for. */
export async function listStockPage(deps: StockDeps, brandId: string, query: ParsedQueryOf<typeof listStock>, retailerScope: string | undefined): Promise<StockPage> {
  const { db, clock } = deps;
  const retailerId = retailerScope ?? query.retailerId;
  if (retailerScope === undefined && query.retailerId !== undefined) await checkRetailer(db, brandId, query.retailerId, 'retailerId');
  const asOf = todayUtc(clock);
  let selection = inStock(db, brandId);
  if (retailerId !== undefined) selection = selection.where('m.retailer_id', '=', retailerId);
  if (query.modelId !== undefined) selection = selection.where('i.model_id', '=', query.modelId);
  if (query.minDaysInStock !== undefined) {
    selection = selection.where('m.occurred_on', '<=', addDaysToDate(asOf, -Number(query.minDaysInStock)));
  }
  let page = selection.select(stockColumns).orderBy('m.occurred_on').orderBy('i.serial').limit(stockPageSize + 1);
  if (query.cursor !== undefined) {
    const [deliveredOn, serial] = decodeCursor(query.cursor, 2) as [string, string];
    page = page.where((eb) => eb.or([eb('m.occurred_on', '>', deliveredOn), eb.and([eb('m.occurred_on', '=', deliveredOn), eb('i.serial', '>', serial)])]));
  }
  const [rows, counts] = await Promise.all([
    page.execute(),
    selection
      .select((eb) => ['m.retailer_id', 'i.model_id', eb.fn.countAll<number | string>().as('pieces'), eb.fn.min('m.occurred_on').as('oldest')])
      .groupBy(['m.retailer_id', 'i.model_id'])
      .orderBy('m.retailer_id')
      .orderBy('i.model_id')
      .execute(),
  ]);
  const pieces = rows.slice(0, stockPageSize).map((row) => stockPiece(row, asOf));
  const last = pieces.at(-1);
  return {
    pieces,
    counts: counts.map((count) => ({ retailerId: count.retailer_id, modelId: count.model_id, pieces: Number(count.pieces), oldestDeliveredOn: String(count.oldest) })),
    nextCursor: rows.length > stockPageSize && last ? encodeCursor([last.deliveredOn, last.serial]) : null,
  };
}

/** The brand's two stock alerts. */
export async function stockAlerts(deps: StockDeps, brandId: string): Promise<StockAlerts> {
  const { db, clock } = deps;
  const asOf = todayUtc(clock);
  const { agedStockDays } = await brandSettings(db, brandId);
  const agedSince = addDaysToDate(asOf, -agedStockDays);
  const aged = await inStock(db, brandId).where('m.occurred_on', '<=', agedSince).select(stockColumns).orderBy('m.occurred_on').orderBy('i.serial').limit(stockPageSize).execute();
  const firstDelivery = await db.selectFrom('stock_movements').select((eb) => eb.fn.min('occurred_on').as('on')).where('brand_id', '=', brandId).where('kind', '=', 'delivery').executeTakeFirst();
  const trackedSince = firstDelivery?.on ? String(firstDelivery.on) : undefined;
  const unreceived = trackedSince
    ? await db
        .selectFrom('warranties as w')
        .innerJoin('items as i', 'i.id', 'w.item_id')
        .select(['i.serial', 'w.retailer_id', 'w.purchase_date', 'w.source'])
        .where('w.brand_id', '=', brandId)
        .where('w.status', '!=', 'void')
        .where('w.retailer_id', 'is not', null)
        .where('w.purchase_date', '>=', trackedSince)
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('stock_movements as m').select('m.id').whereRef('m.item_id', '=', 'w.item_id').whereRef('m.retailer_id', '=', 'w.retailer_id').where('m.kind', '=', 'delivery'))),
        )
        .orderBy('w.purchase_date', 'desc')
        .orderBy('i.serial')
        .limit(stockPageSize)
        .execute()
    : [];
  return {
    agedStockDays,
    agedStock: aged.map((row) => stockPiece(row, asOf)),
    unreceivedSales: unreceived.map((row) => ({ serial: row.serial, retailerId: row.retailer_id!, purchaseDate: row.purchase_date, source: row.source })),
  };
}
