/** The record of a piece: verified or not, stolen or not, the piece, its services, modifications and history, and the share panel. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ProvenanceVerification } from '@atelier/client';
import { isKnownValue, stolenGuidanceCodes } from '@atelier/client/contract';
import type { OpenEnum, ProvenanceEvent, ProvenanceRecord, Received, StolenGuidance } from '@atelier/client/contract';
import { serviceTypeName } from '@atelier/client/service-type-names';
import { defineElement } from '../../../base/define.ts';
import { WidgetPart } from '../../../base/widget-part.ts';
import { labelOf } from '../../../labels/value-labels.ts';
import type { ProvenanceMessages } from '../locales/en.ts';
import './share-panel.ts';

/** The statuses under which the record warns as it does for a stolen piece. */
function isLostOrDestroyed(status: string): status is 'lost' | 'destroyed' {
  return status === 'lost' || status === 'destroyed';
}

export class ProvenanceRecordView extends WidgetPart<ProvenanceMessages> {
  static override properties = {
    ...WidgetPart.properties,
    record: { attribute: false },
    verification: { attribute: false },
    digitalLinkBaseUrl: { attribute: false },
  };

  declare record: Received<ProvenanceRecord>;
  declare verification: ProvenanceVerification;
  /** Where the piece's Digital Link points, for the QR code: the API's resolver. */
  declare digitalLinkBaseUrl: string;

