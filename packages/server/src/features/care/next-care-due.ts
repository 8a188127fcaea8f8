/**
 * When a piece's next care is due: the one definition, which the retailer's recognition card, the
 * owner's space and (later) the concierge's reminders share. A piece is due
 * `serviceIntervalMonths` (the brand's warranty policy) after its last service closed in Atelier
 * (a `serviced` provenance event: a repair returned, or a service a retailer or the brand recorded)
 * since its current owner's purchase, or after that purchase when never serviced since.
 */
import type { Db } from '../../db/database.ts';
import { addMonthsToDate, isBefore, type IsoDate } from '../shared/calendar.ts';

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

/** The next care due of a piece with `history`, for a brand servicing every `serviceIntervalMonths`. */
export function nextCareDue(history: CareHistory, serviceIntervalMonths: number, today: IsoDate): NextCareDue {
  const servicesSincePurchase = history.servicedOn.filter((day) => !isBefore(day, history.purchasedOn));
  const lastServiceOn = servicesSincePurchase.reduce<IsoDate | undefined>((latest, day) => (latest === undefined || isBefore(latest, day) ? day : latest), undefined);
  const after = lastServiceOn === undefined ? 'purchase' : 'last_service';
  const date = addMonthsToDate(lastServiceOn ?? history.purchasedOn, serviceIntervalMonths);
  return { date, after, overdue: isBefore(date, today) };
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
