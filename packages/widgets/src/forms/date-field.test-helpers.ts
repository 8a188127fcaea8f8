/** Test helpers for forms/date-field.ts: a date typed into its day, month and year as a person would. */
import { dateParts } from './date-field.ts';

/** Fills the date field `path` under `root` with `iso` (`YYYY-MM-DD`), part by part, with the events a person's typing sends. */
export async function fillDateField(root: ParentNode, path: string, iso: string, updated?: () => Promise<unknown>): Promise<void> {
  const parts = dateParts(iso);
  for (const part of ['day', 'month', 'year'] as const) {
    const control = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${path}.${part}"]`);
    if (!control) throw new Error(`no ${part} in the date field ${path}`);
    control.value = part === 'day' ? String(Number(parts.day)) : parts[part];
    control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input'));
    await updated?.();
  }
}
