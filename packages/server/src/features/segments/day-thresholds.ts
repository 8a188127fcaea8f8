/**
 * The dates a segment's conditions compare with, worked out once per query in the brand's
 * calendar (UTC days) with the same month arithmetic as the tier (shared/calendar.ts), and passed
 * to SQL as `YYYY-MM-DD` parameters. The databases then only compare text dates, which SQLite and
 * PostgreSQL order alike: no date function of either runs, so both give the same answer.
 */
import { addDaysToDate, addMonthsToDate, isBefore, type IsoDate } from '../shared/calendar.ts';

/**
 * The latest day `D` with `D + months` on or before `target`: a date `d` is at least `months`
 * whole months before `target` exactly when `d <= D`. Month ends make `D + months` skip or repeat
 * days (31 January + 1 month = 28 February = 28 January + 1 month), so the candidate found by
 * going back `months` months is moved to the edge day by day (at most three days either way).
 */
export function latestDayMonthsBefore(target: IsoDate, months: number): IsoDate {
  let day = addMonthsToDate(target, -months);
  while (!isBefore(target, addMonthsToDate(addDaysToDate(day, 1), months))) day = addDaysToDate(day, 1);
  while (isBefore(target, addMonthsToDate(day, months))) day = addDaysToDate(day, -1);
  return day;
}

/** A range of month-days (`MM-DD`), both ends included. */
export interface MonthDayRange {
  from: string;
  to: string;
  /** Only pieces got before `today` (so a purchase of today is not its own anniversary). */
  requiresBeforeToday: boolean;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The month-days of the anniversaries falling from `today` to `today + days`, both included: one
 * range, or two when the window crosses the new year. In a year without 29 February a range
 * ending on 28 February also takes 29 February, so a leap-day purchase has its anniversary on the
 * 28th; a range starting on 1 March does not.
 */
export function anniversaryRanges(today: IsoDate, days: number): MonthDayRange[] {
  const end = addDaysToDate(today, days);
  const monthDay = (date: IsoDate) => date.slice(5);
  const closing = (date: IsoDate) => (monthDay(date) === '02-28' && !isLeapYear(Number(date.slice(0, 4))) ? '02-29' : monthDay(date));
  // This year's anniversaries from today on are of pieces got in earlier years.
  if (end.slice(0, 4) === today.slice(0, 4)) return [{ from: monthDay(today), to: closing(end), requiresBeforeToday: true }];
  return [
    { from: monthDay(today), to: '12-31', requiresBeforeToday: true },
    { from: '01-01', to: closing(end), requiresBeforeToday: false },
  ];
}
