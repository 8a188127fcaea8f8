/**
 * The pieces an owner holds, as their space shows them. An owner holds a piece while their
 * confirmed warranty is its current one (recognition/current-warranty.ts: the covering warranty,
 * else the latest not voided): a piece sold on or given away, or a sale voided, drops out, and a
 * piece reported stolen or lost stays (its status says so). Another piece of the brand, or one
 * that does not exist, is the same 404 `unknown_serial`: the space confirms nothing about it.
 */
import type { CareDue, OwnedPiece, OwnedPieceDetail, PieceTimelineEntry, RetailerOfRecord } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { AtelierError } from '../../errors.ts';
import { careDueOfPieces, type PieceCareDue } from '../care/care-due.ts';
import { currentWarranty } from '../recognition/current-warranty.ts';
import { trackerPageUrl } from '../repairs/link-token.ts';
import { todayUtc } from '../shared/calendar.ts';
import { effectiveWarrantyStatus } from '../warranties/warranty-view.ts';

export interface MyPiecesDeps {
  db: Db;
  clock: Clock;
  /** `PUBLIC_URL`: the example site's tracker page, for a brand without its own. */
  publicUrl: string;
}

/** Whose the pieces are: the signed-in owner, of their brand. */
export interface OwnerScope {
  ownerId: string;
  brandId: string;
}

/** Stored states of a warranty its owner confirmed (an `active` one whose coverage ended reads `expired`). */
const confirmedStatuses: ReadonlySet<string> = new Set(['active', 'expired']);

function notYourPiece(): AtelierError {
  const message = 'None of your pieces has this serial number.';
  return new AtelierError('unknown_serial', message, { fieldErrors: [{ path: 'serial', code: 'unknown_serial', message }] });
}

type CurrentWarranty = NonNullable<Awaited<ReturnType<typeof currentWarranty>>>;

interface HeldPiece {
  itemId: string;
  warrantyId: string;
  /** When the owner's warranty was registered: repairs from then on are theirs to see. */
  heldSince: string;
  piece: OwnedPiece;
}

async function retailerOfRecord(db: Db, retailerId: string | null): Promise<RetailerOfRecord | null> {
  if (retailerId === null) return null;
  const row = await db.selectFrom('retailers').select(['id', 'name', 'country', 'city', 'contact_email', 'contact_phone']).where('id', '=', retailerId).executeTakeFirst();
  if (!row) return null;
  return { id: row.id, name: row.name, country: row.country, city: row.city, contact: { email: row.contact_email, phone: row.contact_phone } };
}

/** A kind of care's due date as the owner reads it: when the concierge drafts its reminder is the brand's business. */
function ownerView({ reminderLeadTimeDays: _leadTime, ...due }: PieceCareDue): CareDue {
  return due;
}

/** The pieces `scope.ownerId` holds now, oldest purchase first; `serial` narrows to one. */
async function heldPieces(deps: MyPiecesDeps, scope: OwnerScope, serial?: string): Promise<HeldPiece[]> {
  const { db, clock } = deps;
  const today = todayUtc(clock);
  let query = db
    .selectFrom('warranties')
    .innerJoin('items', 'items.id', 'warranties.item_id')
    .innerJoin('models', 'models.id', 'items.model_id')
    .select([
      'warranties.id as warranty_id',
      'warranties.item_id',
      'warranties.activated_at',
      'items.serial',
      'items.status as item_status',
      'models.reference',
      'models.name as model_name',
      'models.collection',
      'models.image_url',
    ])
    .where('warranties.owner_id', '=', scope.ownerId)
    .where('warranties.brand_id', '=', scope.brandId)
    .where('warranties.confirmed_at', 'is not', null)
    .where('warranties.status', 'in', ['active', 'expired'])
    .orderBy('warranties.purchase_date')
    .orderBy('items.serial');
  if (serial !== undefined) query = query.where('items.serial', '=', serial.toUpperCase());
  const candidates = await query.execute();
  if (candidates.length === 0) return [];
  const owned: { candidate: (typeof candidates)[number]; current: CurrentWarranty }[] = [];
  for (const candidate of candidates) {
    const current = await currentWarranty(db, candidate.item_id);
    // Sold on, given away, or a newer registration took over: no longer theirs.
    if (!current || current.owner_id !== scope.ownerId || !confirmedStatuses.has(current.status)) continue;
    owned.push({ candidate, current });
  }
  const careDue = await careDueOfPieces(
    db,
    scope.brandId,
    owned.map(({ candidate, current }) => ({ itemId: candidate.item_id, purchasedOn: current.purchase_date, warrantyCovers: effectiveWarrantyStatus(current, today) === 'active' })),
    today,
  );
  const held: HeldPiece[] = [];
  for (const { candidate, current } of owned) {
    const dues = (careDue.get(candidate.item_id) ?? []).map(ownerView);
    // The service always has a date: a rule's interval, or the brand's.
    const service = dues.find((due) => due.kind === 'service')!;
    held.push({
      itemId: candidate.item_id,
      warrantyId: candidate.warranty_id,
      heldSince: candidate.activated_at,
      piece: {
        serial: candidate.serial,
        model: { reference: candidate.reference, name: candidate.model_name, collection: candidate.collection, imageUrl: candidate.image_url },
        status: candidate.item_status,
        purchaseDate: current.purchase_date,
        warranty: { status: effectiveWarrantyStatus(current, today), coverageEnd: current.coverage_end },
        nextCareDue: { date: service.date, after: service.after, overdue: service.overdue },
        careDue: dues,
        retailerOfRecord: await retailerOfRecord(db, current.retailer_id),
      },
    });
  }
  return held;
}

