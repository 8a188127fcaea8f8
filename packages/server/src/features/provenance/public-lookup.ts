/**
 * A public lookup (`GET /v1/provenance/{serial}`, publishable key), admitted by lookup-guard.ts:
 * reads the piece and its record in one statement, checks the record against the contract and
 * serialises it (all three off the event loop on a SQLite file), and audits the lookup with what
 * it found.
 */
import type { getProvenance } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { ProcedureRunner } from '../../db/procedure-threads.ts';
import type { CheckedJson } from '../../http/checked-json.ts';
import type { Caller } from '../../http/operation-route.ts';
import type { LookupAuditLog } from './lookup-audit.ts';
import { unknownSerial } from './record.ts';

export interface PublicLookupDeps {
  /** Runs record.ts's lookUpCheckedRecord: on a SQLite file, on a thread with its own connection. */
  reader: ProcedureRunner;
  clock: Clock;
  audit: LookupAuditLog;
  hashAddress: (address: string) => Promise<string>;
}

export async function lookUpPublicRecord(deps: PublicLookupDeps, caller: Caller, serial: string): Promise<CheckedJson<typeof getProvenance>> {
  const found = await deps.reader.run('lookUpCheckedRecord', { brandId: caller.brandId, serial });
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
  return found.json;
}
