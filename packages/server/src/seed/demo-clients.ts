/**
 * The demo's client of note for customer care (issue 17): a collector in Tokyo, Kenji Watanabe,
 * who bought two pieces at Ginza Tokeiten — the first almost the brand's service interval ago, so
 * it falls due for service 45 days after the day the demo is seeded; the second eight months
 * ago. He said yes to service and marketing e-mail. So the segment "collectors in Japan with a
 * service due in 90 days" holds someone to open, write a note about for the retailer of record,
 * and export for marketing. Rows as a confirmed sale writes them (owner, consents, warranty, the
 * piece's `sold` and `warranty_activated` events, its delivery to the boutique before), without
 * the e-mails. Added to a demo database seeded before him, once (found by e-mail).
 */
import type { Db } from '../db/database.ts';
import { normalizeEmail } from '../email-address.ts';
import { refreshClientSummariesOfPiece } from '../features/clients/client-summary.ts';
import { appendProvenanceEvent } from '../features/provenance/events.ts';
import { addDaysToDate, addMonthsToDate } from '../features/shared/calendar.ts';
import { newId, newTimeOrderedId } from '../ids.ts';
import type { RetailerSpec } from './demo-catalogue.ts';

export const demoCollector = {
  name: 'Kenji Watanabe',
  email: 'kenji.watanabe@example.jp',
  country: 'JP',
  language: 'ja',
  retailerId: 'rtl_ginza_tokeiten',
} as const;

/** Days after the seed's day when the first piece falls due for service (the brand's interval after its purchase). */
const firstPieceDueInDays = 45;
/** How long ago the second piece was bought. */
const secondPieceBoughtMonthsAgo = 8;
/** Days a piece waited at the boutique before it sold, and before the buyer confirmed. */
const daysInStockBeforeSale = 20;
const daysToConfirm = 2;

/**
 * The brand's unsold pieces that never went to a retailer, made at least `daysInStockBeforeSale`
 * before `soldOn`: the highest serials first, so the sample pieces (the lowest) stay in stock.
 */
export async function unsoldPieceMadeBefore(db: Db, brandId: string, soldOn: string, taken: readonly string[]) {
  let query = db
    .selectFrom('items as i')
    .leftJoin('stock_movements as m', 'm.item_id', 'i.id')
    .select(['i.id', 'i.serial'])
    .where('i.brand_id', '=', brandId)
    .where('i.status', '=', 'in_stock')
    .where('m.id', 'is', null)
    .where('i.manufactured_on', '<=', addDaysToDate(soldOn, -daysInStockBeforeSale))
    .orderBy('i.serial', 'desc');
  if (taken.length > 0) query = query.where('i.id', 'not in', taken);
  return query.executeTakeFirst();
}

export async function insertMissingDemoCollector(db: Db, options: { brandId: string; retailer: RetailerSpec; serviceIntervalMonths: number; warrantyBaseMonths: number; now: Date }): Promise<void> {
  const { brandId, retailer, now } = options;
  const email = normalizeEmail(demoCollector.email);
  const exists = await db.selectFrom('owners').select('id').where('brand_id', '=', brandId).where('email_normalized', '=', email).executeTakeFirst();
  if (exists) return;
  const today = now.toISOString().slice(0, 10);
  const purchaseDates = [addDaysToDate(addMonthsToDate(today, -options.serviceIntervalMonths), firstPieceDueInDays), addMonthsToDate(today, -secondPieceBoughtMonthsAgo)];
  const pieces: { id: string; soldOn: string }[] = [];
  for (const soldOn of purchaseDates) {
    const piece = await unsoldPieceMadeBefore(db, brandId, soldOn, pieces.map((each) => each.id));
    // A registry without such a piece (another catalogue) goes without the collector.
    if (!piece) return;
    pieces.push({ id: piece.id, soldOn });
  }
  const ownerId = newId('own');
  const firstSale = `${purchaseDates[0]}T06:00:00.000Z`;
  await db
    .insertInto('owners')
    .values({
      id: ownerId,
      brand_id: brandId,
      name: demoCollector.name,
      email: demoCollector.email,
      email_normalized: email,
      country: demoCollector.country,
      language: demoCollector.language,
      customer_type: 'collector',
      created_at: firstSale,
    })
    .execute();
  const consentedAt = `${addDaysToDate(purchaseDates[0]!, daysToConfirm)}T09:00:00.000Z`;
  await db
    .insertInto('consents')
    .values([
      { id: newId('cns'), owner_id: ownerId, channel: 'email', purpose: 'service', granted: 1, recorded_at: consentedAt, source: 'demo_seed' },
      { id: newId('cns'), owner_id: ownerId, channel: 'email', purpose: 'marketing', granted: 1, recorded_at: consentedAt, source: 'demo_seed' },
    ])
    .execute();
  for (const { id: itemId, soldOn } of pieces) {
    await insertConfirmedDemoSale(db, { brandId, retailer, ownerId, itemId, soldOn, warrantyBaseMonths: options.warrantyBaseMonths, now });
  }
}

/**
 * The rows a retailer's sale confirmed by its buyer leaves (without the e-mails): the piece's
 * delivery to the boutique `daysInStockBeforeSale` before, the buyer's active warranty, the piece
 * `sold`, and its `sold` and `warranty_activated` events at the boutique.
 */
export async function insertConfirmedDemoSale(
  db: Db,
  sale: { brandId: string; retailer: RetailerSpec; ownerId: string; itemId: string; soldOn: string; warrantyBaseMonths: number; now: Date },
): Promise<void> {
  const { brandId, retailer, ownerId, itemId, soldOn, now } = sale;
  const deliveredOn = addDaysToDate(soldOn, -daysInStockBeforeSale);
  await db
    .insertInto('stock_movements')
    .values({
      id: newTimeOrderedId('stm', now),
      brand_id: brandId,
      item_id: itemId,
      retailer_id: retailer.id,
      kind: 'delivery',
      batch_id: newTimeOrderedId('stk', now),
      occurred_on: deliveredOn,
      reference: `DN-${deliveredOn.replaceAll('-', '')}`,
      recorded_at: now.toISOString(),
    })
    .execute();
  const soldAt = `${soldOn}T06:00:00.000Z`;
  await db
    .insertInto('warranties')
    .values({
      id: newId('wty'),
      brand_id: brandId,
      item_id: itemId,
      owner_id: ownerId,
      buyer_id: ownerId,
      retailer_id: retailer.id,
      purchase_date: soldOn,
      coverage_end: addMonthsToDate(soldOn, sale.warrantyBaseMonths),
      // Stored active once confirmed; "expired" is read from the coverage end (warranty-view.ts).
      status: 'active',
      is_gift: 0,
      source: 'retailer',
      activated_at: soldAt,
      confirmed_at: `${addDaysToDate(soldOn, daysToConfirm)}T09:00:00.000Z`,
      covering_item_id: itemId,
    })
    .execute();
  await db.updateTable('items').set({ status: 'sold' }).where('id', '=', itemId).execute();
  await refreshClientSummariesOfPiece(db, brandId, itemId);
  for (const type of ['sold', 'warranty_activated'] as const) {
    await appendProvenanceEvent(db, { brandId, itemId, type, occurredAt: soldAt, place: { retailerId: retailer.id, country: retailer.country, city: retailer.city }, details: {} }, now);
  }
}
