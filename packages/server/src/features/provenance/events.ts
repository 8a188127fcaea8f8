/**
 * Appends to a piece's provenance: an append-only history that anyone holding the serial may
 * later read, so events carry places and retailers, never a person's name or address.
 *
 * Each event is linked into the piece's hash chain (`@atelier/client`'s `hashEvent` over the
 * public form of `public-event.ts`) and signed as the new chain head. Appends to one piece take
 * turns: the piece's row is locked first (a no-op UPDATE, which locks the row on PostgreSQL;
 * SQLite has a single writer anyway), so each append reads the true last event. The unique
 * (item_id, sequence) index is the last line of defence: a writer that bypassed the lock fails
 * rather than forking the chain. Events are never updated or deleted.
 */
import { hashEvent } from '@atelier/client';
import type { Db } from '../../db/database.ts';
import type { ProvenanceEventsTable } from '../../db/schema.ts';
import { newId } from '../../ids.ts';
import { refreshClientSummariesOfPiece } from '../clients/client-summary.ts';
import { toUnchainedEvent } from './public-event.ts';
import { signHead } from './signing-keys.ts';

export interface EventPlace {
  retailerId: string | null;
  country: string | null;
  city: string | null;
}

export interface ProvenanceEventInput {
  brandId: string;
  itemId: string;
  type: ProvenanceEventsTable['type'];
  occurredAt: string;
  place: EventPlace;
  /** Public and non-personal details only: they are hashed and shown to anyone. */
  details: Record<string, string | number | boolean>;
}

/**
 * Takes the piece's turn for changes to its provenance, within the caller's transaction: a no-op
 * UPDATE locks the row on PostgreSQL (SQLite has a single writer anyway). Returns the serial.
 */
export async function lockPieceForProvenance(tx: Db, itemId: string): Promise<string> {
  const item = await tx
    .updateTable('items')
    .set((eb) => ({ id: eb.ref('id') }))
    .where('id', '=', itemId)
    .returning('serial')
    .executeTakeFirstOrThrow();
  return item.serial;
}

async function appendLocked(tx: Db, event: ProvenanceEventInput, now: Date): Promise<void> {
  const serial = await lockPieceForProvenance(tx, event.itemId);
  const last = await tx
    .selectFrom('provenance_events')
    .select(['sequence', 'hash'])
    .where('item_id', '=', event.itemId)
    .orderBy('sequence', 'desc')
    .limit(1)
    .executeTakeFirst();
  const sequence = (last?.sequence ?? 0) + 1;
  const previousHash = last?.hash ?? null;
  const details = JSON.stringify(event.details);
  const columns = { sequence, type: event.type, occurred_at: event.occurredAt, country: event.place.country, city: event.place.city, details };
  const hash = await hashEvent(serial, toUnchainedEvent(columns), previousHash);
  const head = await signHead(tx, event.brandId, hash);
  await tx
    .insertInto('provenance_events')
    .values({
      id: newId('pev'),
      brand_id: event.brandId,
      item_id: event.itemId,
      ...columns,
      retailer_id: event.place.retailerId,
      recorded_at: now.toISOString(),
      previous_hash: previousHash,
      hash,
      head_signature: head?.signature ?? null,
      head_key_id: head?.keyId ?? null,
    })
    .execute();
  // A service changes its owner's figures (services, last service, care due): in the same transaction.
  if (event.type === 'serviced') await refreshClientSummariesOfPiece(tx, event.brandId, event.itemId);
}

/** Appends one event; inside the caller's transaction when given one, else in its own. */
export async function appendProvenanceEvent(db: Db, event: ProvenanceEventInput, now: Date): Promise<void> {
  if (db.isTransaction) return appendLocked(db, event, now);
  return db.transaction().execute((tx) => appendLocked(tx, event, now));
}
