/**
 * Moving a repair along its lifecycle: the service desk's transitions, the owner's decision on
 * the estimate and the owner's rating. Each move is checked by the state machine, then applied by
 * an update that only succeeds from the status it was checked against (a concurrent move makes
 * it fail with `repair_status_changed`), together with its history row and effects.
 */
import type {
  EstimateDecision,
  ParsedRequestOf,
  RepairOrder,
  RepairStatus,
  RepairTracker,
  decideEstimate as decideEstimateOperation,
  rateRepair as rateRepairOperation,
  transitionRepair as transitionRepairOperation,
} from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Updateable } from 'kysely';
import type { RepairOrdersTable } from '../../db/schema.ts';
import type { ServerDeps } from '../../deps.ts';
import { AtelierError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { refreshClientSummariesOfPiece } from '../clients/client-summary.ts';
import { appendProvenanceEvent } from '../provenance/events.ts';
import { addDaysToDate, addMonthsToDate, isBefore } from '../shared/calendar.ts';
import { findCentreOffering } from '../service-network/centres.ts';
import { findOwnersRepair, findRepair, type OwnerProof, type RepairRow } from './access.ts';
import { dateInTimeZone } from './calendar.ts';
import { isServicedReturn, transition, type RepairActor } from './state-machine.ts';
import { prepareOwnerNotice, sendOwnerNotice } from './notifications.ts';
import { loadRepairOrder, loadRepairTracker } from './views.ts';

type TransitionInput = ParsedRequestOf<typeof transitionRepairOperation>;
type DecisionInput = ParsedRequestOf<typeof decideEstimateOperation>;
type RatingInput = ParsedRequestOf<typeof rateRepairOperation>;

/** What a warranty extension after a service is recorded as (`warranty_extensions.reason`). */
export const serviceExtensionReason = 'service';

function statusChanged(): AtelierError {
  return new AtelierError('repair_status_changed', 'This repair was moved by someone else meanwhile. Reload it and try again.');
}

interface StatusMove {
  repair: RepairRow;
  to: RepairStatus;
  note: string | null;
  /** Other columns the move sets (promised date, ready time). */
  columns?: Pick<Updateable<RepairOrdersTable>, 'promised_date' | 'ready_at' | keyof RepairCharge>;
}

/** Checks and applies one move with its history row, inside `tx`. */
async function moveStatus(tx: Db, actor: RepairActor, move: StatusMove, now: Date): Promise<void> {
  transition(move.repair.status, move.to, actor);
  const moved = await tx
    .updateTable('repair_orders')
    .set({ status: move.to, ...move.columns })
    .where('id', '=', move.repair.id)
    .where('status', '=', move.repair.status)
    .executeTakeFirst();
  if (moved.numUpdatedRows === 0n) throw statusChanged();
  // The update above holds the repair's row, so no other move reads the same last step.
  const last = await tx.selectFrom('repair_status_changes').select((eb) => eb.fn.max('sequence').as('sequence')).where('repair_id', '=', move.repair.id).executeTakeFirst();
  await tx
    .insertInto('repair_status_changes')
    .values({
      id: newId('rsc'),
      repair_id: move.repair.id,
      sequence: Number(last?.sequence ?? 0) + 1,
      from_status: move.repair.status,
      to_status: move.to,
      note: move.note,
      changed_at: now.toISOString(),
    })
    .execute();
}

/** The day the centre promises the piece back: its standard turnaround for the service, from the day it is received (centre's time zone). */
async function promisedDateOnReceipt(db: Db, repair: RepairRow, now: Date): Promise<string> {
  const centre = await findCentreOffering(db, repair.brand_id, repair.service_centre_id, repair.service_type);
  return addDaysToDate(dateInTimeZone(now, centre.time_zone), centre.turnaroundDaysByService[repair.service_type]!);
}

function checkEstimateGivenWhenNeeded(input: TransitionInput): void {
  if (input.to === 'awaiting_approval' && !input.estimate) {
    const message = 'Send the estimate the owner is to approve.';
    throw new AtelierError('estimate_required', message, { fieldErrors: [{ path: 'estimate', code: 'estimate_required', message }] });
  }
  if (input.to !== 'awaiting_approval' && input.estimate) {
    const message = 'An estimate is sent only when moving the repair to awaiting approval.';
    throw new AtelierError('validation_failed', message, { fieldErrors: [{ path: 'estimate', code: 'invalid_value', message }] });
  }
}

/** What a repair charged, as its columns hold it. */
interface RepairCharge {
  charged_currency: string;
  charged_minor_units: number;
  charged_on: string;
}

function checkChargedOnlyAtReturn(input: TransitionInput): void {
  if (input.charged && input.to !== 'returned') {
    const message = 'What the owner paid is recorded when the piece is returned.';
    throw new AtelierError('validation_failed', message, { fieldErrors: [{ path: 'charged', code: 'invalid_value', message }] });
  }
}

/**
 * What the owner paid for the repair, recorded at its return: what the service desk says
 * (`charged`), else the approved estimate's total — the amount the owner signed for, in its
 * currency — for a piece that went through the workshop; nothing for one returned after a declined
 * estimate. Recorded then, not at the approval, because only the return closes the bill (work may
 * be added or waived on the bench) and is when the owner pays; dated that day (UTC), whose
 * month's exchange rate converts it.
 */
async function chargeAtReturn(db: Db, repair: RepairRow, input: TransitionInput, now: Date): Promise<RepairCharge | undefined> {
  if (input.to !== 'returned') return undefined;
  const chargedOn = now.toISOString().slice(0, 10);
  if (input.charged) return { charged_currency: input.charged.currency, charged_minor_units: input.charged.amountMinorUnits, charged_on: chargedOn };
  if (!isServicedReturn(repair.status)) return undefined;
  const estimate = await db.selectFrom('repair_estimates').select(['currency', 'total_minor_units', 'decision']).where('repair_id', '=', repair.id).executeTakeFirst();
  if (estimate?.decision !== 'approve') return undefined;
  return { charged_currency: estimate.currency, charged_minor_units: estimate.total_minor_units, charged_on: chargedOn };
}

/** An estimate already lapsed when sent could only be refused by the owner's tracker: refuse it here, naming the field. */
async function checkEstimateStillValid(db: Db, repair: RepairRow, validUntil: string, now: Date): Promise<void> {
  const centre = await findCentreOffering(db, repair.brand_id, repair.service_centre_id, repair.service_type);
  const today = dateInTimeZone(now, centre.time_zone);
  if (isBefore(validUntil, today)) {
    const message = `The estimate must be valid until today (${today} at the service centre) or later.`;
    throw new AtelierError('validation_failed', message, { fieldErrors: [{ path: 'estimate.validUntil', code: 'invalid_value', message }] });
  }
}

async function insertEstimate(tx: Db, repairId: string, estimate: NonNullable<TransitionInput['estimate']>, now: Date): Promise<void> {
  const { lineItems } = estimate;
  const total = lineItems.reduce((sum, line) => sum + (line.coveredByWarranty ? 0 : line.amountMinorUnits), 0);
  await tx
    .insertInto('repair_estimates')
    .values({
      repair_id: repairId,
      currency: estimate.currency,
      line_items: JSON.stringify(lineItems),
      total_minor_units: total,
      valid_until: estimate.validUntil,
      created_at: now.toISOString(),
      decision: null,
      decided_at: null,
      decided_by_name: null,
      decided_from_address: null,
    })
    .execute();
}

/**
 * After a service, the warranty covering the piece runs the brand's months longer. A warranty
 * that had already lapsed runs that long from the return instead, so the owner always leaves with
 * the service's months of coverage rather than an extension that ends in the past. Answers the
 * new coverage end, or null when nothing was extended.
 */
export async function extendWarrantyAfterService(tx: Db, repair: Pick<RepairRow, 'item_id' | 'brand_id'>, today: string, now: Date): Promise<string | null> {
  const warranty = await tx
    .selectFrom('warranties')
    .select(['id', 'coverage_end'])
    .where('item_id', '=', repair.item_id)
    .where('covering_item_id', 'is not', null)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!warranty) return null;
  const brand = await tx.selectFrom('brands').select('warranty_months_added_per_service').where('id', '=', repair.brand_id).executeTakeFirstOrThrow();
  const months = brand.warranty_months_added_per_service;
  if (months === 0) return null;
  const from = isBefore(warranty.coverage_end, today) ? today : warranty.coverage_end;
  const coverageEnd = addMonthsToDate(from, months);
  await tx.updateTable('warranties').set({ coverage_end: coverageEnd }).where('id', '=', warranty.id).execute();
  await tx.insertInto('warranty_extensions').values({ id: newId('wext'), warranty_id: warranty.id, reason: serviceExtensionReason, months, created_at: now.toISOString() }).execute();
  return coverageEnd;
}

