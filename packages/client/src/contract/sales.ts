/** A retailer registers the sale of a piece: the warranty is pre-activated and the buyer confirms by e-mail. */
import * as z from 'zod/mini';
import { ConsentsInput, GiftInput, OwnerInput, Warranty } from './warranties.ts';
import { Id, IsoDate, Serial } from './primitives.ts';

export const SaleRegistration = z.strictObject({
  serial: Serial,
  retailerId: Id,
  purchaseDate: IsoDate,
  buyer: OwnerInput,
  gift: z.optional(GiftInput),
  /** As the buyer gave them in store; absent means neither was given. */
  consents: z.optional(ConsentsInput),
});
export type SaleRegistration = z.input<typeof SaleRegistration>;

export const SaleResponse = z.object({
  warranty: Warranty,
  confirmationSentTo: z.string(),
});
export type SaleResponse = z.infer<typeof SaleResponse>;
