/** Warranty activation by the buyer and its confirmation by e-mail. */
import * as z from 'zod/mini';
import { RetailerSummary } from './brand.ts';
import { operation, type OperationDocs, publicAccess } from './operation.ts';
import { CardCode, CountryCode, Email, Id, IsoDate, IsoDateTime, Locale, PersonName, Serial } from './primitives.ts';
import { singleLine } from './text-characters.ts';

export const warrantyStatuses = ['pending_confirmation', 'active', 'expired', 'void'] as const;
export const WarrantyStatus = z.enum(warrantyStatuses);
export type WarrantyStatus = z.infer<typeof WarrantyStatus>;

/** The person a piece is registered to, as they typed it. */
export const OwnerInput = z.strictObject({
  name: PersonName,
  email: Email,
  country: CountryCode,
  language: Locale,
});
export type OwnerInput = z.infer<typeof OwnerInput>;

/** When the piece is a gift, the confirmation goes to the recipient, who becomes the owner. */
export const GiftInput = z.strictObject({
  recipientName: PersonName,
  recipientEmail: Email,
  recipientLanguage: z.optional(Locale),
});
export type GiftInput = z.infer<typeof GiftInput>;

/** Service messages (due for service, repair updates) and marketing are consented separately. */
export const ConsentsInput = z.strictObject({
  service: z.boolean(),
  marketing: z.boolean(),
});
export type ConsentsInput = z.infer<typeof ConsentsInput>;

export const ActivationRequest = z.strictObject({
  serial: Serial,
  /** Proof of possession. May be omitted only when a retailer pre-registered the sale to this e-mail. */
  cardCode: z.optional(CardCode),
  purchaseDate: IsoDate,
  retailerId: z.optional(Id),
  owner: OwnerInput,
  gift: z.optional(GiftInput),
  consents: ConsentsInput,
});
export type ActivationRequest = z.input<typeof ActivationRequest>;

export const ModelSummary = z.object({
  reference: z.string(),
  name: z.string(),
  collection: z.string(),
});
export type ModelSummary = z.infer<typeof ModelSummary>;

/** A warranty as the person who activated or confirmed it may see it: no other owner's data. */
export const Warranty = z.object({
  id: Id,
  serial: z.string(),
  model: ModelSummary,
  status: WarrantyStatus,
  purchaseDate: IsoDate,
  coverageEnd: IsoDate,
  retailer: z.nullable(RetailerSummary),
  gift: z.boolean(),
  activatedAt: IsoDateTime,
  confirmedAt: z.nullable(IsoDateTime),
});
export type Warranty = z.infer<typeof Warranty>;

export const ActivationResponse = z.object({
  warranty: Warranty,
  /** Where the confirmation link was sent, masked (`j•••@example.com`). */
  confirmationSentTo: z.string(),
});
export type ActivationResponse = z.infer<typeof ActivationResponse>;

export const confirmationTokenMaxLength = 128;

/** The longest wording kept with consents answered on the confirmation page: the questions as the owner read them. */
export const confirmationConsentsWordingMaxLength = 2000;

/**
 * Consents answered on the confirmation page, when the link asked for them (nobody answered them
 * for this owner before: a transfer's new owner, a gift's recipient), with the words on the screen
 * joined on one line (the page's question and each answer's label).
 */
export const ConfirmationConsents = z.strictObject({
  ...ConsentsInput.shape,
  wording: z.string().check(z.trim(), singleLine, z.minLength(1), z.maxLength(confirmationConsentsWordingMaxLength)),
});
export type ConfirmationConsents = z.infer<typeof ConfirmationConsents>;

export const ConfirmationRequest = z.strictObject({
  token: z.string().check(z.trim(), singleLine, z.minLength(16), z.maxLength(confirmationTokenMaxLength)),
  /** The owner's answers on the confirmation page; they replace any consents waiting on the warranty. */
  consents: z.optional(ConfirmationConsents),
});
export type ConfirmationRequest = z.input<typeof ConfirmationRequest>;

export const ConfirmationResponse = z.object({
  warranty: Warranty,
});
export type ConfirmationResponse = z.infer<typeof ConfirmationResponse>;

export const activateWarranty = operation({
  id: 'activateWarranty',
  method: 'POST',
  path: '/v1/warranties/activations',
  access: publicAccess,
  request: ActivationRequest,
  response: ActivationResponse,
  successStatus: 201,
  errors: [
    'unknown_serial',
    'unknown_retailer',
    'invalid_card_code',
    'too_many_attempts',
    'already_activated',
    'item_unavailable',
    'purchase_date_in_future',
    'purchase_date_before_manufacture',
  ],
});

export const confirmWarranty = operation({
  id: 'confirmWarranty',
  method: 'POST',
  path: '/v1/warranties/confirmations',
  access: publicAccess,
  request: ConfirmationRequest,
  response: ConfirmationResponse,
  errors: ['invalid_confirmation_token', 'confirmation_token_expired', 'transfer_no_longer_possible', 'too_many_attempts'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const warrantiesDocs = {
  tag: 'warranties',
  summaries: {
    activateWarranty: 'A buyer activates the warranty of a piece; it stays pending until confirmed by e-mail.',
    confirmWarranty: 'Confirms a pending warranty with the single-use token from the e-mailed link. `consents`, when given, are the owner\'s answers on the confirmation page (the link carries `atelier-consents=ask` when nobody answered them for this owner yet, as for a gift\'s recipient or a transfer\'s new owner): they replace any consents waiting on the warranty and are recorded, with `wording`, once the confirmation takes effect. A transfer\'s link whose transfer ended because the piece was reported stolen or lost, or one of its two owners erased their account, answers 410 `transfer_no_longer_possible` (nothing changes).',
  },
} as const satisfies OperationDocs;
