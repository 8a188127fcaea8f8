/**
 * A drop-off window ("Tuesday, March 4, 2025 at 10:00 AM – 10:30 AM") as the widget's language
 * writes it, in the centre's time zone, the same way in the booking and the tracker. Its day is the
 * locale's full date, the one style the widgets use for days (with the weekday: a boutique visit is
 * planned by it), and its times are the locale's short times. Not `formatRange` over the whole
 * window: for Japanese its interval pattern switches to `2026/3/4水曜日 10時00分～10時30分`,
 * another date and time style than every other date the widget shows.
 */

/** A time of day in `timeZone`, as the locale writes it alone: "10:00 AM", "10:00". */
export function formatTimeOfDay(instant: Date, languageTag: string, timeZone: string): string {
  return new Intl.DateTimeFormat(languageTag, { timeStyle: 'short', timeZone }).format(instant);
}

/** The dash, tilde or word between a range's two ends, with its spaces (a Japanese range's `分～` holds the start's `分` too). */
const rangeMark = /\s*[–—~～〜至-]\s*/u;

/** What the locale puts between the two ends of a range of times: " – ", "～", "–". */
function rangeSeparator(languageTag: string): string {
  const parts = new Intl.DateTimeFormat(languageTag, { timeStyle: 'short', timeZone: 'UTC' }).formatRangeToParts(new Date(Date.UTC(2000, 0, 1, 9)), new Date(Date.UTC(2000, 0, 1, 10)));
  const end = parts.findIndex((part) => part.source === 'endRange');
  const separator = end > 0 ? parts[end - 1] : undefined;
  return (separator?.type === 'literal' ? rangeMark.exec(separator.value)?.[0] : undefined) ?? ' – ';
}

/** The window's day and times: "Tuesday, March 4, 2025 at 10:00 AM – 10:30 AM", "2025年3月4日火曜日 10:00～10:30". */
export function formatTimeWindow(startsAt: string, endsAt: string, languageTag: string, timeZone: string): string {
  const start = new Intl.DateTimeFormat(languageTag, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(startsAt));
  return `${start}${rangeSeparator(languageTag)}${formatTimeOfDay(new Date(endsAt), languageTag, timeZone)}`;
}
