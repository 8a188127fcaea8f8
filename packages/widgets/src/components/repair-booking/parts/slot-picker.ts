/**
 * The drop-off time picker: two weeks of a centre's times, by day, in the centre's time zone. One
 * Tab stop for all the times (roving tabindex): arrow keys move within a day and across days, Home
 * and End to the first and last time.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { DropOffSlot } from '@atelier/client/contract';
import { defineElement } from '../../../base/define.ts';
import { timeZoneLabel } from '../../../base/time-zone-label.ts';
import { fieldId } from '../../../forms/field-id.ts';
import { fieldError } from '../../../forms/fields.ts';
import type { FieldContext } from '../../../forms/fields.ts';
import { formatSlot } from '../booking-format.ts';
import { slotWindowDays } from '../drop-off-search.ts';
import type { Loadable, SlotListing } from '../drop-off-search.ts';
import { dateInZone, groupSlotsByDay, isSlotKey, slotAfterKey } from '../slot-days.ts';
import { BookingPart, loadFailure } from './booking-part.ts';

/**
 * @fires choose-slot - The owner pressed a time; `detail` is the slot (a full one is not chosen, only focused).
 * @fires activate-slot - Arrow keys moved the Tab stop; `detail` is the slot's id.
 * @fires move-window - Earlier or later dates; `detail` is the number of days to move by.
 * @fires retry-slots - The times could not load; the owner asks again.
 */
export class BookingSlotPicker extends BookingPart {
  static override properties = {
    ...BookingPart.properties,
    context: { attribute: false },
    listing: { attribute: false },
    activeSlotId: { attribute: false },
    chosenSlot: { attribute: false },
    slotTaken: { attribute: false },
  };

  declare context: FieldContext;
  declare listing: Loadable<SlotListing>;
  declare activeSlotId: string | undefined;
  declare chosenSlot: DropOffSlot | undefined;
  /** Someone took the chosen time: say so above the times. */
  declare slotTaken: boolean;

  async #onKeydown(event: KeyboardEvent): Promise<void> {
    if (!isSlotKey(event.key) || this.listing.state !== 'loaded' || !this.activeSlotId) return;
    event.preventDefault();
    const listing = this.listing.value;
    // Kept here too, so the focus can move as soon as this picker has drawn it.
    this.activeSlotId = slotAfterKey(groupSlotsByDay(listing.slots, listing.timeZone), this.activeSlotId, event.key);
    this.tell('activate-slot', this.activeSlotId);
    await this.updateComplete;
    this.querySelector<HTMLElement>(`[data-slot-id="${CSS.escape(this.activeSlotId)}"]`)?.focus();
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const listing = this.listing;
    const notice = this.slotTaken ? html`<p class="alert" part="error" role="alert">${m.slotFullNotice}</p>` : nothing;
    if (listing.state === 'failed') return html`${notice}${loadFailure(m.slotsFailed, m.retry, () => this.tell('retry-slots'))}`;
    if (listing.state !== 'loaded') return html`${notice}<p aria-busy="true">${m.slotsLoading}</p>`;
    const { timeZone, slots, from } = listing.value;
    const locale = m.languageTag;
    const days = groupSlotsByDay(slots, timeZone);
    const error = this.context.form.errorFor('dropOff.slotId');
    const chosenId = this.context.form.string('dropOff.slotId');
    const chosen = this.chosenSlot;
    const dayFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
    const atStart = from <= dateInZone(new Date(), timeZone);
    return html`${notice}
      <section class="slots" part="slots" aria-labelledby="slots-title" aria-describedby="slots-zone slots-help${error ? ` ${fieldId('dropOff.slotId')}-error` : ''}">
        <h3 id="slots-title">${m.slotsLegend}</h3>
        <p id="slots-zone" class="zone">${m.timesInZone(timeZoneLabel(timeZone, locale))}</p>
        <p id="slots-help" class="hint">${m.slotsHelp}</p>
        ${days.length === 0
          ? html`<p class="notice">${m.noSlots}</p>`
          : html`<div class="slot-days" @keydown=${(event: KeyboardEvent) => void this.#onKeydown(event)}>
              ${days.map(
                (day) =>
                  html`<div class="slot-day" role="group" aria-labelledby="day-${day.date}">
                    <p class="day-title" id="day-${day.date}">${dayFormat.format(new Date(`${day.date}T00:00:00Z`))}</p>
                    <div class="slot-row">
                      ${day.slots.map((slot) => {
                        const full = slot.remaining === 0;
                        return html`<button
                          type="button"
                          part="slot"
                          class="slot"
                          data-slot-id=${slot.id}
                          tabindex=${slot.id === this.activeSlotId ? '0' : '-1'}
                          aria-pressed=${slot.id === chosenId ? 'true' : 'false'}
                          aria-disabled=${full ? 'true' : 'false'}
                          @click=${() => this.tell('choose-slot', slot)}
                        >
                          ${formatSlot(locale, slot, timeZone, { withDay: false })}${full ? html`<span class="full">${m.slotFull}</span>` : nothing}
                        </button>`;
                      })}
                    </div>
                  </div>`,
              )}
            </div>`}
        <div class="slot-nav">
          <button part="button" type="button" class="secondary" ?disabled=${atStart} @click=${() => this.tell('move-window', -slotWindowDays)}>
            ${m.earlierDates}
          </button>
          <button part="button" type="button" class="secondary" @click=${() => this.tell('move-window', slotWindowDays)}>${m.laterDates}</button>
        </div>
        <p class="chosen" aria-live="polite">${chosen ? m.slotChosen(formatSlot(locale, chosen, timeZone, { withDay: true })) : ''}</p>
        ${fieldError(this.context, 'dropOff.slotId', error)}
      </section>`;
  }
}

defineElement('atelier-repair-booking-slot-picker', BookingSlotPicker);
