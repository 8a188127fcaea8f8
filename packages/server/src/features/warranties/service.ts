/**
 * Warranty activation by the buyer and its confirmation through the e-mailed link.
 *
 * Provenance: a retailer's sale is `sold` as soon as it is registered (sales/service.ts); a
 * buyer's own activation records nothing public until the owner confirms, when `sold` (at the
 * purchase date) and `warranty_activated` are appended together and the piece becomes `sold`.
 * So a link nobody follows leaves no trace on the piece, and once every link of it has expired
 * the next registration voids it (registration.ts).
 *
 * Consents: what the owner ticked waits on the pending warranty and is recorded by the same
 * confirmation, at its time (double opt-in, pending-consents.ts). An owner nobody asked (a
 * gift's recipient, a transfer's new owner) answers on the confirmation page, and the confirmation records that.
 */
import type { ActivationResponse, ConfirmationConsents, ConfirmationResponse, ParsedRequestOf, activateWarranty as activateWarrantyOperation } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import type { ServerDeps } from '../../deps.ts';
import { AtelierError } from '../../errors.ts';
import { refreshClientSummariesOfPiece } from '../clients/client-summary.ts';
import { appendProvenanceEvent, lockPieceForProvenance } from '../provenance/events.ts';
import { todayUtc } from '../shared/calendar.ts';
import { checkCardCode, cardCodeRequired } from './card-code-attempts.ts';
import { resendConfirmation, sendConfirmation } from './confirmation-mail.ts';
import { hashConfirmationToken } from './confirmation-token.ts';
import { consentsAwaitingConfirmation, recordConfirmedConsents } from './pending-consents.ts';
import { transferNoLongerPossible, whyTransferNoLongerPossible } from './pending-transfers.ts';
import { alreadyActivated, appendSoldEvent, checkPurchase, isPendingFor, recordPendingWarranty, type SoldEventInput } from './registration.ts';
import { completeTransfer } from './transfer.ts';
import { loadWarrantyView } from './warranty-view.ts';

export type ActivationInput = ParsedRequestOf<typeof activateWarrantyOperation>;

/**
 * Registers the warranty of a piece for the person at the form. Proof of possession is the
 * warranty-card code, or, without it, a sale a retailer registered to the same buyer e-mail:
 * then this completes that registration by sending its confirmation link again.
 */
export async function activateWarranty(deps: ServerDeps, brandId: string, input: ActivationInput): Promise<ActivationResponse> {
  const { db, clock } = deps;
  const { brand, item, retailer, covering } = await checkPurchase(db, brandId, input, clock);
  // Someone else's lapsed activation no longer covers the piece: it is voided as this one is recorded.
  const coveredForThisBuyer = covering !== undefined && !(covering.lapsed && !isPendingFor(covering, input.owner.email));
  if (covering && coveredForThisBuyer) {
    // The same buyer may ask again for the link of a pending registration (lost or expired e-mail):
    // a retailer's registration needs no card code, the buyer's own one does.
    if (!isPendingFor(covering, input.owner.email)) throw alreadyActivated();
    if (covering.source === 'buyer') {
      if (input.cardCode === undefined) throw alreadyActivated();
      await checkCardCode(input.cardCode, item.cardCodeHash);
    }
    // Their latest choice replaces the one waiting; like it, it counts only once the link is followed.
    await db
      .updateTable('warranties')
      .set({ pending_consents: consentsAwaitingConfirmation(input.consents, 'buyer', covering.ownerId === covering.buyerId) })
      .where('id', '=', covering.id)
      .where('status', '=', 'pending_confirmation')
      .execute();
    return resendConfirmation(deps, brandId, covering.id);
  }

  if (input.cardCode === undefined) throw cardCodeRequired();
  await checkCardCode(input.cardCode, item.cardCodeHash);
  const pending = await recordPendingWarranty(db, {
    brand,
    item,
    retailer,
    purchaseDate: input.purchaseDate,
    buyer: input.owner,
    gift: input.gift,
    consents: input.consents,
    source: 'buyer',
    now: clock.now(),
  });
  return sendConfirmation(deps, brandId, pending.warrantyId, pending.token, pending.ownerLanguage);
}

/**
 * The sale behind a buyer's own activation, recorded once they confirm it: the piece leaves
 * stock and `sold` enters its history. A piece reported stolen or lost meanwhile keeps that
 * status (the sale is still recorded, so a recovery returns it to `sold`). A piece already `sold`
 * by an activation recorded before sales waited for confirmation has its event already.
 */
async function recordBuyersSale(tx: Db, sale: SoldEventInput, now: Date): Promise<void> {
  const item = await tx.selectFrom('items').select('status').where('id', '=', sale.itemId).executeTakeFirstOrThrow();
  if (item.status === 'sold') return;
  if (item.status === 'in_stock') await tx.updateTable('items').set({ status: 'sold' }).where('id', '=', sale.itemId).execute();
  await appendSoldEvent(tx, sale, now);
}

function invalidToken(): AtelierError {
  // Unknown and already used get the same answer, so a token's history cannot be probed.
  return new AtelierError('invalid_confirmation_token', 'This confirmation link is not valid. It may have been used already.');
}

/**
 * Consumes a confirmation token (once, even under concurrent requests) and activates its warranty.
 * `answered`: the consents the owner answered on the confirmation page, recorded if this
 * confirmation takes effect (a link already used records nothing).
 */
