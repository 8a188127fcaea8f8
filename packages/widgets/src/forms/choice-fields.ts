/**
 * The renderers only the multi-step widgets use (booking, tracker): radio groups and text areas.
 * They are kept out of the shared runtime chunk (see scripts/build.mjs), so the activation page,
 * which has neither, does not download them. Like the text fields (`fields.ts`), they bind without
 * Lit's `live` directive: a choice or a keystroke sets the form's value at once (a part's `onChoose`
 * too), so what Lit last wrote is what the control shows.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { fieldId } from './field-id.ts';
import { describedBy, fieldError, fieldHint, fieldPart, inputPart, requiredMarker, setFromEvent } from './fields.ts';
import type { FieldContext, FieldOptions } from './fields.ts';

export interface RadioChoice {
  value: string;
  /** What the choice says: a string, or richer content (a centre's address and distance). */
  label: unknown;
  /** The part of the choice's `<label>`: `choice` unless given. */
  part?: string;
  /** Extra classes of the choice's `<label>`. */
  className?: string;
}

/** Choices shown under a title of their own inside the group ("Watches", "Jewellery"). */
export interface RadioChoiceSection {
  id: string;
  title: string;
  choices: readonly RadioChoice[];
}

export interface RadioGroupOptions {
  required?: boolean;
  /** What choosing does; sets the field's value unless given. */
  onChoose?: (value: string) => void;
  /** The class of the choices' wrapper, where a widget lays them out in a row (`scores`). */
  layout?: string;
  /** An id for each choice's input after the first (which takes the field's id, for labels and the summary). */
  choiceId?: (value: string) => string;
}

/**
 * A fieldset of radio buttons: its legend carries the required / optional marker, each input says
 * whether the field is invalid and the fieldset is described by the error. The first input has the
 * field's id, so the error summary's link lands on the group.
 */
export function radioGroup(
  context: FieldContext,
  path: string,
  legend: string,
  content: readonly RadioChoice[] | readonly RadioChoiceSection[],
  options: RadioGroupOptions = {},
): TemplateResult {
  const { form } = context;
  const error = form.errorFor(path);
  const chosen = form.string(path);
  const choose = options.onChoose ?? ((value: string) => form.set(path, value));
  let first = true;
  const renderChoice = (choice: RadioChoice): TemplateResult => {
    const id = first ? fieldId(path) : (options.choiceId?.(choice.value) ?? nothing);
    first = false;
    return html`<label class="choice ${choice.className ?? ''}" part=${choice.part ?? 'choice'}>
      <input
        type="radio"
        name=${path}
        id=${id}
        value=${choice.value}
        .checked=${choice.value === chosen}
        aria-invalid=${error ? 'true' : 'false'}
        @change=${() => choose(choice.value)}
      />
      <span>${choice.label}</span>
    </label>`;
  };
  const choices = (list: readonly RadioChoice[]): TemplateResult =>
    options.layout ? html`<div class=${options.layout}>${list.map(renderChoice)}</div>` : html`${list.map(renderChoice)}`;
  const sections = content.some((item) => 'choices' in item) ? (content as readonly RadioChoiceSection[]) : undefined;
  return html`<fieldset class="choices" part=${error ? 'fieldset field-invalid' : 'fieldset'} aria-describedby=${describedBy(context, path, undefined, error)}>
    <legend part="legend">${legend}${requiredMarker(context, options.required)}</legend>
    ${sections
      ? sections.map(
          (section) =>
            html`<div class="choice-group" role="group" aria-labelledby=${section.id}>
              <p class="group-title" id=${section.id}>${section.title}</p>
              ${choices(section.choices)}
            </div>`,
        )
      : choices(content as readonly RadioChoice[])}
    ${fieldError(context, path, error)}
  </fieldset>`;
}

/** A text area for words of the person's own (a description, a comment). */
export function textAreaField(context: FieldContext, path: string, label: string, options: FieldOptions & { maxLength?: number } = {}): TemplateResult {
  const { form } = context;
  const error = form.errorFor(path);
  return html`<div class="field" part=${fieldPart(error)}>
    <label part="label" for=${fieldId(path)}>${label}${requiredMarker(context, options.required)}</label> ${fieldHint(path, options.hint)}
    <textarea
      part=${inputPart(error)}
      id=${fieldId(path)}
      name=${path}
      rows="4"
      maxlength=${options.maxLength ?? nothing}
      ?required=${options.required}
      .value=${form.string(path)}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy(context, path, options.hint, error)}
      @input=${setFromEvent(form, path)}
      @blur=${() => form.touch(path)}
    ></textarea>
    ${fieldError(context, path, error)}
  </div>`;
}
