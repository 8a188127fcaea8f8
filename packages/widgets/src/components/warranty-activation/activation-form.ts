/**
 * The activation form as the buyer sees it: the piece, the owner, an optional gift and the
 * consents, each field with its label, required / optional marker, hint and error tied together by
 * ids. Plain render functions rather than internal elements: the activation page has a gzip budget
 * (scripts/size-check.mjs), and a function costs a fraction of an element's bytes.
 *
 * For the same budget it draws its own fields and error summary rather than the kit's
 * (src/forms/fields.ts, error-summary.ts). Measured 2026-12-07 (page at 30,664 of 30,720 B): the
 * kit's field renderers in the shared runtime cost this page 325 B more (and every other page
 * ~740 B), in a chunk of their own 565 B more; the summary about 210 B more. Once bytes are found
 * elsewhere, each renderer below becomes a call of the kit's `textField`, `selectField` or
 * `checkboxField` with one `FieldContext` (the form, the markers, `fieldErrorMessage` and the
 * alert rule), and `fields.ts` joins the runtime in build.mjs.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ActivationRequest, BrandConfig, FieldError, Received } from '@atelier/client/contract';
import type { Failure } from '../../base/failure.ts';
import { countryOptions, languageAutonym } from '../../forms/countries.ts';
import { fieldId } from '../../forms/field-id.ts';
import type { FormController } from '../../forms/form-controller.ts';
import { fieldErrorMessage, fieldLabels, otherRetailer, refusalCode } from './activation-request.ts';
import type { FieldPath } from './activation-request.ts';
import type { WarrantyActivationMessages } from './locales/en.ts';

/** The alert that explains a refusal; a field the refusal is about points to it rather than repeating it. */
export const failureAlertId = 'failure-alert';

const millisecondsPerMinute = 60_000;

interface TextFieldOptions {
  type?: string;
  required?: boolean;
  hint?: string;
  autocomplete?: string;
  autocapitalize?: string;
  max?: string;
}

/** Today in the buyer's time zone, as a date input's `max`: a piece cannot have been bought tomorrow. */
function todayIsoDate(): string {
  const now = new Date();
  // toISOString() is in UTC: shifted by the zone's offset, its date part is the local date.
  return new Date(now.getTime() - now.getTimezoneOffset() * millisecondsPerMinute).toISOString().slice(0, 10);
}

/**
 * The form, with the brand's retailers and languages once loaded (`brand`), busy while `pending`,
 * and the fields a refusal is about (`failure`) pointing at the alert that explains it. Positional
 * arguments, and field renderers that close over them, because each property name of an options
 * object would ship in the activation page, which has bytes to spare in the dozens.
 */
