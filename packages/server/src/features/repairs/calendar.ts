/** Dates as a service centre lives them: "today" and the day of an instant in the centre's time zone. */

/** `YYYY-MM-DD` of `instant` in `timeZone` (en-CA formats dates in that order). */
export function dateInTimeZone(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
