/**
 * The drop-off time picker: two weeks of a centre's times, by day, in the centre's time zone,
 * compact enough for one phone screen: a strip of the days that have times, then the times of
 * the day shown, then what is chosen, right under them. Two Tab stops (roving tabindex): the day
 * strip, where the arrow keys show the previous or next day and Home and End the first and last;
 * and the day's times, where left and right walk the times in order (across days), up and down go
 * to the previous or next day, Home and End to the day's first and last time. The day shown is
 * the day of the picker's current time, so it follows the keys and survives a reload.
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
import type { SlotDay } from '../slot-days.ts';
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

  /** The day whose times are shown: the current time's, or the first. */
  #shownDay(days: readonly SlotDay[]): SlotDay | undefined {
    return days.find((day) => day.slots.some((slot) => slot.id === this.activeSlotId)) ?? days[0];
  }

  /** Shows `day`'s times: its current time becomes the chosen one if it is that day's, else its first free time. */
  #showDay(day: SlotDay): void {
    const chosenId = this.context.form.string('dropOff.slotId');
    const current = day.slots.find((slot) => slot.id === chosenId) ?? day.slots.find((slot) => slot.remaining > 0) ?? day.slots[0];
    if (!current) return;
    this.activeSlotId = current.id;
    this.tell('activate-slot', current.id);
  }

  async #onDayKeydown(event: KeyboardEvent, days: readonly SlotDay[], index: number): Promise<void> {
    const moves: Record<string, number> = { ArrowLeft: index - 1, ArrowUp: index - 1, ArrowRight: index + 1, ArrowDown: index + 1, Home: 0, End: days.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const target = days[Math.min(days.length - 1, Math.max(0, moves[event.key]!))];
    if (!target) return;
    this.#showDay(target);
    await this.updateComplete;
    this.querySelector<HTMLElement>(`[data-day="${target.date}"]`)?.focus();
  }

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

  #renderDays(days: readonly SlotDay[], shown: SlotDay, timeZone: string): TemplateResult {
    const m = this.messages;
    const locale = m.languageTag;
    const chosenId = this.context.form.string('dropOff.slotId');
    // The times' Tab stop: the current time, which is the shown day's (or, before any, its first).
    const tabStop = shown.slots.some((slot) => slot.id === this.activeSlotId) ? this.activeSlotId : shown.slots[0]?.id;
    const shownTitle = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(`${shown.date}T00:00:00Z`));
    return html`<div class="slot-day-strip" role="group" aria-label=${m.slotDays}>
        ${days.map((day, index) => {
          const label = dayLabel(locale, day.date);
          const full = day.slots.every((slot) => slot.remaining === 0);
          return html`<button
            type="button"
            part="slot-day"
            class="slot-day-button ${full ? 'all-taken' : ''}"
            data-day=${day.date}
            tabindex=${day === shown ? '0' : '-1'}
            aria-pressed=${day === shown ? 'true' : 'false'}
            @click=${() => this.#showDay(day)}
            @keydown=${(event: KeyboardEvent) => void this.#onDayKeydown(event, days, index)}
          >
            <span class="weekday">${label.weekday}</span> <span class="date">${label.day}</span>${full ? html`<span class="full">${m.slotFull}</span>` : nothing}
          </button>`;
        })}
      </div>
      <div class="slot-day" role="group" aria-labelledby="day-title" @keydown=${(event: KeyboardEvent) => void this.#onKeydown(event)}>
        <p class="day-title" id="day-title">${shownTitle}</p>
        <div class="slot-row">
          ${shown.slots.map((slot) => {
            const full = slot.remaining === 0;
            return html`<button
              type="button"
              part="slot"
              class="slot"
              data-slot-id=${slot.id}
              tabindex=${slot.id === tabStop ? '0' : '-1'}
              aria-pressed=${slot.id === chosenId ? 'true' : 'false'}
              aria-disabled=${full ? 'true' : 'false'}
              @click=${() => this.tell('choose-slot', slot)}
            >
              ${formatSlot(locale, slot, timeZone, { withDay: false })}${full ? html`<span class="full">${m.slotFull}</span>` : nothing}
            </button>`;
          })}
        </div>
      </div>`;
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const listing = this.listing;
    const notice = this.slotTaken ? html`<p class="alert" part="error alert" role="alert">${m.slotFullNotice}</p>` : nothing;
    if (listing.state === 'failed') return html`${notice}${loadFailure(m.slotsFailed, m.retry, () => this.tell('retry-slots'))}`;
    if (listing.state !== 'loaded') return html`${notice}<p aria-busy="true">${m.slotsLoading}</p>`;
    const { timeZone, slots, from } = listing.value;
    const locale = m.languageTag;
    const days = groupSlotsByDay(slots, timeZone);
    const error = this.context.form.errorFor('dropOff.slotId');
    const chosen = this.chosenSlot;
    const atStart = from <= dateInZone(new Date(), timeZone);
    const shown = this.#shownDay(days);
    return html`${notice}
      <section class="slots" part="slots" aria-labelledby="slots-title" aria-describedby="slots-zone slots-help${error ? ` ${fieldId('dropOff.slotId')}-error` : ''}">
        <h3 id="slots-title">${m.slotsLegend}</h3>
        <p id="slots-zone" class="zone">${m.timesInZone(timeZoneLabel(timeZone, locale))}</p>
        <p id="slots-help" class="hint">${m.slotsHelp}</p>
        ${shown ? this.#renderDays(days, shown, timeZone) : html`<p class="notice">${m.noSlots}</p>`}
        <p class="chosen" aria-live="polite">${chosen ? m.slotChosen(formatSlot(locale, chosen, timeZone, { withDay: true })) : ''}</p>
        <div class="slot-nav">
          <button part="button secondary-button" type="button" class="secondary" ?disabled=${atStart} @click=${() => this.tell('move-window', -slotWindowDays)}>
            ${m.earlierDates}
          </button>
          <button part="button secondary-button" type="button" class="secondary" @click=${() => this.tell('move-window', slotWindowDays)}>${m.laterDates}</button>
        </div>
        ${fieldError(this.context, 'dropOff.slotId', error)}
      </section>`;
  }
}

/** A day of the strip: its short weekday over its day and month; a day with every time taken says so. */
function dayLabel(locale: string, date: string): { weekday: string; day: string } {
  const instant = new Date(`${date}T00:00:00Z`);
  return {
    weekday: new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short' }).format(instant),
    day: new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(instant),
  };
}

defineElement('atelier-repair-booking-slot-picker', BookingSlotPicker);
