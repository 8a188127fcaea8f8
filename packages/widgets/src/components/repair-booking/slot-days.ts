/**
 * Drop-off slots arranged as the picker shows them: by day in the CENTRE's time zone (a 9:00
 * slot in Tokyo is on the Tokyo day, wherever the person books from), and the moves of the arrow
 * keys between them.
 */
import type { DropOffSlot } from '@atelier/client/contract';

export interface SlotDay {
  /** `YYYY-MM-DD` in the centre's time zone. */
  date: string;
  slots: DropOffSlot[];
}

const millisecondsPerDay = 86_400_000;

/** The calendar date of `instant` in `timeZone`, as `YYYY-MM-DD`. */
export function dateInZone(instant: Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD; the parts are read rather than trusting the separator.
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** `2025-03-30` plus 3 days → `2025-04-02`; calendar arithmetic, no time zone involved. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * millisecondsPerDay).toISOString().slice(0, 10);
}

/** Slots grouped by their day in `timeZone`, days and slots in time order. */
export function groupSlotsByDay(slots: readonly DropOffSlot[], timeZone: string): SlotDay[] {
  const byDate = new Map<string, DropOffSlot[]>();
  for (const slot of [...slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    const date = dateInZone(new Date(slot.startsAt), timeZone);
    const day = byDate.get(date);
    if (day) day.push(slot);
    else byDate.set(date, [slot]);
  }
  return [...byDate].map(([date, daySlots]) => ({ date, slots: daySlots }));
}

export type SlotKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

const slotKeys: ReadonlySet<string> = new Set<SlotKey>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

export function isSlotKey(key: string): key is SlotKey {
  return slotKeys.has(key);
}

/**
 * Where focus goes from slot `fromId` on `key`, laid out as rows of days: left and right walk
 * the times in order (across days), up and down go to the same position on the previous or next
 * day (or its last time when that day has fewer), Home and End to the day's first and last time.
 * Full slots are stops too, so a screen reader announces them as taken. Stays put at the edges.
 */
export function slotAfterKey(days: readonly SlotDay[], fromId: string, key: SlotKey): string {
  const dayIndex = days.findIndex((day) => day.slots.some((slot) => slot.id === fromId));
  const day = days[dayIndex];
  if (!day) return days[0]?.slots[0]?.id ?? fromId;
  const position = day.slots.findIndex((slot) => slot.id === fromId);
  const all = days.flatMap((each) => each.slots);
  const flatIndex = all.findIndex((slot) => slot.id === fromId);
  switch (key) {
    case 'ArrowLeft':
      return all[Math.max(0, flatIndex - 1)]?.id ?? fromId;
    case 'ArrowRight':
      return all[Math.min(all.length - 1, flatIndex + 1)]?.id ?? fromId;
    case 'ArrowUp':
    case 'ArrowDown': {
      const target = days[dayIndex + (key === 'ArrowUp' ? -1 : 1)];
      if (!target) return fromId;
      return target.slots[Math.min(position, target.slots.length - 1)]?.id ?? fromId;
    }
    case 'Home':
      return day.slots[0]?.id ?? fromId;
    case 'End':
      return day.slots.at(-1)?.id ?? fromId;
  }
}
