/**
 * A client as the brand sees them (issue 17, "the client and their timeline"): who they are and
 * what they said yes to, their figures and tier, every piece they are named on with what they are
 * to it, the days worth remembering, and one timeline of everything the registry holds about them.
 * For the brand's staff who look after clients (admins, the concierge) and the brand's servers;
 * every read is audited. A client's id is the `id` a segment's members carry.
 *
 *   const profile = await client.call(getClient, { params: { clientId } });
 *   const { entries } = await client.call(getClientTimeline, { params: { clientId } });
 *
 * What counts is what the client summaries and the segments count (features/clients on the
 * server): a registration names a person once its owner confirmed it, and a sale voided as a
 * mistake never happened; a registration waiting for its confirmation names nobody yet.
 *
 * **The piece is the unit; the buyer, the owner and the gift giver are distinct roles per piece**
 * (`roles`): `buyer` bought it for themselves; `gift_giver` bought it for someone else;
 * `gift_recipient` received it as a gift; `transferee` received it by an ownership transfer;
 * `owner` holds it now (their confirmed registration is the piece's current one); `former_owner`
 * held it and no longer does (sold on, given away, transferred). A giver who bought five pieces
 * and owns none is a client with five pieces, each `gift_giver`.
 *
 * **The timeline**, oldest first (entries at the same instant in the order of `kind` below):
 * - `purchase`: a piece bought, given or received, on its purchase day (midnight UTC: the registry
 *   keeps the day), or for a transfer when it was registered; with the other person of a gift;
 * - `service`: a service of a piece while they held it (a repair returned, a service recorded);
 * - `repair`: a repair booked for a piece while they held it, as it stands now;
 * - `rating`: their rating of such a repair;
 * - `piece_event`: a modification, a theft report or a recovery of a piece while they held it;
 * - `consent`: each choice they made, with its source (a withdrawal too);
 * - `note`: a note of the brand (client-notes.ts) about them, about a piece while they held it, or
 *   about a repair of the timeline, at the time it was written; every visibility (the timeline is
 *   the brand's).
 * A piece is held from the day they got it until the day the next registration of it was made.
 */
import * as z from 'zod/mini';
import { RetailerSummary } from './brand.ts';
import { CurrencyBasis } from './exchange-rates.ts';
import { operation, type OperationDocs } from './operation.ts';
import { ClientId, Id, IsoDate, IsoDateTime } from './primitives.ts';
import { ClientTier } from './recognition.ts';
import { RepairStatus } from './repairs.ts';
import { ClientNote } from './client-notes.ts';
import { ConsentChannel, ConsentPurpose, CustomerType } from './segments.ts';
import { WarrantyStatus } from './warranties.ts';


export const ClientParams = z.strictObject({ clientId: ClientId });
export type ClientParams = z.input<typeof ClientParams>;

export const clientPieceRoles = ['owner', 'former_owner', 'buyer', 'gift_giver', 'gift_recipient', 'transferee'] as const;
export const ClientPieceRole = z.enum(clientPieceRoles);
export type ClientPieceRole = z.infer<typeof ClientPieceRole>;

/** A piece as the profile and the timeline name it. */
export const ClientPieceRef = z.object({
  serial: z.string(),
  model: z.object({ reference: z.string(), name: z.string() }),
});
export type ClientPieceRef = z.infer<typeof ClientPieceRef>;

export const ClientPiece = z.object({
  serial: z.string(),
  model: z.object({ reference: z.string(), name: z.string() }),
  /** What the client is to this piece (see the module's comment), in the order of `clientPieceRoles`. */
  roles: z.array(ClientPieceRole),
  /** The purchase day of the latest registration naming them. */
  purchaseDate: IsoDate,
  /** The day they got it as its owner (a transfer: the day it was registered); null if they never owned it. */
  acquiredOn: z.nullable(IsoDate),
  /** The retailer that sold it, when one did. */
  retailer: z.nullable(RetailerSummary),
  /** Their warranty while they own the piece; null otherwise. */
  warranty: z.nullable(z.object({ status: WarrantyStatus, coverageEnd: IsoDate })),
});
export type ClientPiece = z.infer<typeof ClientPiece>;

/** The client's figures, as the segments count them (the client summaries); null for a person with no purchase. */
export const ClientFigures = z.object({
  purchases: z.number(),
  piecesOwned: z.number(),
  services: z.number(),
  firstPurchaseOn: IsoDate,
  lastPurchaseOn: IsoDate,
  lastServiceOn: z.nullable(IsoDate),
  lastPurchaseOrServiceOn: IsoDate,
});
export type ClientFigures = z.infer<typeof ClientFigures>;

/** A current choice on one channel and purpose: the latest recorded; never asked reads `granted: false`, `recordedAt: null`. */
export const ClientConsent = z.object({
  channel: ConsentChannel,
  purpose: ConsentPurpose,
  granted: z.boolean(),
  recordedAt: z.nullable(IsoDateTime),
  /** Where it was given (`activation`, `confirmation`…); null when never asked. */
  source: z.nullable(z.string()),
});
export type ClientConsent = z.infer<typeof ClientConsent>;

/**
 * A day worth remembering. `purchase_anniversary`: a piece they own turns `years` years older
 * (from the day they got it) on `next`, today or later (29 February is 28 February in other years).
 */
export const ClientSpecialDate = z.object({
  kind: z.enum(['purchase_anniversary']),
  serial: z.string(),
  since: IsoDate,
  next: IsoDate,
  years: z.number(),
});
export type ClientSpecialDate = z.infer<typeof ClientSpecialDate>;

