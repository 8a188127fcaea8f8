/**
 * Stock per serial, from events. A piece is in retailer R's stock when its latest movement is a
 * delivery to R and it is still unsold (`items.status = 'in_stock'`): a sale or an activation, a
 * return, a delivery elsewhere, or a theft report takes it out. Nothing here is stored as a
 * running count, so the stock always agrees with the history.
 */
import type { ParsedQueryOf, ParsedRequestOf, StockAlerts, StockMovement, StockPage, StockPiece, listStock, recordDelivery } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import { decodeCursor, encodeCursor } from '../../db/keyset-cursor.ts';
import type { Clock } from '../../clock.ts';
import { AtelierError } from '../../errors.ts';
import { newTimeOrderedId } from '../../ids.ts';
import { brandSettings } from '../brand/settings.ts';

/** Pieces in one stock page, and in each alert list (the oldest first). */
export const stockPageSize = 200;

export interface StockDeps {
  db: Db;
  clock: Clock;
}

type MovementRequest = ParsedRequestOf<typeof recordDelivery>;
type MovementKind = StockMovement['kind'];

const msPerDay = 24 * 60 * 60 * 1000;

/** Today, as the stock ages count it: the UTC calendar day. */
function today(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}

/** The ISO date `days` before `date` (both UTC calendar days). */
function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(date) - days * msPerDay).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (UTC calendar days). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / msPerDay);
}

/**
 * The latest movement of each piece of the brand, by the day it happened (a delivery note typed in
 * late still comes before a return dated after it), then by when it was recorded: `kind` and
 * `retailer_id` say where the piece is.
 */
function latestMovements(db: Db, brandId: string) {
  return db
    .selectFrom('stock_movements as m')
    .innerJoin('items as i', 'i.id', 'm.item_id')
    .innerJoin('models as model', 'model.id', 'i.model_id')
    .where('m.brand_id', '=', brandId)
    .where('m.id', '=', (eb) =>
      eb
        .selectFrom('stock_movements as later')
        .select('later.id')
        .whereRef('later.item_id', '=', 'm.item_id')
        .orderBy('later.occurred_on', 'desc')
        .orderBy('later.recorded_at', 'desc')
        .orderBy('later.id', 'desc')
        .limit(1),
    );
}

/** Pieces in stock: delivered last, and unsold. */
function inStock(db: Db, brandId: string) {
  return latestMovements(db, brandId).where('m.kind', '=', 'delivery').where('i.status', '=', 'in_stock');
}

async function checkRetailer(db: Db, brandId: string, retailerId: string, field: string): Promise<void> {
  const retailer = await db.selectFrom('retailers').select('id').where('brand_id', '=', brandId).where('id', '=', retailerId).executeTakeFirst();
  if (!retailer) {
    throw new AtelierError('unknown_retailer', `The brand has no retailer with id "${retailerId}".`, {
      fieldErrors: [{ path: field, code: 'unknown_retailer', message: 'Choose a retailer from the list.' }],
    });
  }
}

/** Why a line cannot be recorded, or undefined when it can. */
function refusal(kind: MovementKind, retailerId: string, piece: { status: string; holder: string | undefined } | undefined): string | undefined {
  if (!piece) return 'No piece of the brand has this serial.';
  if (piece.status === 'sold') return kind === 'delivery' ? 'Sold: it cannot be delivered.' : 'Sold: it cannot come back to stock.';
  if (piece.status !== 'in_stock') return 'Reported stolen, lost or destroyed.';
  if (kind === 'delivery' && piece.holder === retailerId) return "Already in this retailer's stock.";
  if (kind === 'return' && piece.holder !== retailerId) return "Not in this retailer's stock.";
  return undefined;
}

