/**
 * What staff and authorized retailers record about a piece (secret key): a modification, a
 * service, a theft report and a recovery. Each appends one event to the piece's chain and
 * answers the updated public record, so the caller sees exactly what the public will.
 */
import type { ModificationRequest, ParsedRequestOf, ProvenanceRecord, recordService as recordServiceOperation, reportStolen as reportStolenOperation } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { ItemsTable } from '../../db/schema.ts';
import { AtelierError } from '../../errors.ts';
import { findCentreOffering } from '../service-network/centres.ts';
import { isBefore, todayUtc } from '../shared/calendar.ts';
import { findRetailer } from '../warranties/registration.ts';
import { noteForRetailerOfRecord } from '../retailer-notes/notes.ts';
import { cancelPendingTransfersOfPiece } from '../warranties/pending-transfers.ts';
import { appendProvenanceEvent } from './events.ts';
import { loadProvenanceRecord, unknownSerial, withoutVoidedSales } from './record.ts';

/** Pieces in these states are in someone's hands lawfully, so they may be serviced or modified. */
const workableItemStatuses: ItemsTable['status'][] = ['in_stock', 'sold'];

export interface RecordDeps {
  db: Db;
  clock: Clock;
}

interface StaffItem {
  id: string;
  serial: string;
  status: ItemsTable['status'];
}

export async function findStaffItem(db: Db, brandId: string, serial: string): Promise<StaffItem> {
  const item = await db
    .selectFrom('items')
    .select(['id', 'serial', 'status'])
    .where('brand_id', '=', brandId)
    .where('serial', '=', serial.toUpperCase())
    .executeTakeFirst();
  if (!item) throw unknownSerial();
  return item;
}

export function itemUnavailableForWork(status: string): AtelierError {
  return new AtelierError('item_unavailable', `This piece is ${status.replace('_', ' ')}: nothing can be recorded on it until that changes.`);
}

/** A given date (never in the future) at the start of its day, or now. */
function occurredAt(date: string | undefined, clock: Clock): string {
  if (date === undefined) return clock.now().toISOString();
  if (isBefore(todayUtc(clock), date)) {
    throw new AtelierError('date_in_future', 'The date is in the future.', {
      fieldErrors: [{ path: 'date', code: 'date_in_future', message: 'The date cannot be in the future.' }],
    });
  }
  return `${date}T00:00:00.000Z`;
}

function workableItem(item: StaffItem): void {
  if (!workableItemStatuses.includes(item.status)) throw itemUnavailableForWork(item.status);
}

/**
 * `servedBy`: the retailer recording its own modification (a retailer principal), whose act leaves
 * a note for the piece's retailer of record when that is another retailer; undefined for the brand's.
 */
export async function recordModification(deps: RecordDeps, brandId: string, serial: string, input: ModificationRequest, servedBy?: string): Promise<ProvenanceRecord> {
  const item = await findStaffItem(deps.db, brandId, serial);
  workableItem(item);
  const retailer = await findRetailer(deps.db, brandId, input.retailerId);
  const modifiedAt = occurredAt(input.date, deps.clock);
  if (servedBy !== undefined) {
    await noteForRetailerOfRecord(deps.db, { brandId, itemId: item.id, servingRetailerId: servedBy, kind: 'modification', detail: input.what, occurredAt: modifiedAt }, deps.clock.now());
  }
  await appendProvenanceEvent(
    deps.db,
    {
      brandId,
      itemId: item.id,
      type: 'modified',
      occurredAt: modifiedAt,
      place: { retailerId: retailer?.id ?? null, country: retailer?.country ?? null, city: retailer?.city ?? null },
      // The retailer's name goes into the hashed details: the record must keep saying who did it even if it is renamed.
      details: { what: input.what, retailerName: retailer?.name ?? '' },
    },
    deps.clock.now(),
  );
  return loadProvenanceRecord(deps.db, brandId, item.serial);
}

export async function recordService(
  deps: RecordDeps,
  brandId: string,
  serial: string,
  input: ParsedRequestOf<typeof recordServiceOperation>,
): Promise<ProvenanceRecord> {
  const item = await findStaffItem(deps.db, brandId, serial);
  workableItem(item);
  const centre = await findCentreOffering(deps.db, brandId, input.serviceCentreId, input.serviceType);
  await appendProvenanceEvent(
    deps.db,
    {
      brandId,
      itemId: item.id,
      type: 'serviced',
      occurredAt: occurredAt(input.date, deps.clock),
      place: { retailerId: null, country: centre.country, city: centre.city },
      details: { serviceType: input.serviceType },
    },
    deps.clock.now(),
  );
  return loadProvenanceRecord(deps.db, brandId, item.serial);
}

