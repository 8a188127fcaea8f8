/**
 * The audit log's one way in: `recordAudit` appends a row for what a caller did, on the database
 * handle it is given — inside a unit of work or a transaction, the row commits with the write it
 * records or not at all. Nothing in the code updates or deletes a row (the database refuses it:
 * migration 0016).
 *
 * register-operations calls it for every operation that `audited-operations.ts` says is audited,
 * so a feature need not; a feature doing an audited act outside an operation calls it itself.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { retailerScopeOf, type Caller } from '../http/principal.ts';
import { newTimeOrderedId } from '../ids.ts';

/** What an audited act was about: a piece (`item`, its serial), a repair (`repair`, its tracking code), an API key (`apiKey`, its id)… */
export interface AuditTarget {
  kind: string;
  id: string;
}

export interface AuditedAct {
  /** The contract's operation id. */
  operation: string;
  target: AuditTarget | null;
  /** `ok`, or the error code the caller was answered. */
  outcome?: string;
}

/** The outcome of an act that succeeded. */
export const auditOutcomeOk = 'ok';

/** Appends one row: `caller` did `act` at `at`. */
export async function recordAudit(db: Kysely<Database>, caller: Caller, act: AuditedAct, at: Date): Promise<void> {
  const actorKind = caller.actor.kind;
  // audited-operations.ts keeps owners out of the staff's log; the column admits keys and people only.
  if (actorKind === 'owner') throw new Error(`${act.operation}: an owner's act is not recorded in the audit log`);
  await db
    .insertInto('audit_log')
    .values({
      id: newTimeOrderedId('aud', at),
      brand_id: caller.brandId,
      at: at.toISOString(),
      actor_kind: actorKind,
      actor_id: caller.actor.id,
      retailer_id: retailerScopeOf(caller) ?? null,
      operation: act.operation,
      target_kind: act.target?.kind ?? null,
      target_id: act.target?.id ?? null,
      ip: caller.ip,
      outcome: act.outcome ?? auditOutcomeOk,
    })
    .execute();
}
