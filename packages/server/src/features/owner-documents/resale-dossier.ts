/**
 * A piece's resale dossier (contract/resale-dossier.ts): the brand's signed public record of the
 * piece, as anyone holding its serial reads it, with a block the brand signs of what the owner's
 * space adds — the warranty's end, the service history in brief, the next service due. Built on
 * each request, never stored: it is the registry's word on the day, and holds no person's data.
 */
import { signChainHead, signDossierFacts } from '@atelier/client';
import { getMyPieceDossier, resaleDossierFormat, type BrandSigningKey, type ResaleDossier } from '@atelier/client/contract';
import { checkedJson } from '../../http/checked-json.ts';
import { loadProvenanceRecord } from '../provenance/record.ts';
import { currentSigningKey } from '../provenance/signing-keys.ts';
import { todayUtc } from '../shared/calendar.ts';
import { myPiece, type MyPiecesDeps, type OwnerScope } from '../owner-space/my-pieces.ts';

export interface IssuedDossier {
  dossier: ResaleDossier;
  /** The brand key that signed it, as published in `GET /v1/brand`. */
  signingKey: BrandSigningKey;
}

/** The dossier of a piece the owner holds; 404 `unknown_serial` for any other piece. */
export async function issueResaleDossier(deps: MyPiecesDeps, scope: OwnerScope, serial: string): Promise<IssuedDossier> {
  const { db, clock } = deps;
  const { piece } = await myPiece(deps, scope, serial);
  const [record, key] = await Promise.all([loadProvenanceRecord(db, scope.brandId, piece.serial), currentSigningKey(db, scope.brandId)]);
  if (!key) throw new Error(`Brand ${scope.brandId} has no provenance signing key; run the seed or create one.`);
  // The record's head and the block signed by one key, even if the brand rotated between the two reads (Ed25519 is deterministic: the same key gives the same signature).
  const chainHead = record.chainHead.keyId === key.kid ? record.chainHead : await signChainHead(record.chainHead.hash, key.privateKey, key.kid);
  const lastService = record.services.at(-1);
  const facts = {
    format: resaleDossierFormat,
    serial: record.serial,
    model: record.model,
    issuedOn: todayUtc(clock),
    warranty: piece.warranty,
    serviceHistory: { servicesCount: record.services.length, lastServicedOn: lastService?.date ?? null },
    nextServiceDue: piece.nextCareDue.date,
    chainHeadHash: chainHead.hash,
  } as const;
  return { dossier: { ...record, chainHead, dossier: await signDossierFacts(facts, key.privateKey, key.kid) }, signingKey: key.publicJwk };
}

/**
 * The dossier's JSON exactly as `GET …/dossier` answers it (checked against the contract, the
 * contract's key order): the bytes the PDF attaches and gives the SHA-256 of, so a JSON file
 * downloaded the same day hashes the same.
 */
export function dossierJson(dossier: ResaleDossier): string {
  return checkedJson(getMyPieceDossier, dossier);
}
