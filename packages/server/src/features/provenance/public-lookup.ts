/**
 * A public lookup (`GET /v1/provenance/{serial}`, publishable key), admitted by lookup-guard.ts:
 * reads the piece's stored record, or builds it from the events when none is stored (off the
 * event loop on a SQLite file) and has it stored, and audits the lookup with what it found.
 */
import type { getProvenance } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { ProcedureRunner } from '../../threads/procedure-threads.ts';
import type { CheckedJson } from '../../http/checked-json.ts';
import type { Caller } from '../../http/operation-route.ts';
import { apiKeyIdOf } from '../../http/principal.ts';
import type { LookupAuditLog } from './lookup-audit.ts';
import { unknownSerial } from './record.ts';
import type { StoredRecordRefresher } from './stored-record-refresher.ts';

export interface PublicLookupDeps {
  /** Runs stored-record.ts's lookUpPublicRecord: on a SQLite file, on a thread with its own connection. */
  reader: ProcedureRunner;
  storedRecords: StoredRecordRefresher;
  clock: Clock;
  audit: LookupAuditLog;
  hashAddress: (address: string) => Promise<string>;
}

export async function lookUpPublicRecord(deps: PublicLookupDeps, caller: Caller, serial: string): Promise<CheckedJson<typeof getProvenance>> {
  const found = await deps.reader.run('lookUpPublicRecord', { brandId: caller.brandId, serial });
  if (found && !found.stored) deps.storedRecords.refresh(caller.brandId, found.item.id);
  deps.audit.record({
    brandId: caller.brandId,
    serial,
    item: found?.item,
    channel: 'api',
    outcome: found ? 'answered' : 'unknown_serial',
    apiKeyId: apiKeyIdOf(caller),
    clientAddressHash: await deps.hashAddress(caller.ip),
    at: deps.clock.now(),
  });
  if (!found) throw unknownSerial();
  return found.json;
}
