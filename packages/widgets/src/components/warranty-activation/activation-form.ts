/**
 * The activation form as the buyer sees it: the piece, the owner, an optional gift and the
 * consents, drawn with the kit's field renderers (src/forms/fields.ts), so each field's label,
 * required / optional marker, hint and error are tied together by ids as in every other widget.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ActivationRequest, BrandConfig, Received } from '@atelier/client/contract';
import type { Failure } from '../../base/failure.ts';
import { countryOptionsWhenIdle, languageAutonym } from '../../forms/countries.ts';
import { checkboxField, selectField, textField } from '../../forms/fields.ts';
import type { FieldContext } from '../../forms/fields.ts';
import { dateField } from '../../forms/date-field.ts';
import type { FormController } from '../../forms/form-controller.ts';
import { fieldErrorMessage, fieldLabels, otherRetailer, refusalCode } from './activation-request.ts';
import type { FieldPath } from './activation-request.ts';
import { formatCardCode } from './card-code-format.ts';
import type { WarrantyActivationMessages } from './locales/en.ts';

/** The alert that explains a refusal; a field the refusal is about points to it rather than repeating it. */
export const failureAlertId = 'failure-alert';

/** What the form is drawn from. */
export interface ActivationFormView {
  form: FormController<ActivationRequest>;
  m: WarrantyActivationMessages;
  /** The brand's retailers and languages, once loaded. */
  brand: Received<BrandConfig> | undefined;
  /** A request is under way: the form is busy. */
  pending: boolean;
  /** The refusal shown: the fields it is about point at the alert that explains it. */
  failure: Failure | undefined;
  submit: (event: Event) => void;
  /** Draws the form again: the countries come once the browser is idle. */
  redraw: () => void;
  /**
   * How many of the form's `activationFormParts` to draw: the widget draws the form's frame and title
   * first, then one more part per frame (base/drawn-in-parts.ts says why).
   */
  drawnParts: number;
}

/** The form's frame and the piece's legend; the piece's serial and card code; its purchase date and retailer; the owner; the gift, the consents and the submit button. */
export const activationFormParts = 5;

export function activationForm({ form, m, brand, pending, failure, submit, redraw, drawnParts }: ActivationFormView): TemplateResult {
  // The refusal the alert explains: a field it is about is described by the alert, not by an error of its own.
  const explainedByAlert = refusalCode(failure);
  const context: FieldContext = {
    form,
    required: m.required,
    optional: m.optional,
    errorText: (error) => fieldErrorMessage(m, error),
    explainedBy: (error) => (error.code === explainedByAlert ? failureAlertId : undefined),
  };
  const label = (path: FieldPath): string => m[fieldLabels[path]];

  return html`<form part="form" novalidate aria-labelledby="form-title" aria-busy=${pending ? 'true' : 'false'} @submit=${submit}>
    <fieldset part="fieldset">
      <legend part="legend">${m.pieceLegend}</legend>
      ${drawnParts >= 2 ? piece() : nothing} ${drawnParts >= 3 ? purchase() : nothing}
    </fieldset>
    ${drawnParts >= 4 ? owner() : nothing} ${drawnParts >= 5 ? giftAndConsents() : nothing}
  </form>`;

  /** The serial and the card code: the first fields, a frame after the form's frame and title (preparing the fields' templates with them was a task of 50–65 ms at 4×). */
  function piece(): TemplateResult {
    return html`${textField(context, 'serial', label('serial'), { required: true, hint: m.serialHint, autocomplete: 'off', autocapitalize: 'characters' })}
    ${textField(context, 'cardCode', label('cardCode'), { hint: m.cardCodeHint, autocomplete: 'off', autocapitalize: 'characters', spellcheck: false, format: formatCardCode })}`;
  }

  /** When and where the piece was bought: the date's three parts and twelve months, the brand's retailers. */
  function purchase(): TemplateResult {
    return html`${dateField(context, 'purchaseDate', label('purchaseDate'), { required: true, locale: m.languageTag })}
    ${selectField(
      context,
      'retailerId',
      label('retailerId'),
      [
        ...(brand?.retailers ?? []).map((retailer) => ({ value: retailer.id, label: `${retailer.name} — ${retailer.city}` })),
        { value: otherRetailer, label: m.retailerOther },
      ],
      { placeholder: m.retailerPlaceholder },
    )}`;
  }

  /** The brand's languages, each in its own words; before they arrive, the one already chosen (the buyer's own). */
  function languageChoices(): { value: string; label: string }[] {
    return (brand?.locales ?? [form.string('owner.language')]).map((locale) => ({ value: locale, label: languageAutonym(locale) }));
  }

  function owner(): TemplateResult {
    return html`<fieldset part="fieldset">
      <legend part="legend">${m.ownerLegend}</legend>
      ${textField(context, 'owner.name', label('owner.name'), { required: true, autocomplete: 'name' })}
      ${textField(context, 'owner.email', label('owner.email'), { type: 'email', required: true, autocomplete: 'email', hint: m.emailHint })}
      ${selectField(context, 'owner.country', label('owner.country'), countryOptionsWhenIdle(m.languageTag, form.string('owner.country'), redraw), {
        placeholder: m.countryPlaceholder,
        required: true,
        autocomplete: 'country',
      })}
      ${selectField(
        context,
        'owner.language',
        label('owner.language'),
        languageChoices(),
        { required: true },
      )}
    </fieldset>`;
  }

  function giftAndConsents(): TemplateResult {
    const gift = form.checked('gift');
    // The recipient's language starts as the buyer's (most gifts stay in the family), shown as chosen.
    if (gift && !form.string('gift.recipientLanguage')) form.values['gift.recipientLanguage'] = form.string('owner.language');
    return html`<fieldset part="fieldset">
      <legend part="legend">${m.giftLegend}</legend>
      ${checkboxField(context, 'gift', m.giftLabel, m.giftHint)}
      ${gift
        ? html`${textField(context, 'gift.recipientName', label('gift.recipientName'), { required: true, autocomplete: 'off' })}
          ${textField(context, 'gift.recipientEmail', label('gift.recipientEmail'), { type: 'email', required: true, autocomplete: 'off' })}
          ${selectField(context, 'gift.recipientLanguage', label('gift.recipientLanguage'), languageChoices(), { required: true })}`
        : nothing}
    </fieldset>
    <fieldset part="fieldset">
      <legend part="legend">${m.consentsLegend}</legend>
      ${gift
        ? html`<p class="hint" part="hint">${m.giftConsentsNote}</p>`
        : html`${checkboxField(context, 'consents.service', m.serviceConsentLabel)} ${checkboxField(context, 'consents.marketing', m.marketingConsentLabel)}`}
      <slot name="consent-notice"></slot>
    </fieldset>
    <button part="button primary-button" type="submit" ?disabled=${pending}>${pending ? m.submitting : m.submit}</button>`;
  }
}
