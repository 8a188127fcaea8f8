/**
 * The demo's stock history: pieces delivered to each retailer over the past fourteen months, a few
 * moved between boutiques and returned, so the stock pages show ages from days to over a year and
 * the aged-stock alert has something to say. The piece the seed sells at the first retailer was
 * delivered there first. Rows as the API writes them (features/stock), one batch per delivery.
 */
import type { Db } from '../db/database.ts';
import { newTimeOrderedId } from '../ids.ts';
import type { SeededItem } from './building-blocks.ts';
import type { RetailerSpec } from './demo-catalogue.ts';

const msPerDay = 24 * 60 * 60 * 1000;
/** Pieces per delivery, and deliveries per retailer. */
const piecesPerDelivery = 6;
const deliveriesPerRetailer = 5;
/** Days between a retailer's deliveries, the newest 12 days ago: the oldest is about 14 months old. */
const daysBetweenDeliveries = 100;
const newestDeliveryDaysAgo = 12;

function isoDateDaysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * msPerDay).toISOString().slice(0, 10);
}

/** Delivers `pieces` to `retailers` in batches; `soldAtFirst` is delivered to the first retailer before its sale (`soldOn`). */
export async function insertDemoStock(db: Db, options: { brandId: string; retailers: readonly RetailerSpec[]; pieces: readonly SeededItem[]; soldAtFirst: SeededItem; soldOn: string; now: Date }): Promise<void> {
  const { brandId, retailers, pieces, now } = options;
  const recordedAt = now.toISOString();
  const rows: Array<{ item: SeededItem; retailerId: string; kind: 'delivery' | 'return'; on: string; batch: string }> = [];
  let next = 0;
  for (let delivery = 0; delivery < deliveriesPerRetailer; delivery++) {
    const on = isoDateDaysBefore(now, newestDeliveryDaysAgo + (deliveriesPerRetailer - 1 - delivery) * daysBetweenDeliveries);
    for (const retailer of retailers) {
      const batch = newTimeOrderedId('stk', now);
      for (const item of pieces.slice(next, next + piecesPerDelivery)) rows.push({ item, retailerId: retailer.id, kind: 'delivery', on, batch });
      next += piecesPerDelivery;
    }
  }
  // One piece of the oldest delivery comes back to the brand; another moves to the second retailer.
  const [returned, moved] = [rows[0], rows[1]];
  if (returned) rows.push({ ...returned, kind: 'return', on: isoDateDaysBefore(now, 60), batch: newTimeOrderedId('stk', now) });
  if (moved && retailers[1]) rows.push({ ...moved, retailerId: retailers[1].id, on: isoDateDaysBefore(now, 45), batch: newTimeOrderedId('stk', now) });
  const first = retailers[0];
  if (first) rows.push({ item: options.soldAtFirst, retailerId: first.id, kind: 'delivery', on: isoDateDaysBefore(new Date(options.soldOn), 30), batch: newTimeOrderedId('stk', now) });
  await db
    .insertInto('stock_movements')
    .values(
      rows.map((row) => ({
        id: newTimeOrderedId('stm', now),
        brand_id: brandId,
        item_id: row.item.id,
        retailer_id: row.retailerId,
        kind: row.kind,
        batch_id: row.batch,
        occurred_on: row.on,
        reference: `${row.kind === 'delivery' ? 'DN' : 'RT'}-${row.on.replaceAll('-', '')}`,
        recorded_at: recordedAt,
      })),
    )
    .execute();
}
