/** The tracker's lookup form: the tracking code and the e-mail the owner booked with. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { defineElement } from '../../../base/define.ts';
import { WidgetPart } from '../../../base/widget-part.ts';
import { errorSummary } from '../../../forms/error-summary.ts';
import { textField } from '../../../forms/fields.ts';
import type { FieldContext } from '../../../forms/fields.ts';
import type { ServiceTrackerMessages } from '../locales/en.ts';
import { lookupProblemAlert } from '../tracker-problems.ts';
import type { LookupProblem } from '../tracker-problems.ts';

const lookupFieldLabels = { trackingCode: 'trackingCodeLabel', email: 'emailLabel' } as const satisfies Record<string, keyof ServiceTrackerMessages>;
type LookupFieldPath = keyof typeof lookupFieldLabels;
const lookupFieldPaths = Object.keys(lookupFieldLabels) as LookupFieldPath[];

/**
 * @fires look-up - The owner submitted the form; the widget checks it and looks the repair up.
 * @fires retry-lookup - The owner asks again after a lookup that got no answer.
 */
export class TrackerLookupForm extends WidgetPart<ServiceTrackerMessages> {
  static override properties = {
    ...WidgetPart.properties,
    context: { attribute: false },
    busy: { attribute: false },
    problem: { attribute: false },
    summaryShown: { attribute: false },
    retryDisabled: { attribute: false },
  };

  declare context: FieldContext;
  /** A lookup is under way. */
  declare busy: boolean;
  declare problem: LookupProblem | undefined;
  /** The error summary shows after a submit the contract refused. */
  declare summaryShown: boolean;
  /** A decision or a rating is still being sent. */
  declare retryDisabled: boolean;

  #submit(event: Event): void {
    event.preventDefault();
    this.tell('look-up');
  }

  #renderSummary(): TemplateResult | typeof nothing {
    if (!this.summaryShown) return nothing;
    const errors = this.context.form.visibleErrors(lookupFieldPaths);
    const m = this.messages;
    return errorSummary(this, errors, {
      title: m.errorSummaryTitle(errors.length),
      labelSeparator: m.labelSeparator,
      labelOf: (path) => (Object.hasOwn(lookupFieldLabels, path) ? m[lookupFieldLabels[path as LookupFieldPath]] : undefined),
      errorText: (error) => this.context.errorText(error),
    });
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const f = this.context;
    const busy = this.busy;
    return html`<h2 part="heading" id="lookup-title" tabindex="-1"><slot name="heading">${m.lookupTitle}</slot></h2>
      <slot name="intro"><p>${m.lookupIntro}</p></slot>
      ${lookupProblemAlert(m, this.problem, () => this.tell('retry-lookup'), this.retryDisabled)} ${this.#renderSummary()}
      <form part="form" novalidate aria-labelledby="lookup-title" aria-busy=${busy ? 'true' : 'false'} @submit=${this.#submit}>
        ${textField(f, 'trackingCode', m.trackingCodeLabel, {
          required: true,
          hint: m.trackingCodeHint,
          autocomplete: 'off',
          autocapitalize: 'characters',
          spellcheck: false,
        })}
        ${textField(f, 'email', m.emailLabel, { type: 'email', required: true, autocomplete: 'email' })}
        <button part="button primary-button" type="submit" ?disabled=${busy}>${busy ? m.loading : m.lookupSubmit}</button>
      </form>
      ${busy ? html`<p aria-busy="true">${m.loading}</p>` : nothing}`;
  }
}

defineElement('atelier-service-tracker-lookup', TrackerLookupForm);
