/**
 * The field renderers every widget's forms are drawn with: a label with its required / optional
 * marker, a hint, the control, and the error, tied together by ids (`for`, `aria-describedby`,
 * `aria-invalid`) the same way in every widget. Values live in a `FormController`; the widget only
 * says which field, in which words.
 *
 * Values are bound without Lit's `live` directive: the form's state follows every input event, so
 * what Lit last wrote is what the control shows (and no page carries `live` and the Lit internals it needs).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { FieldError } from '@atelier/client/contract';
import { fieldId } from './field-id.ts';
import type { FormController } from './form-controller.ts';
import { optionList } from './option-list.ts';

/** What the renderers need from the widget that draws them. */
export interface FieldContext {
  readonly form: FormController<unknown>;
  /** The marker after a required label, `(required)`, and after an optional one, `(optional)`. */
  readonly required: string;
  readonly optional: string;
  /** The words for a field's error. */
  errorText(error: FieldError): string;
  /** The id of an alert that already explains this error: the field points at it and does not repeat it. */
  explainedBy?(error: FieldError): string | undefined;
}

export interface FieldOptions {
  required?: boolean;
  hint?: string;
  autocomplete?: string;
}

export interface TextFieldOptions extends FieldOptions {
  type?: string;
  autocapitalize?: string;
  spellcheck?: boolean;
  max?: string;
  inputmode?: string;
  /** Rewrites what the person types as they type it (a code's case and groups); the caret keeps its place. */
  format?: (typed: string) => string;
}

export interface SelectOption {
  value: string;
  label: string;
}

/** The ids that describe a field: its hint, then its error (or the alert that explains it). */
export function describedBy(context: FieldContext, path: string, hint: string | undefined, error: FieldError | undefined): string | typeof nothing {
  const id = fieldId(path);
  const errorId = error && (context.explainedBy?.(error) ?? `${id}-error`);
  const ids = [hint ? `${id}-hint` : '', errorId].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : nothing;
}

/** A field's error under it, unless an alert explains it already. */
export function fieldError(context: FieldContext, path: string, error: FieldError | undefined): TemplateResult | typeof nothing {
  return error && !context.explainedBy?.(error) ? html`<p class="error" part="error field-error" id="${fieldId(path)}-error">${context.errorText(error)}</p>` : nothing;
}

export function fieldHint(path: string, hint: string | undefined): TemplateResult | typeof nothing {
  return hint ? html`<p class="hint" part="hint" id="${fieldId(path)}-hint">${hint}</p>` : nothing;
}

/** Full-width punctuation (Japanese and Chinese brackets, `（必須）`) carries its own space. */
const fullWidthStart = /^[\u3000-\u303f\uff00-\uffef]/;

/**
 * The marker says required or optional in words, so neither is told by colour or an asterisk alone;
 * after the label, with a space unless it opens with full-width punctuation (no half-width space
 * before `（必須）`).
 */
export function requiredMarker(context: FieldContext, required: boolean | undefined): TemplateResult {
  const marker = required ? context.required : context.optional;
  return html`${fullWidthStart.test(marker) ? '' : ' '}<span class="marker" part=${required ? 'marker required-marker' : 'marker optional-marker'}>${marker}</span>`;
}

/**
 * A field's wrapper part: `field`, and `field-invalid` while it shows an error. A page's stylesheet
 * cannot see an attribute inside the shadow root (`::part(input)[aria-invalid]` is not valid CSS),
 * so the invalid state is a part name of its own.
 */
export function fieldPart(error: FieldError | undefined): string {
  return error ? 'field field-invalid' : 'field';
}

/** A control's part: `input`, and `invalid` while its field shows an error. */
export function inputPart(error: FieldError | undefined): string {
  return error ? 'input invalid' : 'input';
}

function fieldLabel(context: FieldContext, path: string, label: string, required: boolean | undefined): TemplateResult {
  return html`<label part="label" for=${fieldId(path)}>${label}${requiredMarker(context, required)}</label>`;
}

/** The control's value as typed: one input event handler for inputs, text areas and selects. */
export function setFromEvent(form: FormController<unknown>, path: string): (event: Event) => void {
  return (event) => form.set(path, (event.target as HTMLInputElement).value);
}

