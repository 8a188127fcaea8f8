/**
 * The owner's profile shares (contract profile-shares.ts), written to `profile_shares`, which the
 * retailer desk's recognition reads (recognition/service.ts: an open share names the owner to that
 * retailer). One open share per owner and retailer: sharing again answers the open one. Revoking
 * sets `revoked_at` and keeps the row, so when each share was made and ended stays known to the
 * owner and the brand: that row is the act's record.
 */
import type { MyProfileShares, ProfileShare } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { AtelierError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { currentWarranty } from '../recognition/current-warranty.ts';

export interface ProfileShareDeps {
  db: Db;
  clock: Clock;
}

export interface ShareOwner {
  ownerId: string;
  brandId: string;
}

function unknownRetailer(): AtelierError {
  const message = 'None of the brand’s retailers has this id.';
  return new AtelierError('unknown_retailer', message, { fieldErrors: [{ path: 'retailerId', code: 'unknown_retailer', message }] });
}

function unknownShare(): AtelierError {
  return new AtelierError('unknown_profile_share', 'None of your profile shares has this id.');
}

const shareColumns = ['share.id', 'share.shared_at', 'share.revoked_at', 'retailer.id as retailer_id', 'retailer.name', 'retailer.country', 'retailer.city'] as const;

function sharesOf(db: Db, owner: ShareOwner) {
  return db
    .selectFrom('profile_shares as share')
    .innerJoin('retailers as retailer', 'retailer.id', 'share.retailer_id')
    .select(shareColumns)
    .where('share.owner_id', '=', owner.ownerId)
    .where('share.brand_id', '=', owner.brandId);
}

type ShareRow = { id: string; shared_at: string; revoked_at: string | null; retailer_id: string; name: string; country: string; city: string };

function shareView(row: ShareRow): ProfileShare {
  return { id: row.id, retailer: { id: row.retailer_id, name: row.name, country: row.country, city: row.city }, sharedAt: row.shared_at, revokedAt: row.revoked_at };
}

/** The retailers of record of the pieces the owner holds now (their current, confirmed warranty's). */
async function retailersOfRecord(db: Db, owner: ShareOwner): Promise<Set<string>> {
  const warranties = await db
    .selectFrom('warranties')
    .select('item_id')
    .distinct()
    .where('owner_id', '=', owner.ownerId)
    .where('brand_id', '=', owner.brandId)
    .where('confirmed_at', 'is not', null)
    .execute();
  const found = new Set<string>();
  for (const { item_id } of warranties) {
    const current = await currentWarranty(db, item_id);
    if (current?.owner_id === owner.ownerId && current.retailer_id !== null) found.add(current.retailer_id);
  }
  return found;
}

/** The owner's shares, newest first, and the brand's retailers they may share with (theirs of record first). */
export async function listMyProfileShares(deps: ProfileShareDeps, owner: ShareOwner): Promise<MyProfileShares> {
  const { db } = deps;
  const [rows, retailers, ofRecord] = await Promise.all([
    sharesOf(db, owner).orderBy('share.shared_at', 'desc').orderBy('share.id', 'desc').execute(),
    db.selectFrom('retailers').select(['id', 'name', 'country', 'city']).where('brand_id', '=', owner.brandId).orderBy('name').orderBy('id').execute(),
    retailersOfRecord(db, owner),
  ]);
  const listed = retailers.map((retailer) => ({ ...retailer, retailerOfRecord: ofRecord.has(retailer.id) }));
  listed.sort((a, b) => Number(b.retailerOfRecord) - Number(a.retailerOfRecord));
  return { shares: rows.map(shareView), retailers: listed };
}

/** Shares the owner's profile with `retailerId`, a retailer of their brand; an open share with it is answered as it is. */
export async function shareMyProfile(deps: ProfileShareDeps, owner: ShareOwner, retailerId: string): Promise<ProfileShare> {
  const { db } = deps;
  const retailer = await db.selectFrom('retailers').select('id').where('id', '=', retailerId).where('brand_id', '=', owner.brandId).executeTakeFirst();
  if (!retailer) throw unknownRetailer();
  const open = await sharesOf(db, owner).where('share.retailer_id', '=', retailerId).where('share.revoked_at', 'is', null).executeTakeFirst();
  if (open) return shareView(open);
  const id = newId('shr');
  await db.insertInto('profile_shares').values({ id, brand_id: owner.brandId, owner_id: owner.ownerId, retailer_id: retailerId, shared_at: deps.clock.now().toISOString(), revoked_at: null }).execute();
  return shareView(await sharesOf(db, owner).where('share.id', '=', id).executeTakeFirstOrThrow());
}

/** Revokes one of the owner's shares (already revoked: answered unchanged); another's, or none, is 404. */
export async function revokeMyProfileShare(deps: ProfileShareDeps, owner: ShareOwner, shareId: string): Promise<ProfileShare> {
  const { db } = deps;
  await db
    .updateTable('profile_shares')
    .set({ revoked_at: deps.clock.now().toISOString() })
    .where('id', '=', shareId)
    .where('owner_id', '=', owner.ownerId)
    .where('brand_id', '=', owner.brandId)
    .where('revoked_at', 'is', null)
    .execute();
  const row = await sharesOf(db, owner).where('share.id', '=', shareId).executeTakeFirst();
  if (!row) throw unknownShare();
  return shareView(row);
}
