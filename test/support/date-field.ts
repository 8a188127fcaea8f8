/**
 * A widget's date field (day, month and year in the widget language's order; see
 * packages/widgets/src/forms/date-field.ts) filled as a person would: each part by itself, the
 * month chosen by name.
 */
import type { Locator } from 'playwright-core';

/** Fills the date field of form path `path` (e.g. `purchaseDate`) in `widget` with `iso` (`YYYY-MM-DD`). */
export async function fillDateField(widget: Locator, path: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  await widget.locator(`[name="${path}.day"]`).fill(String(Number(day)));
  await widget.locator(`[name="${path}.month"]`).selectOption(month);
  await widget.locator(`[name="${path}.year"]`).fill(year);
}
