/**
 * The public provenance record of a piece, built from its events and the catalogue. Only what
 * the contract's `ProvenanceRecord` names leaves here: places, retailers and months, never a
 * person (owners are counted, not named). The summary (services, modifications, stolen state)
 * is derived from the same events the chain signs, so a client can check one against the other.
 */
import type { ProvenanceChainHead, ProvenanceEvent, ProvenanceRecord, StolenGuidance } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import { AtelierError } from '../../errors.ts';
import { toPublicEvent } from './public-event.ts';
import { currentSigningKey } from './signing-keys.ts';
import { signChainHead } from '@atelier/client';

/** Anyone shown a stolen piece is asked to tell the police and the brand, not to confront anyone. */
const stolenPieceGuidance: StolenGuidance = 'contact_police_and_brand';
const ownershipEventTypes = new Set<ProvenanceEvent['type']>(['warranty_activated', 'ownership_transferred']);

export function unknownSerial(): AtelierError {
  return new AtelierError('unknown_serial', 404, 'No piece of this brand has this serial number.', {
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
async function chainHead(db: Db, brandId: string, last: { hash: string; head_signature: string | null; head_key_id: string | null }): Promise<ProvenanceChainHead> {
  const key = await currentSigningKey(db, brandId);
  if (!key) throw new Error(`Brand ${brandId} has no provenance signing key; run the seed or create one.`);
  if (last.head_signature !== null && last.head_key_id === key.kid) return { hash: last.hash, signature: last.head_signature, keyId: key.kid };
  return signChainHead(last.hash, key.privateKey, key.kid);
}

export async function loadProvenanceRecord(db: Db, brandId: string, serial: string): Promise<ProvenanceRecord> {
  const item = await db
    .selectFrom('items')
    .innerJoin('models', 'models.id', 'items.model_id')
    .select(['items.id', 'items.serial', 'items.gtin', 'items.manufactured_on', 'items.status', 'models.reference', 'models.name', 'models.collection'])
    .where('items.brand_id', '=', brandId)
    .where('items.serial', '=', serial.toUpperCase())
    .executeTakeFirst();
  if (!item) throw unknownSerial();

  const rows = await db
    .selectFrom('provenance_events')
    .leftJoin('retailers', 'retailers.id', 'provenance_events.retailer_id')
    .select([
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
    ])
    .where('provenance_events.item_id', '=', item.id)
    .orderBy('provenance_events.sequence')
    .execute();
  const last = rows.at(-1);
  if (!last) throw new Error(`Piece ${item.id} has no provenance events`);
  const events = rows.map(toPublicEvent);

  const firstSaleRow = rows.find((row) => row.type === 'sold' && row.retailer_name !== null);
  const ownershipEvents = events.filter((event) => ownershipEventTypes.has(event.type));
  const lastTheftEvent = events.findLast((event) => event.type === 'reported_stolen' || event.type === 'recovered');

  return {
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
}
