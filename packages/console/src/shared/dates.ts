/** A calendar day (`YYYY-MM-DD`, as the API gives delivery and sale dates) in the reader's language, never shifted by their time zone. */
export function formatDay(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
