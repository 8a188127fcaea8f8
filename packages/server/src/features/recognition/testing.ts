/** Seeding registered owners straight into the database, for the tests of recognition and retailer notes. */
import type { Db } from '../../db/database.ts';
import { newId } from '../../ids.ts';
import { appendProvenanceEvent } from '../provenance/events.ts';
import { refreshClientSummariesOfPiece } from '../clients/client-summary.ts';

export interface SeededOwner {
  id: string;
  name: string;
  email: string;
  postalAddress: string | null;
}

export async function insertOwner(db: Db, brandId: string, owner: { name: string; email: string; postalAddress?: string; country?: string; language?: string }): Promise<SeededOwner> {
  const id = newId('own');
  await db
    .insertInto('owners')
    .values({
      id,
      brand_id: brandId,
      name: owner.name,
      email: owner.email,
      email_normalized: owner.email.toLowerCase(),
      country: owner.country ?? 'FR',
      language: owner.language ?? 'fr',
      customer_type: 'retail',
      created_at: '2019-01-01T00:00:00.000Z',
      postal_address: owner.postalAddress ?? null,
    })
    .execute();
  return { id, name: owner.name, email: owner.email, postalAddress: owner.postalAddress ?? null };
}

/** A confirmed warranty: `ownerId` holds `itemId`, bought at `retailerId` on `purchaseDate` (by `buyerId`, the owner unless a gift). */
export async function insertRegistration(
  db: Db,
  brandId: string,
  registration: { itemId: string; ownerId: string; buyerId?: string; retailerId: string | null; purchaseDate: string; coverageEnd: string },
): Promise<void> {
  await db.updateTable('items').set({ status: 'sold' }).where('id', '=', registration.itemId).where('status', '=', 'in_stock').execute();
  await db
    .insertInto('warranties')
    .values({
      id: newId('war'),
      brand_id: brandId,
      item_id: registration.itemId,
      owner_id: registration.ownerId,
      buyer_id: registration.buyerId ?? registration.ownerId,
      retailer_id: registration.retailerId,
      purchase_date: registration.purchaseDate,
      coverage_end: registration.coverageEnd,
      status: 'active',
      is_gift: registration.buyerId && registration.buyerId !== registration.ownerId ? 1 : 0,
      source: 'retailer',
      activated_at: `${registration.purchaseDate}T10:00:00.000Z`,
      confirmed_at: `${registration.purchaseDate}T12:00:00.000Z`,
      covering_item_id: registration.itemId,
      pending_consents: null,
    })
    .execute();
  await refreshClientSummariesOfPiece(db, brandId, registration.itemId);
}

/** A completed service of the piece on `date`, appended to its provenance as the service desk would. */
export async function insertService(db: Db, brandId: string, itemId: string, date: string, now: Date): Promise<void> {
  await appendProvenanceEvent(
    db,
    { brandId, itemId, type: 'serviced', occurredAt: `${date}T09:00:00.000Z`, place: { retailerId: null, country: 'CH', city: 'Geneva' }, details: { serviceType: 'full_service' } },
    now,
  );
}

/** The owner shares their profile with a retailer (the owner space will do it; no operation does yet). */
export async function insertProfileShare(db: Db, brandId: string, share: { ownerId: string; retailerId: string; sharedAt: string; revokedAt?: string }): Promise<void> {
  await db
    .insertInto('profile_shares')
    .values({ id: newId('shr'), brand_id: brandId, owner_id: share.ownerId, retailer_id: share.retailerId, shared_at: share.sharedAt, revoked_at: share.revokedAt ?? null })
    .execute();
}
