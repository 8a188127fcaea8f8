/**
 * One text or number field of a console form, drawn the same way everywhere: Web Awesome's input
 * with its label, the field's error in place of its hint (and marked, so the page's styles show
 * it), and every keystroke handed back, so the form keeps what was typed whatever the answer.
 */
import '@awesome.me/webawesome/dist/components/input/input.js';
import type WaInput from '@awesome.me/webawesome/dist/components/input/input.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface TextFieldOptions {
  /** The form field's name: the request's path to it, so a server error names it (`buyer.email`). */
  name: string;
  label: string;
  value: string;
  /** The field's error in words; shown instead of the hint. */
  error?: string | undefined;
  hint?: string | undefined;
  type?: 'text' | 'email' | 'number' | 'date' | 'time' | 'search';
  inputmode?: 'text' | 'numeric' | 'decimal' | 'email';
  min?: number;
  max?: number;
  required?: boolean;
  autocomplete?: string;
  onInput: (value: string) => void;
}

export function renderTextField(field: TextFieldOptions) {
  return html`<wa-input
    name=${field.name}
    type=${field.type ?? 'text'}
    inputmode=${ifDefined(field.inputmode)}
    min=${ifDefined(field.min)}
    max=${ifDefined(field.max)}
    autocomplete=${field.autocomplete ?? 'off'}
    ?required=${field.required ?? true}
    label=${field.label}
    hint=${field.error ?? field.hint ?? ''}
    class=${field.error ? 'field-error' : ''}
    .value=${field.value}
    @input=${(event: Event) => field.onInput((event.target as WaInput).value ?? '')}
  ></wa-input>`;
}
