/**
 * The audit of public lookups: serial, time, key and a salted hash of the client's address, so
 * staff can see a piece being probed (a thief checking whether a stolen piece is flagged) without
 * the registry keeping anyone's address. The salt comes from configuration (`AUDIT_ADDRESS_SALT`)
 * or, by default, is generated once and kept in the database so every instance hashes alike; it
 * is never logged.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { lookupAuditPageSize, type ProvenanceLookup, type ProvenanceLookupList } from '@atelier/client/contract';
import type { ProcedureRunner } from '../../threads/procedure-threads.ts';
import type { Db } from '../../db/database.ts';
import type { ProvenanceLookupsTable } from '../../db/schema.ts';
import { newTimeOrderedId } from '../../ids.ts';
import type { Logger } from '../../logger.ts';
import type { LookupAuditRow } from './lookup-audit-rows.ts';
import { unknownSerial } from './record.ts';

const auditSaltSettingName = 'lookup_audit_address_salt';
const generatedSaltBytes = 32;

/** The salt: configured, or the one persisted in the database (created by whichever instance asks first). */
export async function auditAddressSalt(db: Db, configured: string | undefined, now: Date): Promise<string> {
  if (configured) return configured;
  await db
    .insertInto('server_settings')
    .values({ name: auditSaltSettingName, value: randomBytes(generatedSaltBytes).toString('base64url'), created_at: now.toISOString() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('server_settings').select('value').where('name', '=', auditSaltSettingName).executeTakeFirstOrThrow();
  return row.value;
}

/** Addresses whose hash is remembered at most; the oldest is forgotten first. */
const rememberedAddressHashes = 10_000;

/**
 * Resolves the salt once per server and hashes addresses with it. Recent hashes are remembered
 * (in memory only, never written): a visitor's lookup hashes their address for the budget and
 * again for the audit, and the same visitor comes back.
 */
export function addressHasher(db: Db, configured: string | undefined, now: () => Date): (address: string) => Promise<string> {
  let salt: Promise<string> | undefined;
  const remembered = new Map<string, string>();
  return async (address) => {
    const known = remembered.get(address);
    if (known !== undefined) return known;
    salt ??= auditAddressSalt(db, configured, now()).catch((error: unknown) => {
      salt = undefined;
      throw error;
    });
    const hash = createHmac('sha256', await salt).update(address).digest('hex');
    if (remembered.size >= rememberedAddressHashes) remembered.delete(remembered.keys().next().value!);
    remembered.set(address, hash);
    return hash;
  };
}

export interface LookupRecord {
  brandId: string;
  serial: string;
  item: { id: string; status: string } | undefined;
  channel: ProvenanceLookupsTable['channel'];
  outcome: ProvenanceLookupsTable['outcome'];
  apiKeyId: string | null;
  clientAddressHash: string;
  at: Date;
}

export interface LookupAuditLogOptions {
  /** Runs the batch inserts: off the serving thread on a SQLite file (threads/procedure-threads.ts). */
  writer: ProcedureRunner;
  logger: Logger;
  /** How long a lookup may wait in memory before it is written. */
  flushIntervalMs: number;
  /** Lookups written per INSERT statement; a full batch is written at once, without waiting. */
  rowsPerInsert: number;
  /** Lookups kept in memory at most while the database refuses them; beyond, the oldest are dropped (and logged). */
  maxBufferedRows: number;
}

/**
 * Writes lookup audit rows in batches: a lookup is queued in memory and written, with the others
 * of the last few milliseconds, in one transaction (on a SQLite file, by the writer's own thread).
 * At a thousand lookups a second, one INSERT per lookup would cost more than answering it.
 *
 * Trade-off: a lookup shows in the audit up to `flushIntervalMs` after it was answered (at once
 * on the instance that answered it: listing flushes first), and a crash of the process loses the
 * rows of that last interval. A clean shutdown writes them all (`close()`, from the SIGTERM path).
 */
export class LookupAuditLog {
  readonly #options: LookupAuditLogOptions;
  #queued: LookupAuditRow[] = [];
  #timer: NodeJS.Timeout | undefined;
  #writing: Promise<void> | undefined;

  constructor(options: LookupAuditLogOptions) {
    this.#options = options;
  }

  record(lookup: LookupRecord): void {
    this.#queued.push([
      newTimeOrderedId('lkp', lookup.at),
      lookup.brandId,
      lookup.serial.toUpperCase(),
      lookup.item?.id ?? null,
      lookup.at.toISOString(),
      lookup.channel,
      lookup.outcome,
      lookup.apiKeyId,
      lookup.clientAddressHash,
      lookup.item?.status === 'stolen' ? 1 : 0,
    ]);
    if (this.#queued.length >= this.#options.rowsPerInsert) void this.flush();
    else this.#scheduleFlush();
  }

  #scheduleFlush(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, this.#options.flushIntervalMs);
    // Queued rows never keep the process alive; close() writes them.
    this.#timer.unref();
  }

  /** Writes every queued lookup; resolves once they are in the database (or logged as failed and kept for the next try). */
  flush(): Promise<void> {
    // One write at a time (#writeQueued never rejects), so rows keep their order.
    const run = (this.#writing ?? Promise.resolve()).then(() => this.#writeQueued());
    this.#writing = run;
    return run;
  }

  async #writeQueued(): Promise<void> {
    const rows = this.#queued;
    if (rows.length === 0) return;
    this.#queued = [];
    try {
      await this.#options.writer.run('insertLookupRows', { rows, rowsPerInsert: this.#options.rowsPerInsert });
    } catch (error) {
      // Kept for the next try rather than lost, up to a bound so a long outage cannot exhaust memory.
      const kept = [...rows, ...this.#queued];
      const dropped = Math.max(0, kept.length - this.#options.maxBufferedRows);
      this.#queued = kept.slice(dropped);
      this.#options.logger.error('lookup_audit_write_failed', { rows: rows.length, droppedRows: dropped, error: (error as Error).message });
      this.#scheduleFlush();
    }
  }

  /** Writes what is queued and stops the timer; call before closing the database. */
  async close(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.flush();
  }
}

/**
 * The newest lookups of a serial of the brand; 404 when the brand has no such piece. This
 * instance's queued lookups are written first, so staff see a lookup they just made.
 */
export async function listLookups(db: Db, audit: LookupAuditLog, brandId: string, serial: string): Promise<ProvenanceLookupList> {
  await audit.flush();
  const normalized = serial.toUpperCase();
  const item = await db.selectFrom('items').select('id').where('brand_id', '=', brandId).where('serial', '=', normalized).executeTakeFirst();
  if (!item) throw unknownSerial();
  const rows = await db
    .selectFrom('provenance_lookups')
    .select(['looked_up_at', 'channel', 'outcome', 'api_key_id', 'client_address_hash', 'piece_was_stolen'])
    .where('brand_id', '=', brandId)
    .where('serial', '=', normalized)
    .orderBy('looked_up_at', 'desc')
    .orderBy('id', 'desc')
    .limit(lookupAuditPageSize)
    .execute();
  const lookups: ProvenanceLookup[] = rows.map((row) => ({
    at: row.looked_up_at,
    channel: row.channel,
    outcome: row.outcome,
    apiKeyId: row.api_key_id,
    clientAddressHash: row.client_address_hash,
    pieceWasStolen: row.piece_was_stolen === 1,
  }));
  return { serial: normalized, lookups };
}
