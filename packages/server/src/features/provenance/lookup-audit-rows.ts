/**
 * Writing a batch of lookup audit rows: the database side of lookup-audit.ts, kept apart so the
 * background writer (threads/procedure-threads.ts) can run it on its own connection and thread.
 *
 * Rows travel as arrays in column order, not as objects: a batch is structured-cloned to the
 * writer thread, and an array of ten values costs less to copy than an object naming ten keys.
 */
import { sqliteFileOf, type Db } from '../../db/database.ts';
import type { ProvenanceLookupsTable } from '../../db/schema.ts';

/** A `provenance_lookups` row, its values in `lookupAuditColumns` order. */
export type LookupAuditRow = [
  id: ProvenanceLookupsTable['id'],
  brandId: ProvenanceLookupsTable['brand_id'],
  serial: ProvenanceLookupsTable['serial'],
  itemId: ProvenanceLookupsTable['item_id'],
  lookedUpAt: ProvenanceLookupsTable['looked_up_at'],
  channel: ProvenanceLookupsTable['channel'],
  outcome: ProvenanceLookupsTable['outcome'],
  apiKeyId: ProvenanceLookupsTable['api_key_id'],
  clientAddressHash: ProvenanceLookupsTable['client_address_hash'],
  pieceWasStolen: ProvenanceLookupsTable['piece_was_stolen'],
];

const lookupAuditColumns = [
  'id',
  'brand_id',
  'serial',
  'item_id',
  'looked_up_at',
  'channel',
  'outcome',
  'api_key_id',
  'client_address_hash',
  'piece_was_stolen',
] as const satisfies readonly (keyof ProvenanceLookupsTable)[];

export interface LookupRowsBatch {
  rows: LookupAuditRow[];
  /** Rows per INSERT statement on PostgreSQL; every statement of the batch runs in one transaction. */
  rowsPerInsert: number;
}

const insertOneLookupRow = `insert into provenance_lookups (${lookupAuditColumns.join(', ')}) values (${lookupAuditColumns.map(() => '?').join(', ')})`;

function toTableRow(row: LookupAuditRow): ProvenanceLookupsTable {
  const [id, brand_id, serial, item_id, looked_up_at, channel, outcome, api_key_id, client_address_hash, piece_was_stolen] = row;
  return { id, brand_id, serial, item_id, looked_up_at, channel, outcome, api_key_id, client_address_hash, piece_was_stolen };
}

/**
 * On a SQLite file: one prepared single-row INSERT run per row, in one transaction, on the
 * connection itself. Building a Kysely INSERT of a few hundred rows (its operation tree, then
 * SQL text with thousands of placeholders, prepared anew for every batch size) cost more than
 * SQLite's work of inserting them. Synchronous from BEGIN to COMMIT, so nothing else can run on
 * the connection in between; skipped when a transaction is already open on it (the serving
 * connection, should the writer thread have died mid-request), where Kysely waits its turn.
 */
function insertOnSqliteConnection(db: Db, rows: LookupAuditRow[]): boolean {
  const connection = sqliteFileOf(db)?.connection;
  if (!connection || connection.isTransaction) return false;
  const insert = connection.prepare(insertOneLookupRow);
  connection.exec('begin');
  try {
    for (const row of rows) insert.run(...row);
    connection.exec('commit');
  } catch (error) {
    // The batch is written whole or not at all: its caller keeps every row for the next try.
    connection.exec('rollback');
    throw error;
  }
  return true;
}

export async function insertLookupRows(db: Db, { rows, rowsPerInsert }: LookupRowsBatch): Promise<void> {
  if (rows.length === 0) return;
  if (insertOnSqliteConnection(db, rows)) return;
  await db.transaction().execute(async (tx) => {
    for (let start = 0; start < rows.length; start += rowsPerInsert) {
      await tx.insertInto('provenance_lookups').values(rows.slice(start, start + rowsPerInsert).map(toTableRow)).execute();
    }
  });
}
