import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Received, Warranty } from '@atelier/client/contract';
import { formatCalendarDate } from '../../base/calendar-date.ts';
import type { WarrantyActivationMessages } from './locales/en.ts';

/** The panel after activation (which asks to check the inbox) and after confirmation (which does not). */
export function warrantyPanel(m: WarrantyActivationMessages, title: string, warranty: Received<Warranty> | undefined, confirmationSentTo?: string): TemplateResult {
  if (!warranty) return html``;
  return html`<section class="success" part="success" tabindex="-1" aria-labelledby="success-title">
    <h2 part="heading" id="success-title">${title}</h2>
    <p>${m.successBody(warranty.model.name, warranty.serial)}</p>
    <p>${m.coverageUntil(formatCalendarDate(warranty.coverageEnd, m.languageTag))}</p>
    ${confirmationSentTo === undefined ? nothing : html`<p>${m.checkInbox(confirmationSentTo)}</p>`}
    <slot name="next-steps"></slot>
  </section>`;
}
