/**
 * What the server runs on a SQLite thread of its own (procedure-threads.ts), by name, so a thread
 * can run it from a message: a name and structured-cloneable arguments in, a cloneable result
 * out. Each takes the connection to run on, so the same code runs inline on PostgreSQL.
 *
 * - Batched writes (rate-limit counts, lookup audit rows): their commits take milliseconds and
 *   a WAL checkpoint longer.
 * - The public lookup's read: the hottest statement of the API, reading random pages of a large
 *   file; on a thread it no longer holds the event loop while it waits for them. A record missing
 *   from the store is built, checked against the contract and serialised there too.
 * - Storing a record a lookup had to build (a write, on the writer).
 */
import { insertLookupRows } from '../features/provenance/lookup-audit-rows.ts';
import { lookUpPublicRecord, storePublicRecords } from '../features/provenance/stored-record.ts';
import { addToCounters } from '../db/counters.ts';
import type { Db } from '../db/database.ts';

export const threadProcedures = {
  addToCounters,
  insertLookupRows,
  lookUpPublicRecord: (db: Db, { brandId, serial }: { brandId: string; serial: string }) => lookUpPublicRecord(db, brandId, serial),
  storePublicRecords,
};

export type ThreadProcedures = typeof threadProcedures;
export type ProcedureName = keyof ThreadProcedures;
export type ProcedureArguments<Name extends ProcedureName> = Parameters<ThreadProcedures[Name]>[1];
export type ProcedureResult<Name extends ProcedureName> = Awaited<ReturnType<ThreadProcedures[Name]>>;
