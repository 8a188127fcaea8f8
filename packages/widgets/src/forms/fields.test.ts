/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { FormController } from './form-controller.ts';
import type { FieldContext } from './fields.ts';
import { textField } from './fields.ts';
import en from './locales/en.ts';
import ja from './locales/ja.ts';

/** A host that never draws: enough for a FormController outside a widget. */
const host = { addController: () => {}, removeController: () => {}, requestUpdate: () => {}, updateComplete: Promise.resolve(true) };

function labelText(messages: { required: string; optional: string }, required: boolean): string {
  const form = new FormController<unknown>(host, { toRequest: (values) => values });
  const context: FieldContext = { form, required: messages.required, optional: messages.optional, errorText: () => '' };
  const root = document.createElement('div');
  render(textField(context, 'owner.name', required ? 'Name' : '氏名', { required }), root);
  return root.querySelector('label')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('field labels', () => {
  it('put a space between a label and its marker', () => {
    expect(labelText(en, true)).to.equal('Name (required)');
  });

  it('put no half-width space before a full-width marker such as （必須）', () => {
    expect(labelText(ja, false)).to.equal('氏名（任意）');
    expect(labelText(ja, true)).to.not.match(/ （/);
  });
});
