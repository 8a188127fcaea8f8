/**
 * A stored provenance event as the public sees it, and so as the chain hashes it. Built from the
 * event's own row only (never from joined tables), so renaming a retailer later cannot change
 * the bytes an old hash was computed over.
 */
import type { ProvenanceEvent, ProvenanceEventDetails, ProvenanceEventType } from '@atelier/client/contract';
import type { UnchainedEvent } from '@atelier/client';
import type { ProvenanceEventsTable } from '../../db/schema.ts';

/**
 * Events about a person's purchase or ownership are dated by month only: the day a warranty was
 * confirmed or a piece changed hands could single its owner out. Everything else keeps its day.
 */
const monthOnlyEventTypes: ReadonlySet<ProvenanceEventType> = new Set(['sold', 'warranty_activated', 'ownership_transferred', 'sale_voided']);

/** The columns the public form is built from. */
export type PublicEventColumns = Pick<ProvenanceEventsTable, 'sequence' | 'type' | 'occurred_at' | 'country' | 'city' | 'details'>;

/** The public date of an event from its stored instant (`YYYY-MM-DD` or `YYYY-MM`). */
export function publicOccurredOn(type: ProvenanceEventType, occurredAt: string): string {
  return monthOnlyEventTypes.has(type) ? occurredAt.slice(0, 7) : occurredAt.slice(0, 10);
}

function parseDetails(stored: string): ProvenanceEventDetails {
  const parsed: unknown = JSON.parse(stored);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  return parsed as ProvenanceEventDetails;
}

export function toUnchainedEvent(row: PublicEventColumns): UnchainedEvent {
  const event: UnchainedEvent = {
    sequence: row.sequence,
    type: row.type,
    occurredOn: publicOccurredOn(row.type, row.occurred_at),
    details: parseDetails(row.details),
  };
  // Absent rather than null: the contract's place fields are optional, and the canonical form
  // must be the same bytes the client rebuilds from the JSON it receives.
  if (row.country !== null) event.country = row.country;
  if (row.city !== null) event.city = row.city;
  return event;
}

export function toPublicEvent(row: PublicEventColumns & Pick<ProvenanceEventsTable, 'hash' | 'previous_hash'>): ProvenanceEvent {
  return { ...toUnchainedEvent(row), hash: row.hash, previousHash: row.previous_hash };
}
