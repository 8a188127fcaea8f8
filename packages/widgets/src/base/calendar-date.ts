/**
 * A calendar date (`YYYY-MM-DD`: a coverage end, a promised date) as its locale writes it. Read
 * and formatted in UTC, so the day shown is the day named in every reader's time zone.
 */
export function formatCalendarDate(isoDate: string, languageTag: string): string {
  return new Intl.DateTimeFormat(languageTag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
