/**
 * Calendar dates (`YYYY-MM-DD`) as the registry stores them. date-fns does the month arithmetic
 * because month lengths make it easy to get wrong by hand (31 January + 1 month = 28 February).
 * Dates are parsed and formatted in the same local time zone, so no offset can shift a day.
 */
import { addDays, addMonths, differenceInCalendarDays, formatISO, parseISO } from 'date-fns';
import type { Clock } from '../../clock.ts';

export type IsoDate = string;

function toIsoDate(date: Date): IsoDate {
  return formatISO(date, { representation: 'date' });
}

/** Today's date in UTC, the registry's reference day. */
export function todayUtc(clock: Clock): IsoDate {
  return clock.now().toISOString().slice(0, 10);
}

export function addMonthsToDate(date: IsoDate, months: number): IsoDate {
  return toIsoDate(addMonths(parseISO(date), months));
}

export function addDaysToDate(date: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(parseISO(date), days));
}

/** Whole days from `date` to `later` (negative when `later` comes first). */
export function daysBetweenDates(date: IsoDate, later: IsoDate): number {
  return differenceInCalendarDays(parseISO(later), parseISO(date));
}

/** `YYYY-MM-DD` strings order like the dates they name. */
export function isBefore(date: IsoDate, other: IsoDate): boolean {
  return date < other;
}
