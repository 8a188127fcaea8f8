/**
 * The booking's centre step: the centres for the chosen service (by country, or nearest first),
 * then how the piece reaches the chosen one: a drop-off time at the boutique, or by post.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { DropOffSlot, Received, ServiceCentreListing } from '@atelier/client/contract';
import { defineElement } from '../../../base/define.ts';
import { radioGroup } from '../../../forms/choice-fields.ts';
import type { FieldContext } from '../../../forms/fields.ts';
import { countryName } from '../booking-format.ts';
import { mailInDropOff, slotDropOff } from '../booking-steps.ts';
import type { Geolocation, Loadable, SlotListing } from '../drop-off-search.ts';
import { BookingPart, loadFailure } from './booking-part.ts';
import './slot-picker.ts';

/**
 * @fires filter-country - The country filter changed; `detail` is its code, `''` for all.
 * @fires locate - The owner asks for the centres near them.
 * @fires retry-centres - The centres could not load; the owner asks again.
 * @fires choose-centre - The owner chose a centre; `detail` is its id.
 * @fires choose-drop-off - The owner chose how to hand the piece over; `detail` is `slot` or `mail_in`.
 */
export class BookingCentreStep extends BookingPart {
  static override properties = {
    ...BookingPart.properties,
    context: { attribute: false },
    allCentres: { attribute: false },
    centres: { attribute: false },
    countryFilter: { attribute: false },
    geolocation: { attribute: false },
    chosenCentre: { attribute: false },
    slotListing: { attribute: false },
    activeSlotId: { attribute: false },
    chosenSlot: { attribute: false },
    slotTaken: { attribute: false },
  };

  declare context: FieldContext;
  /** Every centre of the brand: the countries the filter offers. */
  declare allCentres: Loadable<Received<ServiceCentreListing>[]>;
  /** The centres for the chosen service, country and position. */
  declare centres: Loadable<Received<ServiceCentreListing>[]>;
  declare countryFilter: string;
  declare geolocation: Geolocation;
  declare chosenCentre: Received<ServiceCentreListing> | undefined;
  declare slotListing: Loadable<SlotListing>;
  declare activeSlotId: string | undefined;
  declare chosenSlot: DropOffSlot | undefined;
  declare slotTaken: boolean;

  protected override render(): TemplateResult {
    const m = this.messages;
    const countries =
      this.allCentres.state === 'loaded'
        ? [...new Set(this.allCentres.value.map((centre) => centre.country))]
            .map((code) => ({ code, name: countryName(m.languageTag, code) }))
            .sort((a, b) => a.name.localeCompare(b.name, m.languageTag))
        : [];
    const geolocationNote = { denied: m.locationDenied, unavailable: m.locationUnavailable }[this.geolocation as 'denied' | 'unavailable'];
    return html`<div class="filters">
        <div class="field" part="field">
          <label part="label" for="country-filter">${m.countryLabel}</label>
          <select part="input" id="country-filter" @change=${(event: Event) => this.tell('filter-country', (event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${this.countryFilter === ''}>${m.allCountries}</option>
            ${countries.map((country) => html`<option value=${country.code} ?selected=${country.code === this.countryFilter}>${country.name}</option>`)}
          </select>
        </div>
        <button part="button secondary-button" type="button" class="secondary" ?disabled=${this.geolocation === 'locating'} @click=${() => this.tell('locate')}>
          ${this.geolocation === 'locating' ? m.locating : m.nearMe}
        </button>
      </div>
      ${geolocationNote ? html`<p class="hint" part="hint">${geolocationNote}</p>` : nothing} ${this.#renderCentreList()} ${this.#renderDropOff()}`;
  }

  #renderCentreList(): TemplateResult {
    const m = this.messages;
    const centres = this.centres;
    if (centres.state === 'failed') return loadFailure(m.unavailable, m.retry, () => this.tell('retry-centres'));
    if (centres.state !== 'loaded') return html`<p aria-busy="true">${m.centresLoading}</p>`;
    if (centres.value.length === 0) return html`<p class="notice">${m.noCentres}</p>`;
    const serviceType = this.context.form.string('serviceType');
    const distance = new Intl.NumberFormat(m.languageTag, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 });
    const choices = centres.value.map((centre) => {
      const turnaround = centre.services.find((service) => service.serviceType === serviceType)?.standardTurnaroundDays;
      return {
        value: centre.id,
        part: 'centre',
        className: 'centre',
        label: html`<span class="centre-text">
          <strong>${centre.name}</strong>
          <span>${centre.address}, ${countryName(m.languageTag, centre.country)}</span>
          ${centre.distanceKm === null ? nothing : html`<span class="hint" part="hint">${m.distanceAway(distance.format(centre.distanceKm))}</span>`}
          ${turnaround === undefined ? nothing : html`<span class="hint" part="hint">${m.turnaround(turnaround)}</span>`}
        </span>`,
      };
    });
    return radioGroup(this.context, 'serviceCentreId', m.centreLegend, choices, {
      required: true,
      choiceId: (id) => `centre-${id}`,
      onChoose: (id) => this.tell('choose-centre', id),
    });
  }

  #renderDropOff(): TemplateResult | typeof nothing {
    const centre = this.chosenCentre;
    if (!centre) return nothing;
    const m = this.messages;
    const method = this.context.form.string('dropOff.method');
    const offersMailIn = centre.mailInInstructions !== '';
    const choices = [{ value: slotDropOff, label: m.dropOffSlot }, ...(offersMailIn ? [{ value: mailInDropOff, label: m.dropOffMailIn }] : [])];
    return html`${radioGroup(this.context, 'dropOff.method', m.dropOffLegend, choices, {
        required: true,
        onChoose: (value) => this.tell('choose-drop-off', value),
      })}
      ${method === mailInDropOff && offersMailIn
        ? html`<section class="mail-in" aria-labelledby="mail-in-title">
            <h3 part="subheading" id="mail-in-title">${m.mailInTitle}</h3>
            <p>${centre.mailInInstructions}</p>
          </section>`
        : html`<atelier-repair-booking-slot-picker
            .messages=${m}
            .context=${this.context}
            .listing=${this.slotListing}
            .activeSlotId=${this.activeSlotId}
            .chosenSlot=${this.chosenSlot}
            .slotTaken=${this.slotTaken}
          ></atelier-repair-booking-slot-picker>`}`;
  }
}

defineElement('atelier-repair-booking-centre', BookingCentreStep);
