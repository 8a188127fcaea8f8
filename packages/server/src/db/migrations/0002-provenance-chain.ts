import { hashEvent } from '@atelier/client';
import type { Kysely } from 'kysely';
import { toUnchainedEvent } from './public-event-form.ts';
import type { ProvenanceEventsTable } from '../schema.ts';

/** The columns the backfill reads and writes, as they are at this migration (not as the live schema may become). */
interface BackfillTables {
  items: { id: string; serial: string };
  provenance_events: {
    id: string;
    item_id: string;
    type: ProvenanceEventsTable['type'];
    occurred_at: string;
    recorded_at: string;
    country: string | null;
    city: string | null;
    details: string;
    sequence: number;
    hash: string;
    previous_hash: string | null;
  };
}

/** Rows read and rewritten per round while backfilling hashes: bounded memory on a large registry. */
const backfillItemBatchSize = 500;

/**
 * Issue 3, provenance: the hash chain over each piece's events (sequence, hash, previous hash,
 * the head signature made at append time), the brand's signing keys, the lookup audit, the
 * resolver's page templates, owners' postal addresses and the server settings (audit salt).
 *
 * The backfill hashes existing events with the public form of `public-event.ts`: that module is
 * versioned by the canonical format name, so this migration keeps producing the same hashes.
 */
export async function up(migrating: Kysely<unknown>): Promise<void> {
  const db = migrating as unknown as Kysely<BackfillTables>;
  await db.schema
    .alterTable('provenance_events')
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('provenance_events').addColumn('hash', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('provenance_events').addColumn('previous_hash', 'text').execute();
  await db.schema.alterTable('provenance_events').addColumn('head_signature', 'text').execute();
  await db.schema.alterTable('provenance_events').addColumn('head_key_id', 'text').execute();

  let lastItemId = '';
  for (;;) {
    const items = await db
      .selectFrom('provenance_events')
      .select('item_id')
      .distinct()
      .where('item_id', '>', lastItemId)
      .orderBy('item_id')
      .limit(backfillItemBatchSize)
      .execute();
    if (items.length === 0) break;
    lastItemId = items.at(-1)!.item_id;
    for (const { item_id: itemId } of items) {
      const events = await db
        .selectFrom('provenance_events')
        .innerJoin('items', 'items.id', 'provenance_events.item_id')
        .select(['provenance_events.id', 'type', 'occurred_at', 'country', 'city', 'details', 'items.serial'])
        .where('item_id', '=', itemId)
        .orderBy('occurred_at')
        .orderBy('recorded_at')
        .orderBy('provenance_events.id')
        .execute();
      let previousHash: string | null = null;
      for (const [index, event] of events.entries()) {
        const sequence = index + 1;
        const hash = await hashEvent(event.serial, toUnchainedEvent({ ...event, sequence }), previousHash);
        await db.updateTable('provenance_events').set({ sequence, hash, previous_hash: previousHash }).where('id', '=', event.id).execute();
        previousHash = hash;
      }
    }
  }
  // The one guarantee of a single unbroken chain per piece, whatever the writers do.
  await db.schema.createIndex('provenance_item_sequence_unique').on('provenance_events').columns(['item_id', 'sequence']).unique().execute();

  await db.schema
    .createTable('brand_signing_keys')
    .addColumn('kid', 'text', (c) => c.primaryKey())
    .addColumn('brand_id', 'text', (c) => c.notNull().references('brands.id'))
    .addColumn('public_jwk', 'text', (c) => c.notNull())
    .addColumn('private_key_pkcs8', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .execute();
  await db.schema.createIndex('brand_signing_keys_brand_idx').on('brand_signing_keys').columns(['brand_id', 'created_at']).execute();

  for (const column of ['provenance_page_url_template', 'activation_page_url_template', 'repair_page_url_template']) {
    await db.schema.alterTable('brands').addColumn(column, 'text').execute();
  }
  await db.schema.alterTable('owners').addColumn('postal_address', 'text').execute();

  await db.schema
    .createTable('provenance_lookups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('brand_id', 'text', (c) => c.notNull())
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text')
    .addColumn('looked_up_at', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('api_key_id', 'text')
    .addColumn('client_address_hash', 'text', (c) => c.notNull())
    .addColumn('piece_was_stolen', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('provenance_lookups_serial_idx').on('provenance_lookups').columns(['brand_id', 'serial', 'looked_up_at']).execute();

  await db.schema
    .createTable('server_settings')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('server_settings').ifExists().execute();
  await db.schema.dropTable('provenance_lookups').ifExists().execute();
  await db.schema.dropTable('brand_signing_keys').ifExists().execute();
  await db.schema.dropIndex('provenance_item_sequence_unique').ifExists().execute();
}