async function recordServicedReturn(tx: Db, repair: RepairRow, now: Date): Promise<void> {
  const centre = await findCentreOffering(tx, repair.brand_id, repair.service_centre_id, repair.service_type);
  const coverageEnd = await extendWarrantyAfterService(tx, repair, dateInTimeZone(now, centre.time_zone), now);
  await appendProvenanceEvent(
    tx,
    {
      brandId: repair.brand_id,
      itemId: repair.item_id,
      type: 'serviced',
      occurredAt: now.toISOString(),
      place: { retailerId: null, country: centre.country, city: centre.city },
      // The new coverage end is public, as on `warranty_activated`: a buyer checking the piece sees
      // the warranty the service extended, signed in the same chain.
      details: coverageEnd === null ? { serviceType: repair.service_type } : { serviceType: repair.service_type, coverageEnd },
    },
    now,
  );
}

/** A staff move (secret key), with its note, estimate or promised date. */
export async function advanceRepair(deps: ServerDeps, brandId: string, trackingCode: string, input: TransitionInput): Promise<RepairOrder> {
  const repair = await findRepair(deps.db, brandId, trackingCode);
  transition(repair.status, input.to, 'staff');
  checkEstimateGivenWhenNeeded(input);
  checkChargedOnlyAtReturn(input);
  const now = deps.clock.now();
  if (input.estimate) await checkEstimateStillValid(deps.db, repair, input.estimate.validUntil, now);
  const charge = await chargeAtReturn(deps.db, repair, input, now);
  const promisedDate = input.promisedDate ?? (input.to === 'received' ? await promisedDateOnReceipt(deps.db, repair, now) : undefined);
  const notice = await deps.db.transaction().execute(async (tx) => {
    await moveStatus(
      tx,
      'staff',
      {
        repair,
        to: input.to,
        note: input.note || null,
        columns: {
          ...(promisedDate === undefined ? {} : { promised_date: promisedDate }),
          ...(input.to === 'ready' ? { ready_at: now.toISOString() } : {}),
          ...charge,
        },
      },
      now,
    );
    if (input.estimate) await insertEstimate(tx, repair.id, input.estimate, now);
    // A serviced return refreshes the piece's clients with its `serviced` event (which sees the charge written above).
    if (input.to === 'returned' && isServicedReturn(repair.status)) await recordServicedReturn(tx, repair, now);
    else if (charge) await refreshClientSummariesOfPiece(tx, repair.brand_id, repair.item_id);
    return prepareOwnerNotice(tx, repair.id, input.to, now);
  });
  await sendOwnerNotice(deps, notice);
  return loadRepairOrder(deps.db, deps.clock, repair.id);
}

