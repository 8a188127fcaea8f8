/**
 * A public lookup (`GET /v1/provenance/{serial}`, publishable key), admitted by lookup-guard.ts:
 * reads the piece and its record in one statement and audits the lookup with what it found.
 */
import type { ProvenanceRecord } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Caller } from '../../http/operation-route.ts';
import type { LookupAuditLog } from './lookup-audit.ts';
import { lookUpPiece, unknownSerial } from './record.ts';

export interface PublicLookupDeps {
  db: Db;
  clock: Clock;
  audit: LookupAuditLog;
  hashAddress: (address: string) => Promise<string>;
}

export async function lookUpPublicRecord(deps: PublicLookupDeps, caller: Caller, serial: string): Promise<ProvenanceRecord> {
  const found = await lookUpPiece(deps.db, caller.brandId, serial);
  deps.audit.record({
    brandId: caller.brandId,
    serial,
    item: found?.item,
    channel: 'api',
    outcome: found ? 'answered' : 'unknown_serial',
    apiKeyId: caller.apiKeyId,
    clientAddressHash: await deps.hashAddress(caller.ip),
    at: deps.clock.now(),
  });
  if (!found) throw unknownSerial();
  return found.record;
}
