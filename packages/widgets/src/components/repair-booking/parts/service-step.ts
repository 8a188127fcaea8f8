/** The booking's service step: the services the brand's centres offer, by category, and the owner's description. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Received, ServiceCentreListing } from '@atelier/client/contract';
import { serviceTypeName } from '@atelier/client/service-type-names';
import { defineElement } from '../../../base/define.ts';
import { labelOf } from '../../../labels/value-labels.ts';
import { radioGroup, textAreaField } from '../../../forms/choice-fields.ts';
import type { FieldContext } from '../../../forms/fields.ts';
import type { Loadable } from '../drop-off-search.ts';
import { serviceChoices } from '../service-choices.ts';
import { BookingPart, loadFailure } from './booking-part.ts';

/**
 * @fires choose-service - The owner chose a service; `detail` is its code.
 * @fires retry-all-centres - The centres (and so the services) could not load; the owner asks again.
 */
export class BookingServiceStep extends BookingPart {
  static override properties = { ...BookingPart.properties, context: { attribute: false }, allCentres: { attribute: false } };

  declare context: FieldContext;
  declare allCentres: Loadable<Received<ServiceCentreListing>[]>;

  protected override render(): TemplateResult {
    const m = this.messages;
    const all = this.allCentres;
    if (all.state === 'failed') return loadFailure(m.unavailable, m.retry, () => this.tell('retry-all-centres'));
    if (all.state !== 'loaded') return html`<p aria-busy="true">${m.loading}</p>`;
    const f = this.context;
    const categoryNames = { watch: m.watchServices, jewellery: m.jewelleryServices };
    const sections = serviceChoices(all.value).map((choice) => ({
      id: `group-${choice.category}`,
      title: labelOf(categoryNames, choice.category),
      choices: choice.codes.map((code) => ({ value: code, label: serviceTypeName(m.serviceTypes, code) })),
    }));
    return html`${radioGroup(f, 'serviceType', m.serviceLegend, sections, {
        required: true,
        choiceId: (code) => `service-${code}`,
        onChoose: (code) => this.tell('choose-service', code),
      })}
      ${textAreaField(f, 'description', m.descriptionLabel, { hint: m.descriptionHint })}`;
  }
}

defineElement('atelier-repair-booking-service', BookingServiceStep);
