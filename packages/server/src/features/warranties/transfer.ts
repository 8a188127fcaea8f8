/**
 * Transfer of a registered piece to a new owner, started by the brand (secret key, admin or
 * concierge) or by its owner from their space (owner-transfers/piece-transfers.ts, through
 * `recordPendingTransfer`).
 * It reuses the activation's confirmation machinery: the new owner gets a pending warranty and a
 * confirmation e-mail, and only when they confirm does the old warranty end, the new one cover
 * the piece (same coverage: the warranty follows the piece) and `ownership_transferred` enter the
 * public history. Until then the current owner stays the owner, and the consents given for the
 * new owner wait for their confirmation too (pending-consents.ts).
 */
import type { ConsentsInput, OwnerInput, OwnershipTransferResponse, ParsedRequestOf, transferOwnership as transferOwnershipOperation } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import type { ServerDeps } from '../../deps.ts';
import { AtelierError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { findOrCreateOwner } from '../owners/owners.ts';
import { lockPieceForProvenance } from '../provenance/events.ts';
import { findStaffItem } from '../provenance/item-records.ts';
import { sendConfirmation } from './confirmation-mail.ts';
import { issueConfirmationToken, type IssuedConfirmationToken } from './confirmation-token.ts';
import { consentsAwaitingConfirmation } from './pending-consents.ts';
import { itemNotTransferable } from './pending-transfers.ts';

export type OwnershipTransferInput = ParsedRequestOf<typeof transferOwnershipOperation>;

/** The warranty a transfer takes its terms from: the piece's covering one. */
export interface TransferredWarranty {
  retailer_id: string | null;
  purchase_date: string;
  coverage_end: string;
}

export interface PendingTransfer {
  warrantyId: string;
  newOwnerId: string;
  token: IssuedConfirmationToken;
}

/**
 * The step every transfer shares, in the caller's transaction: the new owner (found or created),
 * their pending warranty on the current one's terms (the warranty follows the piece) that covers
 * nothing until confirmed, their consents waiting on it, and the confirmation token.
 */
export async function recordPendingTransfer(
  tx: Db,
  transfer: { brandId: string; itemId: string; current: TransferredWarranty; newOwner: OwnerInput; consents: ConsentsInput | undefined; now: Date },
): Promise<PendingTransfer> {
  const { brandId, current, now } = transfer;
  const owner = await findOrCreateOwner(tx, brandId, transfer.newOwner, now);
  const warrantyId = newId('wty');
  await tx
    .insertInto('warranties')
    .values({
      id: warrantyId,
      brand_id: brandId,
      item_id: transfer.itemId,
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
      pending_consents: consentsAwaitingConfirmation(transfer.consents, 'transfer', true),
    })
    .execute();
  return { warrantyId, newOwnerId: owner.id, token: await issueConfirmationToken(tx, warrantyId, now) };
}

export async function transferOwnership(deps: ServerDeps, brandId: string, serial: string, input: OwnershipTransferInput): Promise<OwnershipTransferResponse> {
  const { db, clock } = deps;
  const now = clock.now();
  const item = await findStaffItem(db, brandId, serial);
  if (item.status !== 'sold') {
    if (item.status === 'in_stock') throw noRegisteredOwner();
    throw itemNotTransferable(item.status);
  }
  const current = await db
    .selectFrom('warranties')
    .select(['id', 'retailer_id', 'purchase_date', 'coverage_end'])
    .where('covering_item_id', '=', item.id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!current) throw noRegisteredOwner();

  const pending = await db.transaction().execute(async (tx) => {
    // Under the piece's lock, as a theft report takes it: a piece reported stolen meanwhile is offered to nobody.
    await lockPieceForProvenance(tx, item.id);
    const { status } = await tx.selectFrom('items').select('status').where('id', '=', item.id).executeTakeFirstOrThrow();
    if (status !== 'sold') throw itemNotTransferable(status);
    return recordPendingTransfer(tx, { brandId, itemId: item.id, current, newOwner: input.newOwner, consents: input.consents, now });
  });
  return sendConfirmation(deps, brandId, pending.warrantyId, pending.token, input.newOwner.language);
}

/**
 * What a confirmed transfer changes, in the confirming transaction, the piece locked (service.ts):
 * the previous owner's warranty ends as the new owner's takes over the piece; any other transfer
 * of the piece still pending can no longer be confirmed (its warranty voided, an owner's transfer
 * `superseded`), and this one, if an owner started it, is `confirmed`; the care reminders drafted
 * for the previous owner are dropped (`piece_transferred`) — the piece's care schedule stays with
 * it, and the next sweep drafts for its new owner. Consents and notes are the people's: untouched.
 */
export async function completeTransfer(tx: Db, transfer: { itemId: string; warrantyId: string; newOwnerId: string; now: Date }): Promise<void> {
  const { itemId, warrantyId, now } = transfer;
  const at = now.toISOString();
  await tx.updateTable('warranties').set({ status: 'void', covering_item_id: null }).where('covering_item_id', '=', itemId).execute();
  await tx.updateTable('warranties').set({ covering_item_id: itemId }).where('id', '=', warrantyId).execute();
  // Warranties before transfer rows, as cancelling does (owner-transfers): two writers never wait on each other crosswise.
  await tx
    .updateTable('warranties')
    .set({ status: 'void' })
    .where('item_id', '=', itemId)
    .where('source', '=', 'transfer')
    .where('status', '=', 'pending_confirmation')
    .where('id', '!=', warrantyId)
    .execute();
  await tx.updateTable('piece_transfers').set({ status: 'confirmed', ended_at: at }).where('to_warranty_id', '=', warrantyId).where('status', '=', 'pending').execute();
  await tx.updateTable('piece_transfers').set({ status: 'superseded', ended_at: at }).where('item_id', '=', itemId).where('status', '=', 'pending').execute();
  await tx
    .updateTable('care_reminders')
    .set({ status: 'dropped', dropped_at: at, dropped_reason: 'piece_transferred' })
    .where('item_id', '=', itemId)
    .where('status', '=', 'draft')
    .where('owner_id', '!=', transfer.newOwnerId)
    .execute();
}

function noRegisteredOwner(): AtelierError {
  return new AtelierError('no_registered_owner', 'This piece has no confirmed owner to transfer it from; register its sale instead.');
}
