/**
 * A retailer registers the sale of a piece (secret key): the warranty is pre-activated for the
 * buyer (or the gift's recipient) and waits for their confirmation by e-mail. No card code is
 * asked: the retailer holds the piece. Provenance: `sold` now, `warranty_activated` on confirmation.
 */
import type { ParsedRequestOf, SaleResponse, registerSale as registerSaleOperation } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { resendConfirmation, sendConfirmation } from '../warranties/confirmation-mail.ts';
import { alreadyActivated, checkPurchase, isPendingFor, recordPendingWarranty } from '../warranties/registration.ts';

export type SaleInput = ParsedRequestOf<typeof registerSaleOperation>;

export async function registerSale(deps: ServerDeps, brandId: string, input: SaleInput): Promise<SaleResponse> {
  const { brand, item, retailer, covering } = await checkPurchase(deps.db, brandId, input, deps.clock);
  // A buyer's activation whose links all expired no longer covers the piece: recording the sale voids it.
  if (covering && !covering.lapsed) {
    // Registering the same pending sale again (the buyer lost the e-mail) sends a new link.
    if (covering.source !== 'retailer' || !isPendingFor(covering, input.buyer.email)) throw alreadyActivated();
    return resendConfirmation(deps, brandId, covering.id);
  }

  const pending = await recordPendingWarranty(deps.db, {
    brand,
    item,
    retailer,
    purchaseDate: input.purchaseDate,
    buyer: input.buyer,
    gift: input.gift,
    consents: input.consents,
    price: input.price,
    source: 'retailer',
    now: deps.clock.now(),
  });
  return sendConfirmation(deps, brandId, pending.warrantyId, pending.token, pending.ownerLanguage);
}
