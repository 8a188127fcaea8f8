/**
 * The price of a sale given after its registration: a till (the Shopify app, for pieces it recorded
 * before it kept prices) that registered a sale without what the buyer paid sends it afterwards, and
 * the sale then counts in its buyer's and owner's value as if it had come with it. Recording the same
 * price again changes nothing (a retry is safe); a sale that has a price keeps it (409
 * `price_already_recorded`): a price is corrected by the brand, not overwritten by a till.
 */
import type { Money, SaleSummary } from '@atelier/client/contract';
import { AtelierError } from '../../errors.ts';
import { refreshClientSummariesOfPiece } from '../clients/client-summary.ts';
import { saleRows, saleSummary, unknownSale, voidWindowHours, type SaleDeps } from './sale-voids.ts';

export interface SalePriceInput {
  saleId: string;
  price: Money;
  /** A retailer's caller prices its own sales only: another's answers `unknown_sale`, as if none. */
  retailerScope: string | undefined;
}

export async function recordSalePrice(deps: SaleDeps, brandId: string, input: SalePriceInput): Promise<SaleSummary> {
  const { db, clock } = deps;
  const windowHours = await voidWindowHours(db, brandId);
  return db.transaction().execute(async (tx) => {
    const find = () => {
      let query = saleRows(tx, brandId).where('w.id', '=', input.saleId);
      if (input.retailerScope !== undefined) query = query.where('w.retailer_id', '=', input.retailerScope);
      return query.executeTakeFirst();
    };
    const sale = await find();
    if (!sale) throw unknownSale();
    const recorded = await tx
      .updateTable('warranties')
      .set({ price_currency: input.price.currency, price_minor_units: input.price.amountMinorUnits })
      .where('id', '=', sale.id)
      .where('price_minor_units', 'is', null)
      .executeTakeFirst();
    if (recorded.numUpdatedRows === 0n) {
      // It has a price (read now: another request may have given it since `find`).
      const current = (await find())!;
      if (current.price_currency !== input.price.currency || Number(current.price_minor_units) !== input.price.amountMinorUnits) {
        throw new AtelierError('price_already_recorded', 'This sale already has a price, which a till does not change; ask the brand to correct it.');
      }
      return saleSummary(current, windowHours, clock.now());
    }
    const item = await tx.selectFrom('items').select('id').where('serial', '=', sale.serial).where('brand_id', '=', brandId).executeTakeFirstOrThrow();
    // The price now counts in the buyer's and the owner's value (CLV, RFM), as a price given with the sale does.
    await refreshClientSummariesOfPiece(tx, brandId, item.id);
    return saleSummary({ ...sale, price_currency: input.price.currency, price_minor_units: input.price.amountMinorUnits }, windowHours, clock.now());
  });
}
