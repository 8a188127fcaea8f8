/**
 * Dates, times and money of a repair in the owner's language, through `Intl`. Instants are shown
 * in the service centre's time zone: the repair, its slot and its promised date happen there,
 * and the tracker must say the same time the centre's staff say on the phone.
 */
import { formatTimeWindow as formatWindow } from '../../base/time-window.ts';
import { timeZoneLabel } from '../../base/time-zone-label.ts';

/** The day an instant falls on in the centre's time zone. */
export function formatDayAt(isoInstant: string, languageTag: string, timeZone: string): string {
  return new Intl.DateTimeFormat(languageTag, { dateStyle: 'long', timeZone }).format(new Date(isoInstant));
}

/**
 * A drop-off window in the centre's time zone, written as the booking writes it (base/time-window.ts),
 * with the zone named: "Tuesday, March 4, 2025 at 10:00 AM – 10:30 AM — Central European Time (Europe/Zurich)".
 */
export function formatTimeWindow(startsAt: string, endsAt: string, languageTag: string, timeZone: string): string {
  return `${formatWindow(startsAt, endsAt, languageTag, timeZone)} — ${timeZoneLabel(timeZone, languageTag)}`;
}

/**
 * An amount given in the currency's minor unit: 12550 EUR is €125.50, 12550 JPY is ¥12,550.
 * How many minor digits a currency has comes from `Intl` (ISO 4217), not from a table of ours.
 */
export function formatMinorUnits(amountMinorUnits: number, currency: string, languageTag: string): string {
  const format = new Intl.NumberFormat(languageTag, { style: 'currency', currency });
  const minorDigits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountMinorUnits / 10 ** minorDigits);
}
