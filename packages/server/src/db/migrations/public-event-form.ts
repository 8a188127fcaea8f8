/**
 * The public form of a provenance event that migrations 0002 and 0010 hash, frozen as it was when
 * they shipped (a copy of features/provenance/public-event.ts's `toUnchainedEvent` then).
 * Migrations are history: what they wrote must not change when the feature's form changes, so
 * they never import a feature. Never edit this file; a later migration that needs another form
 * takes a copy of its own.
 */
import type { ProvenanceEventDetails, ProvenanceEventType } from '@atelier/client/contract';
import type { UnchainedEvent } from '@atelier/client';

/** Events about a person's purchase or ownership were dated by month only; the others by day. */
const monthOnlyEventTypes: ReadonlySet<ProvenanceEventType> = new Set(['sold', 'warranty_activated', 'ownership_transferred']);

/** The stored columns the public form is built from. */
export interface StoredEventColumns {
  sequence: number;
  type: ProvenanceEventType;
  occurred_at: string;
  country: string | null;
  city: string | null;
  details: string;
}

function publicOccurredOn(type: ProvenanceEventType, occurredAt: string): string {
  return monthOnlyEventTypes.has(type) ? occurredAt.slice(0, 7) : occurredAt.slice(0, 10);
}

function parseDetails(stored: string): ProvenanceEventDetails {
  const parsed: unknown = JSON.parse(stored);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  return parsed as ProvenanceEventDetails;
}

export function toUnchainedEvent(row: StoredEventColumns): UnchainedEvent {
  const event: UnchainedEvent = {
    sequence: row.sequence,
    type: row.type,
    occurredOn: publicOccurredOn(row.type, row.occurred_at),
    details: parseDetails(row.details),
  };
  // Absent rather than null: the canonical form is the bytes a client rebuilds from the JSON.
  if (row.country !== null) event.country = row.country;
  if (row.city !== null) event.city = row.city;
  return event;
}
