/**
 * When a piece's next care is due by the brand's interval alone: what the segments' `serviceDue`
 * (through the client summaries) counts, and what care-due.ts falls back to for the service when
 * no care rule of the piece sets one (care-due.ts, with the rules, is what the recognition card,
 * the owner's space and the concierge read). A piece is due
 * `serviceIntervalMonths` (the brand's warranty policy) after its last service closed in Atelier
 * (a `serviced` provenance event: a repair returned, or a service a retailer or the brand recorded)
 * since its current owner's purchase, or after that purchase when never serviced since.
 */
import type { Db } from '../../db/database.ts';
import { addDaysToDate, addMonthsToDate, isBefore, type IsoDate } from '../shared/calendar.ts';

export interface NextCareDue {
  date: IsoDate;
  /** What the interval was counted from. */
  after: 'last_service' | 'purchase';
  /** Due before `today`. */
  overdue: boolean;
}

export interface CareHistory {
  /** The day the current owner's warranty began (the purchase). */
  purchasedOn: IsoDate;
  /** Days the piece was serviced, in any order, earlier owners' included (those before the purchase are not counted). */
  servicedOn: readonly IsoDate[];
}

/** The day a piece's next care counts from: its last service since the purchase, or the purchase when never serviced since. */
export function careCountedFrom(history: CareHistory): { day: IsoDate; after: NextCareDue['after'] } {
  const servicesSincePurchase = history.servicedOn.filter((day) => !isBefore(day, history.purchasedOn));
  const lastServiceOn = servicesSincePurchase.reduce<IsoDate | undefined>((latest, day) => (latest === undefined || isBefore(latest, day) ? day : latest), undefined);
  return lastServiceOn === undefined ? { day: history.purchasedOn, after: 'purchase' } : { day: lastServiceOn, after: 'last_service' };
}

/** The day care falls due when it counts from `countedFrom`. */
function careDueOn(countedFrom: IsoDate, serviceIntervalMonths: number): IsoDate {
  return addMonthsToDate(countedFrom, serviceIntervalMonths);
}

/** The next care due of a piece with `history`, for a brand servicing every `serviceIntervalMonths`. */
export function nextCareDue(history: CareHistory, serviceIntervalMonths: number, today: IsoDate): NextCareDue {
  const countedFrom = careCountedFrom(history);
  const date = careDueOn(countedFrom.day, serviceIntervalMonths);
  return { date, after: countedFrom.after, overdue: isBefore(date, today) };
}

/**
 * The latest day care may count from and still fall due on or before `dueBy`. The due day never
 * moves earlier as the day counted from moves later, so a piece is due by `dueBy` exactly when its
 * care counts from this day or before: what lets a database compare stored days (the segments'
 * `serviceDue`) with no month arithmetic of its own. Month ends make the due day repeat (28, 29,
 * 30 and 31 January + 1 month are all 28 February), hence the walk from a first guess.
 */
export function latestCountedFromDueBy(dueBy: IsoDate, serviceIntervalMonths: number): IsoDate {
  let day = addMonthsToDate(dueBy, -serviceIntervalMonths);
  while (!isBefore(dueBy, careDueOn(addDaysToDate(day, 1), serviceIntervalMonths))) day = addDaysToDate(day, 1);
  while (isBefore(dueBy, careDueOn(day, serviceIntervalMonths))) day = addDaysToDate(day, -1);
  return day;
}

/** The days each piece was serviced (its `serviced` provenance events), by item id. */
export async function servicedDaysOf(db: Db, itemIds: readonly string[]): Promise<Map<string, IsoDate[]>> {
  const days = new Map<string, IsoDate[]>();
  if (itemIds.length === 0) return days;
  const rows = await db.selectFrom('provenance_events').select(['item_id', 'occurred_at']).where('item_id', 'in', itemIds).where('type', '=', 'serviced').execute();
  for (const row of rows) days.set(row.item_id, [...(days.get(row.item_id) ?? []), row.occurred_at.slice(0, 10)]);
  return days;
}

/** The brand's `serviceIntervalMonths` (its warranty policy). */
export async function serviceIntervalMonthsOf(db: Db, brandId: string): Promise<number> {
  const brand = await db.selectFrom('brands').select('service_interval_months').where('id', '=', brandId).executeTakeFirstOrThrow();
  return brand.service_interval_months;
}
