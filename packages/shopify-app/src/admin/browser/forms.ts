/**
 * Forms built from Polaris fields: their values, the errors the API names per field, and the
 * pending state of their submit button. Fields are found by `name`, as the API names them.
 */
import type { AdminApiError } from './admin-api.ts';

type FieldElement = HTMLElement & { value: string };

function fieldsOf(form: HTMLFormElement): FieldElement[] {
  return [...form.querySelectorAll<FieldElement>('[name]')].filter((element) => element.localName.startsWith('s-'));
}

/** Each named field's value, trimmed as the API trims it. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  return Object.fromEntries(fieldsOf(form).map((field) => [field.getAttribute('name') ?? '', (field.value ?? '').trim()]));
}

export function setFieldValue(form: HTMLFormElement, name: string, value: string): void {
  const field = fieldsOf(form).find((element) => element.getAttribute('name') === name);
  if (field) field.value = value;
}

export function clearFieldErrors(form: HTMLFormElement): void {
  for (const field of fieldsOf(form)) field.removeAttribute('error');
}

/**
 * Shows the API's field errors on their fields and moves focus to the first, so a keyboard or
 * screen reader user lands where the correction is; an error with no field goes to `summary`.
 */
export function showFieldErrors(form: HTMLFormElement, error: AdminApiError, summary: HTMLElement): void {
  clearFieldErrors(form);
  const fields = fieldsOf(form);
  let first: FieldElement | undefined;
  for (const fieldError of error.fieldErrors) {
    const field = fields.find((element) => element.getAttribute('name') === fieldError.path);
    if (!field) continue;
    field.setAttribute('error', fieldError.message);
    first ??= field;
  }
  summary.textContent = first ? 'Check the highlighted fields.' : error.message;
  first?.focus();
}

/** Runs `task` with the form's submit button shown as busy; a second submit meanwhile is ignored. */
export async function whileSubmitting(form: HTMLFormElement, task: () => Promise<void>): Promise<void> {
  if (form.dataset['submitting'] === 'true') return;
  const button = form.querySelector('s-button[type="submit"]');
  form.dataset['submitting'] = 'true';
  button?.setAttribute('loading', '');
  try {
    await task();
  } finally {
    delete form.dataset['submitting'];
    button?.removeAttribute('loading');
  }
}
