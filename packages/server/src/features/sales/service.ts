/**
 * A retailer registers the sale of a piece (secret key): the warranty is pre-activated for the
 * buyer (or the gift's recipient) and waits for their confirmation by e-mail. No card code is
 * asked: the retailer holds the piece. Provenance: `sold` now, `warranty_activated` on confirmation.
 */
import type { ParsedRequestOf, SaleResponse, registerSale as registerSaleOperation } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { maskEmail } from '../owners/owners.ts';
import { todayUtc } from '../shared/calendar.ts';
import { sendConfirmationMail } from '../warranties/confirmation-mail.ts';
import { issueConfirmationToken } from '../warranties/confirmation-token.ts';
import {
  alreadyActivated,
  checkPurchaseDate,
  findCoveringWarranty,
  findRegistrableItem,
  findRetailer,
  isPendingFor,
  loadBrandPolicy,
  recordPendingWarranty,
} from '../warranties/registration.ts';
import { loadWarrantyView } from '../warranties/warranty-view.ts';

export type SaleInput = ParsedRequestOf<typeof registerSaleOperation>;

export async function registerSale(deps: ServerDeps, brandId: string, input: SaleInput): Promise<SaleResponse> {
  const { db, clock } = deps;
  const today = todayUtc(clock);
  const brand = await loadBrandPolicy(db, brandId);
  const item = await findRegistrableItem(db, brandId, input.serial);
  const retailer = await findRetailer(db, brandId, input.retailerId);
  checkPurchaseDate(input.purchaseDate, item.manufacturedOn, today);

  const covering = await findCoveringWarranty(db, item.id);
  if (covering) {
    // Registering the same pending sale again (the buyer lost the e-mail) sends a new link.
    if (covering.source !== 'retailer' || !isPendingFor(covering, input.buyer.email)) throw alreadyActivated();
    const token = await issueConfirmationToken(db, covering.id, clock.now());
    const sentTo = await sendConfirmationMail(deps, covering.id, token);
    return { warranty: await loadWarrantyView(db, brandId, covering.id, today), confirmationSentTo: maskEmail(sentTo) };
  }

  const pending = await recordPendingWarranty(db, {
    brand,
    item,
    retailer,
    purchaseDate: input.purchaseDate,
    buyer: input.buyer,
    gift: input.gift,
    consents: input.consents,
    source: 'retailer',
    now: clock.now(),
  });
  const sentTo = await sendConfirmationMail(deps, pending.warrantyId, pending.token, pending.ownerLanguage);
  return { warranty: await loadWarrantyView(db, brandId, pending.warrantyId, today), confirmationSentTo: maskEmail(sentTo) };
}