/**
 * Like setFromEvent, with the input's text rewritten by `format` first. The caret stays after the
 * same characters: what was before it, formatted, is as long as the part of the new text before it
 * (a format that groups from the start, as codes do).
 */
function setFormattedFromEvent(form: FormController<unknown>, path: string, format: (typed: string) => string): (event: Event) => void {
  return (event) => {
    const input = event.target as HTMLInputElement;
    const formatted = format(input.value);
    if (formatted !== input.value) {
      const caretAtEnd = input.selectionStart === null || input.selectionStart === input.value.length;
      const caret = caretAtEnd ? formatted.length : format(input.value.slice(0, input.selectionStart ?? 0)).length;
      input.value = formatted;
      input.setSelectionRange(caret, caret);
    }
    form.set(path, formatted);
  };
}

/** A text, e-mail or date input. */
export function textField(context: FieldContext, path: string, label: string, options: TextFieldOptions = {}): TemplateResult {
  const { form } = context;
  const error = form.errorFor(path);
  const onInput = options.format ? setFormattedFromEvent(form, path, options.format) : setFromEvent(form, path);
  return html`<div class="field" part=${fieldPart(error)}>
    ${fieldLabel(context, path, label, options.required)} ${fieldHint(path, options.hint)}
    <input
      part=${inputPart(error)}
      id=${fieldId(path)}
      name=${path}
      type=${options.type ?? 'text'}
      .value=${form.string(path)}
      ?required=${options.required}
      max=${options.max ?? nothing}
      autocomplete=${options.autocomplete ?? nothing}
      autocapitalize=${options.autocapitalize ?? nothing}
      inputmode=${options.inputmode ?? nothing}
      spellcheck=${options.spellcheck === false ? 'false' : nothing}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy(context, path, options.hint, error)}
      @input=${onInput}
      @change=${onInput}
      @blur=${() => form.touch(path)}
    />
    ${fieldError(context, path, error)}
  </div>`;
}

/** A select; `placeholder` is a first, empty choice ("Choose a country"). */
export function selectField(
  context: FieldContext,
  path: string,
  label: string,
  choices: readonly SelectOption[],
  options: FieldOptions & { placeholder?: string } = {},
): TemplateResult {
  const { form } = context;
  const error = form.errorFor(path);
  const value = form.string(path);
  return html`<div class="field" part=${fieldPart(error)}>
    ${fieldLabel(context, path, label, options.required)} ${fieldHint(path, options.hint)}
    <select
      part=${inputPart(error)}
      id=${fieldId(path)}
      name=${path}
      ?required=${options.required}
      autocomplete=${options.autocomplete ?? nothing}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy(context, path, options.hint, error)}
      @change=${setFromEvent(form, path)}
      @blur=${() => form.touch(path)}
    >
      ${options.placeholder === undefined ? nothing : html`<option value="" ?selected=${value === ''}>${options.placeholder}</option>`}
      ${optionList(choices, value)}
    </select>
    ${fieldError(context, path, error)}
  </div>`;
}

/** A checkbox, its label beside it. */
export function checkboxField(context: FieldContext, path: string, label: string, hint?: string): TemplateResult {
  const { form } = context;
  const error = form.errorFor(path);
  return html`<div class="field" part=${fieldPart(error)}>
    <label part="choice" class="check">
      <input
        type="checkbox"
        id=${fieldId(path)}
        name=${path}
        .checked=${form.checked(path)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(context, path, hint, error)}
        @change=${(event: Event) => form.set(path, (event.target as HTMLInputElement).checked)}
      />
      <span>${label}</span>
    </label>
    ${fieldHint(path, hint)} ${fieldError(context, path, error)}
  </div>`;
}

/** A widget's words for field errors: by field and code where a field says it better, else by code. */
export interface FieldErrorMessages {
  readonly fieldErrors: Readonly<Partial<Record<string, string>>>;
  readonly fieldErrorsByField: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * The words for a field error: the field's own, then the code's, then `fallback` (a refusal's own
 * message), then "not valid", so a code added later still reads as something a person understands.
 */
export function fieldErrorText(messages: FieldErrorMessages, error: FieldError, fallback?: string): string {
  return messages.fieldErrorsByField[error.path]?.[error.code] ?? messages.fieldErrors[error.code] ?? fallback ?? messages.fieldErrors['invalid_value'] ?? '';
}
