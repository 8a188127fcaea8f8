/** Plain-text output for people: aligned columns, no colours (output is often piped or logged). */
import { minorUnitDigits } from './minor-units.ts';

/** Rows under a header, each column as wide as its widest cell, two spaces apart. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** `label: value` lines, labels aligned. */
export function formatFields(fields: [label: string, value: string][]): string {
  const width = Math.max(...fields.map(([label]) => label.length));
  return fields.map(([label, value]) => `${`${label}:`.padEnd(width + 1)} ${value}`).join('\n');
}

/** 12050 EUR → "EUR 120.50"; the currency's own number of decimals. */
export function formatMinorUnits(amountMinorUnits: number, currency: string): string {
  let digits = 2;
  try {
    digits = minorUnitDigits(currency);
  } catch {
    // An unknown code from the server: shown with two decimals rather than not at all.
  }
  return `${currency} ${(amountMinorUnits / 10 ** digits).toFixed(digits)}`;
}

/**
 * An instant as the clock on the wall where it happens: "2026-11-26 11:00 Europe/Zurich". A service
 * desk reads appointments in its centre's time, never in UTC.
 */
export function formatLocalTime(isoDateTime: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(isoDateTime))
      .map((part) => [part.type, part.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']} ${timeZone}`;
}
