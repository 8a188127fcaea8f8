/**
 * The public provenance record of a piece: what anyone holding its serial may read before buying
 * it second-hand. Places, retailers and months, never a person's name, e-mail or address.
 * The events form a hash chain whose head the brand signs (see `provenance-chain.ts`).
 */
import * as z from 'zod/mini';
import { ItemModel, ItemParams, ItemStatus } from './items.ts';
import { type OperationDocs, operation, publicAccess } from './operation.ts';
import { CountryCode, IsoDate } from './primitives.ts';
import { KeyId } from './signing-key.ts';

/** Longest free text a public event detail may hold, in characters. */
export const provenanceDetailMaxLength = 200;
/** Ed25519 signatures are 64 bytes: 86 characters of unpadded base64url. */
const ed25519SignatureBase64UrlLength = 86;

/** A calendar month, `YYYY-MM`: precise enough for a history, vague enough for privacy. */
export const YearMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

/**
 * A day (`YYYY-MM-DD`) or only a month (`YYYY-MM`). One pattern rather than a union of the two
 * schemas: the union would add zod's union machinery to every widget's shared runtime.
 */
export const DayOrMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/));

/** SHA-256 as 64 lower-case hexadecimal digits. */
export const Sha256Hex = z.string().check(z.regex(/^[0-9a-f]{64}$/));

export const provenanceEventTypes = [
  'manufactured',
  'sold',
  'warranty_activated',
  'ownership_transferred',
  'serviced',
  'modified',
  'reported_stolen',
  'recovered',
  /** A retailer's sale registered by mistake, voided: the `sold` before it no longer stands. */
  'sale_voided',
] as const;
export const ProvenanceEventType = z.enum(provenanceEventTypes);
export type ProvenanceEventType = z.infer<typeof ProvenanceEventType>;

/** One public detail: a short text, never a person's data. */
const PublicDetailText = z.optional(z.string().check(z.maxLength(provenanceDetailMaxLength)));

/**
 * Event-specific facts, public and non-personal. Known keys are typed; others are kept as they are
 * (not stripped), because the event's hash covers every key the server wrote.
 */
export const ProvenanceEventDetails = z.looseObject({
  serviceType: PublicDetailText,
  what: PublicDetailText,
  retailerName: PublicDetailText,
  source: PublicDetailText,
  coverageEnd: PublicDetailText,
});
export type ProvenanceEventDetails = z.infer<typeof ProvenanceEventDetails>;

export const ProvenanceEvent = z.object({
  /** 1 for the first event of the piece, then each next integer: a gap is a missing event. */
  sequence: z.number().check(z.int(), z.gte(1)),
  type: ProvenanceEventType,
  /** A day, or only a month where the day would say too much about a person. */
  occurredOn: DayOrMonth,
  country: z.optional(CountryCode),
  city: z.optional(z.string()),
  details: ProvenanceEventDetails,
  /** SHA-256 of the event's canonical public form, which includes `previousHash`. */
  hash: Sha256Hex,
  /** The hash of the event before; null for the first event. */
  previousHash: z.nullable(Sha256Hex),
});
export type ProvenanceEvent = z.infer<typeof ProvenanceEvent>;

export const ProvenanceChainHead = z.object({
  /** The hash of the last event. */
  hash: Sha256Hex,
  /** Ed25519 signature of the 32 bytes of `hash`, base64url without padding. */
  signature: z.string().check(z.length(ed25519SignatureBase64UrlLength), z.regex(/^[A-Za-z0-9_-]+$/)),
  /** The `kid` of the brand's signing key that made the signature. */
  keyId: KeyId,
});
export type ProvenanceChainHead = z.infer<typeof ProvenanceChainHead>;

/**
 * The model fields of ItemModel that a public record shows. Spelled out rather than `z.pick`:
 * pick brings zod's object-reshaping utilities into the widgets' shared runtime, about 0.3 KiB
 * gzip on every page, for this one schema.
 */
export const ProvenanceModel = z.pick(ItemModel, { reference: true, name: true, collection: true });
export type ProvenanceModel = z.infer<typeof ProvenanceModel>;

export const FirstSale = z.object({
  retailerName: z.string(),
  city: z.string(),
  country: CountryCode,
  month: YearMonth,
});
export type FirstSale = z.infer<typeof FirstSale>;

export const ServiceRecord = z.object({
  date: IsoDate,
  serviceType: z.string(),
  centreCity: z.string(),
});
export type ServiceRecord = z.infer<typeof ServiceRecord>;

export const ModificationRecord = z.object({
  date: IsoDate,
  /** What was changed, e.g. "strap replaced", "case back engraved". */
  what: z.string(),
  retailerName: z.string(),
});
export type ModificationRecord = z.infer<typeof ModificationRecord>;

/** What a person looking at a stolen piece should do; widgets translate the code. */
export const stolenGuidanceCodes = ['contact_brand', 'contact_police_and_brand'] as const;
export const StolenGuidance = z.enum(stolenGuidanceCodes);
export type StolenGuidance = z.infer<typeof StolenGuidance>;

export const StolenReport = z.object({
  reportedOn: IsoDate,
  whatToDo: StolenGuidance,
});
export type StolenReport = z.infer<typeof StolenReport>;

export const ProvenanceRecord = z.object({
  serial: z.string(),
  /** For the piece's GS1 Digital Link (share link, QR code); null when the piece has no GTIN. */
  gtin: z.nullable(z.string()),
  model: ProvenanceModel,
  manufactureYear: z.number().check(z.int()),
  status: ItemStatus,
  /** Null while the piece has not been sold. */
  firstSale: z.nullable(FirstSale),
  ownerCount: z.number().check(z.int(), z.gte(0)),
  /** Month the current owner registered the piece; null when no owner is registered. */
  currentOwnerRegisteredSince: z.nullable(YearMonth),
  services: z.array(ServiceRecord),
  modifications: z.array(ModificationRecord),
  /** Null unless the piece is reported stolen and not recovered. */
  stolen: z.nullable(StolenReport),
  /** Every event, oldest first. */
  events: z.array(ProvenanceEvent),
  chainHead: ProvenanceChainHead,
});
export type ProvenanceRecord = z.infer<typeof ProvenanceRecord>;

export const getProvenance = operation({
  id: 'getProvenance',
  method: 'GET',
  path: '/v1/provenance/{serial}',
  access: publicAccess,
  params: ItemParams,
  response: ProvenanceRecord,
  errors: ['unknown_serial'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const provenanceDocs = {
  tag: 'provenance',
  summaries: {
    getProvenance:
      "A piece's public, signed history: model, first sale, owner count, services, modifications, stolen state. No personal data. Audited and rate limited per key and per address.",
  },
} as const satisfies OperationDocs;
