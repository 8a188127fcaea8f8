/**
 * "Recognise, don't reveal": any authorized retailer of the brand looks a piece up by its serial
 * (typed, or read from the warranty card's QR code) and learns what it needs to welcome the
 * client — registered or not, covered until when, a client since which year, their tier, the
 * next care due, the retailer of record, stolen or not — and never who the client is, unless the
 * owner has shared their profile with that very retailer. Every lookup is audited.
 *
 *   const card = await client.call(recognisePiece, { params: { serial: 'MA-100001' } });
 *   if (card.client?.contact) greet(card.client.contact.name);
 */
import * as z from 'zod/mini';
import { RetailerSummary } from './brand.ts';
import { ItemParams, ItemStatus } from './items.ts';
import { operation, type OperationDocs } from './operation.ts';
import { IsoDate, IsoDateTime } from './primitives.ts';
import { WarrantyStatus } from './warranties.ts';

/**
 * The client's tier, from one definition on the server (features/clients/tier.ts), which the
 * brand's customer insight reuses: `vip`, `regular`, `new`, `at_risk` (no purchase or service for
 * a while), `lapsed` (none for long).
 */
export const clientTiers = ['vip', 'regular', 'new', 'at_risk', 'lapsed'] as const;
export const ClientTier = z.enum(clientTiers);
export type ClientTier = z.infer<typeof ClientTier>;

/** The owner's contact, present only when the owner shared their profile with the retailer looking. */
export const SharedContact = z.object({
  name: z.string(),
  email: z.string(),
  country: z.string(),
  language: z.string(),
  postalAddress: z.nullable(z.string()),
  /** When the owner shared it with this retailer. */
  sharedAt: IsoDateTime,
});
export type SharedContact = z.infer<typeof SharedContact>;

export const RecognisedClient = z.object({
  /** The year of the client's first confirmed purchase or registration with the brand. */
  clientSince: z.number(),
  tier: ClientTier,
  /** Null unless the owner shared their profile with the retailer looking (never for the brand's own principals). */
  contact: z.nullable(SharedContact),
});
export type RecognisedClient = z.infer<typeof RecognisedClient>;

export const PieceRecognition = z.object({
  serial: z.string(),
  model: z.object({ reference: z.string(), name: z.string(), collection: z.string() }),
  status: ItemStatus,
  /** Reported stolen or lost: take the piece in, say nothing, and call the brand. */
  reportedMissing: z.boolean(),
  /** A confirmed owner holds it (a warranty active or past its coverage); a sale awaiting the buyer's confirmation is not yet registered. */
  registered: z.boolean(),
  /** The current warranty (the covering one, else the latest not voided); null when the piece was never sold. */
  warranty: z.nullable(z.object({ status: WarrantyStatus, validUntil: IsoDate })),
  /** The registered owner, recognised without being named; null when the piece is not registered. */
  client: z.nullable(RecognisedClient),
  /**
   * The next care due: the brand's service interval after the last service, or after the first
   * purchase when never serviced; null when the piece was never sold.
   */
  nextCareDue: z.nullable(z.object({ date: IsoDate, after: z.enum(['last_service', 'purchase']), overdue: z.boolean() })),
  /** The retailer that sold the piece (the current warranty's); null when none is known. */
  retailerOfRecord: z.nullable(RetailerSummary),
});
export type PieceRecognition = z.infer<typeof PieceRecognition>;

export const recognisePiece = operation({
  id: 'recognisePiece',
  method: 'GET',
  path: '/v1/recognition/{serial}',
  // Any authorized retailer recognises any piece of the brand (international warranty); brand staff at a counter too.
  access: { keys: ['secret', 'retailer'], brandStaff: ['admin', 'serviceDesk', 'concierge'], retailerStaff: ['manager', 'associate'] },
  params: ItemParams,
  response: PieceRecognition,
  errors: ['unknown_serial'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const recognitionDocs = {
  tag: 'recognition',
  summaries: {
    recognisePiece:
      "Recognise a piece and its client: registered or not, warranty valid until, client since (year), tier, next care due, retailer of record, stolen or lost — never the owner's name or contact unless the owner shared their profile with this retailer. Every lookup is audited, unknown serials included.",
  },
} as const satisfies OperationDocs;
