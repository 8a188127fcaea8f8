/**
 * Boutique drop-off slots of seeded centres for the weeks ahead: from the day after `now` in each
 * centre's time zone, on each day it opens, at its schedule's local start times. A slot's id is
 * made of its centre and local start, so seeding again changes nothing, and seeding later only
 * adds the days not yet covered.
 */
import { TZDate } from '@date-fns/tz';
import { weekdays, type Weekday } from '@atelier/client/contract';
import type { Db } from '../db/database.ts';
import { dateInTimeZone } from '../features/repairs/calendar.ts';
import type { ServiceCentreSpec } from './demo-catalogue.ts';

/** How far ahead owners can book a boutique drop-off, in days. */
export const dropOffSlotDaysAhead = 28;
const millisecondsPerMinute = 60_000;
/** Rows per INSERT, well under both databases' bound-parameter limits. */
const insertBatchSize = 100;

export interface PlannedSlot {
  id: string;
  service_centre_id: string;
  starts_at: string;
  ends_at: string;
  capacity: number;
}

/** `Date#getUTCDay` numbers days from Sunday; the contract's weekdays start on Monday. */
function weekdayOf(calendarDay: Date): Weekday {
  return weekdays[(calendarDay.getUTCDay() + 6) % 7]!;
}

/** The slots of `centre` on the `daysAhead` days after `now`'s day in its time zone. */
export function plannedDropOffSlots(centre: ServiceCentreSpec, now: Date, daysAhead = dropOffSlotDaysAhead): PlannedSlot[] {
  const [year, month, day] = dateInTimeZone(now, centre.timeZone).split('-').map(Number) as [number, number, number];
  const slots: PlannedSlot[] = [];
  for (let offset = 1; offset <= daysAhead; offset += 1) {
    // Calendar arithmetic on a UTC date: no time zone, so no daylight-saving shift.
    const calendarDay = new Date(Date.UTC(year, month - 1, day + offset));
    const periods = centre.openingHours.filter((period) => period.day === weekdayOf(calendarDay));
    for (const startTime of centre.dropOff.startTimes) {
      // `HH:MM` strings compare as times.
      if (!periods.some((period) => period.opens <= startTime && startTime < period.closes)) continue;
      const [hours, minutes] = startTime.split(':').map(Number) as [number, number];
      const startsAt = new TZDate(calendarDay.getUTCFullYear(), calendarDay.getUTCMonth(), calendarDay.getUTCDate(), hours, minutes, centre.timeZone).getTime();
      const localStart = `${calendarDay.toISOString().slice(0, 10).replaceAll('-', '')}${startTime.replace(':', '')}`;
      slots.push({
        id: `slot_${centre.id}_${localStart}`,
        service_centre_id: centre.id,
        starts_at: new Date(startsAt).toISOString(),
        ends_at: new Date(startsAt + centre.dropOff.slotMinutes * millisecondsPerMinute).toISOString(),
        capacity: centre.dropOff.capacity,
      });
    }
  }
  return slots;
}

/** Inserts the planned slots of `centres` not there yet; existing slots keep their bookings. */
export async function insertDropOffSlots(db: Db, brandId: string, centres: ServiceCentreSpec[], now: Date): Promise<void> {
  const rows = centres.flatMap((centre) => plannedDropOffSlots(centre, now)).map((slot) => ({ ...slot, brand_id: brandId }));
  for (let start = 0; start < rows.length; start += insertBatchSize) {
    await db
      .insertInto('drop_off_slots')
      .values(rows.slice(start, start + insertBatchSize))
      .onConflict((conflict) => conflict.column('id').doNothing())
      .execute();
  }
}
