/**
 * Writing a batch of lookup audit rows: the database side of lookup-audit.ts, kept apart so the
 * background writer (db/procedure-threads.ts) can run it on its own connection and thread.
 */
import type { Db } from '../../db/database.ts';
import type { ProvenanceLookupsTable } from '../../db/schema.ts';

export interface LookupRowsBatch {
  rows: ProvenanceLookupsTable[];
  /** Rows per INSERT statement; every statement of the batch runs in one transaction. */
  rowsPerInsert: number;
}

export async function insertLookupRows(db: Db, { rows, rowsPerInsert }: LookupRowsBatch): Promise<void> {
  if (rows.length === 0) return;
  await db.transaction().execute(async (tx) => {
    for (let start = 0; start < rows.length; start += rowsPerInsert) {
      await tx.insertInto('provenance_lookups').values(rows.slice(start, start + rowsPerInsert)).execute();
    }
  });
}
