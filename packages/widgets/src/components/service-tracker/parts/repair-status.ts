/** Where a repair stands: its title, the stages done and to come, the centre, drop-off, promised date and warranty. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { OpenEnum, Received, RepairStatus, RepairTracker } from '@atelier/client/contract';
import { codeInWords, serviceTypeName } from '@atelier/client/service-type-names';
import { formatCalendarDate } from '../../../base/calendar-date.ts';
import { defineElement } from '../../../base/define.ts';
import { WidgetPart } from '../../../base/widget-part.ts';
import { labelOf } from '../../../labels/value-labels.ts';
import { formatDayAt, formatTimeWindow } from '../formatting.ts';
import type { ServiceTrackerMessages } from '../locales/en.ts';
import { lookupProblemAlert } from '../tracker-problems.ts';
import type { LookupProblem } from '../tracker-problems.ts';

/** The stages a repair goes through when all goes to plan; what is still to come is read from here. */
const plannedPath: readonly RepairStatus[] = ['requested', 'received', 'diagnosed', 'awaiting_approval', 'approved', 'in_repair', 'quality_control', 'ready', 'returned'];

/** A status a newer server added is not on the planned path: nothing is shown as still to come. */
function stagesToCome(status: OpenEnum<RepairStatus>): RepairStatus[] {
  if (status === 'declined') return ['returned'];
  const at = (plannedPath as readonly string[]).indexOf(status);
  return at < 0 ? [] : plannedPath.slice(at + 1);
}

/** The title with the tracking code in one piece: a narrow screen would otherwise break it at a hyphen. */
function titleWithWholeCode(title: string, code: string): TemplateResult {
  const at = title.indexOf(code);
  if (at === -1) return html`${title}`;
  return html`${title.slice(0, at)}<span class="code">${code}</span>${title.slice(at + code.length)}`;
}

/**
 * @fires refresh - The owner asks where the repair stands now (Refresh, or "Try again" after a failed lookup).
 * @fires track-another - The owner wants to follow another repair.
 */
export class TrackerRepairStatus extends WidgetPart<ServiceTrackerMessages> {
  static override properties = {
    ...WidgetPart.properties,
    tracker: { attribute: false },
    problem: { attribute: false },
    retryDisabled: { attribute: false },
  };

  declare tracker: Received<RepairTracker>;
  /** A refresh that failed: the repair shown stays, with the alert. */
  declare problem: LookupProblem | undefined;
  /** A decision or a rating is still being sent. */
  declare retryDisabled: boolean;

  protected override render(): TemplateResult {
    const m = this.messages;
    const tracker = this.tracker;
    const refresh = (): void => this.tell('refresh');
    return html`<h2 part="heading" id="tracker-title" tabindex="-1">${titleWithWholeCode(m.trackerTitle(tracker.trackingCode), tracker.trackingCode)}</h2>
      <p>${m.pieceSummary(serviceTypeName(m.serviceTypes, tracker.serviceType), tracker.serial)}</p>
      ${lookupProblemAlert(m, this.problem, refresh, this.retryDisabled)}
      <div class="row">
        <button part="button secondary-button" type="button" class="secondary" @click=${refresh}>${m.refresh}</button>
        <button part="button secondary-button" type="button" class="secondary" @click=${() => this.tell('track-another')}>${m.trackAnother}</button>
      </div>
      ${this.#renderTimeline(tracker)} ${this.#renderDetails(tracker)}`;
  }

  #renderTimeline(tracker: Received<RepairTracker>): TemplateResult {
    const m = this.messages;
    const { timeZone } = tracker.centre;
    const last = tracker.stages.length - 1;
    return html`<section aria-labelledby="progress-title">
      <h3 part="subheading" id="progress-title">${m.progressHeading}</h3>
      <ol class="timeline" part="timeline">
        ${tracker.stages.map(
          (stage, index) => html`<li class=${index === last ? 'current' : 'done'} aria-current=${index === last ? 'step' : nothing}>
            <span class="stage">${labelOf(m.stages, stage.status)}</span>
            <time datetime=${stage.at}>${formatDayAt(stage.at, m.languageTag, timeZone)}</time>
            ${index === last ? html`<span class="tag">${m.currentStage}</span>` : nothing}
          </li>`,
        )}
        ${stagesToCome(tracker.status).map(
          (status) => html`<li class="upcoming"><span class="stage">${m.stages[status]}</span> <span class="tag">${m.upcomingStage}</span></li>`,
        )}
      </ol>
    </section>`;
  }

  #renderDetails(tracker: Received<RepairTracker>): TemplateResult {
    const m = this.messages;
    const { centre, dropOff } = tracker;
    const country = new Intl.DisplayNames([m.languageTag], { type: 'region', fallback: 'code' }).of(centre.country) ?? centre.country;
    // The address is the postal one, city included ("Route des Acacias 41, 1227 Genève"), as the booking form and the e-mails show it.
    return html`<section aria-labelledby="details-title">
      <h3 part="subheading" id="details-title">${m.detailsHeading}</h3>
      <dl class="facts">
        <div>
          <dt>${m.centreTerm}</dt>
          <dd>${centre.name}<br />${centre.address}, ${country}</dd>
        </div>
        <div>
          <dt>${m.dropOffTerm}</dt>
          <dd>
            ${dropOff.slot
              ? m.slotDropOff(formatTimeWindow(dropOff.slot.startsAt, dropOff.slot.endsAt, m.languageTag, centre.timeZone))
              : dropOff.method === 'mail_in'
                ? m.mailInDropOff
                : codeInWords(dropOff.method)}
          </dd>
        </div>
        ${dropOff.method === 'mail_in' && dropOff.mailInInstructions
          ? html`<div>
              <dt>${m.mailInInstructionsTerm}</dt>
              <dd class="instructions">${dropOff.mailInInstructions}</dd>
            </div>`
          : nothing}
        <div>
          <dt>${m.promisedTerm}</dt>
          <dd>
            ${tracker.promisedDate
              ? html`<time datetime=${tracker.promisedDate}>${formatCalendarDate(tracker.promisedDate, m.languageTag)}</time>
                  ${tracker.onTime === null
                    ? nothing
                    : html`<span class="punctuality ${tracker.onTime ? 'on-time' : 'late'}"
                        ><span aria-hidden="true">${tracker.onTime ? '✓ ' : '! '}</span>${tracker.onTime ? m.onTime : m.late}</span
                      >`}`
              : m.notPromisedYet}
          </dd>
        </div>
        ${tracker.warranty
          ? html`<div>
              <dt>${m.warrantyTerm}</dt>
              <dd class="warranty">
                ${m.warrantyCoverage(labelOf(m.warrantyStatuses, tracker.warranty.status), formatCalendarDate(tracker.warranty.coverageEnd, m.languageTag))}
              </dd>
            </div>`
          : nothing}
      </dl>
    </section>`;
  }
}

defineElement('atelier-service-tracker-repair', TrackerRepairStatus);
