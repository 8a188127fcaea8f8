/**
 * Ending the transfers of a piece still waiting for their new owner's confirmation when they can
 * no longer happen: the piece is reported stolen (or lost), or one of the two owners erases their
 * account. A transfer is a pending warranty for the new owner (`source = 'transfer'`, transfer.ts),
 * and, when its owner started it from their space, a `piece_transfers` row; both end here, so the
 * confirmation link then answers `transfer_no_longer_possible` (service.ts) rather than making
 * the new owner the owner of a stolen piece, or of one its erased owner can no longer give.
 *
 * The staff's transfers (secret key) end the same way: they are pending warranties too.
 * Warranties change before transfer rows, in the order of the owner's cancel and of the
 * confirmation (owner-transfers/piece-transfers.ts, transfer.ts), under the piece's lock, so a
 * confirmation running at the same moment either went first (the transfer stands) or finds its
 * warranty voided.
 */
import type { Db } from '../../db/database.ts';
import type { PieceTransferCancelReason } from '../../db/schema.ts';
import { AtelierError } from '../../errors.ts';
import { lockPieceForProvenance } from '../provenance/events.ts';

/** Reasons a transfer ends that its new owner is told of when they follow the link: not the owner's own cancel (that link is simply used up). */
const noLongerPossibleReasons: ReadonlySet<PieceTransferCancelReason> = new Set(['piece_reported_stolen', 'piece_reported_lost', 'owner_erased', 'recipient_erased']);

export function transferNoLongerPossible(reason: 'piece_missing' | 'cancelled'): AtelierError {
  const why =
    reason === 'piece_missing'
      ? "the piece is no longer in its owner's hands (it was reported stolen or lost)"
      : 'it was cancelled before you confirmed it';
  return new AtelierError('transfer_no_longer_possible', `This transfer can no longer be completed: ${why}. Nothing was changed.`);
}

/** A piece reported stolen or lost (or destroyed) cannot be transferred: the problem says why, under the code every such refusal has. */
export function itemNotTransferable(status: string): AtelierError {
  const state = status === 'stolen' ? 'reported stolen' : status === 'lost' ? 'reported lost' : status.replace('_', ' ');
  return new AtelierError('item_unavailable', `This piece is ${state}: it cannot change hands until it is recovered.`);
}

/**
 * Ends every pending transfer of `itemId` (the caller holds the piece's lock, or takes it here):
 * the new owners' pending warranties voided, the owner's transfer records `cancelled` with
 * `reason`. Answers how many transfers it ended.
 */
export async function cancelPendingTransfersOfPiece(tx: Db, itemId: string, reason: PieceTransferCancelReason, now: Date): Promise<number> {
  await lockPieceForProvenance(tx, itemId);
  const voided = await tx
    .updateTable('warranties')
    .set({ status: 'void' })
    .where('item_id', '=', itemId)
    .where('source', '=', 'transfer')
    .where('status', '=', 'pending_confirmation')
    .returning('id')
    .execute();
  if (voided.length === 0) return 0;
  await tx
    .updateTable('piece_transfers')
    .set({ status: 'cancelled', ended_at: now.toISOString(), ended_reason: reason })
    .where('to_warranty_id', 'in', voided.map((warranty) => warranty.id))
    .where('status', '=', 'pending')
    .execute();
  return voided.length;
}

/**
 * Ends the transfers an erased owner takes part in: those of the pieces they hold (`owner_erased`)
 * and those offering them a piece (`recipient_erased`): an erased record can neither give a
 * piece nor become its owner. Pieces locked in one order, so two erasures never wait crosswise.
 */
export async function cancelPendingTransfersOfOwner(tx: Db, ownerId: string, now: Date): Promise<void> {
  const giving = await tx.selectFrom('piece_transfers').select('item_id').where('from_owner_id', '=', ownerId).where('status', '=', 'pending').execute();
  const receiving = await tx
    .selectFrom('warranties')
    .select('item_id')
    .where('owner_id', '=', ownerId)
    .where('source', '=', 'transfer')
    .where('status', '=', 'pending_confirmation')
    .execute();
  const pieces = [...new Set([...giving, ...receiving].map((row) => row.item_id))].sort();
  for (const itemId of pieces) {
    await lockPieceForProvenance(tx, itemId);
    // Offered to them: only their own pending warranty ends; another transfer of the piece stands.
    const theirs = await tx
      .updateTable('warranties')
      .set({ status: 'void' })
      .where('item_id', '=', itemId)
      .where('owner_id', '=', ownerId)
      .where('source', '=', 'transfer')
      .where('status', '=', 'pending_confirmation')
      .returning('id')
      .execute();
    if (theirs.length > 0) {
      await tx
        .updateTable('piece_transfers')
        .set({ status: 'cancelled', ended_at: now.toISOString(), ended_reason: 'recipient_erased' })
        .where('to_warranty_id', 'in', theirs.map((warranty) => warranty.id))
        .where('status', '=', 'pending')
        .execute();
    }
    // Given by them: the piece is still theirs (no confirmation came first), so every transfer of it ends.
    const stillTheirs = await tx.selectFrom('warranties').select('id').where('covering_item_id', '=', itemId).where('owner_id', '=', ownerId).executeTakeFirst();
    if (stillTheirs) await cancelPendingTransfersOfPiece(tx, itemId, 'owner_erased', now);
  }
}

/**
 * Why a transfer's confirmation link no longer leads anywhere, when it is for a reason its new
 * owner should be told: the transfer was cancelled because the piece went missing or an owner
 * erased their account, or the piece is reported stolen or lost now. Undefined otherwise (the
 * owner cancelled, another transfer went first): the link is then simply used up.
 */
export async function whyTransferNoLongerPossible(db: Db, warrantyId: string): Promise<AtelierError | undefined> {
  const transfer = await db
    .selectFrom('warranties')
    .innerJoin('items', 'items.id', 'warranties.item_id')
    .leftJoin('piece_transfers', 'piece_transfers.to_warranty_id', 'warranties.id')
    .select(['warranties.source', 'items.status as item_status', 'piece_transfers.ended_reason'])
    .where('warranties.id', '=', warrantyId)
    .executeTakeFirst();
  if (transfer?.source !== 'transfer') return undefined;
  if (transfer.item_status !== 'sold' || transfer.ended_reason === 'piece_reported_stolen' || transfer.ended_reason === 'piece_reported_lost') {
    return transferNoLongerPossible('piece_missing');
  }
  if (transfer.ended_reason !== null && noLongerPossibleReasons.has(transfer.ended_reason)) return transferNoLongerPossible('cancelled');
  return undefined;
}