  /** A day (`2025-02-03`) or a month (`2024-05`, as the API dates what concerns an owner), in the widget's language. */
  #formatDay(isoDate: string): string {
    const [year, month, day] = isoDate.split('-').map(Number);
    const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
    const options: Intl.DateTimeFormatOptions =
      day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(this.messages.languageTag, options).format(date);
  }

  #place(city: string | undefined, country: string | undefined): string {
    const countryName = country ? (new Intl.DisplayNames([this.messages.languageTag], { type: 'region', fallback: 'code' }).of(country) ?? country) : '';
    return [city, countryName].filter(Boolean).join(', ');
  }

  #serviceName(code: string): string {
    return serviceTypeName(this.messages.serviceTypes, code);
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const record = this.record;
    return html`<article class="record" part="record" aria-labelledby="record-title">
      <h2 part="heading" id="record-title" tabindex="-1" data-result-focus>${record.model.name}</h2>
      ${record.stolen ? this.#renderStolen(record.stolen.reportedOn, record.stolen.whatToDo) : this.#renderLostOrDestroyed(record.status)}
      ${this.#renderVerification(this.verification, record.stolen !== null || isLostOrDestroyed(record.status))}
      <section aria-labelledby="piece-title">
        <h3 part="subheading" id="piece-title">${m.pieceHeading}</h3>
        <dl class="facts">
          <div><dt>${m.serialTerm}</dt><dd>${record.serial}</dd></div>
          <div><dt>${m.referenceTerm}</dt><dd>${record.model.reference}</dd></div>
          <div><dt>${m.collectionTerm}</dt><dd>${record.model.collection}</dd></div>
          <div><dt>${m.manufacturedTerm}</dt><dd>${record.manufactureYear}</dd></div>
          <div>
            <dt>${m.firstSaleTerm}</dt>
            <dd>
              ${record.firstSale
                ? m.firstSale(record.firstSale.retailerName, this.#place(record.firstSale.city, record.firstSale.country), this.#formatDay(record.firstSale.month))
                : m.notSoldYet}
            </dd>
          </div>
          <div><dt>${m.ownersTerm}</dt><dd>${m.ownerCount(record.ownerCount)}</dd></div>
          ${record.currentOwnerRegisteredSince
            ? html`<div>
                <dt>${m.registeredSinceTerm}</dt>
                <dd><time datetime=${record.currentOwnerRegisteredSince}>${this.#formatDay(record.currentOwnerRegisteredSince)}</time></dd>
              </div>`
            : nothing}
        </dl>
      </section>
      <section aria-labelledby="services-title">
        <h3 part="subheading" id="services-title">${m.servicesHeading}</h3>
        ${record.services.length === 0
          ? html`<p>${m.noServices}</p>`
          : html`<ul class="entries">
              ${record.services.map(
                (service) => html`<li><time datetime=${service.date}>${this.#formatDay(service.date)}</time> ${m.service(this.#serviceName(service.serviceType), service.centreCity)}</li>`,
              )}
            </ul>`}
      </section>
      <section aria-labelledby="modifications-title">
        <h3 part="subheading" id="modifications-title">${m.modificationsHeading}</h3>
        ${record.modifications.length === 0
          ? html`<p>${m.noModifications}</p>`
          : html`<ul class="entries">
              ${record.modifications.map(
                (modification) =>
                  html`<li><time datetime=${modification.date}>${this.#formatDay(modification.date)}</time> ${m.modification(modification.what, modification.retailerName)}</li>`,
              )}
            </ul>`}
      </section>
      <section aria-labelledby="history-title">
        <h3 part="subheading" id="history-title">${m.historyHeading}</h3>
        <ol class="timeline" part="timeline">
          ${record.events.map((event) => this.#renderEvent(event))}
        </ol>
      </section>
      <atelier-provenance-share .messages=${m} .record=${record} .digitalLinkBaseUrl=${this.digitalLinkBaseUrl}></atelier-provenance-share>
    </article>`;
  }

  /**
   * Whether the brand signed this record. Under a stolen warning it stays, after the warning and
   * without the success colour: it vouches that the report is the brand's, and a green tick above
   * "Reported stolen" would read as "all is well" to someone about to buy the piece.
   */
  #renderVerification(verification: ProvenanceVerification, stolen: boolean): TemplateResult {
    const m = this.messages;
    if (verification.verified) {
      return html`<p class="verification verified ${stolen ? 'under-warning' : ''}" part="verification"><span aria-hidden="true">✓</span><span>${m.verified}</span></p>`;
    }
    return html`<div class="verification unverified" part="verification" role="alert">
      <p><strong><span aria-hidden="true">✕ </span>${m.notVerified}</strong></p>
      <p>${m.notVerifiedDetail}</p>
    </div>`;
  }

  #renderStolen(reportedOn: string, whatToDo: OpenEnum<StolenGuidance>): TemplateResult {
    const m = this.messages;
    return html`<div class="stolen" part="stolen" role="alert">
      <p class="stolen-title"><span aria-hidden="true">⚠ </span>${m.stolenTitle}</p>
      <p>${m.stolenBody(this.#formatDay(reportedOn))}</p>
      <p>${m.stolenGuidance[isKnownValue(stolenGuidanceCodes, whatToDo) ? whatToDo : 'contact_brand']}</p>
    </div>`;
  }

  /**
   * A piece its owner reported lost, or the brand recorded destroyed, is no piece to buy either: a
   * clean history under it would read as "all is well" to someone about to pay for it.
   */
  #renderLostOrDestroyed(status: string): TemplateResult | typeof nothing {
    if (!isLostOrDestroyed(status)) return nothing;
    const m = this.messages;
    const [title, body] = status === 'lost' ? [m.lostTitle, m.lostBody] : [m.destroyedTitle, m.destroyedBody];
    return html`<div class="stolen" part="stolen" role="alert">
      <p class="stolen-title"><span aria-hidden="true">⚠ </span>${title}</p>
      <p>${body}</p>
    </div>`;
  }

  #renderEvent(event: Received<ProvenanceEvent>): TemplateResult {
    const m = this.messages;
    const place = this.#place(event.city, event.country);
    const serviceType = event.details['serviceType'];
    const coverageEnd = event.details['coverageEnd'];
    const detail = [
      typeof serviceType === 'string' && serviceType !== '' ? this.#serviceName(serviceType) : '',
      event.details['what'],
      event.details['retailerName'],
      // Set by an activation and by each service that extended the warranty.
      typeof coverageEnd === 'string' && coverageEnd !== '' ? m.warrantyUntil(this.#formatDay(coverageEnd)) : '',
    ]
      .filter((value): value is string => typeof value === 'string' && value !== '')
      .join(', ');
    return html`<li class=${event.type === 'reported_stolen' ? 'alarm' : ''}>
      <time datetime=${event.occurredOn}>${this.#formatDay(event.occurredOn)}</time>
      <span class="event-type">${labelOf(m.eventTypes, event.type)}</span>
      ${place ? html`<span class="event-place">${place}</span>` : nothing} ${detail ? html`<span class="event-detail">${detail}</span>` : nothing}
    </li>`;
  }
}

defineElement('atelier-provenance-record', ProvenanceRecordView);
