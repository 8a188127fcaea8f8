/**
 * Transfer of a registered piece to a new owner, started by staff or a retailer (secret key).
 * It reuses the activation's confirmation machinery: the new owner gets a pending warranty and a
 * confirmation e-mail, and only when they confirm does the old warranty end, the new one cover
 * the piece (same coverage: the warranty follows the piece) and `ownership_transferred` enter the
 * public history. Until then the current owner stays the owner, and the consents given for the
 * new owner wait for their confirmation too (pending-consents.ts).
 */
import type { OwnershipTransferResponse, ParsedRequestOf, transferOwnership as transferOwnershipOperation } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { AtelierError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { findOrCreateOwner } from '../owners/owners.ts';
import { findStaffItem, itemUnavailableForWork } from '../provenance/item-records.ts';
import { sendConfirmation } from './confirmation-mail.ts';
import { issueConfirmationToken } from './confirmation-token.ts';
import { consentsAwaitingConfirmation } from './pending-consents.ts';

export type OwnershipTransferInput = ParsedRequestOf<typeof transferOwnershipOperation>;

export async function transferOwnership(deps: ServerDeps, brandId: string, serial: string, input: OwnershipTransferInput): Promise<OwnershipTransferResponse> {
  const { db, clock } = deps;
  const now = clock.now();
  const item = await findStaffItem(db, brandId, serial);
  if (item.status !== 'sold') {
    if (item.status === 'in_stock') throw noRegisteredOwner();
    throw itemUnavailableForWork(item.status);
  }
  const current = await db
    .selectFrom('warranties')
    .select(['id', 'retailer_id', 'purchase_date', 'coverage_end'])
    .where('covering_item_id', '=', item.id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!current) throw noRegisteredOwner();

  const pending = await db.transaction().execute(async (tx) => {
    const owner = await findOrCreateOwner(tx, brandId, input.newOwner, now);
    const warrantyId = newId('wty');
    await tx
      .insertInto('warranties')
      .values({
        id: warrantyId,
        brand_id: brandId,
        item_id: item.id,
        owner_id: owner.id,
        buyer_id: owner.id,
        retailer_id: current.retailer_id,
        purchase_date: current.purchase_date,
        coverage_end: current.coverage_end,
        status: 'pending_confirmation',
        is_gift: 0,
        source: 'transfer',
        activated_at: now.toISOString(),
        confirmed_at: null,
        // Takes over the piece only on confirmation (see service.ts confirmWarranty).
        covering_item_id: null,
        // The new owner's own consents, counted once they confirm from their address.
        pending_consents: consentsAwaitingConfirmation(input.consents, 'transfer', true),
      })
      .execute();
    return { warrantyId, token: await issueConfirmationToken(tx, warrantyId, now) };
  });
  return sendConfirmation(deps, brandId, pending.warrantyId, pending.token, input.newOwner.language);
}

function noRegisteredOwner(): AtelierError {
  return new AtelierError('no_registered_owner', 'This piece has no confirmed owner to transfer it from; register its sale instead.');
}
