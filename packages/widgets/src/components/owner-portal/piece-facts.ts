/**
 * What the owner's list and a piece's page both say of a piece: its status when not simply theirs,
 * its warranty and when it ends, the next care due, and the retailer of record with a way to reach
 * them (the brand's space keeps the retailer in the picture).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { OwnedPiece, Received, RetailerOfRecord } from '@atelier/client/contract';
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

export function pieceFacts(m: OwnerPortalMessages, piece: Received<OwnedPiece>): TemplateResult {
  const retailer = piece.retailerOfRecord;
  const care = piece.nextCareDue;
  const careDate = formatCalendarDate(care.date, m.languageTag);
  return html`<dl class="facts">
    <div><dt>${m.serialTerm}</dt><dd class="serial">${piece.serial}</dd></div>
    ${piece.status === 'sold'
      ? nothing
      : html`<div class="status ${piece.status}"><dt>${m.statusTerm}</dt><dd>${labelOf(m.itemStatuses, piece.status)}</dd></div>`}
    <div>
      <dt>${m.warrantyTerm}</dt>
      <dd>${m.warrantyUntil(labelOf(m.warrantyStatuses, piece.warranty.status), formatCalendarDate(piece.warranty.coverageEnd, m.languageTag))}</dd>
    </div>
    <div>
      <dt>${m.nextCareTerm}</dt>
      <dd class=${care.overdue ? 'overdue' : ''}>${care.overdue ? m.nextCareOverdue(careDate) : m.nextCareDue(careDate)}</dd>
    </div>
    <div>
      <dt>${m.retailerTerm}</dt>
      <dd>
        ${retailer ? html`${m.retailerPlace(retailer.name, retailer.city, countryName(m, retailer.country))} ${retailerContact(m, retailer)}` : m.noRetailer}
      </dd>
    </div>
  </dl>`;
}
