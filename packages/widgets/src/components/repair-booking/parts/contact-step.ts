/** The booking's contact step: who the centre writes to, and in which language. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { supportedLocales } from '@atelier/client/contract';
import { defineElement } from '../../../base/define.ts';
import { languageAutonym } from '../../../forms/countries.ts';
import { selectField, textField } from '../../../forms/fields.ts';
import type { FieldContext } from '../../../forms/fields.ts';
import { BookingPart } from './booking-part.ts';

export class BookingContactStep extends BookingPart {
  static override properties = { ...BookingPart.properties, context: { attribute: false } };

  declare context: FieldContext;

  protected override render(): TemplateResult {
    const m = this.messages;
    const f = this.context;
    return html`${textField(f, 'contact.name', m.nameLabel, { autocomplete: 'name', required: true })}
    ${textField(f, 'contact.email', m.emailLabel, { type: 'email', autocomplete: 'email', hint: m.emailHint, required: true })}
    ${selectField(
      f,
      'contact.language',
      m.languageLabel,
      supportedLocales.map((locale) => ({ value: locale, label: languageAutonym(locale) })),
      { required: true },
    )}
    <slot name="consent-notice"></slot>`;
  }
}

defineElement('atelier-repair-booking-contact', BookingContactStep);
