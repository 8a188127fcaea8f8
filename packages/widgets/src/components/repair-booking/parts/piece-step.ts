/** The booking's first step: the piece's serial number. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { defineElement } from '../../../base/define.ts';
import { textField } from '../../../forms/fields.ts';
import type { FieldContext } from '../../../forms/fields.ts';
import { BookingPart } from './booking-part.ts';

export class BookingPieceStep extends BookingPart {
  static override properties = { ...BookingPart.properties, context: { attribute: false } };

  declare context: FieldContext;

  protected override render(): TemplateResult {
    const m = this.messages;
    return html`<p>${m.pieceIntro}</p>
      ${textField(this.context, 'serial', m.serialLabel, { hint: m.serialHint, required: true, autocomplete: 'off' })}`;
  }
}

defineElement('atelier-repair-booking-piece', BookingPieceStep);
