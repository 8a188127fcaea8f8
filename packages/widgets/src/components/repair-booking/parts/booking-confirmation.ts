/** The panel after booking: the tracking code to copy, the appointment as an `.ics` file, the piece's warranty. */
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { isKnownValue, warrantyStatuses } from '@atelier/client/contract';
import type { OpenEnum, Received, RepairTracker, WarrantyStatus } from '@atelier/client/contract';
import { codeInWords, serviceTypeName } from '@atelier/client/service-type-names';
import { defineElement } from '../../../base/define.ts';
import { formatCalendarDate } from '../../../base/calendar-date.ts';
import { formatSlotInZone } from '../booking-format.ts';
import { slotDropOff } from '../booking-steps.ts';
import { buildCalendarFile } from '../calendar-file.ts';
import { BookingPart } from './booking-part.ts';

/** @fires copied - The tracking code is on the clipboard. */
export class BookingConfirmation extends BookingPart {
  static override properties = { ...BookingPart.properties, tracker: { attribute: false } };

  declare tracker: Received<RepairTracker>;

  /** The appointment's `.ics` file, while this panel is on the page. */
  #calendarUrl: string | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#forgetCalendarFile();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('tracker') || !this.#calendarUrl) this.#makeCalendarFile();
  }

  #forgetCalendarFile(): void {
    if (this.#calendarUrl) URL.revokeObjectURL(this.#calendarUrl);
    this.#calendarUrl = undefined;
  }

  #makeCalendarFile(): void {
    this.#forgetCalendarFile();
    const tracker = this.tracker;
    const slot = tracker.dropOff.slot;
    if (tracker.dropOff.method !== slotDropOff || !slot) return;
    const m = this.messages;
    const file = buildCalendarFile({
      uid: `${tracker.trackingCode}@atelier-repairs`,
      createdAt: new Date(),
      startsAt: new Date(slot.startsAt),
      endsAt: new Date(slot.endsAt),
      summary: m.calendarSummary(serviceTypeName(m.serviceTypes, tracker.serviceType), tracker.centre.name),
      location: `${tracker.centre.name}, ${tracker.centre.address}`,
      description: m.calendarDescription(tracker.trackingCode),
    });
    this.#calendarUrl = URL.createObjectURL(new Blob([file], { type: 'text/calendar;charset=utf-8' }));
  }

  async #copyTrackingCode(code: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(code);
      this.tell('copied');
    } catch {
      // Without clipboard permission the code stays selectable on screen; nothing to announce.
    }
  }

  /** The piece's warranty as the booking found it; a status a newer server added is named in its own words. */
  #warrantyText(status: OpenEnum<WarrantyStatus>, coverageEnd: string): string {
    return isKnownValue(warrantyStatuses, status) ? this.messages.warranty[status](coverageEnd) : `${codeInWords(status)}, ${coverageEnd}`;
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const tracker = this.tracker;
    const slot = tracker.dropOff.slot;
    const centreName = `${tracker.centre.name}, ${tracker.centre.address}`;
    const warranty = tracker.warranty;
    return html`<section class="success" part="success" aria-labelledby="booked-title">
      <h2 part="heading" id="booked-title" tabindex="-1">${m.bookedTitle}</h2>
      <div class="tracking">
        <p class="tracking-label" id="tracking-label">${m.trackingCodeLabel}</p>
        <p class="tracking-code" part="tracking-code" aria-labelledby="tracking-label">
          ${tracker.trackingCode.split('-').map((group, index) => html`${index > 0 ? html`<span class="dash">-</span>` : nothing}<span class="group">${group}</span>`)}
        </p>
        <button part="button secondary-button" type="button" class="secondary" @click=${() => void this.#copyTrackingCode(tracker.trackingCode)}>${m.copy}</button>
        <p class="hint" part="hint">${m.trackingCodeHint}</p>
      </div>
      ${tracker.dropOff.method === slotDropOff && slot
        ? html`<p>${m.bookedSlot(formatSlotInZone(m.languageTag, slot, tracker.centre.timeZone), centreName)}</p>
            ${this.#calendarUrl
              ? html`<p><a part="calendar-link" href=${this.#calendarUrl} download="repair-${tracker.trackingCode}.ics">${m.addToCalendar}</a></p>`
              : nothing}`
        : html`<p>${m.bookedMailIn(tracker.centre.name)}</p>
            <p>${tracker.dropOff.mailInInstructions ?? ''}</p>`}
      <p>${warranty ? this.#warrantyText(warranty.status, formatCalendarDate(warranty.coverageEnd, m.languageTag)) : m.noWarranty}</p>
      <slot name="next-steps"></slot>
    </section>`;
  }
}

defineElement('atelier-repair-booking-confirmation', BookingConfirmation);
