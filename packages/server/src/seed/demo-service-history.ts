/**
 * The demo's service history: one in two of the pieces its retailers sold (demo-sales.ts) came
 * back for a full service some months later — left at the boutique that sold it, serviced at the
 * centre of its country, estimate approved, returned and rated by the owner — so the brand's
 * figures have something to show: CSAT that differs per service centre and per retailer, and
 * clients who came back (the service counts for their retention, as `serviced` in the piece's
 * history). Rows as the repair's lifecycle writes them (the order, each status with its time, the
 * approved estimate, the rating, the warranty extended by the brand's months on the return, the
 * piece's `serviced` event saying until when), without the e-mails. Added once:
 * a demo database that already holds a rated repair is left as it is.
 */
import type { Db } from '../db/database.ts';
import type { RepairStatusColumn } from '../db/schema.ts';
import { refreshClientSummariesOfPiece } from '../features/clients/client-summary.ts';
import { appendProvenanceEvent } from '../features/provenance/events.ts';
import { extendWarrantyAfterService } from '../features/repairs/lifecycle.ts';
import { newTrackingCode } from '../features/repairs/tracking-code.ts';
import { addDaysToDate } from '../features/shared/calendar.ts';
import { newId } from '../ids.ts';
import type { RetailerSpec, ServiceCentreSpec } from './demo-catalogue.ts';
import { demoCollector } from './demo-clients.ts';
import { normalizeEmail } from '../email-address.ts';

/** One sold piece in this many comes back for service. */
const servicedOneIn = 2;
/** A piece comes back this many days after its sale at the earliest, plus a spread per piece. */
const firstServiceAfterDays = 30;
const serviceAfterSpreadDays = 150;
/** Days at the centre, from receipt to ready (the full service's 30, give or take a week). */
const turnaroundDays = 30;
const turnaroundSpreadDays = 7;
/** Days from ready to the owner's collection, then to their rating. */
const daysToCollect = 2;
const daysToRate = 1;

/**
 * The owners' ratings at each centre, in turn: Tokyo's clients nearly always give 4 or 5, New
 * York's less often, so the centres (and the boutiques that send them pieces) differ.
 */
const ratingsByCentre: Record<string, readonly number[]> = {
  svc_paris: [5, 3, 4, 5, 2, 5, 4, 5],
  svc_geneve: [4, 5, 5, 3, 4, 5, 2, 4],
  svc_tokyo: [5, 5, 4, 5, 5, 5, 4, 5],
  svc_new_york: [3, 4, 2, 5, 2, 4, 3, 5],
};
/** A full service's price at each country's centre, in its currency's minor units (yen have none). */
const fullServicePriceByCountry: Record<string, { currency: string; amountMinorUnits: number }> = {
  FR: { currency: 'EUR', amountMinorUnits: 65_000 },
  CH: { currency: 'CHF', amountMinorUnits: 68_000 },
  JP: { currency: 'JPY', amountMinorUnits: 110_000 },
  US: { currency: 'USD', amountMinorUnits: 72_000 },
};

const at = (day: string, time: string) => `${day}T${time}.000Z`;

export async function insertMissingDemoServiceHistory(
  db: Db,
  options: { brandId: string; retailers: readonly RetailerSpec[]; centres: readonly ServiceCentreSpec[]; now: Date },
): Promise<void> {
  const { brandId, now } = options;
  const rated = await db.selectFrom('repair_orders').select('id').where('brand_id', '=', brandId).where('rating_score', 'is not', null).executeTakeFirst();
  if (rated) return;
  const today = now.toISOString().slice(0, 10);
  const sold = await db
    .selectFrom('warranties as w')
    .innerJoin('owners as o', 'o.id', 'w.owner_id')
    .select(['w.item_id', 'w.retailer_id', 'w.purchase_date', 'o.name', 'o.email', 'o.language'])
    .where('w.brand_id', '=', brandId)
    .where('w.source', '=', 'retailer')
    .where('w.status', '=', 'active')
    // The collector's first piece stays due for service: customer care's segment of the demo is about him.
    .where('o.email_normalized', '!=', normalizeEmail(demoCollector.email))
    .orderBy('w.purchase_date')
    .orderBy('w.item_id')
    .execute();
  const turn: Record<string, number> = {};
  for (const [index, piece] of sold.entries()) {
    if (index % servicedOneIn !== 0) continue;
    const retailer = options.retailers.find((candidate) => candidate.id === piece.retailer_id);
    const centre = options.centres.find((candidate) => candidate.country === retailer?.country);
    if (!retailer || !centre) continue;
    const receivedOn = addDaysToDate(piece.purchase_date, firstServiceAfterDays + ((index * 37) % serviceAfterSpreadDays));
    const readyOn = addDaysToDate(receivedOn, turnaroundDays - turnaroundSpreadDays + (index % (2 * turnaroundSpreadDays + 1)));
    const returnedOn = addDaysToDate(readyOn, daysToCollect);
    const ratedOn = addDaysToDate(returnedOn, daysToRate);
    if (ratedOn >= today) continue;
    const ratings = ratingsByCentre[centre.id] ?? [5];
    const position = turn[centre.id] ?? 0;
    turn[centre.id] = position + 1;
    await insertServicedRepair(db, {
      brandId,
      piece,
      retailer,
      centre,
      days: { receivedOn, readyOn, returnedOn, ratedOn },
      rating: ratings[position % ratings.length]!,
      price: fullServicePriceByCountry[centre.country] ?? fullServicePriceByCountry['FR']!,
      now,
    });
  }
}

