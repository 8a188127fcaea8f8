/** The booking's last step: every answer on one page, each with a way back to the step that asked it. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { DropOffSlot, Received, ServiceCentreListing } from '@atelier/client/contract';
import { serviceTypeName } from '@atelier/client/service-type-names';
import { defineElement } from '../../../base/define.ts';
import { languageAutonym } from '../../../forms/countries.ts';
import type { FormController } from '../../../forms/form-controller.ts';
import { formatSlotInZone } from '../booking-format.ts';
import { mailInDropOff } from '../booking-steps.ts';
import type { BookingStep } from '../booking-steps.ts';
import { BookingPart } from './booking-part.ts';

/** @fires go-to-step - The owner wants to change an answer; `detail` is the step that asks it. */
export class BookingReviewStep extends BookingPart {
  static override properties = {
    ...BookingPart.properties,
    form: { attribute: false },
    chosenCentre: { attribute: false },
    chosenSlot: { attribute: false },
  };

  declare form: FormController<unknown>;
  declare chosenCentre: Received<ServiceCentreListing> | undefined;
  declare chosenSlot: DropOffSlot | undefined;

  protected override render(): TemplateResult {
    const m = this.messages;
    const values = this.form;
    const centre = this.chosenCentre;
    const slot = this.chosenSlot;
    const dropOff = values.string('dropOff.method') === mailInDropOff ? m.byPost : slot && centre ? formatSlotInZone(m.languageTag, slot, centre.timeZone) : '';
    const rows: Array<{ label: string; value: string; step: BookingStep }> = [
      { label: m.reviewPiece, value: values.string('serial'), step: 'piece' },
      { label: m.reviewService, value: serviceTypeName(m.serviceTypes, values.string('serviceType')), step: 'service' },
      ...(values.string('description').trim() ? [{ label: m.reviewDescription, value: values.string('description'), step: 'service' as const }] : []),
      { label: m.reviewCentre, value: centre ? `${centre.name}, ${centre.address}` : '', step: 'centre' },
      { label: m.reviewDropOff, value: dropOff, step: 'centre' },
      {
        label: m.reviewContact,
        value: `${values.string('contact.name')}, ${values.string('contact.email')}, ${languageAutonym(values.string('contact.language') || 'en')}`,
        step: 'contact',
      },
    ];
    return html`<p>${m.reviewIntro}</p>
      <dl class="review">
        ${rows.map(
          (row) =>
            html`<div class="review-row">
              <dt>${row.label}</dt>
              <dd>${row.value}</dd>
              <dd>
                <button part="button secondary-button" type="button" class="link" aria-label=${m.changeLabel(row.label)} @click=${() => this.tell('go-to-step', row.step)}>
                  ${m.change}
                </button>
              </dd>
            </div>`,
        )}
      </dl>`;
  }
}

defineElement('atelier-repair-booking-review', BookingReviewStep);
