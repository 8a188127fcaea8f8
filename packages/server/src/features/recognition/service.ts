/**
 * "Recognise, don't reveal": what any authorized retailer learns when it looks a piece up. The
 * registry knows the owner; the answer says that there is one, since when they are a client, their
 * tier and when the piece's care is due — and names them only to a retailer the owner shared their
 * profile with (`profile_shares`, not revoked). The brand's own principals get the same card: the
 * brand reads its clients in its own customer views, not at a counter.
 *
 * The audit row of every lookup, unknown serials included, is written by register-operations
 * (audit/audited-operations.ts lists `recognisePiece`).
 */
import type { PieceRecognition, RecognisedClient, SharedContact } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { clientHistory } from '../clients/client-summary.ts';
import { clientTier } from '../clients/tier.ts';
import { findBrandItem } from '../shared/brand-item.ts';
import { careDueOfPieces } from '../care/care-due.ts';
import { todayUtc } from '../shared/calendar.ts';
import { effectiveWarrantyStatus, retailerView } from '../warranties/warranty-view.ts';
import { currentWarranty } from './current-warranty.ts';

export interface RecognitionDeps {
  db: Db;
  clock: Clock;
}

const missingStatuses: ReadonlySet<string> = new Set(['stolen', 'lost']);
/** Stored warranty states of a confirmed owner (an `active` one whose coverage ended reads `expired`). */
const confirmedStatuses: ReadonlySet<string> = new Set(['active', 'expired']);

/** The owner's contact if they shared their profile with `retailerId` and have not revoked it. */
async function sharedContact(db: Db, ownerId: string, retailerId: string | undefined): Promise<SharedContact | null> {
  if (retailerId === undefined) return null;
  const row = await db
    .selectFrom('profile_shares as share')
    .innerJoin('owners as owner', 'owner.id', 'share.owner_id')
    .select(['owner.name', 'owner.email', 'owner.country', 'owner.language', 'owner.postal_address', 'share.shared_at'])
    .where('share.owner_id', '=', ownerId)
    .where('share.retailer_id', '=', retailerId)
    .where('share.revoked_at', 'is', null)
    .orderBy('share.shared_at', 'desc')
    .executeTakeFirst();
  if (!row) return null;
  return { name: row.name, email: row.email, country: row.country, language: row.language, postalAddress: row.postal_address, sharedAt: row.shared_at };
}

/**
 * The piece as `retailerScope` (the retailer looking; undefined for the brand's principals) may
 * see it. Throws `unknown_serial`.
 */
export async function recognisePiece(deps: RecognitionDeps, brandId: string, serial: string, retailerScope: string | undefined): Promise<PieceRecognition> {
  const { db, clock } = deps;
  const today = todayUtc(clock);
  const item = await findBrandItem(db, brandId, serial, ['id', 'serial', 'status', 'model_id']);
  const model = await db.selectFrom('models').select(['reference', 'name', 'collection']).where('id', '=', item.model_id).executeTakeFirstOrThrow();
  const warranty = await currentWarranty(db, item.id);
  const registered = warranty !== undefined && confirmedStatuses.has(warranty.status);

  let client: RecognisedClient | null = null;
  if (warranty && registered) {
    const history = await clientHistory(db, brandId, warranty.owner_id);
    if (history) {
      client = {
        clientSince: Number(history.firstPurchaseOn.slice(0, 4)),
        tier: clientTier(history, today),
        contact: await sharedContact(db, warranty.owner_id, retailerScope),
      };
    }
  }

  // The service's due date as the owner's space shows it: the care rule the piece follows, else the brand's interval.
  const service = warranty
    ? (await careDueOfPieces(db, brandId, [{ itemId: item.id, purchasedOn: warranty.purchase_date, warrantyCovers: false }], today)).get(item.id)?.find((due) => due.kind === 'service')
    : undefined;
  const nextCare = service ? { date: service.date, after: service.after, overdue: service.overdue } : null;

  return {
    serial: item.serial,
    model,
    status: item.status,
    reportedMissing: missingStatuses.has(item.status),
    registered,
    warranty: warranty ? { status: effectiveWarrantyStatus(warranty, today), validUntil: warranty.coverage_end } : null,
    client,
    nextCareDue: nextCare,
    retailerOfRecord: warranty ? retailerView(warranty) : null,
  };
}
