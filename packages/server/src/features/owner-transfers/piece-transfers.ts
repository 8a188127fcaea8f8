/**
 * An owner transfers a piece from their space (contract/owner-transfers.ts). The transfer is the
 * brand's own (warranties/transfer.ts): a pending warranty for the new owner, the confirmation
 * e-mail, and, when they confirm, `confirmWarranty` moving the piece (warranties/service.ts,
 * `completeTransfer`). What this module adds is the owner's side: only a piece they hold, only to
 * someone else, one pending transfer per piece (a new one replaces it), cancelling before the
 * confirmation, and the record of it all in `piece_transfers` — the owner's acts are kept with
 * the piece, not in the staff's audit log (audit/audited-operations.ts).
 *
 * Exactly once: starting a transfer and confirming one both lock the piece (the provenance lock),
 * so a transfer is never started by someone the piece has just left; cancelling and confirming
 * both change the pending warranty by a conditional update, so exactly one of them takes effect.
 */
import type { ParsedRequestOf, PieceTransfer, transferMyPiece } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import type { ServerDeps } from '../../deps.ts';
import type { PieceTransfersTable } from '../../db/schema.ts';
import { normalizeEmail } from '../../email-address.ts';
import { AtelierError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { maskEmail } from '../owners/owners.ts';
import { myPiece, type OwnerScope } from '../owner-space/my-pieces.ts';
import { lockPieceForProvenance } from '../provenance/events.ts';
import { sendConfirmation } from '../warranties/confirmation-mail.ts';
import { itemNotTransferable } from '../warranties/pending-transfers.ts';
import { recordPendingTransfer } from '../warranties/transfer.ts';

export type PieceTransferInput = ParsedRequestOf<typeof transferMyPiece>;

function notYourPiece(): AtelierError {
  const message = 'None of your pieces has this serial number.';
  return new AtelierError('unknown_serial', message, { fieldErrors: [{ path: 'serial', code: 'unknown_serial', message }] });
}

function toYourself(): AtelierError {
  const message = "This is your own address: give the new owner's.";
  return new AtelierError('validation_failed', 'Invalid request body: newOwner.email.', { fieldErrors: [{ path: 'newOwner.email', code: 'invalid', message }] });
}

type TransferRow = Pick<PieceTransfersTable, 'kind' | 'status' | 'requested_at' | 'expires_at'> & { name: string; email: string };

function transferView(row: TransferRow, now: Date): PieceTransfer {
  const lapsed = row.status === 'pending' && row.expires_at <= now.toISOString();
  return {
    kind: row.kind,
    status: lapsed ? 'expired' : row.status,
    newOwner: { name: row.name, email: maskEmail(row.email) },
    requestedAt: row.requested_at,
    expiresAt: row.expires_at,
  };
}

/** The owner's transfers of the piece still pending (a lapsed link's included), newest first. */
function pendingTransfersOf(db: Db, owner: OwnerScope, itemId: string) {
  return db
    .selectFrom('piece_transfers')
    .innerJoin('owners', 'owners.id', 'piece_transfers.to_owner_id')
    .select(['piece_transfers.id', 'piece_transfers.to_warranty_id', 'piece_transfers.kind', 'piece_transfers.status', 'piece_transfers.requested_at', 'piece_transfers.expires_at', 'owners.name', 'owners.email'])
    .where('piece_transfers.item_id', '=', itemId)
    .where('piece_transfers.from_owner_id', '=', owner.ownerId)
    .where('piece_transfers.status', '=', 'pending')
    .orderBy('piece_transfers.requested_at', 'desc');
}

/**
 * Ends the owner's pending transfers of the piece as `status`: each one's warranty voided first
 * (if still pending: a confirmation may have come first), then the transfer — the order the
 * confirmation takes too. Answers how many it ended.
 */
async function endPendingTransfers(tx: Db, owner: OwnerScope, itemId: string, status: 'cancelled' | 'superseded', now: Date): Promise<number> {
  let ended = 0;
  for (const pending of await pendingTransfersOf(tx, owner, itemId).execute()) {
    const voided = await tx.updateTable('warranties').set({ status: 'void' }).where('id', '=', pending.to_warranty_id).where('status', '=', 'pending_confirmation').executeTakeFirst();
    if (voided.numUpdatedRows === 0n) continue;
    await tx.updateTable('piece_transfers').set({ status, ended_at: now.toISOString(), ended_reason: status === 'cancelled' ? 'by_owner' : null }).where('id', '=', pending.id).where('status', '=', 'pending').execute();
    ended += 1;
  }
  return ended;
}

/** Starts the transfer of a piece the owner holds to `input.newOwner`, who is e-mailed the confirmation link. */
export async function startPieceTransfer(deps: ServerDeps, owner: OwnerScope, serial: string, input: PieceTransferInput): Promise<PieceTransfer> {
  const { db, clock } = deps;
  const now = clock.now();
  const held = await myPiece({ db, clock, publicUrl: deps.publicUrl }, owner, serial);
  if (held.piece.status !== 'sold') throw itemNotTransferable(held.piece.status);
  const from = await db.selectFrom('owners').select(['email_normalized', 'country']).where('id', '=', owner.ownerId).executeTakeFirstOrThrow();
  if (normalizeEmail(input.newOwner.email) === from.email_normalized) throw toYourself();
  const newOwner = { name: input.newOwner.name, email: input.newOwner.email, language: input.newOwner.language, country: input.newOwner.country ?? from.country };

  const started = await db.transaction().execute(async (tx) => {
    await lockPieceForProvenance(tx, held.itemId);
    // Under the piece's lock: still theirs (no transfer was confirmed meanwhile), and still theirs to give.
    const current = await tx
      .selectFrom('warranties')
      .innerJoin('items', 'items.id', 'warranties.item_id')
      .select(['warranties.retailer_id', 'warranties.purchase_date', 'warranties.coverage_end', 'items.status as item_status'])
      .where('warranties.id', '=', held.warrantyId)
      .where('warranties.covering_item_id', '=', held.itemId)
      .executeTakeFirst();
    if (!current) throw notYourPiece();
    if (current.item_status !== 'sold') throw itemNotTransferable(current.item_status);
    await endPendingTransfers(tx, owner, held.itemId, 'superseded', now);
    const pending = await recordPendingTransfer(tx, { brandId: owner.brandId, itemId: held.itemId, current, newOwner, consents: undefined, now });
    await tx
      .insertInto('piece_transfers')
      .values({
        id: newId('ptr'),
        brand_id: owner.brandId,
        item_id: held.itemId,
        from_owner_id: owner.ownerId,
        from_warranty_id: held.warrantyId,
        to_owner_id: pending.newOwnerId,
        to_warranty_id: pending.warrantyId,
        kind: input.kind,
        status: 'pending',
        requested_at: now.toISOString(),
        expires_at: pending.token.expiresAt.toISOString(),
        ended_at: null,
      })
      .execute();
    return pending;
  });
  // The brand's confirmation e-mail, in the new owner's language; queued with the transfer (mail/outbox.ts).
  await sendConfirmation(deps, owner.brandId, started.warrantyId, started.token, newOwner.language);
  const transfer = await pendingTransfersOf(db, owner, held.itemId).where('piece_transfers.to_warranty_id', '=', started.warrantyId).executeTakeFirstOrThrow();
  return transferView(transfer, now);
}

/** The piece's pending transfer, or null; 404 `unknown_serial` unless the owner holds the piece. */
export async function pendingPieceTransfer(deps: ServerDeps, owner: OwnerScope, serial: string): Promise<PieceTransfer | null> {
  const { db, clock } = deps;
  const held = await myPiece({ db, clock, publicUrl: deps.publicUrl }, owner, serial);
  const latest = await pendingTransfersOf(db, owner, held.itemId).executeTakeFirst();
  return latest ? transferView(latest, clock.now()) : null;
}

/** Cancels the piece's pending transfer: its link stops working. False when none was pending (or its new owner confirmed first). */
export async function cancelPieceTransfer(deps: ServerDeps, owner: OwnerScope, serial: string): Promise<boolean> {
  const { db, clock } = deps;
  const held = await myPiece({ db, clock, publicUrl: deps.publicUrl }, owner, serial);
  const cancelled = await db.transaction().execute((tx) => endPendingTransfers(tx, owner, held.itemId, 'cancelled', clock.now()));
  return cancelled > 0;
}
