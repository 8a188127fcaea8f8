/** How the booking writes a drop-off time, a time zone, a country and a field's name, in the widget's language. */
import { formatTimeOfDay, formatTimeWindow } from '../../base/time-window.ts';
import { timeZoneLabel } from '../../base/time-zone-label.ts';
import type { RepairBookingMessages } from './locales/en.ts';

/**
 * A drop-off time: with its day, the whole window ("Tuesday, March 4, 2025 at 10:00 AM – 10:30 AM",
 * as the tracker says it); without, its start alone, as the picker's buttons show it under the day.
 */
export function formatSlot(locale: string, slot: { startsAt: string; endsAt: string }, timeZone: string, options: { withDay: boolean }): string {
  return options.withDay ? formatTimeWindow(slot.startsAt, slot.endsAt, locale, timeZone) : formatTimeOfDay(new Date(slot.startsAt), locale, timeZone);
}

/** A slot with its day and the centre's time zone, as the review and the confirmation say it. */
export function formatSlotInZone(locale: string, slot: { startsAt: string; endsAt: string }, timeZone: string): string {
  return `${formatSlot(locale, slot, timeZone, { withDay: true })} — ${timeZoneLabel(timeZone, locale)}`;
}

export function countryName(locale: string, code: string): string {
  return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
}

/** A field's label as the error summary names it; a path no step shows is named as it is. */
export function fieldLabel(m: RepairBookingMessages, path: string): string {
  const labels: Record<string, string> = {
    serial: m.serialLabel,
    serviceType: m.serviceLegend,
    description: m.descriptionLabel,
    serviceCentreId: m.centreLegend,
    dropOff: m.dropOffLegend,
    'dropOff.method': m.dropOffLegend,
    'dropOff.slotId': m.slotsLegend,
    'contact.name': m.nameLabel,
    'contact.email': m.emailLabel,
    'contact.language': m.languageLabel,
  };
  return labels[path] ?? path;
}
