/**
 * Appends to a piece's provenance: an append-only history that anyone holding the serial may
 * later read, so events carry places and retailers, never a person's name or address.
 */
import type { Db } from '../../db/database.ts';
import type { ProvenanceEventsTable } from '../../db/schema.ts';
import { newId } from '../../ids.ts';

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
  /** Non-personal details only. */
  details: Record<string, string | number | boolean>;
}

export async function appendProvenanceEvent(db: Db, event: ProvenanceEventInput, now: Date): Promise<void> {
  await db
    .insertInto('provenance_events')
    .values({
      id: newId('evt'),
      brand_id: event.brandId,
      item_id: event.itemId,
      type: event.type,
      occurred_at: event.occurredAt,
      country: event.place.country,
      city: event.place.city,
      retailer_id: event.place.retailerId,
      details: JSON.stringify(event.details),
      recorded_at: now.toISOString(),
    })
    .execute();
}
