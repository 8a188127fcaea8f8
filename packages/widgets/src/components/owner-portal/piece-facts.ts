/**
 * What the owner's list and a piece's page both say of a piece: its status when not simply theirs,
 * its warranty and when it ends, when each kind of care falls due (and a warranty condition that
 * rides on it), and the retailer of record with a way to reach
 * them (the brand's space keeps the retailer in the picture).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { CareDue, OwnedPiece, Received, RetailerOfRecord } from '@atelier/client/contract';
import { formatCalendarDate } from '../../base/calendar-date.ts';
import type { OwnerPortalMessages } from './locales/en.ts';

/** A label for an open enum value: the catalog's words, or the value itself from a newer server. */
export function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
  return labels[value] ?? value;
}

/** A country named in the widget's language (`CH` → Switzerland, Suisse, スイス). */
export function countryName(m: OwnerPortalMessages, code: string): string {
  return new Intl.DisplayNames([m.languageTag], { type: 'region', fallback: 'code' }).of(code) ?? code;
}

function retailerContact(m: OwnerPortalMessages, retailer: Received<RetailerOfRecord>): TemplateResult {
  const { email, phone } = retailer.contact;
  return html`${retailer.name && (email || phone)
    ? html`<span class="row contact">
        ${email ? html`<a part="button contact" class="button secondary" href=${`mailto:${email}`}>${m.emailRetailer(retailer.name)}</a>` : nothing}
        ${phone ? html`<a part="button contact" class="button secondary" href=${`tel:${phone.replace(/[^\d+]/g, '')}`}>${m.callRetailer(retailer.name)}</a>` : nothing}
      </span>`
    : nothing}`;
}

/**
 * One kind of care and when it falls due; under it, the brand's warranty condition about it, if
 * any, with the day the care keeps the warranty by (or that it lapsed, once past).
 */
function careDueFact(m: OwnerPortalMessages, due: Received<CareDue>): TemplateResult {
  const date = formatCalendarDate(due.date, m.languageTag);
  const condition = due.warrantyCondition;
  return html`<div class="care">
    <dt>${labelOf(m.careKinds, due.kind)}</dt>
    <dd class=${due.overdue ? 'overdue' : ''}>${due.overdue ? m.nextCareOverdue(date) : m.nextCareDue(date)}</dd>
    ${condition
      ? html`<dd part="warranty-condition" class="condition">
          ${condition.text}
          ${due.overdue ? m.warrantyConditionLapsed(formatCalendarDate(condition.lapsesAfter, m.languageTag)) : m.warrantyConditionKeptBy(formatCalendarDate(condition.lapsesAfter, m.languageTag))}
        </dd>`
      : nothing}
  </div>`;
}

export function pieceFacts(m: OwnerPortalMessages, piece: Received<OwnedPiece>): TemplateResult {
  const retailer = piece.retailerOfRecord;
  return html`<dl class="facts">
    <div><dt>${m.serialTerm}</dt><dd class="serial">${piece.serial}</dd></div>
    ${piece.status === 'sold'
      ? nothing
      : html`<div class="status ${piece.status}"><dt>${m.statusTerm}</dt><dd>${labelOf(m.itemStatuses, piece.status)}</dd></div>`}
    <div>
      <dt>${m.warrantyTerm}</dt>
      <dd>${m.warrantyUntil(labelOf(m.warrantyStatuses, piece.warranty.status), formatCalendarDate(piece.warranty.coverageEnd, m.languageTag))}</dd>
    </div>
    ${piece.careDue.map((due) => careDueFact(m, due))}
    <div>
      <dt>${m.retailerTerm}</dt>
      <dd>
        ${retailer ? html`${m.retailerPlace(retailer.name, retailer.city, countryName(m, retailer.country))} ${retailerContact(m, retailer)}` : m.noRetailer}
      </dd>
    </div>
  </dl>`;
}
