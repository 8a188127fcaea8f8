/**
 * The one definition of a provenance event's canonical public form and of the hash chain over a
 * piece's events: the server uses it to write the chain, clients to verify a record offline.
 *
 * - An event's hash is SHA-256 over the RFC 8785 (JCS) canonical JSON of its public fields, the
 *   piece's serial and the previous event's hash, so an event cannot be altered, removed,
 *   reordered or moved to another piece without breaking the chain.
 * - The brand signs the 32 bytes of the last hash (the chain head) with Ed25519.
 *
 * Only WebCrypto and `canonicalize`, so this runs in browsers and in Node 22+.
 */
import canonicalize from 'canonicalize';
import { base64UrlToBytes, bytesToBase64Url } from './base64url.ts';
import type { ProvenanceChainHead, ProvenanceEvent, ProvenanceRecord } from './contract/provenance.ts';
import type { Received } from './contract/received.ts';
import type { ResaleDossierBlock, ResaleDossierFacts } from './contract/resale-dossier.ts';
import type { BrandSigningKey } from './contract/signing-key.ts';

/**
 * Names the canonical form inside the hashed bytes, so a future form can never produce the
 * same bytes as this one for different meanings.
 */
export const canonicalEventFormat = 'atelier-provenance-event/1';

const ed25519 = { name: 'Ed25519' } as const;

/** WebCrypto's key type, named through the global so this module typechecks with DOM or with Node's types alone. */
export type WebCryptoKey = Parameters<typeof crypto.subtle.sign>[1];

/** An event as the chain covers it: every public field but its own hash. */
export type ChainedEventFields = Omit<ProvenanceEvent, 'hash'>;
/** An event before it is linked into the chain. */
export type UnchainedEvent = Omit<ProvenanceEvent, 'hash' | 'previousHash'>;

export type ProvenanceVerificationFailureReason =
  /** An event's fields do not hash to the hash it carries: the event was altered. */
  | 'hash_mismatch'
  /** Sequences or links between events are wrong: an event was removed, added or reordered. */
  | 'broken_chain'
  /** The chain head is not signed by the given key. */
  | 'bad_signature'
  /** The key is not an Ed25519 JWK, or this runtime's WebCrypto lacks Ed25519. */
  | 'unsupported_key'
  /** The summary (stolen state, services, modifications) contradicts the verified events. */
  | 'summary_mismatch'
  /** A resale dossier's block is not the brand's signed word on this record: altered, or taken from another piece or record. */
  | 'dossier_mismatch';

export type ProvenanceVerification =
  | { verified: true }
  | { verified: false; reason: ProvenanceVerificationFailureReason; atSequence?: number };

/** The bytes an event's hash is computed over (RFC 8785 JSON, UTF-8). */
export function canonicalEventBytes(serial: string, event: Received<ChainedEventFields>): Uint8Array<ArrayBuffer> {
  // Listed field by field so that fields added to the public event later are not silently
  // hashed by old writers and ignored by old readers (or the other way round).
  const canonicalForm = {
    format: canonicalEventFormat,
    serial,
    sequence: event.sequence,
    type: event.type,
    occurredOn: event.occurredOn,
    country: event.country,
    city: event.city,
    details: event.details,
    previousHash: event.previousHash,
  };
  const json = canonicalize(canonicalForm);
  if (json === undefined) throw new TypeError('A provenance event has no JSON form.');
  return new TextEncoder().encode(json);
}

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let index = 0; index < bytes.length; index += 1) bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  return bytes;
}

/** SHA-256, lower-case hex, of the event linked to `previousHash` (null for the first event). */
export async function hashEvent(serial: string, event: Received<UnchainedEvent>, previousHash: string | null): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', canonicalEventBytes(serial, { ...event, previousHash }));
  return toHex(digest);
}

/** Links events (oldest first) into a chain: each gets its `previousHash` and `hash`. */
export async function chainEvents(serial: string, events: readonly UnchainedEvent[]): Promise<ProvenanceEvent[]> {
  const chained: ProvenanceEvent[] = [];
  let previousHash: string | null = null;
  for (const event of events) {
    const hash = await hashEvent(serial, event, previousHash);
    chained.push({ ...event, previousHash, hash });
    previousHash = hash;
  }
  return chained;
}

/** Signs a chain head with the brand's Ed25519 private key. */
export async function signChainHead(headHash: string, privateKey: WebCryptoKey, keyId: string): Promise<ProvenanceChainHead> {
  const signature = await crypto.subtle.sign(ed25519, privateKey, hexToBytes(headHash));
  return { hash: headHash, signature: bytesToBase64Url(new Uint8Array(signature)), keyId };
}

async function importVerifyKey(publicJwk: Received<BrandSigningKey>): Promise<WebCryptoKey | undefined> {
  if (publicJwk.kty !== 'OKP' || publicJwk.crv !== 'Ed25519') return undefined;
  try {
    return await crypto.subtle.importKey('jwk', { kty: publicJwk.kty, crv: publicJwk.crv, x: publicJwk.x }, ed25519, false, ['verify']);
  } catch {
    return undefined;
  }
}

