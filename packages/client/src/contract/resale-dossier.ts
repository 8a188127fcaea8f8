/**
 * The resale dossier (issue 16): a piece's signed papers that its owner hands to a buyer or an
 * insurer. The JSON is the brand's signed public provenance record (`ProvenanceRecord`, the same
 * as `GET /v1/provenance/{serial}` answers) with a `dossier` block of what the owner's warranty
 * and care add — the model, the warranty's end, a summary of the service history and the next
 * service due — signed by the brand's same Ed25519 key over its RFC 8785 form, and bound to the
 * record by its chain head. `verifyProvenanceRecord(dossier, brand.signingKey)` checks both, so
 * changing any fact, of the record or of the block, fails the check.
 *
 * No person is in it: the public record counts owners and says since when the current one holds
 * the piece (a month); the block names nobody, the owner who downloads it included.
 *
 *   const dossier = await (await fetch(`${api}/v1/owner/pieces/${serial}/dossier`, { credentials: 'include' })).json();
 *   const { signingKey } = await client.brand.get();
 *   const { verified } = await verifyProvenanceRecord(dossier, signingKey);
 */
import * as z from 'zod/mini';
import { ItemParams } from './items.ts';
import { operation, type OperationDocs } from './operation.ts';
import { ownerAccess } from './owner-space.ts';
import { IsoDate } from './primitives.ts';
import { ProvenanceModel, ProvenanceRecord, Sha256Hex } from './provenance.ts';
import { KeyId } from './signing-key.ts';
import { WarrantyStatus } from './warranties.ts';

/** Names the signed form, so a later form can never be read as this one. */
export const resaleDossierFormat = 'atelier-resale-dossier/1';

/** What the brand states about the piece on the day it issues the dossier, beyond its public record. */
export const ResaleDossierFacts = z.object({
  format: z.enum([resaleDossierFormat]),
  serial: z.string(),
  model: ProvenanceModel,
  /** The day the brand issued the dossier: the facts are as of that day. */
  issuedOn: IsoDate,
  /** The warranty of the piece on `issuedOn`: it follows the piece to its next owner. */
  warranty: z.object({ status: WarrantyStatus, coverageEnd: IsoDate }),
  /** The services closed in Atelier (their dates and kinds are the record's `services`). */
  serviceHistory: z.object({ servicesCount: z.number().check(z.int(), z.gte(0)), lastServicedOn: z.nullable(IsoDate) }),
  /** The next service due under the brand's care rules, on `issuedOn`. */
  nextServiceDue: IsoDate,
  /** The record's `chainHead.hash`: the facts belong to this record of this piece, and no other. */
  chainHeadHash: Sha256Hex,
});
export type ResaleDossierFacts = z.infer<typeof ResaleDossierFacts>;

/** Ed25519 signatures are 64 bytes: 86 characters of unpadded base64url. */
const ed25519SignatureBase64UrlLength = 86;

export const ResaleDossierBlock = z.object({
  facts: ResaleDossierFacts,
  /** Ed25519 over the UTF-8 bytes of the RFC 8785 (JCS) form of `facts`, base64url without padding. */
  signature: z.string().check(z.length(ed25519SignatureBase64UrlLength), z.regex(/^[A-Za-z0-9_-]+$/)),
  /** The `kid` of the brand's key that signed (the same that signed the record's chain head). */
  keyId: KeyId,
});
export type ResaleDossierBlock = z.infer<typeof ResaleDossierBlock>;

/** The public record with the dossier block: `verifyProvenanceRecord` checks the whole. */
export const ResaleDossier = z.extend(ProvenanceRecord, { dossier: ResaleDossierBlock });
export type ResaleDossier = z.infer<typeof ResaleDossier>;

/** The PDF's bytes. */
export const ResaleDossierPdf = z.instanceof(Uint8Array);

export const getMyPieceDossier = operation({
  id: 'getMyPieceDossier',
  method: 'GET',
  path: '/v1/owner/pieces/{serial}/dossier',
  access: ownerAccess,
  params: ItemParams,
  response: ResaleDossier,
  errors: ['unknown_serial'],
});

export const getMyPieceDossierPdf = operation({
  id: 'getMyPieceDossierPdf',
  method: 'GET',
  path: '/v1/owner/pieces/{serial}/dossier.pdf',
  access: ownerAccess,
  params: ItemParams,
  response: ResaleDossierPdf,
  responseMediaType: 'application/pdf',
  errors: ['unknown_serial'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const resaleDossierDocs = {
  tag: 'owner-documents',
  summaries: {
    getMyPieceDossier:
      "The resale dossier of a piece the signed-in owner holds, as JSON: the brand's signed public provenance record with a signed `dossier` block (model, warranty end, service history summary, next service due, bound to the record's chain head). `verifyProvenanceRecord(dossier, brand.signingKey)` in @atelier/client checks the whole offline. Names no person. A piece they do not hold answers 404 unknown_serial.",
    getMyPieceDossierPdf:
      "The same resale dossier as a PDF for people: the facts, the service history, and how to verify the JSON (the brand's key id, the chain head, the SHA-256 of the dossier's RFC 8785 form); the signed JSON is attached to the PDF as a file.",
  },
} as const satisfies OperationDocs;
