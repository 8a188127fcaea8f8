/** The estimate of a repair, and the owner's decision on it: sign with their name, then confirm. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Estimate, EstimateDecision, OpenEnum, Received, RepairTracker } from '@atelier/client/contract';
import { codeInWords } from '@atelier/client/service-type-names';
import { formatCalendarDate } from '../../../base/calendar-date.ts';
import { defineElement } from '../../../base/define.ts';
import { WidgetPart } from '../../../base/widget-part.ts';
import { textField } from '../../../forms/fields.ts';
import type { FieldContext } from '../../../forms/fields.ts';
import { formatDayAt, formatMinorUnits } from '../formatting.ts';
import type { ServiceTrackerMessages } from '../locales/en.ts';
import { actionProblemAlert } from '../tracker-problems.ts';
import type { ActionProblem } from '../tracker-problems.ts';

/** Signing comes first; the decision is sent only from the confirmation that follows. */
export type DecisionStep = { step: 'sign' } | { step: 'confirm'; decision: EstimateDecision };

/**
 * @fires choose-decision - The owner signed and chose; `detail` is `approve` or `decline`.
 * @fires send-decision - The owner confirmed the decision.
 * @fires back-to-signature - The owner went back from the confirmation.
 */
export class TrackerEstimateDecision extends WidgetPart<ServiceTrackerMessages> {
  static override properties = {
    ...WidgetPart.properties,
    tracker: { attribute: false },
    estimate: { attribute: false },
    decisionStep: { attribute: false },
    context: { attribute: false },
    pending: { attribute: false },
    problem: { attribute: false },
  };

  declare tracker: Received<RepairTracker>;
  declare estimate: Received<Estimate>;
  declare decisionStep: DecisionStep;
  /** The signature form. */
  declare context: FieldContext;
  /** The decision is being sent. */
  declare pending: boolean;
  declare problem: ActionProblem | undefined;

  #money(minorUnits: number): string {
    return formatMinorUnits(minorUnits, this.estimate.currency, this.messages.languageTag);
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const { tracker, estimate } = this;
    const deciding = tracker.status === 'awaiting_approval' && estimate.decision === null;
    return html`<section aria-labelledby="estimate-title">
      <h3 part="subheading" id="estimate-title">${m.estimateHeading}</h3>
      <table part="estimate">
        <caption>
          ${m.estimateCaption(formatCalendarDate(estimate.validUntil, m.languageTag))}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.itemColumn}</th>
            <th scope="col" class="amount">${m.amountColumn}</th>
          </tr>
        </thead>
        <tbody>
          ${estimate.lineItems.map(
            (item) => html`<tr>
              <td>${item.description} ${item.coveredByWarranty ? html`<span class="covered">${m.coveredByWarranty}</span>` : nothing}</td>
              <td class="amount">${this.#money(item.coveredByWarranty ? 0 : item.amountMinorUnits)}</td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${m.totalRow}</th>
            <td class="amount">${this.#money(estimate.totalMinorUnits)}</td>
          </tr>
        </tfoot>
      </table>
      ${actionProblemAlert(m, this.problem, 'decision')}
      ${estimate.decision
        ? html`<p class="decision" part="decision" tabindex="-1">
            ${this.#decisionText(estimate.decision.decision, estimate.decision.name, formatDayAt(estimate.decision.decidedAt, m.languageTag, tracker.centre.timeZone))}
          </p>`
        : deciding
          ? this.#renderDecision(this.#money(estimate.totalMinorUnits))
          : nothing}
    </section>`;
  }

  /** Who decided what, when; a kind of decision a newer server added is named in its own words. */
  #decisionText(decision: OpenEnum<EstimateDecision>, name: string, date: string): string {
    const m = this.messages;
    if (decision === 'approve') return m.decisionApproved(name, date);
    if (decision === 'decline') return m.decisionDeclined(name, date);
    return `${codeInWords(decision)}: ${name}, ${date}`;
  }

  #renderDecision(total: string): TemplateResult {
    const m = this.messages;
    const step = this.decisionStep;
    const pending = this.pending;
    if (step.step === 'confirm') {
      const name = this.context.form.string('name').trim();
      const approving = step.decision === 'approve';
      return html`<div class="confirm" role="group" aria-labelledby="confirm-title">
        <h4 id="confirm-title" tabindex="-1">${approving ? m.confirmApproveTitle : m.confirmDeclineTitle}</h4>
        <p>${approving ? m.confirmApproveBody(total, name) : m.confirmDeclineBody(name)}</p>
        <div class="row">
          <button part="button primary-button" type="button" ?disabled=${pending} @click=${() => this.tell('send-decision')}>
            ${pending ? m.sendingDecision : approving ? m.confirmApprove : m.confirmDecline}
          </button>
          <button part="button secondary-button" type="button" class="secondary" ?disabled=${pending} @click=${() => this.tell('back-to-signature')}>${m.back}</button>
        </div>
      </div>`;
    }
    const choose = (decision: EstimateDecision) => () => this.tell('choose-decision', decision);
    return html`<form part="form" class="signature" novalidate aria-labelledby="estimate-title" @submit=${(event: Event) => event.preventDefault()}>
      <p id="decision-intro">${m.decisionIntro}</p>
      ${textField(this.context, 'name', m.signatureLabel, { required: true, autocomplete: 'name' })}
      <div class="row">
        <button part="button primary-button" type="button" @click=${choose('approve')}>${m.approve}</button>
        <button part="button secondary-button" type="button" class="secondary" @click=${choose('decline')}>${m.decline}</button>
      </div>
    </form>`;
  }
}

defineElement('atelier-service-tracker-estimate', TrackerEstimateDecision);
