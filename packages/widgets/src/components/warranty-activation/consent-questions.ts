/**
 * The consent questions a confirmation link asks before confirming (`atelier-consents=ask`: a
 * gift's recipient or a transfer's new owner, whom nobody asked when the piece was registered). The same two boxes as
 * the activation form, drawn by the same kit and unticked, and the brand's privacy notice beside
 * them: consent is never the price of the warranty, so confirming with neither ticked is fine.
 */
import { html } from 'lit';
import type { nothing, TemplateResult } from 'lit';
import type { ActivationRequest, ConfirmationConsents } from '@atelier/client/contract';
import { checkboxField } from '../../forms/fields.ts';
import type { FieldContext } from '../../forms/fields.ts';
import type { FormController } from '../../forms/form-controller.ts';
import type { WarrantyActivationMessages } from './locales/en.ts';

export interface ConsentQuestionsView {
  form: FormController<ActivationRequest>;
  m: WarrantyActivationMessages;
  /** A confirmation that failed and can be tried again, said above the questions. */
  alert: TemplateResult | typeof nothing;
  confirm: (event: Event) => void;
}

export function consentQuestions({ form, m, alert, confirm }: ConsentQuestionsView): TemplateResult {
  // Two boxes, neither required: nothing here can be in error.
  const context: FieldContext = { form, required: m.required, optional: m.optional, errorText: () => '' };
  return html`<h2 part="heading" id="consents-title">${m.askConsentsTitle}</h2>
    <p>${m.askConsentsIntro}</p>
    ${alert}
    <form part="form" novalidate aria-labelledby="consents-title" @submit=${confirm}>
      <fieldset part="fieldset">
        <legend part="legend">${m.consentsLegend}</legend>
        ${checkboxField(context, 'consents.service', m.serviceConsentLabel)} ${checkboxField(context, 'consents.marketing', m.marketingConsentLabel)}
        <slot name="consent-notice"></slot>
      </fieldset>
      <button part="button primary-button" type="submit">${m.confirmWithConsents}</button>
    </form>`;
}

/** The answers, with the words on the screen on one line: the title, then each box's label and its answer. */
export function consentsAnswered(form: FormController<ActivationRequest>, m: WarrantyActivationMessages): ConfirmationConsents {
  const service = form.checked('consents.service');
  const marketing = form.checked('consents.marketing');
  const wording = [m.askConsentsTitle, `${m.serviceConsentLabel} ${m.consentAnswer(service)}`, `${m.marketingConsentLabel} ${m.consentAnswer(marketing)}`].join(' | ');
  return { service, marketing, wording };
}
