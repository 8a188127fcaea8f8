/**
 * The demo's lost piece: Élise Fontaine, in Paris, bought a piece at the Place Vendôme boutique
 * fourteen months before the day the demo is seeded, confirmed it (yes to service e-mail, no to
 * marketing), and reported it lost from her owner space twelve days before that day. So the
 * owner space shows a piece reported lost (and "found it" to lift the flag), the console and the
 * retailer desk show it flagged lost, and a buyer checking its serial is told. The sale leaves the
 * rows a confirmed sale leaves (demo-clients.ts); the loss is reported by the owner space's own
 * rule (`reportLost`), so the piece holds exactly what a real report leaves. Added to a demo
 * database seeded before her, once (found by e-mail).
 */
import type { Db } from '../db/database.ts';
import { fixedClock } from '../clock.ts';
import { normalizeEmail } from '../email-address.ts';
import { reportLost } from '../features/provenance/item-records.ts';
import { addDaysToDate, addMonthsToDate } from '../features/shared/calendar.ts';
import { newId } from '../ids.ts';
import type { RetailerSpec } from './demo-catalogue.ts';
import { insertConfirmedDemoSale, unsoldPieceMadeBefore } from './demo-clients.ts';

export const demoLostPieceOwner = {
  name: 'Élise Fontaine',
  email: 'elise.fontaine@example.fr',
  country: 'FR',
  language: 'fr',
  retailerId: 'rtl_aubert_vendome',
} as const;

/** Her piece as the demo's credentials file names it, so a person trying the demo finds it. */
export interface DemoLostPiece {
  serial: string;
  ownerName: string;
  ownerEmail: string;
}

/** How long before the seed's day she bought the piece, and reported it lost. */
const boughtMonthsAgo = 14;
const reportedLostDaysAgo = 12;
/** Days from the sale to her confirmation, when her consents were recorded. */
const daysToConfirm = 2;

export async function insertMissingDemoLostPiece(db: Db, options: { brandId: string; retailer: RetailerSpec; warrantyBaseMonths: number; now: Date }): Promise<void> {
  const { brandId, retailer, now } = options;
  const email = normalizeEmail(demoLostPieceOwner.email);
  const exists = await db.selectFrom('owners').select('id').where('brand_id', '=', brandId).where('email_normalized', '=', email).executeTakeFirst();
  if (exists) return;
  const today = now.toISOString().slice(0, 10);
  const soldOn = addMonthsToDate(today, -boughtMonthsAgo);
  const piece = await unsoldPieceMadeBefore(db, brandId, soldOn, []);
  // A registry without such a piece (another catalogue) goes without the lost piece.
  if (!piece) return;
  const ownerId = newId('own');
  await db
    .insertInto('owners')
    .values({
      id: ownerId,
      brand_id: brandId,
      name: demoLostPieceOwner.name,
      email: demoLostPieceOwner.email,
      email_normalized: email,
      country: demoLostPieceOwner.country,
      language: demoLostPieceOwner.language,
      customer_type: 'retail',
      created_at: `${soldOn}T06:00:00.000Z`,
    })
    .execute();
  const consentedAt = `${addDaysToDate(soldOn, daysToConfirm)}T09:00:00.000Z`;
  await db
    .insertInto('consents')
    .values([
      { id: newId('cns'), owner_id: ownerId, channel: 'email', purpose: 'service', granted: 1, recorded_at: consentedAt, source: 'demo_seed' },
      { id: newId('cns'), owner_id: ownerId, channel: 'email', purpose: 'marketing', granted: 0, recorded_at: consentedAt, source: 'demo_seed' },
    ])
    .execute();
  await insertConfirmedDemoSale(db, { brandId, retailer, ownerId, itemId: piece.id, soldOn, warrantyBaseMonths: options.warrantyBaseMonths, now });
  const reportedAt = new Date(`${addDaysToDate(today, -reportedLostDaysAgo)}T18:30:00.000Z`);
  await reportLost({ db, clock: fixedClock(reportedAt) }, brandId, piece.serial);
}

/**
 * The piece she owns (reported lost by the seed; found again if someone said so in her space
 * since), or null when the registry had none for her.
 */
export async function findDemoLostPiece(db: Db, brandId: string): Promise<DemoLostPiece | null> {
  const row = await db
    .selectFrom('warranties')
    .innerJoin('owners', 'owners.id', 'warranties.owner_id')
    .innerJoin('items', 'items.id', 'warranties.item_id')
    .select('items.serial')
    .where('warranties.brand_id', '=', brandId)
    .where('owners.email_normalized', '=', normalizeEmail(demoLostPieceOwner.email))
    .where('warranties.status', '=', 'active')
    .orderBy('items.serial')
    .executeTakeFirst();
  return row ? { serial: row.serial, ownerName: demoLostPieceOwner.name, ownerEmail: demoLostPieceOwner.email } : null;
}
