/**
 * What the booking's internal elements (its steps, the slot picker, the confirmation) share: the
 * kit's `WidgetPart` with the booking's words, and the way a list that could not load is shown.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { WidgetPart } from '../../../base/widget-part.ts';
import type { RepairBookingMessages } from '../locales/en.ts';

export abstract class BookingPart extends WidgetPart<RepairBookingMessages> {}

/** A list that could not load, and a button to try again. */
export function loadFailure(message: string, retryLabel: string, retry: () => void): TemplateResult {
  return html`<div class="alert" part="error alert" role="alert">
    <p>${message}</p>
    <button part="button secondary-button" type="button" class="secondary" @click=${retry}>${retryLabel}</button>
  </div>`;
}