/** Every piece the owner holds now. */
export async function listMyPieces(deps: MyPiecesDeps, scope: OwnerScope): Promise<OwnedPiece[]> {
  return (await heldPieces(deps, scope)).map((held) => held.piece);
}

/** Throws the space's 404 `unknown_serial` unless the owner holds the piece `serial`. */
export async function requireHeldPiece(deps: MyPiecesDeps, scope: OwnerScope, serial: string): Promise<void> {
  await myPiece(deps, scope, serial);
}

/** The piece `serial` as the owner's list shows it (no timeline), and which rows it is; 404 `unknown_serial` unless they hold it. */
export async function myPiece(deps: MyPiecesDeps, scope: OwnerScope, serial: string): Promise<{ itemId: string; warrantyId: string; piece: OwnedPiece }> {
  const [held] = await heldPieces(deps, scope, serial);
  if (!held) throw notYourPiece();
  return { itemId: held.itemId, warrantyId: held.warrantyId, piece: held.piece };
}

/**
 * One piece the owner holds, with its story in one timeline, oldest first: the piece's provenance
 * events (its public history, all of it), the repairs booked since the owner has held it (an
 * earlier owner's repairs are theirs), and the extensions of the owner's warranty. 404
 * `unknown_serial` for any piece they do not hold.
 */
export async function getMyPiece(deps: MyPiecesDeps, scope: OwnerScope, serial: string): Promise<OwnedPieceDetail> {
  const { db } = deps;
  const [held] = await heldPieces(deps, scope, serial);
  if (!held) throw notYourPiece();
  const events = await db
    .selectFrom('provenance_events')
    .select(['type', 'occurred_at', 'country', 'city', 'sequence'])
    .where('item_id', '=', held.itemId)
    .orderBy('sequence')
    .execute();
  const brand = await db.selectFrom('brands').select('service_tracker_url').where('id', '=', scope.brandId).executeTakeFirstOrThrow();
  const trackerUrl = trackerPageUrl(brand.service_tracker_url, deps.publicUrl);
  const repairs = await db
    .selectFrom('repair_orders')
    .select(['tracking_code', 'service_type', 'status', 'promised_date', 'created_at'])
    .where('item_id', '=', held.itemId)
    .where('brand_id', '=', scope.brandId)
    .where('created_at', '>=', held.heldSince)
    .orderBy('created_at')
    .execute();
  const extensions = await db
    .selectFrom('warranty_extensions')
    .select(['reason', 'months', 'created_at'])
    .where('warranty_id', '=', held.warrantyId)
    .orderBy('created_at')
    .execute();
  const timeline: PieceTimelineEntry[] = [
    ...events.map((event) => ({ kind: 'provenance' as const, at: event.occurred_at, event: { type: event.type, country: event.country, city: event.city } })),
    ...repairs.map((repair) => ({
      kind: 'repair' as const,
      at: repair.created_at,
      repair: { trackingCode: repair.tracking_code, trackerUrl, serviceType: repair.service_type, status: repair.status, promisedDate: repair.promised_date },
    })),
    ...extensions.map((extension) => ({ kind: 'warranty_extension' as const, at: extension.created_at, extension: { reason: extension.reason, months: extension.months } })),
  ];
  // Stable: entries at the same instant keep the order above (the event, then what it caused).
  timeline.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { ...held.piece, timeline };
}
