/**
 * Sales by authorized retailers. A retailer registers the sale of a piece (`registerSale`): the
 * warranty is pre-activated and the buyer confirms by e-mail. Then its recent sales with
 * where each stands, and the void of a sale registered by mistake, within the brand's window
 * (`voidWindowHours`, 72 by default). A void never deletes: the warranty becomes `void`, the
 * buyer's link stops working, the piece goes back to the retailer's stock and its public history
 * records `sale_voided`.
 *
 *   const { sales } = await client.call(listSales, {});
 *   await client.call(voidSale, { params: { saleId: sales[0].id }, body: { reason: 'Wrong piece scanned' } });
 */
import * as z from 'zod/mini';
import { type OperationDocs, operation } from './operation.ts';
import { Id, IsoDate, IsoDateTime, Money, Serial } from './primitives.ts';
import { singleLine } from './text-characters.ts';
import { ConsentsInput, GiftInput, OwnerInput, Warranty } from './warranties.ts';

export const SaleRegistration = z.strictObject({
  serial: Serial,
  retailerId: Id,
  purchaseDate: IsoDate,
  buyer: OwnerInput,
  gift: z.optional(GiftInput),
  /** As the buyer gave them in store; absent means neither was given. */
  consents: z.optional(ConsentsInput),
  /**
   * What the buyer paid, in the sale's currency (minor units: cents, yen). Optional: absent, the
   * sale counts in the client's purchases but adds nothing to their value.
   */
  price: z.optional(Money),
});
export type SaleRegistration = z.input<typeof SaleRegistration>;

export const SaleResponse = z.object({
  warranty: Warranty,
  confirmationSentTo: z.string(),
});
export type SaleResponse = z.infer<typeof SaleResponse>;

/** Longest reason a void keeps (in the warranty's record and the audit log, never public). */
export const saleVoidReasonMaxLength = 500;
/** Sales in one page of the listing. */
export const salesPageSize = 50;

export const SaleParams = z.strictObject({ saleId: Id });
export type SaleParams = z.input<typeof SaleParams>;

export const SaleVoidRequest = z.strictObject({
  /** Why the sale is voided ("wrong piece scanned"): for the brand, never shown in public. */
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(saleVoidReasonMaxLength), singleLine),
});
export type SaleVoidRequest = z.input<typeof SaleVoidRequest>;

export const SalePriceRequest = z.strictObject({
  /** What the buyer paid, in the sale's currency (minor units), as `registerSale` takes it. */
  price: Money,
});
export type SalePriceRequest = z.input<typeof SalePriceRequest>;

export const saleStatuses = ['awaiting_confirmation', 'confirmed', 'voided'] as const;

/** A sale as the retailer that registered it sees it: no more than it typed itself, the address masked. */
export const SaleSummary = z.object({
  /** The sale's warranty (`wty_…`). */
  id: Id,
  serial: z.string(),
  model: z.object({ reference: z.string(), name: z.string() }),
  retailerId: Id,
  purchaseDate: IsoDate,
  registeredAt: IsoDateTime,
  status: z.enum(saleStatuses),
  gift: z.boolean(),
  /** Where the confirmation went (the buyer, or a gift's recipient), masked: `m•••@example.org`. */
  confirmationSentTo: z.string(),
  /** Until when it may be voided; null once it may not (voided, past the window, or the piece changed hands). */
  voidableUntil: z.nullable(IsoDateTime),
  voidedAt: z.nullable(IsoDateTime),
  /** The price registered with the sale; null when none was given. */
  price: z.nullable(z.object({ currency: z.string(), amountMinorUnits: z.number() })),
});
export type SaleSummary = z.infer<typeof SaleSummary>;

export const SalesQuery = z.strictObject({
  /** The brand: one retailer's sales (a retailer's caller always sees its own only). */
  retailerId: z.optional(Id),
  /** Where the previous page ended (its `nextCursor`). */
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(128), singleLine)),
});

export const SalePage = z.object({
  /** Newest registration first. */
  sales: z.array(SaleSummary),
  nextCursor: z.nullable(z.string()),
  /** The brand's window, in hours after registration, within which a sale may be voided. */
  voidWindowHours: z.number(),
});
export type SalePage = z.infer<typeof SalePage>;

export const listSales = operation({
  id: 'listSales',
  method: 'GET',
  path: '/v1/sales',
  access: { keys: ['secret', 'retailer'], brandStaff: ['admin'], retailerStaff: ['manager', 'associate'] },
  query: SalesQuery,
  response: SalePage,
  errors: ['unknown_retailer'],
});

export const voidSale = operation({
  id: 'voidSale',
  method: 'POST',
  path: '/v1/sales/{saleId}/voids',
  // The retailer whose sale it is (another retailer's sale answers 404), or the brand.
  access: { keys: ['secret', 'retailer'], brandStaff: ['admin'], retailerStaff: ['manager', 'associate'] },
  params: SaleParams,
  request: SaleVoidRequest,
  response: SaleSummary,
  errors: ['unknown_sale', 'void_window_closed', 'sale_not_voidable'],
});

export const recordSalePrice = operation({
  id: 'recordSalePrice',
  method: 'PUT',
  path: '/v1/sales/{saleId}/price',
  // A till that registered the sale before it sent prices gives the price afterwards: its own sales
  // only (another retailer's answers 404), or the brand's. Once recorded a price is not changed here.
  access: { keys: ['secret', 'retailer'], brandStaff: ['admin'], retailerStaff: ['manager', 'associate'] },
  params: SaleParams,
  request: SalePriceRequest,
  response: SaleSummary,
  errors: ['unknown_sale', 'price_already_recorded'],
});

export const registerSale = operation({
  id: 'registerSale',
  method: 'POST',
  path: '/v1/sales',
  // A retailer registers its own sales (a body naming another retailer is refused); brand admins correct records.
  access: { keys: ['secret', 'retailer'], brandStaff: ['admin'], retailerStaff: ['manager', 'associate'] },
  request: SaleRegistration,
  response: SaleResponse,
  successStatus: 201,
  errors: [
    'unknown_serial',
    'unknown_retailer',
    'already_activated',
    'item_unavailable',
    'purchase_date_in_future',
    'purchase_date_before_manufacture',
  ],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const salesDocs = {
  tag: 'sales',
  summaries: {
    listSales: "Sales registered by retailers, newest first: a retailer's own only; the brand's, or one retailer's.",
    voidSale:
      "Voids a sale registered by mistake, within the brand's window: the warranty becomes void, the buyer's link stops working, the piece goes back to stock.",
    recordSalePrice:
      "Records what the buyer paid for a sale registered without its price (a till that did not send prices yet): it then counts in the client's value. The same price again changes nothing; another is refused.",
    registerSale: 'A retailer registers the sale of a piece: the warranty is pre-activated and the buyer is asked to confirm.',
  },
} as const satisfies OperationDocs;
