/**
 * The demo's sales history: each retailer sells about a third of the pieces delivered to it, some
 * weeks or months after delivery, over the past year and more; most buyers confirm within days, a
 * few never do. So the retailer benchmarks (days in stock, registration rate and lag) differ
 * between boutiques and have a network median to stand against, and the stock pages still hold
 * pieces of every age. Rows as the sale registration writes them (warranties, owners, the
 * piece's `sold` and `warranty_activated` events), without the e-mails.
 */
import type { Db } from '../db/database.ts';
import { refreshClientSummariesOfPiece } from '../features/clients/client-summary.ts';
import { appendProvenanceEvent } from '../features/provenance/events.ts';
import { addDaysToDate, addMonthsToDate } from '../features/shared/calendar.ts';
import { inStock } from '../features/stock/stock-history.ts';
import { newId } from '../ids.ts';
import type { RetailerSpec } from './demo-catalogue.ts';

/** One piece in this many of a retailer's deliveries is sold. */
const soldOneIn = 3;
/** One sale in this many is never confirmed by its buyer. */
const unconfirmedOneIn = 5;
/** How long a sold piece sat in stock: a retailer's own pace, plus a spread per piece (days). */
const baseDaysInStock = 10;
const daysInStockPerRetailer = 9;
const daysInStockSpread = 40;
/** Days from the sale to the buyer's confirmation: 1 to 9. */
const confirmationLagSpread = 9;

const buyerNames = ['Claire Dubois', 'Thomas Keller', 'Giulia Romano', 'Yuki Tanaka', 'Li Wei', 'Chen Mei-ling', 'Antoine Morel', 'Sophie Weber'];
const buyerLanguages = ['fr', 'de', 'it', 'ja', 'zh-Hans', 'zh-Hant', 'fr', 'de'];

export async function insertDemoSales(db: Db, options: { brandId: string; retailers: readonly RetailerSpec[]; warrantyBaseMonths: number; now: Date }): Promise<void> {
  const { brandId, now } = options;
  const today = now.toISOString().slice(0, 10);
  const pieces = await inStock(db, brandId).select(['i.id as item_id', 'm.retailer_id', 'm.occurred_on']).orderBy('m.occurred_on').orderBy('i.serial').execute();
  let saleNumber = 0;
  for (const [retailerIndex, retailer] of options.retailers.entries()) {
    const delivered = pieces.filter((piece) => piece.retailer_id === retailer.id);
    for (const [index, piece] of delivered.entries()) {
      if (index % soldOneIn !== 0) continue;
      const daysInStock = baseDaysInStock + retailerIndex * daysInStockPerRetailer + ((index * 13) % daysInStockSpread);
      const purchaseDate = addDaysToDate(piece.occurred_on, daysInStock);
      if (purchaseDate >= today) continue;
      saleNumber += 1;
      const confirmedOn = saleNumber % unconfirmedOneIn === 0 ? null : addDaysToDate(purchaseDate, 1 + ((retailerIndex + index) % confirmationLagSpread));
      await insertSale(db, {
        brandId,
        itemId: piece.item_id,
        retailer,
        purchaseDate,
        confirmedAt: confirmedOn === null || confirmedOn > today ? null : `${confirmedOn}T18:00:00.000Z`,
        coverageEnd: addMonthsToDate(purchaseDate, options.warrantyBaseMonths),
        buyer: saleNumber,
        now,
      });
    }
  }
}

async function insertSale(
  db: Db,
  sale: { brandId: string; itemId: string; retailer: RetailerSpec; purchaseDate: string; confirmedAt: string | null; coverageEnd: string; buyer: number; now: Date },
): Promise<void> {
  const ownerId = newId('own');
  const name = buyerNames[sale.buyer % buyerNames.length]!;
  const email = `client-${sale.buyer}@example.com`;
  const soldAt = `${sale.purchaseDate}T15:00:00.000Z`;
  await db
    .insertInto('owners')
    .values({
      id: ownerId,
      brand_id: sale.brandId,
      name,
      email,
      email_normalized: email,
      country: sale.retailer.country,
      language: buyerLanguages[sale.buyer % buyerLanguages.length]!,
      customer_type: 'retail',
      created_at: soldAt,
    })
    .execute();
  await db
    .insertInto('warranties')
    .values({
      id: newId('wty'),
      brand_id: sale.brandId,
      item_id: sale.itemId,
      owner_id: ownerId,
      buyer_id: ownerId,
      retailer_id: sale.retailer.id,
      purchase_date: sale.purchaseDate,
      coverage_end: sale.coverageEnd,
      status: sale.confirmedAt === null ? 'pending_confirmation' : 'active',
      is_gift: 0,
      source: 'retailer',
      activated_at: soldAt,
      confirmed_at: sale.confirmedAt,
      covering_item_id: sale.itemId,
    })
    .execute();
  await db.updateTable('items').set({ status: 'sold' }).where('id', '=', sale.itemId).execute();
  await refreshClientSummariesOfPiece(db, sale.brandId, sale.itemId);
  for (const type of ['sold', 'warranty_activated'] as const) {
    await appendProvenanceEvent(
      db,
      { brandId: sale.brandId, itemId: sale.itemId, type, occurredAt: soldAt, place: { retailerId: sale.retailer.id, country: sale.retailer.country, city: sale.retailer.city }, details: {} },
      sale.now,
    );
  }
}
