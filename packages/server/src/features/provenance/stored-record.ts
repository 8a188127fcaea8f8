/**
 * Each piece's public record stored as the exact JSON a lookup answers, so a public lookup — the
 * hottest read of the API, and the one a thief probing a serial or a scraper repeats — is one row
 * found by its serial instead of a join over the piece, its model, its events and their
 * retailers, then building, checking and serialising the record.
 *
 * The events stay the ledger; a stored record is a copy that may be missing but never stale:
 * triggers (migration 0007) delete it in the transaction that changes anything it was built
 * from. What a trigger cannot cover cheaply is checked when reading: the record must have been
 * signed by the brand's current key (a rotation would otherwise have to delete a whole brand's
 * records at once) and stored in the record format of the code reading it. A lookup that finds no
 * usable record builds one from the events (record.ts), answers it, and asks the writer to store
 * it (stored-record-refresher.ts).
 */
import { createHash } from 'node:crypto';
import { getProvenance } from '@atelier/client/contract';
import * as z from 'zod/mini';
import { compiledOnce } from '../../db/compiled-once.ts';
import type { Db } from '../../db/database.ts';
import { isPostgres } from '../../db/dialect.ts';
import type { ProvenancePublicRecordsTable } from '../../db/schema.ts';
import { keptCheckedJson } from '../../http/checked-json.ts';
import { lockPieceForProvenance } from './events.ts';
import { lookUpCheckedRecord, type LookedUpCheckedRecord } from './record.ts';
import { currentSigningKeyId } from './signing-keys.ts';

/**
 * Bump when the same events give a different record (a derivation changed in record.ts or
 * public-event.ts). A change of the record's shape in the contract needs no bump: the format
 * includes a hash of the response's JSON Schema.
 */
const recordBuildRevision = 1;

/**
 * The format of the records this code stores and reads: records of any other format (stored by
 * an older or newer version of the server) are built again when looked up.
 */
export const publicRecordFormat = `${createHash('sha256')
  .update(JSON.stringify(z.toJSONSchema(getProvenance.response, { io: 'output' })))
  .digest('hex')
  .slice(0, 16)}.${recordBuildRevision}`;

/** A public lookup's answer: the record as sent, the piece (for the audit), and whether it was read from the store. */
export interface PublicRecordLookup extends Omit<LookedUpCheckedRecord, 'signingKeyId'> {
  /** False when the record was built from the events: the caller should have it stored. */
  stored: boolean;
}

/** The stored record of a serial and the brand's current signing key, in one statement. */
const storedRecordOf = compiledOnce(['brandId', 'serial'], (db, parameters) =>
  db
    .selectFrom('provenance_public_records')
    .select(['item_id', 'item_status', 'record_json', 'signing_key_id', 'format', currentSigningKeyId(db, parameters.brandId).as('current_kid')])
    .where('brand_id', '=', parameters.brandId)
    .where('serial', '=', parameters.serial),
);

/**
 * The public record of a piece of the brand, from the store when it holds a usable one, else
 * built from the events; undefined when the brand has no piece with this serial. Runs on the
 * SQLite reader thread (thread-procedures.ts), where a miss is built too.
 */
export async function lookUpPublicRecord(db: Db, brandId: string, serial: string): Promise<PublicRecordLookup | undefined> {
  const [row] = await storedRecordOf(db, { brandId, serial: serial.toUpperCase() });
  if (row && row.format === publicRecordFormat && row.signing_key_id === row.current_kid) {
    return { item: { id: row.item_id, status: row.item_status }, json: keptCheckedJson(getProvenance, row.record_json), stored: true };
  }
  const built = await lookUpCheckedRecord(db, brandId, serial);
  return built && { item: built.item, json: built.json, stored: false };
}

/** The row that stores a record built by `lookUpCheckedRecord`. */
export function storedRecordRow(brandId: string, serial: string, built: LookedUpCheckedRecord, storedAt: Date): ProvenancePublicRecordsTable {
  return {
    item_id: built.item.id,
    brand_id: brandId,
    serial,
    item_status: built.item.status,
    record_json: built.json,
    signing_key_id: built.signingKeyId,
    format: publicRecordFormat,
    stored_at: storedAt.toISOString(),
  };
}

/**
 * On PostgreSQL, share-locks the piece's model and the retailers of its events, so that a rename
 * committed meanwhile is either read by the build or waits for the stored record and then deletes
 * it (its trigger runs after this transaction commits). SQLite's single writer needs none.
 */
async function lockCatalogueRows(tx: Db, itemId: string): Promise<void> {
  if (!isPostgres(tx)) return;
  await tx.selectFrom('models').select('models.id').where('models.id', '=', tx.selectFrom('items').select('items.model_id').where('items.id', '=', itemId)).forShare().execute();
  await tx
    .selectFrom('retailers')
    .select('retailers.id')
    .where('retailers.id', 'in', tx.selectFrom('provenance_events').select('provenance_events.retailer_id').where('provenance_events.item_id', '=', itemId))
    .forShare()
    .execute();
}

/**
 * Builds each piece's record from its events and stores it, replacing any stored one, in one
 * transaction. Each piece is locked first, as an append locks it, so an event appended meanwhile
 * either comes before (and is in the record) or after (and its trigger deletes the record); its
 * model and retailers too, for the same reason. Runs on the writer (stored-record-refresher.ts).
 */
export async function storePublicRecords(db: Db, { pieces, at }: { pieces: { brandId: string; itemId: string }[]; at: string }): Promise<void> {
  const storedAt = new Date(at);
  // In one order on every instance, so two batches sharing pieces cannot deadlock on PostgreSQL.
  const inLockOrder = pieces.toSorted((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
  await db.transaction().execute(async (tx) => {
    for (const { brandId, itemId } of inLockOrder) {
      const serial = await lockPieceForProvenance(tx, itemId);
      await lockCatalogueRows(tx, itemId);
      const built = await lookUpCheckedRecord(tx, brandId, serial);
      if (!built) continue;
      const row = storedRecordRow(brandId, serial, built, storedAt);
      await tx
        .insertInto('provenance_public_records')
        .values(row)
        .onConflict((conflict) =>
          conflict.column('item_id').doUpdateSet({
            serial: row.serial,
            item_status: row.item_status,
            record_json: row.record_json,
            signing_key_id: row.signing_key_id,
            format: row.format,
            stored_at: row.stored_at,
          }),
        )
        .execute();
    }
  });
}