async function signatureMatches(head: ProvenanceChainHead, key: WebCryptoKey): Promise<boolean> {
  let signature: Uint8Array<ArrayBuffer>;
  try {
    signature = base64UrlToBytes(head.signature);
  } catch {
    return false;
  }
  return crypto.subtle.verify(ed25519, key, signature, hexToBytes(head.hash));
}

function dates(events: readonly Received<ProvenanceEvent>[], type: ProvenanceEvent['type']): string[] {
  return events.filter((event) => event.type === type).map((event) => event.occurredOn);
}

/**
 * The summary fields a person acts on are only trusted when the signed events say the same:
 * otherwise a record altered in transit could hide a theft behind an intact chain.
 */
function summaryMatchesEvents(record: Received<ProvenanceRecord>): boolean {
  const lastTheftEvent = record.events.findLast((event) => event.type === 'reported_stolen' || event.type === 'recovered');
  const stolenByEvents = lastTheftEvent?.type === 'reported_stolen';
  const stolenBySummary = record.stolen !== null || record.status === 'stolen';
  if (stolenByEvents !== stolenBySummary) return false;
  if (stolenByEvents && (record.status !== 'stolen' || record.stolen?.reportedOn !== lastTheftEvent.occurredOn)) return false;
  const sameDates = (summary: readonly { date: string }[], type: ProvenanceEvent['type']) =>
    JSON.stringify(summary.map((entry) => entry.date)) === JSON.stringify(dates(record.events, type));
  return sameDates(record.services, 'serviced') && sameDates(record.modifications, 'modified');
}

/** The bytes a resale dossier's facts are signed over: their RFC 8785 (JCS) JSON, UTF-8. */
export function canonicalDossierBytes(facts: Received<ResaleDossierFacts>): Uint8Array<ArrayBuffer> {
  const json = canonicalize(facts);
  if (json === undefined) throw new TypeError('A resale dossier has no JSON form.');
  return new TextEncoder().encode(json);
}

/** Signs a resale dossier's facts with the brand's Ed25519 private key (the server's side). */
export async function signDossierFacts(facts: ResaleDossierFacts, privateKey: WebCryptoKey, keyId: string): Promise<ResaleDossierBlock> {
  const signature = await crypto.subtle.sign(ed25519, privateKey, canonicalDossierBytes(facts));
  return { facts, signature: bytesToBase64Url(new Uint8Array(signature)), keyId };
}

/**
 * A resale dossier's block holds when the brand's key signed its facts and they speak of this
 * record: the same piece, model and chain head (so a block cannot be moved onto another record),
 * and as many services as the record lists, the last on the record's last service date.
 */
async function dossierBlockHolds(record: Received<ProvenanceRecord>, block: Received<ResaleDossierBlock>, key: WebCryptoKey, keyId: string): Promise<boolean> {
  const { facts } = block;
  if (block.keyId !== keyId || facts.serial !== record.serial || facts.chainHeadHash !== record.chainHead.hash) return false;
  if (facts.model.reference !== record.model.reference || facts.model.name !== record.model.name || facts.model.collection !== record.model.collection) return false;
  if (facts.serviceHistory.servicesCount !== record.services.length || facts.serviceHistory.lastServicedOn !== (record.services.at(-1)?.date ?? null)) return false;
  let signature: Uint8Array<ArrayBuffer>;
  try {
    signature = base64UrlToBytes(block.signature);
  } catch {
    return false;
  }
  return crypto.subtle.verify(ed25519, key, signature, canonicalDossierBytes(facts));
}

/**
 * Checks a public record against the brand's public key, offline: every event hashes to its
 * hash, each links to the one before in sequence, the head is the last event, the brand signed
 * the head, and the summary agrees with the events. A resale dossier (a record with a `dossier`
 * block, see `contract/resale-dossier.ts`) is checked whole: its block too must be the brand's
 * signed word on this very record.
 */
export async function verifyProvenanceRecord(
  record: Received<ProvenanceRecord> & { readonly dossier?: Received<ResaleDossierBlock> },
  publicJwk: Received<BrandSigningKey>,
): Promise<ProvenanceVerification> {
  const key = await importVerifyKey(publicJwk);
  if (!key) return { verified: false, reason: 'unsupported_key' };

  let previousHash: string | null = null;
  for (const [index, event] of record.events.entries()) {
    if (event.sequence !== index + 1 || event.previousHash !== previousHash) {
      return { verified: false, reason: 'broken_chain', atSequence: event.sequence };
    }
    const { hash, previousHash: _linked, ...fields } = event;
    if ((await hashEvent(record.serial, fields, previousHash)) !== hash) {
      return { verified: false, reason: 'hash_mismatch', atSequence: event.sequence };
    }
    previousHash = hash;
  }
  // An empty history or a head that is not the last event hides events after it.
  if (previousHash === null || record.chainHead.hash !== previousHash) return { verified: false, reason: 'broken_chain' };

  if (record.chainHead.keyId !== publicJwk.kid || !(await signatureMatches(record.chainHead, key))) {
    return { verified: false, reason: 'bad_signature' };
  }
  if (!summaryMatchesEvents(record)) return { verified: false, reason: 'summary_mismatch' };
  if (record.dossier !== undefined && !(await dossierBlockHolds(record, record.dossier, key, publicJwk.kid))) return { verified: false, reason: 'dossier_mismatch' };
  return { verified: true };
}
