/**
 * What brand staff and authorized retailers record about a piece (secret key): modifications,
 * services, theft and recovery, a change of owner, and who has been looking the piece up.
 * Each recording appends an event to the piece's public provenance.
 */
import * as z from 'zod/mini';
import { CountryCode, Id, IsoDate, IsoDateTime } from './primitives.ts';
import { provenanceDetailMaxLength } from './provenance.ts';
import { singleLine } from './text-characters.ts';
import { ConsentsInput, OwnerInput, Warranty } from './warranties.ts';

/** Public free text of an event (what was modified, where a theft happened): short, trimmed, never empty. */
const PublicText = /* @__PURE__ */ z.string().check(z.trim(), singleLine, z.minLength(1), z.maxLength(provenanceDetailMaxLength));

export const ModificationRequest = z.strictObject({
  /** What was changed, as the public history shows it: "strap replaced", "case back engraved". */
  what: PublicText,
  /** The authorized retailer who made the change. */
  retailerId: Id,
  /** Defaults to today; never in the future. */
  date: z.optional(IsoDate),
});
export type ModificationRequest = z.input<typeof ModificationRequest>;

export const ServiceRequest = z.strictObject({
  /** One of the services the centre offers (`full_service`, `polishing`, …). */
  serviceType: /* @__PURE__ */ z.string().check(z.trim(), singleLine, z.minLength(1), z.maxLength(64)),
  serviceCentreId: Id,
  /** Defaults to today; never in the future. */
  date: z.optional(IsoDate),
});
export type ServiceRequest = z.input<typeof ServiceRequest>;

export const TheftReportRequest = z.strictObject({
  /** Where the piece was stolen, as precise as the public history may show: a country and a city. */
  country: z.optional(CountryCode),
  city: z.optional(PublicText),
});
export type TheftReportRequest = z.input<typeof TheftReportRequest>;

export const RecoveryRequest = z.strictObject({
  country: z.optional(CountryCode),
  city: z.optional(PublicText),
});
export type RecoveryRequest = z.input<typeof RecoveryRequest>;

export const OwnershipTransferRequest = z.strictObject({
  /** The new owner: receives a confirmation e-mail; the transfer counts once they confirm. */
  newOwner: OwnerInput,
  consents: z.optional(ConsentsInput),
});
export type OwnershipTransferRequest = z.input<typeof OwnershipTransferRequest>;

export const OwnershipTransferResponse = z.object({
  /** The new owner's warranty, pending until they confirm. */
  warranty: Warranty,
  /** Where the confirmation link was sent, masked (`j•••@example.com`). */
  confirmationSentTo: z.string(),
});
export type OwnershipTransferResponse = z.infer<typeof OwnershipTransferResponse>;

export const lookupChannels = ['api', 'digital_link'] as const;
export const lookupOutcomes = ['answered', 'unknown_serial', 'rate_limited'] as const;

/** One public lookup of a serial, as staff read it: never the address itself, only its salted hash. */
export const ProvenanceLookup = z.object({
  at: IsoDateTime,
  /** `api`: `GET /v1/provenance/{serial}` with a key; `digital_link`: the QR-code resolver, no key. */
  channel: z.enum(lookupChannels),
  outcome: z.enum(lookupOutcomes),
  /** The API key's id; null on the resolver. */
  apiKeyId: z.nullable(Id),
  /** HMAC-SHA-256 of the client's address with the server's audit salt: tells repeat visitors apart, names nobody. */
  clientAddressHash: z.string(),
  /** Whether the piece was reported stolen when it was looked up: "a thief probing a stolen piece leaves a trace". */
  pieceWasStolen: z.boolean(),
});
export type ProvenanceLookup = z.infer<typeof ProvenanceLookup>;

export const ProvenanceLookupList = z.object({
  serial: z.string(),
  /** Newest first, at most `lookupAuditPageSize`. */
  lookups: z.array(ProvenanceLookup),
});
export type ProvenanceLookupList = z.infer<typeof ProvenanceLookupList>;

/** Most lookups one audit listing returns. */
export const lookupAuditPageSize = 500;