/** Records a delivery or a return: every line, or none and a field error at each refused line. */
export async function recordMovement(deps: StockDeps, brandId: string, kind: MovementKind, request: MovementRequest): Promise<StockMovement> {
  const { db, clock } = deps;
  await checkRetailer(db, brandId, request.retailerId, 'retailerId');
  const items = await db.selectFrom('items').select(['id', 'serial', 'status']).where('brand_id', '=', brandId).where('serial', 'in', request.serials).execute();
  const bySerial = new Map(items.map((item) => [item.serial, item]));
  const itemIds = items.map((item) => item.id);
  const latest = itemIds.length === 0 ? [] : await latestMovements(db, brandId).where('m.item_id', 'in', itemIds).select(['m.item_id', 'm.kind', 'm.retailer_id']).execute();
  /** The retailer each piece was last delivered to, if it has not come back since. */
  const holders = new Map(latest.map((row) => [row.item_id, row.kind === 'delivery' ? row.retailer_id : undefined]));
  const seen = new Set<string>();
  const fieldErrors = request.serials.flatMap((serial, index) => {
    const item = bySerial.get(serial);
    const message = seen.has(serial) ? 'Listed twice.' : refusal(kind, request.retailerId, item && { status: item.status, holder: holders.get(item.id) });
    seen.add(serial);
    return message ? [{ path: `serials.${index}`, code: 'invalid_value' as const, message }] : [];
  });
  if (fieldErrors.length > 0) {
    const lines = fieldErrors.map((error) => `${error.path} (${error.message})`).join(', ');
    throw new AtelierError('validation_failed', `Nothing was recorded: ${fieldErrors.length} of ${request.serials.length} lines cannot be: ${lines}`, { fieldErrors });
  }
  const recordedAt = clock.now();
  const batchId = newTimeOrderedId('stk', recordedAt);
  await db
    .insertInto('stock_movements')
    .values(
      request.serials.map((serial) => ({
        id: newTimeOrderedId('stm', recordedAt),
        brand_id: brandId,
        item_id: bySerial.get(serial)!.id,
        retailer_id: request.retailerId,
        kind,
        batch_id: batchId,
        occurred_on: request.date,
        reference: request.reference ?? null,
        recorded_at: recordedAt.toISOString(),
      })),
    )
    .execute();
  return { id: batchId, kind, retailerId: request.retailerId, serials: request.serials, date: request.date, reference: request.reference ?? null };
}

type StockRow = { serial: string; model_id: string; model_reference: string; model_name: string; retailer_id: string; occurred_on: string };

function stockPiece(row: StockRow, asOf: string): StockPiece {
  return {
    serial: row.serial,
    model: { id: row.model_id, reference: row.model_reference, name: row.model_name },
    retailerId: row.retailer_id,
    deliveredOn: row.occurred_on,
    daysInStock: daysBetween(row.occurred_on, asOf),
  };
}

const stockColumns = ['i.serial', 'model.id as model_id', 'model.reference as model_reference', 'model.name as model_name', 'm.retailer_id', 'm.occurred_on'] as const;

/** A page of the stock; `retailerScope` (a retailer's caller) overrides any `retailerId` asked for. */
export async function listStockPage(deps: StockDeps, brandId: string, query: ParsedQueryOf<typeof listStock>, retailerScope: string | undefined): Promise<StockPage> {
  const { db, clock } = deps;
  const retailerId = retailerScope ?? query.retailerId;
  if (retailerScope === undefined && query.retailerId !== undefined) await checkRetailer(db, brandId, query.retailerId, 'retailerId');
  const asOf = today(clock);
  let selection = inStock(db, brandId);
  if (retailerId !== undefined) selection = selection.where('m.retailer_id', '=', retailerId);
  if (query.modelId !== undefined) selection = selection.where('i.model_id', '=', query.modelId);
  if (query.minDaysInStock !== undefined) {
    selection = selection.where('m.occurred_on', '<=', daysBefore(asOf, Number(query.minDaysInStock)));
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
  const asOf = today(clock);
  const { agedStockDays } = await brandSettings(db, brandId);
  const agedSince = daysBefore(asOf, agedStockDays);
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
