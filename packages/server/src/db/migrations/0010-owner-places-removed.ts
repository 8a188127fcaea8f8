import { hashEvent } from '@atelier/client';
import type { Kysely } from 'kysely';
import { toUnchainedEvent } from './public-event-form.ts';
import type { ProvenanceEventsTable } from '../schema.ts';

/** The columns this migration reads and writes, as they are at this migration (not as the live schema may become). */
interface RewriteTables {
  items: { id: string; serial: string };
  provenance_events: {
    id: string;
    item_id: string;
    type: ProvenanceEventsTable['type'];
    occurred_at: string;
    country: string | null;
    city: string | null;
    details: string;
    sequence: number;
    hash: string;
    previous_hash: string | null;
    head_signature: string | null;
    head_key_id: string | null;
  };
}

/** Pieces rewritten per round: bounded memory on a large registry. */
const rewriteItemBatchSize = 500;

/**
 * Issue 11: `ownership_transferred` events were appended with the new owner's country, which the
 * public record then showed to anyone holding the serial. A public record shows only retailers',
 * service centres' and the brand's places, so the owner's place is erased from those events.
 *
 * Erasing it changes the event's public form, hence its hash and every later hash of the piece's
 * chain: those are computed again (the one time the ledger is rewritten, for privacy). The head
 * signatures of the rewritten events are cleared, since they signed the old hashes; the record is
 * then signed with the brand's current key when read, as for events backfilled by 0002. The
 * update triggers of 0007 delete the stored public records of the pieces rewritten here.
 * Irreversible: rolling back past it keeps the places erased and the chains as hashed here.
 */
export async function up(migrating: Kysely<unknown>): Promise<void> {
  const db = migrating as unknown as Kysely<RewriteTables>;
  let lastItemId = '';
  for (;;) {
    const items = await db
      .selectFrom('provenance_events')
      .select('item_id')
      .distinct()
      .where('type', '=', 'ownership_transferred')
      .where((eb) => eb.or([eb('country', 'is not', null), eb('city', 'is not', null)]))
      .where('item_id', '>', lastItemId)
      .orderBy('item_id')
      .limit(rewriteItemBatchSize)
      .execute();
    if (items.length === 0) break;
    lastItemId = items.at(-1)!.item_id;
    for (const { item_id: itemId } of items) await rewriteChain(db, itemId);
  }
}

async function rewriteChain(db: Kysely<RewriteTables>, itemId: string): Promise<void> {
  const events = await db
    .selectFrom('provenance_events')
    .innerJoin('items', 'items.id', 'provenance_events.item_id')
    .select(['provenance_events.id', 'sequence', 'type', 'occurred_at', 'country', 'city', 'details', 'hash', 'previous_hash', 'items.serial'])
    .where('item_id', '=', itemId)
    .orderBy('sequence')
    .execute();
  let previousHash: string | null = null;
  let rewriting = false;
  for (const event of events) {
    const erasesPlace = event.type === 'ownership_transferred' && (event.country !== null || event.city !== null);
    rewriting ||= erasesPlace;
    if (!rewriting) {
      previousHash = event.hash;
      continue;
    }
    const place = erasesPlace ? { country: null, city: null } : { country: event.country, city: event.city };
    const hash = await hashEvent(event.serial, toUnchainedEvent({ ...event, ...place }), previousHash);
    await db
      .updateTable('provenance_events')
      .set({ ...place, hash, previous_hash: previousHash, head_signature: null, head_key_id: null })
      .where('id', '=', event.id)
      .execute();
    previousHash = hash;
  }
}

/** The erased places cannot come back; the rehashed chains are valid under any later or earlier code. */
export async function down(): Promise<void> {
  // Nothing that could be undone.
}