export async function confirmWarranty(deps: ServerDeps, brandId: string, token: string, answered?: ConfirmationConsents): Promise<ConfirmationResponse> {
  const { db, clock } = deps;
  const now = clock.now();
  const today = todayUtc(clock);
  const found = await db
    .selectFrom('confirmation_tokens')
    .innerJoin('warranties', 'warranties.id', 'confirmation_tokens.warranty_id')
    .select([
      'confirmation_tokens.id',
      'confirmation_tokens.expires_at',
      'confirmation_tokens.consumed_at',
      'warranties.id as warranty_id',
      'warranties.status as warranty_status',
    ])
    .where('confirmation_tokens.token_hash', '=', hashConfirmationToken(token))
    .where('warranties.brand_id', '=', brandId)
    .executeTakeFirst();
  if (!found || found.consumed_at !== null) throw invalidToken();
  // A transfer ended because the piece went missing or an owner erased their account: its new owner is told so.
  if (found.warranty_status === 'void') throw (await whyTransferNoLongerPossible(db, found.warranty_id)) ?? invalidToken();
  if (found.expires_at <= now.toISOString()) {
    throw new AtelierError('confirmation_token_expired', 'This confirmation link has expired. Activate the warranty again to receive a new one.');
  }

  await db.transaction().execute(async (tx) => {
    const consumed = await tx
      .updateTable('confirmation_tokens')
      .set({ consumed_at: now.toISOString() })
      .where('id', '=', found.id)
      .where('consumed_at', 'is', null)
      .executeTakeFirst();
    if (consumed.numUpdatedRows === 0n) throw invalidToken();
    const pending = await tx
      .selectFrom('warranties')
      .innerJoin('owners', 'owners.id', 'warranties.owner_id')
      .leftJoin('retailers', 'retailers.id', 'warranties.retailer_id')
      .select([
        'warranties.item_id',
        'warranties.owner_id',
        'warranties.source',
        'warranties.purchase_date',
        'warranties.coverage_end',
        'retailers.id as retailer_id',
        'retailers.country',
        'retailers.city',
      ])
      .where('warranties.id', '=', found.warranty_id)
      .where('warranties.status', '=', 'pending_confirmation')
      .executeTakeFirst();
    // A second link of an already confirmed warranty is simply used up; the warranty stays as it is.
    if (!pending) return;
    const isTransfer = pending.source === 'transfer';
    // Two transfers of one piece confirmed at once (two pending new owners) take turns on the piece, so exactly one wins.
    if (isTransfer) {
      await lockPieceForProvenance(tx, pending.item_id);
      // The other transfer went first and voided this one: its link is used up like any other (unless
      // a theft report or an erasure ended it meanwhile, which the new owner is told).
      const standing = await tx
        .selectFrom('warranties')
        .innerJoin('items', 'items.id', 'warranties.item_id')
        .select(['warranties.status', 'items.status as item_status'])
        .where('warranties.id', '=', found.warranty_id)
        .executeTakeFirstOrThrow();
      if (standing.status === 'void') throw (await whyTransferNoLongerPossible(tx, found.warranty_id)) ?? invalidToken();
      // A piece reported stolen or lost changes hands by no transfer, even one whose report did not end it.
      if (standing.item_status !== 'sold') throw transferNoLongerPossible('piece_missing');
    }
    const activated = await tx
      .updateTable('warranties')
      .set({ status: 'active', confirmed_at: now.toISOString() })
      .where('id', '=', found.warranty_id)
      .where('status', '=', 'pending_confirmation')
      .executeTakeFirst();
    // A concurrent confirmation with another of its links won the race.
    if (activated.numUpdatedRows === 0n) return;
    // The link went to the owner's address and was followed from it: their consents now count.
    await recordConfirmedConsents(tx, found.warranty_id, pending.owner_id, now, answered);
    if (isTransfer) await completeTransfer(tx, { itemId: pending.item_id, warrantyId: found.warranty_id, newOwnerId: pending.owner_id, now });
    const place = { retailerId: pending.retailer_id, country: pending.country, city: pending.city };
    if (pending.source === 'buyer') await recordBuyersSale(tx, { brandId, itemId: pending.item_id, purchaseDate: pending.purchase_date, place, source: 'buyer' }, now);
    await appendProvenanceEvent(
      tx,
      isTransfer
        ? {
            brandId,
            itemId: pending.item_id,
            type: 'ownership_transferred',
            occurredAt: now.toISOString(),
            // No place: the new owner's country or city would tell anyone holding the serial where its owner lives.
            place: { retailerId: null, country: null, city: null },
            details: {},
          }
        : {
            brandId,
            itemId: pending.item_id,
            type: 'warranty_activated',
            occurredAt: now.toISOString(),
            place,
            details: { coverageEnd: pending.coverage_end },
          },
      now,
    );
    // A confirmed registration is a purchase (and a transfer ends the previous owner's piece): everyone the piece names is
    // refreshed, last, once the event above holds the piece's lock (client-summary.ts: the piece, then its people).
    await refreshClientSummariesOfPiece(tx, brandId, pending.item_id);
  });
  return { warranty: await loadWarrantyView(db, brandId, found.warranty_id, today) };
}
