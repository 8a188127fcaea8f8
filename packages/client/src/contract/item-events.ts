/**
 * What brand staff and authorized retailers record about a piece: modifications, services, theft
 * and recovery, a change of owner, and who has been looking the piece up. Each recording appends
 * an event to the piece's public provenance.
 */
import * as z from 'zod/mini';
import { ItemParams } from './items.ts';
import { type OperationDocs, operation } from './operation.ts';
import { CountryCode, Id, IsoDate, IsoDateTime } from './primitives.ts';
import { ProvenanceRecord, provenanceDetailMaxLength } from './provenance.ts';
import { singleLine } from './text-characters.ts';
import { ConsentsInput, OwnerInput, Warranty } from './warranties.ts';

/**
 * What brand staff and authorized retailers record about a piece (secret key): modifications,
 * services, theft and recovery, a change of owner, and who has been looking the piece up.
 * Each recording appends an event to the piece's public provenance.
 */

/** Public free text of an event (what was modified, where a theft happened): short, trimmed, never empty. */
const PublicText = z.string().check(z.trim(), singleLine, z.minLength(1), z.maxLength(provenanceDetailMaxLength));

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
  serviceType: z.string().check(z.trim(), singleLine, z.minLength(1), z.maxLength(64)),
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

// A piece that is stolen or destroyed cannot be modified, serviced or change hands through the
// registry: those operations answer `item_unavailable`. Each error list is written out rather than
// spread from a shared one: a bundler keeps an operation whose arguments hold a spread (a possible
// side effect), and with it its schemas, in every widget chunk that imports this module.

export const recordModification = operation({
  id: 'recordModification',
  method: 'POST',
  path: '/v1/items/{serial}/modifications',
  // A retailer records its own modifications only (the body's retailerId must be its own).
  access: { keys: ['secret', 'retailer'], brandStaff: ['admin', 'serviceDesk'], retailerStaff: ['manager', 'associate'] },
  params: ItemParams,
  request: ModificationRequest,
  response: ProvenanceRecord,
  successStatus: 201,
  errors: ['unknown_serial', 'item_unavailable', 'unknown_retailer', 'date_in_future'],
});

export const recordService = operation({
  id: 'recordService',
  method: 'POST',
  path: '/v1/items/{serial}/services',
  // Services are done by the brand's service centres, not by retailers.
  access: { keys: ['secret'], brandStaff: ['admin', 'serviceDesk'] },
  params: ItemParams,
  request: ServiceRequest,
  response: ProvenanceRecord,
  successStatus: 201,
  errors: ['unknown_serial', 'item_unavailable', 'unknown_service_centre', 'service_not_offered', 'date_in_future'],
});

export const reportStolen = operation({
  id: 'reportStolen',
  method: 'POST',
  path: '/v1/items/{serial}/theft-reports',
  // Brand only: a theft report warns the public and blocks activations, so a false one harms an owner;
  // a retailer whose stock is stolen reports it to the brand's customer care.
  access: { keys: ['secret'], brandStaff: ['admin', 'concierge'] },
  params: ItemParams,
  request: TheftReportRequest,
  response: ProvenanceRecord,
  successStatus: 201,
  errors: ['unknown_serial', 'item_unavailable', 'already_reported_stolen'],
});

export const markRecovered = operation({
  id: 'markRecovered',
  method: 'POST',
  path: '/v1/items/{serial}/recoveries',
  // Brand only, as the theft report it lifts.
  access: { keys: ['secret'], brandStaff: ['admin', 'concierge'] },
  params: ItemParams,
  request: RecoveryRequest,
  response: ProvenanceRecord,
  successStatus: 201,
  errors: ['unknown_serial', 'not_reported_stolen'],
});

export const transferOwnership = operation({
  id: 'transferOwnership',
  method: 'POST',
  path: '/v1/items/{serial}/ownership-transfers',
  // Brand only: moving a piece to a new owner voids the current owner's warranty.
  access: { keys: ['secret'], brandStaff: ['admin', 'concierge'] },
  params: ItemParams,
  request: OwnershipTransferRequest,
  response: OwnershipTransferResponse,
  successStatus: 201,
  errors: ['unknown_serial', 'item_unavailable', 'no_registered_owner'],
});

export const listProvenanceLookups = operation({
  id: 'listProvenanceLookups',
  method: 'GET',
  path: '/v1/items/{serial}/lookups',
  // Brand only: the audit names the keys that looked a piece up, other retailers' among them.
  access: { keys: ['secret'], brandStaff: ['admin', 'analyst'] },
  params: ItemParams,
  response: ProvenanceLookupList,
  errors: ['unknown_serial'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const itemEventsDocs = {
  tag: 'items',
  summaries: {
    recordModification: 'An authorized retailer records a modification (strap, engraving, …); it appears in the public history.',
    recordService: 'Records a completed service at a service centre; it appears in the public history.',
    reportStolen: 'Reports a piece stolen: the public history warns anyone who looks it up, and activations are refused.',
    markRecovered: 'Marks a stolen or lost piece recovered: the warning is lifted; a theft report stays in the history and `recovered` is appended (a loss, never in the history, appends nothing).',
    transferOwnership: 'Transfers a registered piece to a new owner, who confirms by e-mail; the warranty follows the piece.',
    listProvenanceLookups: 'The audit of public lookups of a serial, newest first, refused (rate-limited) ones included.',
  },
} as const satisfies OperationDocs;