export function activationForm(
  form: FormController<ActivationRequest>,
  m: WarrantyActivationMessages,
  brand: Received<BrandConfig> | undefined,
  pending: boolean,
  failure: Failure | undefined,
  submit: (event: Event) => void,
): TemplateResult {
  // The refusal the alert explains: a field it is about is described by the alert, not by an error of its own.
  const explainedByAlert = refusalCode(failure);

  const describedBy = (path: string, hint: string | undefined, error: FieldError | undefined): string | typeof nothing => {
    const errorId = error && (error.code === explainedByAlert ? failureAlertId : `${fieldId(path)}-error`);
    const ids = [hint ? `${fieldId(path)}-hint` : '', errorId].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : nothing;
  };

  const labelFor = (path: FieldPath, required: boolean): TemplateResult =>
    html`<label part="label" for=${fieldId(path)}>${m[fieldLabels[path]]} <span class="marker">${required ? m.required : m.optional}</span></label>`;

  const hintFor = (path: string, hint: string | undefined): TemplateResult | typeof nothing =>
    hint ? html`<p class="hint" id="${fieldId(path)}-hint">${hint}</p>` : nothing;

  const errorFor = (path: string, error: FieldError | undefined): TemplateResult | typeof nothing =>
    error && error.code !== explainedByAlert ? html`<p class="error" part="error" id="${fieldId(path)}-error">${fieldErrorMessage(m, error)}</p>` : nothing;

  const textField = (path: FieldPath, options: TextFieldOptions): TemplateResult => {
    const error = form.errorFor(path);
    const required = options.required ?? false;
    return html`<div class="field" part="field">
      ${labelFor(path, required)} ${hintFor(path, options.hint)}
      <input
        part="input"
        id=${fieldId(path)}
        name=${path}
        type=${options.type ?? 'text'}
        .value=${form.string(path)}
        ?required=${required}
        max=${options.max ?? nothing}
        autocomplete=${options.autocomplete ?? nothing}
        autocapitalize=${options.autocapitalize ?? nothing}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(path, options.hint, error)}
        @input=${(event: Event) => form.set(path, (event.target as HTMLInputElement).value)}
        @change=${(event: Event) => form.set(path, (event.target as HTMLInputElement).value)}
        @blur=${() => form.touch(path)}
      />
      ${errorFor(path, error)}
    </div>`;
  };

  const selectField = (
    path: FieldPath,
    placeholder: string | undefined,
    options: readonly { value: string; label: string }[],
    settings: { required?: boolean; autocomplete?: string } = {},
  ): TemplateResult => {
    const error = form.errorFor(path);
    const value = form.string(path);
    const required = settings.required ?? false;
    return html`<div class="field" part="field">
      ${labelFor(path, required)}
      <select
        part="input"
        id=${fieldId(path)}
        name=${path}
        ?required=${required}
        autocomplete=${settings.autocomplete ?? nothing}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(path, undefined, error)}
        @change=${(event: Event) => form.set(path, (event.target as HTMLSelectElement).value)}
        @blur=${() => form.touch(path)}
      >
        ${placeholder !== undefined ? html`<option value="" ?selected=${value === ''}>${placeholder}</option>` : nothing}
        ${options.map((option) => html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`)}
      </select>
      ${errorFor(path, error)}
    </div>`;
  };

  // `gift` is a toggle of the form, not a field of the request, so a checkbox is given its label.
  const checkbox = (path: string, label: string, hint?: string): TemplateResult => {
    const error = form.errorFor(path);
    return html`<div class="field" part="field">
      <label part="label" class="check">
        <input
          type="checkbox"
          id=${fieldId(path)}
          name=${path}
          .checked=${form.checked(path)}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy(path, hint, error)}
          @change=${(event: Event) => form.set(path, (event.target as HTMLInputElement).checked)}
        />
        <span>${label}</span>
      </label>
      ${hintFor(path, hint)} ${errorFor(path, error)}
    </div>`;
  };

  return html`<form part="form" novalidate aria-labelledby="form-title" aria-busy=${pending ? 'true' : 'false'} @submit=${submit}>
    <fieldset>
      <legend>${m.pieceLegend}</legend>
      ${textField('serial', { required: true, hint: m.serialHint, autocomplete: 'off', autocapitalize: 'characters' })}
      ${textField('cardCode', { hint: m.cardCodeHint, autocomplete: 'off', autocapitalize: 'characters' })}
      ${textField('purchaseDate', { type: 'date', required: true, max: todayIsoDate() })}
      ${selectField('retailerId', m.retailerPlaceholder, [
        ...(brand?.retailers ?? []).map((retailer) => ({ value: retailer.id, label: `${retailer.name} — ${retailer.city}` })),
        { value: otherRetailer, label: m.retailerOther },
      ])}
    </fieldset>
    <fieldset>
      <legend>${m.ownerLegend}</legend>
      ${textField('owner.name', { required: true, autocomplete: 'name' })}
      ${textField('owner.email', { type: 'email', required: true, autocomplete: 'email', hint: m.emailHint })}
      ${selectField('owner.country', m.countryPlaceholder, countryOptions(m.languageTag), { required: true, autocomplete: 'country' })}
      ${selectField(
        'owner.language',
        undefined,
        (brand?.locales ?? []).map((locale) => ({ value: locale, label: languageAutonym(locale) })),
        { required: true },
      )}
    </fieldset>
    <fieldset>
      <legend>${m.giftLegend}</legend>
      ${checkbox('gift', m.giftLabel, m.giftHint)}
      ${form.checked('gift')
        ? html`${textField('gift.recipientName', { required: true, autocomplete: 'off' })}
          ${textField('gift.recipientEmail', { type: 'email', required: true, autocomplete: 'off' })}`
        : nothing}
    </fieldset>
    <fieldset>
      <legend>${m.consentsLegend}</legend>
      ${checkbox('consents.service', m.serviceConsentLabel)} ${checkbox('consents.marketing', m.marketingConsentLabel)}
    </fieldset>
    <button part="button" type="submit" ?disabled=${pending}>${pending ? m.submitting : m.submit}</button>
  </form>`;
}