/** The repair as the service desk sees it (secret key). */
/** The repair as staff see it; `retailerId` scopes it to the repairs left with that retailer. */
export async function getRepairOrder(deps: { db: Db; clock: Clock }, brandId: string, trackingCode: string, retailerId?: string): Promise<RepairOrder> {
  const repair = await findRepair(deps.db, brandId, trackingCode, 'staff', retailerId);
  return loadRepairOrder(deps.db, deps.clock, repair.id);
}

/** The tracker, for the owner's tracking code and e-mail or link token. */
export async function lookupRepair(deps: { db: Db; clock: Clock }, brandId: string, input: OwnerProof): Promise<RepairTracker> {
  const repair = await findOwnersRepair(deps.db, brandId, input, deps.clock.now());
  return loadRepairTracker(deps.db, deps.clock, repair.id);
}

const decisionStatus: Record<EstimateDecision, RepairStatus> = { approve: 'approved', decline: 'declined' };

/**
 * The owner approves or declines the estimate by typing their name, which is stored as they
 * typed it, with the time and the address the decision came from: the record of their consent.
 */
export async function decideEstimate(deps: ServerDeps, brandId: string, input: DecisionInput, clientAddress: string): Promise<RepairTracker> {
  const now = deps.clock.now();
  const repair = await findOwnersRepair(deps.db, brandId, input, now);
  const to = decisionStatus[input.decision];
  transition(repair.status, to, 'owner');
  const estimate = await deps.db.selectFrom('repair_estimates').select('valid_until').where('repair_id', '=', repair.id).executeTakeFirstOrThrow();
  const centre = await findCentreOffering(deps.db, brandId, repair.service_centre_id, repair.service_type);
  if (isBefore(estimate.valid_until, dateInTimeZone(now, centre.time_zone))) {
    throw new AtelierError('estimate_expired', `This estimate was valid until ${estimate.valid_until}. The service centre will send a new one.`);
  }
  const notice = await deps.db.transaction().execute(async (tx) => {
    await moveStatus(tx, 'owner', { repair, to, note: null }, now);
    await tx
      .updateTable('repair_estimates')
      .set({ decision: input.decision, decided_at: now.toISOString(), decided_by_name: input.name, decided_from_address: clientAddress })
      .where('repair_id', '=', repair.id)
      .execute();
    return prepareOwnerNotice(tx, repair.id, to, now);
  });
  await sendOwnerNotice(deps, notice);
  return loadRepairTracker(deps.db, deps.clock, repair.id);
}

/** The owner's rating, once, after the piece is back. */
export async function rateRepair(deps: ServerDeps, brandId: string, input: RatingInput): Promise<RepairTracker> {
  const now = deps.clock.now();
  const repair = await findOwnersRepair(deps.db, brandId, input, now);
  if (repair.status !== 'returned') {
    throw new AtelierError('repair_not_returned', 'The service can be rated once the piece is back with its owner.');
  }
  const rated = await deps.db
    .updateTable('repair_orders')
    .set({ rating_score: input.score, rating_comment: input.comment || null, rated_at: now.toISOString() })
    .where('id', '=', repair.id)
    .where('rated_at', 'is', null)
    .executeTakeFirst();
  if (rated.numUpdatedRows === 0n) throw new AtelierError('already_rated', 'This service has already been rated. Thank you.');
  return loadRepairTracker(deps.db, deps.clock, repair.id);
}
