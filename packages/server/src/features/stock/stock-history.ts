/**
 * What the stock is derived from, shared by the movements that change it and the pages that
 * show it: the latest movement of each piece. Nothing is stored as a running count, so the stock
 * always agrees with the history. Ages are whole UTC calendar days (shared/calendar.ts).
 */
import type { Db } from '../../db/database.ts';
import { AtelierError } from '../../errors.ts';

/**
 * The latest movement of each piece of the brand, by the day it happened (a delivery note typed in
 * late still comes before a return dated after it), then by when it was recorded, then by id
 * (time-ordered: the order a request listed them in): `kind` and `retailer_id` say where the piece is.
 */
export function latestMovements(db: Db, brandId: string) {
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
export function inStock(db: Db, brandId: string) {
  return latestMovements(db, brandId).where('m.kind', '=', 'delivery').where('i.status', '=', 'in_stock');
}

export async function checkRetailer(db: Db, brandId: string, retailerId: string, field: string): Promise<void> {
  const retailer = await db.selectFrom('retailers').select('id').where('brand_id', '=', brandId).where('id', '=', retailerId).executeTakeFirst();
  if (!retailer) {
    throw new AtelierError('unknown_retailer', `The brand has no retailer with id "${retailerId}".`, {
      fieldErrors: [{ path: field, code: 'unknown_retailer', message: 'Choose a retailer from the list.' }],
    });
  }
}
