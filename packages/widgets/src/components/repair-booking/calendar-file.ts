/**
 * A one-event iCalendar file (RFC 5545) for a drop-off appointment, so the person can add it to
 * any calendar. Written here rather than taken from a library: the event is fixed (one VEVENT,
 * times in UTC), and the maintained packages (`ics`, `ical-generator`) bring schema validators or
 * time-zone tables many times the size of these few rules.
 */

/** RFC 5545 §3.1: lines longer than 75 octets are folded, excluding the line break. */
const maxLineOctets = 75;
const lineBreak = '\r\n';

export interface CalendarEvent {
  /** Globally unique and stable, so importing the file twice updates the one event. */
  uid: string;
  /** When the file was made. */
  createdAt: Date;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location: string;
  description?: string;
}

/** `2025-03-04T09:30:00.000Z` → `20250304T093000Z` (RFC 5545 §3.3.5, form #2: UTC). */
export function formatUtcDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(/[-:]/g, '');
}

/** RFC 5545 §3.3.11: backslash, semicolon and comma are escaped, and line breaks become `\n`. */
export function escapeText(text: string): string {
  return text
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replaceAll(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: splits a content line into lines of at most 75 octets, each continuation
 * starting with one space, never inside a UTF-8 sequence (a character is kept whole).
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const character of line) {
    const octets = encoder.encode(character).length;
    if (currentOctets + octets > maxLineOctets) {
      lines.push(current);
      current = ' ';
      currentOctets = 1;
    }
    current += character;
    currentOctets += octets;
  }
  lines.push(current);
  return lines.join(lineBreak);
}

/** The whole file, CRLF line endings included, as a calendar application imports it. */
export function buildCalendarFile(event: CalendarEvent): string {
  const contentLines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Atelier//Repair booking//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtcDateTime(event.createdAt)}`,
    `DTSTART:${formatUtcDateTime(event.startsAt)}`,
    `DTEND:${formatUtcDateTime(event.endsAt)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `LOCATION:${escapeText(event.location)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return contentLines.map(foldLine).join(lineBreak) + lineBreak;
}
