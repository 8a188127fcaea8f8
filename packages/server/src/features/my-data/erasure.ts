/**
 * Erasing an owner's account (contract my-data.ts): each table `personal-data.ts` lists is
 * treated as it says — rows deleted, or anonymised in place, or kept — in its order, in the
 * request's unit of work, so the erasure happens whole or not at all. Their sessions go with the
 * rest (the cookie stops working at once); the pieces, their registrations and their public
 * provenance stay. Transfers still pending that they give or receive end first (cancelled,
 * `owner_erased` / `recipient_erased`): an erased record can neither give a piece nor take one. The erased owner record's `erased_at` is the record that the erasure happened.
 */
import type { AccountErased } from '@atelier/client/contract';
import { refreshClientSummaries } from '../clients/client-summary.ts';
import { cancelPendingTransfersOfOwner } from '../warranties/pending-transfers.ts';
import type { MyDataDeps } from './export.ts';
import { dataSubjectOf, personalDataTables } from './personal-data.ts';

export async function eraseMyAccount(deps: MyDataDeps, owner: { ownerId: string; brandId: string }): Promise<AccountErased> {
  const { db } = deps;
  const erasedAt = deps.clock.now().toISOString();
  const subject = await dataSubjectOf(db, owner.ownerId, owner.brandId);
  // Before their data goes: a piece they were giving, or being given, changes hands no more (its link says why).
  await cancelPendingTransfersOfOwner(db, owner.ownerId, deps.clock.now());
  for (const entry of personalDataTables) {
    const { erasure } = entry;
    if (erasure.kind === 'delete') await db.deleteFrom(entry.table).where((eb) => entry.where(eb, subject)).execute();
    else if (erasure.kind === 'anonymise') await db.updateTable(entry.table).set(erasure.values(subject, erasedAt)).where((eb) => entry.where(eb, subject)).execute();
  }
  // The people their registrations also name (a gift's giver or recipient) are counted without them now.
  const others = await db.selectFrom('warranties').select(['owner_id', 'buyer_id']).where((eb) => eb.or([eb('owner_id', '=', owner.ownerId), eb('buyer_id', '=', owner.ownerId)])).execute();
  const named = new Set(others.flatMap((row) => [row.owner_id, row.buyer_id]).filter((id) => id !== owner.ownerId));
  await refreshClientSummaries(db, owner.brandId, [...named]);
  return { erased: true, erasedAt };
}