async function insertServicedRepair(
  db: Db,
  repair: {
    brandId: string;
    piece: { item_id: string; name: string; email: string; language: string };
    retailer: RetailerSpec;
    centre: ServiceCentreSpec;
    days: { receivedOn: string; readyOn: string; returnedOn: string; ratedOn: string };
    rating: number;
    price: { currency: string; amountMinorUnits: number };
    now: Date;
  },
): Promise<void> {
  const { brandId, piece, retailer, centre, days } = repair;
  const id = newId('rep');
  const requestedOn = addDaysToDate(days.receivedOn, -3);
  const approvedOn = addDaysToDate(days.receivedOn, 4);
  await db
    .insertInto('repair_orders')
    .values({
      id,
      brand_id: brandId,
      tracking_code: newTrackingCode(),
      item_id: piece.item_id,
      service_type: 'full_service',
      description: 'Full service: the watch loses a few seconds a day.',
      service_centre_id: centre.id,
      drop_off_method: 'retailer',
      drop_off_slot_id: null,
      retailer_id: retailer.id,
      contact_confirmed_at: at(requestedOn, '16:00:00'),
      contact_name: piece.name,
      contact_email: piece.email,
      contact_email_normalized: piece.email.toLowerCase(),
      contact_language: piece.language,
      flagged_item_status: null,
      status: 'returned',
      promised_date: addDaysToDate(days.receivedOn, turnaroundDays),
      ready_at: at(days.readyOn, '15:00:00'),
      rating_score: repair.rating,
      rating_comment: null,
      rated_at: at(days.ratedOn, '19:00:00'),
      created_at: at(requestedOn, '11:00:00'),
    })
    .execute();
  const history: [from: RepairStatusColumn | null, to: RepairStatusColumn, day: string][] = [
    [null, 'requested', requestedOn],
    ['requested', 'received', days.receivedOn],
    ['received', 'diagnosed', addDaysToDate(days.receivedOn, 2)],
    ['diagnosed', 'awaiting_approval', addDaysToDate(days.receivedOn, 2)],
    ['awaiting_approval', 'approved', approvedOn],
    ['approved', 'in_repair', addDaysToDate(approvedOn, 1)],
    ['in_repair', 'quality_control', addDaysToDate(days.readyOn, -1)],
    ['quality_control', 'ready', days.readyOn],
    ['ready', 'returned', days.returnedOn],
  ];
  await db
    .insertInto('repair_status_changes')
    .values(
      history.map(([from, to, day], index) => ({
        id: newId('rsc'),
        repair_id: id,
        sequence: index + 1,
        from_status: from,
        to_status: to,
        note: null,
        changed_at: at(day, to === 'ready' ? '15:00:00' : '10:00:00'),
      })),
    )
    .execute();
  const total = repair.price.amountMinorUnits;
  await db
    .insertInto('repair_estimates')
    .values({
      repair_id: id,
      currency: repair.price.currency,
      line_items: JSON.stringify([{ description: 'Full service', amountMinorUnits: total, coveredByWarranty: false }]),
      total_minor_units: total,
      valid_until: addDaysToDate(days.receivedOn, 30),
      created_at: at(addDaysToDate(days.receivedOn, 2), '10:00:00'),
      decision: 'approve',
      decided_at: at(approvedOn, '10:00:00'),
      decided_by_name: piece.name,
      decided_from_address: null,
    })
    .execute();
  // The return extends the warranty as the lifecycle's does: the site promises twelve months more after each service.
  const returnedAt = at(days.returnedOn, '10:00:00');
  const coverageEnd = await extendWarrantyAfterService(db, { item_id: piece.item_id, brand_id: brandId }, days.returnedOn, new Date(returnedAt));
  await appendProvenanceEvent(
    db,
    {
      brandId,
      itemId: piece.item_id,
      type: 'serviced',
      occurredAt: returnedAt,
      place: { retailerId: null, country: centre.country, city: centre.city },
      details: coverageEnd === null ? { serviceType: 'full_service' } : { serviceType: 'full_service', coverageEnd },
    },
    repair.now,
  );
  await refreshClientSummariesOfPiece(db, brandId, piece.item_id);
}