type PlaceInput = ParsedRequestOf<typeof reportStolenOperation>;

/** The item status a report sets, with the end reason of the piece's pending transfers and the code when it is already set. */
const missingReports = {
  stolen: { cancelReason: 'piece_reported_stolen', alreadyCode: 'already_reported_stolen', already: 'This piece is already reported stolen.' },
  lost: { cancelReason: 'piece_reported_lost', alreadyCode: 'already_reported_lost', already: 'This piece is already reported lost.' },
} as const;

/**
 * Flags the piece stolen or lost and ends its pending transfers (warranties/pending-transfers.ts),
 * together: the status update locks the piece's row, so two concurrent reports cannot both succeed,
 * and a transfer confirmed at the same moment either went first or finds it ended. `then` appends
 * what the report adds to the chain, in the same unit of work.
 */
async function flagMissing(deps: RecordDeps, brandId: string, serial: string, status: keyof typeof missingReports, then?: (tx: Db, item: StaffItem, now: Date) => Promise<void>): Promise<StaffItem> {
  const item = await findStaffItem(deps.db, brandId, serial);
  const report = missingReports[status];
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const flagged = await tx.updateTable('items').set({ status }).where('id', '=', item.id).where('status', 'in', workableItemStatuses).executeTakeFirst();
    if (flagged.numUpdatedRows === 0n) {
      const current = await findStaffItem(tx, brandId, serial);
      if (current.status === status) throw new AtelierError(report.alreadyCode, report.already);
      throw itemUnavailableForWork(current.status);
    }
    // A piece reported stolen or lost changes hands no more: a transfer waiting for its new owner ends, and its link says why.
    await cancelPendingTransfersOfPiece(tx, item.id, report.cancelReason, now);
    await then?.(tx, item, now);
  });
  return item;
}

/** Flags the piece stolen and appends the public report: a buyer checking the piece is warned. */
export async function reportStolen(deps: RecordDeps, brandId: string, serial: string, input: PlaceInput): Promise<ProvenanceRecord> {
  const item = await flagMissing(deps, brandId, serial, 'stolen', (tx, { id }, now) =>
    appendProvenanceEvent(
      tx,
      { brandId, itemId: id, type: 'reported_stolen', occurredAt: now.toISOString(), place: { retailerId: null, country: input.country ?? null, city: input.city ?? null }, details: {} },
      now,
    ),
  );
  return loadProvenanceRecord(deps.db, brandId, item.serial);
}

/**
 * Flags the piece lost (its owner's report from their space). No provenance event: the chain's event
 * types are signed and verified by the published clients, and a `reported_lost` type is not one of
 * them yet; the public record shows the status `lost` meanwhile.
 */
export async function reportLost(deps: RecordDeps, brandId: string, serial: string): Promise<void> {
  await flagMissing(deps, brandId, serial, 'lost');
}

/**
 * Lifts the stolen or lost flag: the piece goes back to sold if it ever was, else to stock. A theft
 * report stays in the history and `recovered` follows it; a loss was never in the history, so
 * nothing is appended for it.
 */
export async function markRecovered(deps: RecordDeps, brandId: string, serial: string, input: PlaceInput): Promise<ProvenanceRecord> {
  const item = await findStaffItem(deps.db, brandId, serial);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    // A sale a retailer voided does not count: the piece went back to stock then.
    const saleEvents = await tx.selectFrom('provenance_events').select('type').where('item_id', '=', item.id).where('type', 'in', ['sold', 'sale_voided']).orderBy('sequence').execute();
    const sold = withoutVoidedSales(saleEvents).some((event) => event.type === 'sold');
    const restore = (from: 'stolen' | 'lost') =>
      tx.updateTable('items').set({ status: sold ? 'sold' : 'in_stock' }).where('id', '=', item.id).where('status', '=', from).executeTakeFirst();
    // Each update locks the row and says which flag it lifted, so the event follows a theft only.
    if ((await restore('stolen')).numUpdatedRows === 0n) {
      if ((await restore('lost')).numUpdatedRows === 0n) throw new AtelierError('not_reported_stolen', 'This piece is not reported stolen or lost.');
      return;
    }
    await appendProvenanceEvent(
      tx,
      { brandId, itemId: item.id, type: 'recovered', occurredAt: now.toISOString(), place: { retailerId: null, country: input.country ?? null, city: input.city ?? null }, details: {} },
      now,
    );
  });
  return loadProvenanceRecord(deps.db, brandId, item.serial);
}
