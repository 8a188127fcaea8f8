/**
 * What the server runs on a SQLite thread of its own (procedure-threads.ts), by name, so a thread
 * can run it from a message: a name and structured-cloneable arguments in, a cloneable result
 * out. Each takes the connection to run on, so the same code runs inline on PostgreSQL.
 *
 * - Batched writes (rate-limit counts, lookup audit rows): their commits take milliseconds and
 *   a WAL checkpoint longer.
 * - The public lookup's read: the hottest statement of the API, reading random pages of a large
 *   file; on a thread it no longer holds the event loop while it waits for them. The record is
 *   checked against the contract and serialised there too.
 */
import { insertLookupRows } from '../features/provenance/lookup-audit-rows.ts';
import { lookUpCheckedRecord } from '../features/provenance/record.ts';
import { addToCounters } from './counters.ts';
import type { Db } from './database.ts';

export const threadProcedures = {
  addToCounters,
  insertLookupRows,
  lookUpCheckedRecord: (db: Db, { brandId, serial }: { brandId: string; serial: string }) => lookUpCheckedRecord(db, brandId, serial),
};

export type ThreadProcedures = typeof threadProcedures;
export type ProcedureName = keyof ThreadProcedures;
export type ProcedureArguments<Name extends ProcedureName> = Parameters<ThreadProcedures[Name]>[1];
export type ProcedureResult<Name extends ProcedureName> = Awaited<ReturnType<ThreadProcedures[Name]>>;
