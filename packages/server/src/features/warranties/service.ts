/**
 * Warranty activation by the buyer and its confirmation through the e-mailed link.
 *
 * Provenance: `sold` is appended when the sale is recorded (activation or retailer sale),
 * `warranty_activated` when the owner confirms, i.e. when the warranty actually becomes active.
 */
import type { ActivationResponse, ConfirmationResponse, ParsedRequestOf, activateWarranty as activateWarrantyOperation } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { AtelierError } from '../../errors.ts';
import { maskEmail, recordEmailConsents } from '../owners/owners.ts';
import { appendProvenanceEvent } from '../provenance/events.ts';
import { todayUtc } from '../shared/calendar.ts';
import { checkCardCode, cardCodeRequired } from './card-code-attempts.ts';
import { sendConfirmationMail } from './confirmation-mail.ts';
import { hashConfirmationToken, issueConfirmationToken } from './confirmation-token.ts';
import {
  alreadyActivated,
  checkPurchaseDate,
  consentSource,
  findCoveringWarranty,
  findRegistrableItem,
  findRetailer,
  isPendingFor,
  loadBrandPolicy,
  recordPendingWarranty,
} from './registration.ts';
import { loadWarrantyView } from './warranty-view.ts';

export type ActivationInput = ParsedRequestOf<typeof activateWarrantyOperation>;

/**
 * Registers the warranty of a piece for the person at the form. Proof of possession is the
 * warranty-card code, or, without it, a sale a retailer registered to the same buyer e-mail:
 * then this completes that registration by sending its confirmation link again.
 */
export async function activateWarranty(deps: ServerDeps, brandId: string, input: ActivationInput): Promise<ActivationResponse> {
  const { db, clock } = deps;
  const today = todayUtc(clock);
  const brand = await loadBrandPolicy(db, brandId);
  const item = await findRegistrableItem(db, brandId, input.serial);
  const retailer = await findRetailer(db, brandId, input.retailerId);
  checkPurchaseDate(input.purchaseDate, item.manufacturedOn, today);

  const covering = await findCoveringWarranty(db, item.id);
  if (covering) {
    // The same buyer may ask again for the link of a pending registration (lost or expired e-mail):
    // a retailer's registration needs no card code, the buyer's own one does.
    if (!isPendingFor(covering, input.owner.email)) throw alreadyActivated();
    if (covering.source === 'buyer') {
      if (input.cardCode === undefined) throw alreadyActivated();
      await checkCardCode(db, clock, item.id, input.cardCode, item.cardCodeHash);
    }
    await recordEmailConsents(db, covering.buyerId, input.consents, consentSource.buyer, clock.now());
    const token = await issueConfirmationToken(db, covering.id, clock.now());
    const sentTo = await sendConfirmationMail(deps, covering.id, token);
    return { warranty: await loadWarrantyView(db, brandId, covering.id, today), confirmationSentTo: maskEmail(sentTo) };
  }

  if (input.cardCode === undefined) throw cardCodeRequired();
  await checkCardCode(db, clock, item.id, input.cardCode, item.cardCodeHash);
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
  const sentTo = await sendConfirmationMail(deps, pending.warrantyId, pending.token, pending.ownerLanguage);
  return { warranty: await loadWarrantyView(db, brandId, pending.warrantyId, today), confirmationSentTo: maskEmail(sentTo) };
}

function invalidToken(): AtelierError {
  // Unknown and already used get the same answer, so a token's history cannot be probed.
  return new AtelierError('invalid_confirmation_token', 404, 'This confirmation link is not valid. It may have been used already.');
}

/** Consumes a confirmation token (once, even under concurrent requests) and activates its warranty. */
export async function confirmWarranty(deps: ServerDeps, brandId: string, token: string): Promise<ConfirmationResponse> {
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
  if (!found || found.consumed_at !== null || found.warranty_status === 'void') throw invalidToken();
  if (found.expires_at <= now.toISOString()) {
    throw new AtelierError('confirmation_token_expired', 410, 'This confirmation link has expired. Activate the warranty again to receive a new one.');
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
      .select(['warranties.item_id', 'warranties.source', 'warranties.coverage_end', 'owners.country as owner_country', 'retailers.id as retailer_id', 'retailers.country', 'retailers.city'])
      .where('warranties.id', '=', found.warranty_id)
      .where('warranties.status', '=', 'pending_confirmation')
      .executeTakeFirst();
    // A second link of an already confirmed warranty is simply used up; the warranty stays as it is.
    if (!pending) return;
    const activated = await tx
      .updateTable('warranties')
      .set({ status: 'active', confirmed_at: now.toISOString() })
      .where('id', '=', found.warranty_id)
      .where('status', '=', 'pending_confirmation')
      .executeTakeFirst();
    // A concurrent confirmation with another of its links won the race.
    if (activated.numUpdatedRows === 0n) return;
    const isTransfer = pending.source === 'transfer';
    if (isTransfer) {
      // The previous owner's warranty ends as the new owner's takes over the piece, in one transaction.
      await tx
        .updateTable('warranties')
        .set({ status: 'void', covering_item_id: null })
        .where('covering_item_id', '=', pending.item_id)
        .execute();
      await tx.updateTable('warranties').set({ covering_item_id: pending.item_id }).where('id', '=', found.warranty_id).execute();
    }
    await appendProvenanceEvent(
      tx,
      isTransfer
        ? {
            brandId,
            itemId: pending.item_id,
            type: 'ownership_transferred',
            occurredAt: now.toISOString(),
            // The new owner's country only: where a piece lives, never who holds it.
            place: { retailerId: null, country: pending.owner_country, city: null },
            details: {},
          }
        : {
            brandId,
            itemId: pending.item_id,
            type: 'warranty_activated',
            occurredAt: now.toISOString(),
            place: { retailerId: pending.retailer_id, country: pending.country, city: pending.city },
            details: { coverageEnd: pending.coverage_end },
          },
      now,
    );
  });
  return { warranty: await loadWarrantyView(db, brandId, found.warranty_id, today) };
}