/**
 * What the client is worth to the brand, as their summary and the segments' `value` count it, in
 * the brand's reporting currency: `purchase`, the pieces they paid for (a gift counts for its
 * giver); `afterSales`, the repairs charged while they held the piece. Each amount is converted
 * with the brand's rate for its currency and month; `basis` names the rates missing, whose amounts
 * are left out of both (never converted at a guess).
 */
export const ClientValue = z.object({
  purchase: z.object({ currency: z.string(), amountMinorUnits: z.number() }),
  afterSales: z.object({ currency: z.string(), amountMinorUnits: z.number() }),
  basis: CurrencyBasis,
});
export type ClientValue = z.infer<typeof ClientValue>;

export const Client = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  postalAddress: z.nullable(z.string()),
  country: z.string(),
  language: z.string(),
  customerType: CustomerType,
  /** When the registry first knew them. */
  createdAt: IsoDateTime,
  /** Their current choice per channel and purpose, every one of them listed. */
  consents: z.array(ClientConsent),
  figures: z.nullable(ClientFigures),
  /** The tier of the recognition card and the built-in segments, on `asOf`; null for a person with no purchase. */
  tier: z.nullable(ClientTier),
  /** Their value in the reporting currency; null for a person with no purchase. */
  value: z.nullable(ClientValue),
  /** Every piece a registration names them on, by purchase day, then serial. */
  pieces: z.array(ClientPiece),
  /** Soonest first. */
  specialDates: z.array(ClientSpecialDate),
  /** The day (UTC) the tier and the special dates were worked out on. */
  asOf: IsoDate,
});
export type Client = z.infer<typeof Client>;

export const clientTimelineKinds = ['purchase', 'service', 'repair', 'rating', 'piece_event', 'consent', 'note'] as const;

/** How a purchase entry names the client: the roles of a registration (`owner` and `former_owner` are the profile's). */
export const ClientPurchaseRole = z.enum(['buyer', 'gift_giver', 'gift_recipient', 'transferee']);
export type ClientPurchaseRole = z.infer<typeof ClientPurchaseRole>;

/**
 * One moment of the client's story; the field named by `kind` says what happened (`piece_event`:
 * `pieceEvent`). One object rather than a union on `kind`, as a piece's timeline in the owner
 * space: a timeline from a newer server with a kind this client does not know still reads (that
 * entry's kind as unknown) instead of failing whole.
 */
export const ClientTimelineEntry = z.object({
  kind: z.enum(clientTimelineKinds),
  at: IsoDateTime,
  /** The piece, for every kind but `consent`. */
  piece: z.optional(ClientPieceRef),
  /** `kind: 'purchase'`: a piece bought, given or received. */
  purchase: z.optional(
    z.object({
      role: ClientPurchaseRole,
      purchaseDate: IsoDate,
      retailer: z.nullable(RetailerSummary),
      /** The other person of a gift: the recipient for the giver, the giver for the recipient; null otherwise. */
      counterpart: z.nullable(z.object({ id: Id, name: z.string() })),
    }),
  ),
  /** `kind: 'service'`: a service of the piece (a repair returned, a service recorded), where it was done. */
  service: z.optional(z.object({ serviceType: z.nullable(z.string()), country: z.nullable(z.string()), city: z.nullable(z.string()) })),
  /** `kind: 'repair'`: a repair booked for the piece, as it stands now. */
  repair: z.optional(z.object({ trackingCode: z.string(), serviceType: z.string(), status: RepairStatus, promisedDate: z.nullable(IsoDate) })),
  /** `kind: 'rating'`: the client's rating of a repair, 1 to 5. */
  rating: z.optional(z.object({ trackingCode: z.string(), score: z.number(), comment: z.nullable(z.string()) })),
  /** `kind: 'piece_event'`: a modification (its public words in `detail`), a theft report or a recovery. */
  pieceEvent: z.optional(
    z.object({ type: z.enum(['modified', 'reported_stolen', 'recovered']), detail: z.nullable(z.string()), country: z.nullable(z.string()), city: z.nullable(z.string()) }),
  ),
  /** `kind: 'consent'`: a choice they made, and where. */
  consent: z.optional(z.object({ channel: ConsentChannel, purpose: ConsentPurpose, granted: z.boolean(), source: z.string() })),
  /** `kind: 'note'`: a note of the brand, as the notes list it. */
  note: z.optional(ClientNote),
});
export type ClientTimelineEntry = z.infer<typeof ClientTimelineEntry>;

export const ClientTimeline = z.object({
  /** Oldest first. */
  entries: z.array(ClientTimelineEntry),
});
export type ClientTimeline = z.infer<typeof ClientTimeline>;

/** A client's profile names them and their pieces: the staff who look after clients, and the brand's servers. */
const clientReaders = { keys: ['secret'], brandStaff: ['admin', 'concierge'] } as const;

export const getClient = operation({
  id: 'getClient',
  method: 'GET',
  path: '/v1/clients/{clientId}',
  access: clientReaders,
  params: ClientParams,
  response: Client,
  errors: ['unknown_client'],
});

export const getClientTimeline = operation({
  id: 'getClientTimeline',
  method: 'GET',
  path: '/v1/clients/{clientId}/timeline',
  access: clientReaders,
  params: ClientParams,
  response: ClientTimeline,
  errors: ['unknown_client'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const clientsDocs = {
  tag: 'clients',
  summaries: {
    getClient:
      "A client of the brand: contact, country, language, type, current consents, figures and tier, every piece they are named on with their roles (owner, former owner, buyer, gift giver, gift recipient, transferee), and their pieces' purchase anniversaries. Audited.",
    getClientTimeline:
      "Everything the registry holds about a client, oldest first: pieces bought, given or received, services, repairs and ratings of the pieces they held, modifications and theft reports, consent choices, the brand's notes. Audited.",
  },
} as const satisfies OperationDocs;
