/**
 * The public provenance record of a piece, built from its events and the catalogue. Only what
 * the contract's `ProvenanceRecord` names leaves here: places, retailers and months, never a
 * person (owners are counted, not named). The summary (services, modifications, stolen state)
 * is derived from the same events the chain signs, so a client can check one against the other.
 */
import { getProvenance, type ProvenanceChainHead, type ProvenanceEvent, type ProvenanceRecord, type StolenGuidance } from '@atelier/client/contract';
import * as z from 'zod/mini';
import { compiledOnce } from '../../db/compiled-once.ts';
import type { Db } from '../../db/database.ts';
import type { ItemsTable } from '../../db/schema.ts';
import { AtelierError } from '../../errors.ts';
import { checkedJson, type CheckedJson } from '../../http/checked-json.ts';
import { toPublicEvent } from './public-event.ts';
import { currentSigningKey, currentSigningKeyId } from './signing-keys.ts';
import { signChainHead } from '@atelier/client';

/** Anyone shown a stolen piece is asked to tell the police and the brand, not to confront anyone. */
const stolenPieceGuidance: StolenGuidance = 'contact_police_and_brand';
const ownershipEventTypes = new Set<ProvenanceEvent['type']>(['warranty_activated', 'ownership_transferred']);

export function unknownSerial(): AtelierError {
  return new AtelierError('unknown_serial', 'No piece of this brand has this serial number.', {
    fieldErrors: [{ path: 'serial', code: 'unknown_serial', message: 'No piece of this brand has this serial number.' }],
  });
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * The head as stored with the newest event when the brand's current key signed it; otherwise
 * (events backfilled before the brand had a key, or signed by a key since rotated) signed now.
 * Ed25519 is deterministic, so both give the same signature for the same key.
 */
async function chainHead(db: Db, brandId: string, last: { hash: string; head_signature: string | null; head_key_id: string | null; current_kid: string | null }): Promise<ProvenanceChainHead> {
  if (last.head_signature !== null && last.current_kid !== null && last.head_key_id === last.current_kid) {
    return { hash: last.hash, signature: last.head_signature, keyId: last.current_kid };
  }
  const key = await currentSigningKey(db, brandId);
  if (!key) throw new Error(`Brand ${brandId} has no provenance signing key; run the seed or create one.`);
  return signChainHead(last.hash, key.privateKey, key.kid);
}

/** A piece's public record and which piece it is (for the lookup audit). */
export interface LookedUpPiece {
  item: { id: string; status: ItemsTable['status'] };
  record: ProvenanceRecord;
}

/**
 * The piece, its model, the brand's current signing key id and every event with its retailer, in
 * one statement (one row per event): a public lookup is on the hot path of the API. Undefined
 * when the brand has no piece with this serial.
 */
const pieceWithEvents = compiledOnce(['brandId', 'serial'], (db, parameters) =>
  db
    .selectFrom('items')
    .innerJoin('models', 'models.id', 'items.model_id')
    .innerJoin('provenance_events', 'provenance_events.item_id', 'items.id')
    .leftJoin('retailers', 'retailers.id', 'provenance_events.retailer_id')
    .select([
      'items.id as item_id',
      'items.serial',
      'items.gtin',
      'items.manufactured_on',
      'items.status',
      'models.reference',
      'models.name',
      'models.collection',
      'provenance_events.sequence',
      'provenance_events.type',
      'provenance_events.occurred_at',
      'provenance_events.country',
      'provenance_events.city',
      'provenance_events.details',
      'provenance_events.hash',
      'provenance_events.previous_hash',
      'provenance_events.head_signature',
      'provenance_events.head_key_id',
      'retailers.name as retailer_name',
      'retailers.country as retailer_country',
      'retailers.city as retailer_city',
      currentSigningKeyId(db, parameters.brandId).as('current_kid'),
    ])
    .where('items.brand_id', '=', parameters.brandId)
    .where('items.serial', '=', parameters.serial)
    .orderBy('provenance_events.sequence'),
);

/**
 * The events without the sales a retailer voided: a `sale_voided` undoes the latest `sold` before
 * it, and the `warranty_activated` its buyer may have confirmed since. Both stay in `events`
 * (the chain is append-only); only the summary (first sale, owners) no longer counts them.
 */
export function withoutVoidedSales<Event extends { type: string }>(events: readonly Event[]): Event[] {
  const standing: Event[] = [];
  for (const event of events) {
    if (event.type !== 'sale_voided') {
      standing.push(event);
      continue;
    }
    const saleIndex = standing.findLastIndex((earlier) => earlier.type === 'sold');
    if (saleIndex >= 0) standing.splice(saleIndex, standing.length - saleIndex, ...standing.slice(saleIndex + 1).filter((later) => later.type !== 'warranty_activated'));
  }
  return standing;
}

/** The piece and its public record; undefined when the brand has no piece with this serial. */
export async function lookUpPiece(db: Db, brandId: string, serial: string): Promise<LookedUpPiece | undefined> {
  const rows = await pieceWithEvents(db, { brandId, serial: serial.toUpperCase() });
  const item = rows[0];
  const last = rows.at(-1);
  if (!item || !last) {
    // No row: an unknown serial, or (never in a seeded registry) a piece without a single event.
    const piece = await db.selectFrom('items').select('id').where('brand_id', '=', brandId).where('serial', '=', serial.toUpperCase()).executeTakeFirst();
    if (piece) throw new Error(`Piece ${piece.id} has no provenance events`);
    return undefined;
  }
  const events = rows.map(toPublicEvent);

  const standingRows = withoutVoidedSales(rows);
  const firstSaleRow = standingRows.find((row) => row.type === 'sold' && row.retailer_name !== null);
  const ownershipEvents = withoutVoidedSales(events).filter((event) => ownershipEventTypes.has(event.type));
  const lastTheftEvent = events.findLast((event) => event.type === 'reported_stolen' || event.type === 'recovered');

  const record: ProvenanceRecord = {
    serial: item.serial,
    gtin: item.gtin,
    model: { reference: item.reference, name: item.name, collection: item.collection },
    manufactureYear: Number(item.manufactured_on.slice(0, 4)),
    status: item.status,
    firstSale: firstSaleRow
      ? {
          retailerName: firstSaleRow.retailer_name ?? '',
          city: firstSaleRow.retailer_city ?? '',
          country: firstSaleRow.retailer_country ?? '',
          month: firstSaleRow.occurred_at.slice(0, 7),
        }
      : null,
    ownerCount: ownershipEvents.length,
    currentOwnerRegisteredSince: ownershipEvents.at(-1)?.occurredOn.slice(0, 7) ?? null,
    services: events
      .filter((event) => event.type === 'serviced')
      .map((event) => ({ date: event.occurredOn, serviceType: text(event.details['serviceType']), centreCity: event.city ?? '' })),
    modifications: events
      .filter((event) => event.type === 'modified')
      .map((event) => ({ date: event.occurredOn, what: text(event.details['what']), retailerName: text(event.details['retailerName']) })),
    stolen: lastTheftEvent?.type === 'reported_stolen' ? { reportedOn: lastTheftEvent.occurredOn, whatToDo: stolenPieceGuidance } : null,
    events,
    chainHead: await chainHead(db, brandId, last),
  };
  return { item: { id: item.item_id, status: item.status }, record };
}

/** A piece's public record as the lookup answers it, which piece it is (for the lookup audit) and which key signed it. */
export interface LookedUpCheckedRecord {
  item: LookedUpPiece['item'];
  json: CheckedJson<typeof getProvenance>;
  signingKeyId: string;
}

/**
 * The lookup's operation with its response schema compiled by zod (`z.compile`: a generated
 * parser giving the same result, undeclared fields dropped alike, with the runtime parser behind
 * it for whatever it cannot model or finds invalid, so a violation is reported the same way).
 * Checking the ~2 KB record took ~9 µs per lookup through the runtime parser, ~1.5 µs compiled.
 */
const getProvenanceWithCompiledCheck: typeof getProvenance = { ...getProvenance, response: z.compile(getProvenance.response) };

/**
 * The piece and its public record built from its events, checked against the contract and
 * serialised, ready to send or to store (stored-record.ts); undefined when the brand has no piece
 * with this serial. A lookup runs it on the SQLite reader thread when the piece has no stored
 * record, so the check and the serialisation of the ~2 KB record stay off the event loop, and
 * only a string crosses back (cheaper to copy between threads than the record's objects).
 */
export async function lookUpCheckedRecord(db: Db, brandId: string, serial: string): Promise<LookedUpCheckedRecord | undefined> {
  const found = await lookUpPiece(db, brandId, serial);
  return found && { item: found.item, json: checkedJson(getProvenanceWithCompiledCheck, found.record), signingKeyId: found.record.chainHead.keyId };
}

/** The public record of a piece of the brand; 404 `unknown_serial` when it has none with this serial. */
export async function loadProvenanceRecord(db: Db, brandId: string, serial: string): Promise<ProvenanceRecord> {
  const found = await lookUpPiece(db, brandId, serial);
  if (!found) throw unknownSerial();
  return found.record;
}
