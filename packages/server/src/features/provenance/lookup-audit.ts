/**
 * The audit of public lookups: serial, time, key and a salted hash of the client's address, so
 * staff can see a piece being probed (a thief checking whether a stolen piece is flagged) without
 * the registry keeping anyone's address. The salt comes from configuration (`AUDIT_ADDRESS_SALT`)
 * or, by default, is generated once and kept in the database so every instance hashes alike; it
 * is never logged.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { lookupAuditPageSize, type ProvenanceLookup, type ProvenanceLookupList } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import type { ProvenanceLookupsTable } from '../../db/schema.ts';
import { newId } from '../../ids.ts';
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

/** Resolves the salt once per server and hashes addresses with it. */
export function addressHasher(db: Db, configured: string | undefined, now: () => Date): (address: string) => Promise<string> {
  let salt: Promise<string> | undefined;
  return async (address) => {
    salt ??= auditAddressSalt(db, configured, now()).catch((error: unknown) => {
      salt = undefined;
      throw error;
    });
    return createHmac('sha256', await salt).update(address).digest('hex');
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

export async function recordLookup(db: Db, lookup: LookupRecord): Promise<void> {
  await db
    .insertInto('provenance_lookups')
    .values({
      id: newId('lkp'),
      brand_id: lookup.brandId,
      serial: lookup.serial.toUpperCase(),
      item_id: lookup.item?.id ?? null,
      looked_up_at: lookup.at.toISOString(),
      channel: lookup.channel,
      outcome: lookup.outcome,
      api_key_id: lookup.apiKeyId,
      client_address_hash: lookup.clientAddressHash,
      piece_was_stolen: lookup.item?.status === 'stolen' ? 1 : 0,
    })
    .execute();
}

/** The newest lookups of a serial of the brand; 404 when the brand has no such piece. */
export async function listLookups(db: Db, brandId: string, serial: string): Promise<ProvenanceLookupList> {
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
