/**
 * A repair as its owner sees it (the tracker) and as the service desk sees it. Both are read from
 * the same rows; the tracker leaves out staff notes, flags and the decision's address.
 */
import type { Estimate, RepairOrder, RepairStatus, RepairTracker } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { RepairOrdersTable } from '../../db/schema.ts';
import { AtelierError } from '../../errors.ts';
import { todayUtc } from '../shared/calendar.ts';
import { effectiveWarrantyStatus } from '../warranties/warranty-view.ts';
import { dateInTimeZone } from './calendar.ts';
import { contactConfirmationOf } from './contact-confirmation.ts';

/**
 * Who is looking a repair up decides only the wording: an owner is told the code and the e-mail
 * did not match (never which), the service desk, which uses no e-mail, that the code is unknown.
 */
export type RepairSeeker = 'owner' | 'staff';

/** The one answer for a repair the caller may not see: an unknown code and a wrong e-mail look alike. */
export function unknownRepair(seeker: RepairSeeker = 'owner'): AtelierError {
  const message = seeker === 'owner' ? 'No repair matches this tracking code and e-mail address.' : 'No repair of this brand has this tracking code.';
  return new AtelierError('unknown_repair', message, { fieldErrors: [{ path: 'trackingCode', code: 'unknown_repair', message }] });
}

interface LineItem {
  description: string;
  amountMinorUnits: number;
  coveredByWarranty: boolean;
}

async function loadEstimate(db: Db, repairId: string): Promise<{ estimate: Estimate; decidedFrom: string | null } | null> {
  const row = await db.selectFrom('repair_estimates').selectAll().where('repair_id', '=', repairId).executeTakeFirst();
  if (!row) return null;
  return {
    estimate: {
      currency: row.currency,
      lineItems: JSON.parse(row.line_items) as LineItem[],
      totalMinorUnits: row.total_minor_units,
      validUntil: row.valid_until,
      decision:
        row.decision && row.decided_at && row.decided_by_name ? { decision: row.decision, decidedAt: row.decided_at, name: row.decided_by_name } : null,
    },
    decidedFrom: row.decided_from_address,
  };
}

/** Ready by the promised date, judged in the centre's time zone; still on time while not yet due. */
function onTime(repair: Pick<RepairOrdersTable, 'status' | 'promised_date' | 'ready_at'>, timeZone: string, now: Date): boolean | null {
  if (repair.promised_date === null) return null;
  const closedWithoutWork: RepairStatus[] = ['cancelled', 'declined'];
  if (closedWithoutWork.includes(repair.status)) return null;
  if (repair.ready_at !== null) return dateInTimeZone(new Date(repair.ready_at), timeZone) <= repair.promised_date;
  if (repair.status === 'returned') return null;
  return dateInTimeZone(now, timeZone) <= repair.promised_date;
}

async function loadRepairRows(db: Db, repairId: string) {
  const repair = await db
    .selectFrom('repair_orders')
    .innerJoin('items', 'items.id', 'repair_orders.item_id')
    .innerJoin('service_centres as centre', 'centre.id', 'repair_orders.service_centre_id')
    .leftJoin('drop_off_slots as slot', 'slot.id', 'repair_orders.drop_off_slot_id')
    .leftJoin('retailers as retailer', 'retailer.id', 'repair_orders.retailer_id')
    .selectAll('repair_orders')
    .select([
      'items.serial',
      'centre.name as centre_name',
      'centre.city as centre_city',
      'centre.country as centre_country',
      'centre.address as centre_address',
      'centre.time_zone as centre_time_zone',
      'centre.mail_in_instructions as centre_mail_in_instructions',
      'slot.starts_at as slot_starts_at',
      'slot.ends_at as slot_ends_at',
      'retailer.name as retailer_name',
      'retailer.city as retailer_city',
      'retailer.country as retailer_country',
    ])
    .where('repair_orders.id', '=', repairId)
    .executeTakeFirstOrThrow();
  const history = await db
    .selectFrom('repair_status_changes')
    .select(['from_status', 'to_status', 'note', 'changed_at'])
    .where('repair_id', '=', repairId)
    .orderBy('sequence')
    .execute();
  const warranty = await db
    .selectFrom('warranties')
    .select(['status', 'coverage_end'])
    .where('item_id', '=', repair.item_id)
    .where('covering_item_id', 'is not', null)
    .executeTakeFirst();
  return { repair, history, warranty, estimate: await loadEstimate(db, repairId) };
}

async function buildViews(db: Db, clock: Clock, repairId: string): Promise<{ tracker: RepairTracker; order: RepairOrder }> {
  const { repair, history, warranty, estimate } = await loadRepairRows(db, repairId);
  const now = clock.now();
  const tracker: RepairTracker = {
    trackingCode: repair.tracking_code,
    serial: repair.serial,
    serviceType: repair.service_type,
    description: repair.description,
    centre: {
      id: repair.service_centre_id,
      name: repair.centre_name,
      city: repair.centre_city,
      country: repair.centre_country,
      address: repair.centre_address,
      timeZone: repair.centre_time_zone,
    },
    dropOff: {
      method: repair.drop_off_method,
      slot: repair.slot_starts_at && repair.slot_ends_at ? { startsAt: repair.slot_starts_at, endsAt: repair.slot_ends_at } : null,
      mailInInstructions: repair.drop_off_method === 'mail_in' ? repair.centre_mail_in_instructions : null,
      retailer:
        repair.drop_off_method === 'retailer' && repair.retailer_id !== null && repair.retailer_name !== null && repair.retailer_city !== null && repair.retailer_country !== null
          ? { id: repair.retailer_id, name: repair.retailer_name, city: repair.retailer_city, country: repair.retailer_country }
          : null,
    },
    status: repair.status,
    stages: history.map((change) => ({ status: change.to_status, at: change.changed_at })),
    promisedDate: repair.promised_date,
    onTime: onTime(repair, repair.centre_time_zone, now),
    estimate: estimate?.estimate ?? null,
    warranty: warranty ? { status: effectiveWarrantyStatus(warranty, todayUtc(clock)), coverageEnd: warranty.coverage_end } : null,
    rating:
      repair.rating_score !== null && repair.rated_at !== null ? { score: repair.rating_score, comment: repair.rating_comment, ratedAt: repair.rated_at } : null,
    createdAt: repair.created_at,
  };
  const order: RepairOrder = {
    ...tracker,
    contact: { name: repair.contact_name, email: repair.contact_email, language: repair.contact_language },
    contactConfirmation: contactConfirmationOf(repair),
    flaggedItemStatus: repair.flagged_item_status,
    bookedByNonOwner: repair.booked_by_non_owner === 1,
    history: history.map((change) => ({ from: change.from_status, to: change.to_status, at: change.changed_at, note: change.note })),
    estimateDecisionAddress: estimate?.decidedFrom ?? null,
    charged:
      repair.charged_currency !== null && repair.charged_minor_units !== null && repair.charged_on !== null
        ? { currency: repair.charged_currency, amountMinorUnits: Number(repair.charged_minor_units), chargedOn: repair.charged_on }
        : null,
  };
  return { tracker, order };
}

export async function loadRepairTracker(db: Db, clock: Clock, repairId: string): Promise<RepairTracker> {
  return (await buildViews(db, clock, repairId)).tracker;
}

export async function loadRepairOrder(db: Db, clock: Clock, repairId: string): Promise<RepairOrder> {
  return (await buildViews(db, clock, repairId)).order;
}
