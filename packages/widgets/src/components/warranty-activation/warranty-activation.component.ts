import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { isSupportedLocale } from '@atelier/client/contract';
import type { ActivationRequest, ActivationResponse, BrandConfig, ConfirmationRequest, Locale, Received, Warranty } from '@atelier/client/contract';
import { AtelierElement } from '../../base/atelier-element.ts';
import { DrawnInParts } from '../../base/drawn-in-parts.ts';
import { WidgetState } from '../../base/widget-state.ts';
import { classifyFailure } from '../../base/failure.ts';
import type { Failure } from '../../base/failure.ts';
import { defineMessageCatalog, MessagesController } from '../../base/message-catalog.ts';
import type { LocalizedMessageOverrides } from '../../base/message-overrides.ts';
import { takeFragmentParameter } from '../../base/url-fragment.ts';
import { errorSummary, focusAfterUpdate } from '../../forms/error-summary.ts';
import { FormController } from '../../forms/form-controller.ts';
import { fieldErrorsOf, SubmissionController } from '../../forms/submission.ts';
import { fieldErrorMessage, fieldLabels, fieldOfDomainCode, fieldPaths, isFieldPath, refusalCode, toActivationRequest } from './activation-request.ts';
import { activationForm, activationFormParts } from './activation-form.ts';
import { activationAlert } from './activation-alert.ts';
import type { ConfirmationProblem } from './activation-alert.ts';
import { consentQuestions, consentsAnswered } from './consent-questions.ts';
import { warrantyPanel } from './warranty-panel.ts';
import { loadActivationSchema, warrantyActivationClient } from './warranty-activation-client.ts';
import type { WarrantyActivationClient } from './warranty-activation-client.ts';
import { formStyles } from '../../themes/form-styles.ts';
import { warrantyActivationStyles } from './warranty-activation.styles.ts';
import en from './locales/en.ts';
import type { WarrantyActivationMessages } from './locales/en.ts';

const warrantyActivationCatalog = defineMessageCatalog<WarrantyActivationMessages>('<atelier-warranty-activation>', en, {
  fr: () => import('./locales/fr.ts'),
  de: () => import('./locales/de.ts'),
  it: () => import('./locales/it.ts'),
  ja: () => import('./locales/ja.ts'),
  'zh-Hans': () => import('./locales/zh-Hans.ts'),
  'zh-Hant': () => import('./locales/zh-Hant.ts'),
});

/** The fragment key of the e-mailed confirmation link: `https://brand.example/warranty#atelier-confirmation=<token>`. */
export const confirmationFragmentKey = 'atelier-confirmation';
/** The fragment parameter by which a link asks for the consent questions before confirming: `&atelier-consents=ask` (a gift's recipient or a transfer's new owner, whom nobody asked). */
export const askConsentsFragmentKey = 'atelier-consents';

type View = 'form' | 'activated' | 'consenting' | 'confirming' | 'confirmed';

/** Each prefill attribute's property and the form field it fills. */
const prefilledFields = [
  ['serial', 'serial'],
  ['ownerName', 'owner.name'],
  ['ownerEmail', 'owner.email'],
  ['ownerCountry', 'owner.country'],
] as const;

/**
 * Lets a buyer activate the international warranty of a piece, then confirms it when they come
 * back through the e-mailed link (`#atelier-confirmation=<token>` in the page URL). A link that
 * also says `atelier-consents=ask` (a gift's recipient or a transfer's new owner, whom nobody asked) first puts the same
 * consent questions as the form, both unticked, and confirms with the answers.
 *
 * @summary Warranty activation form: register a piece, confirm by e-mail, see the active warranty.
 * @tag atelier-warranty-activation
 *
 * @attr publishable-key - The brand's publishable key (`pk_…`).
 * @attr api-base - Base URL of the Atelier API; defaults to the page's origin.
 * @attr locale - BCP 47 language tag; defaults to the closest `lang` attribute, then the browser's language.
 * @attr theme - `light`, `dark` or `auto` (default: follows the system).
 * @attr serial - Prefills the serial number (e.g. from a QR code on the warranty card).
 * @attr owner-name - Prefills the owner's name (e.g. the shop's logged-in customer); the buyer can change it.
 * @attr owner-email - Prefills the owner's e-mail address.
 * @attr owner-country - Prefills the owner's country (ISO 3166-1 alpha-2, e.g. `JP`).
 *
 * @fires atelier-warranty-activated - The warranty was registered and waits for confirmation by e-mail. `detail`: `ActivationResponse`.
 * @fires atelier-warranty-confirmed - The buyer confirmed through the e-mailed link; the warranty is active. `detail`: `Warranty`.
 *
 * @slot heading - Replaces the form's title ("Activate your warranty"); it stays the form's accessible name.
 * @slot intro - Replaces the paragraph under the title.
 * @slot consent-notice - Beside the consents: the brand's privacy notice and its link.
 * @slot next-steps - At the end of the panel after activation and after confirmation (what to do next, a link to the owner space).
 *
 * @csspart form - The activation form.
 * @csspart heading - The title of the form and of the success panel (`h2`).
 * @csspart fieldset - A group of fields (the piece, about you, gift, messages).
 * @csspart legend - A fieldset's title.
 * @csspart field - The wrapper of one label, input, hint and error.
 * @csspart field-invalid - Also on a field's wrapper while it shows an error.
 * @csspart label - A text field's or select's label.
 * @csspart marker - The required / optional marker after a label, its own element: `::part(label)` rules do not reach it.
 * @csspart required-marker - Also on the marker of a required field.
 * @csspart optional-marker - Also on the marker of an optional field.
 * @csspart choice - A checkbox's label (the gift and the consents).
 * @csspart hint - A field's hint, and the note on a gift's messages.
 * @csspart input - A text input, select, or the purchase date's day, month or year.
 * @csspart invalid - Also on an input or select while its field shows an error (`aria-invalid="true"`).
 * @csspart button - Every button (kept for compatibility: `primary-button` and `secondary-button` tell them apart).
 * @csspart primary-button - The submit button.
 * @csspart secondary-button - The retry buttons.
 * @csspart error - A field's error, the error summary and the alerts (kept for compatibility: see the next three).
 * @csspart field-error - A field's error under it.
 * @csspart error-summary - The list of errors after a failed submit.
 * @csspart alert - A refusal, a connection problem or a confirmation link that failed.
 * @csspart success - The panel shown after activation and after confirmation.
 *
 * @cssprop --atelier-color-background - Background of the widget.
 * @cssprop --atelier-color-surface - Background of alerts and summaries.
 * @cssprop --atelier-color-text - Text colour.
 * @cssprop --atelier-color-muted - Hints and secondary text.
 * @cssprop --atelier-color-border - Input and fieldset borders.
 * @cssprop --atelier-color-accent - Primary button background.
 * @cssprop --atelier-color-on-accent - Primary button text.
 * @cssprop --atelier-color-focus - Focus ring.
 * @cssprop --atelier-color-error - Error text and borders.
 * @cssprop --atelier-color-success - Success accent.
 * @cssprop --atelier-radius - Corner radius.
 * @cssprop --atelier-font - The text font, when `--atelier-font-text` is not set (its former name).
 * @cssprop --atelier-font-size - Base font size.
 * @cssprop --atelier-spacing - Base spacing unit.
 */
export class AtelierWarrantyActivation extends AtelierElement<WarrantyActivationClient> {
  static override styles = [...AtelierElement.styles, formStyles, warrantyActivationStyles];

  static override properties = {
    ...AtelierElement.properties,
    serial: {},
    ownerName: { attribute: 'owner-name' },
    ownerEmail: { attribute: 'owner-email' },
    ownerCountry: { attribute: 'owner-country' },
  };

  /** Prefills the serial number. */
  declare serial: string | undefined;
  /** The brand's words for some of the widget's strings, per locale: `{ en: { activationTitle: 'Register your timepiece' } }`. */
  declare messages: LocalizedMessageOverrides<WarrantyActivationMessages> | undefined;
  /** Prefills the owner's name. */
  declare ownerName: string | undefined;
  /** Prefills the owner's e-mail address. */
  declare ownerEmail: string | undefined;
  /** Prefills the owner's country code. */
  declare ownerCountry: string | undefined;
  /** An API client to use instead of one built from the attributes: any `createClient()` result, or anything with `brand.get` and `warranties.activate/confirm`. */
  declare client: WarrantyActivationClient | undefined;
  readonly #view = new WidgetState<View>(this, 'form');
  /** The brand's retailers and languages; the form is drawn before they arrive and completed when they do. */
  readonly #brand = new WidgetState<Received<BrandConfig> | undefined>(this, undefined);
  readonly #brandUnavailable = new WidgetState<boolean>(this, false);
  readonly #failure = new WidgetState<Failure | undefined>(this, undefined);
  readonly #activation = new WidgetState<Received<ActivationResponse> | undefined>(this, undefined);
  readonly #confirmed = new WidgetState<Received<Warranty> | undefined>(this, undefined);
  readonly #confirmationProblem = new WidgetState<ConfirmationProblem | undefined>(this, undefined);
  readonly #online = new WidgetState<boolean>(this, true);

  /** Its schema arrives after the first render (`loadActivationSchema`), so the form appears without waiting for zod. */
  readonly #form = new FormController<ActivationRequest>(this, { toRequest: toActivationRequest });

  readonly #strings = new MessagesController(this, warrantyActivationCatalog, () => this.requestedLocale);

  /** One activation at a time; a resend after a lost answer under the same idempotency key. */
  readonly #submission = new SubmissionController(this);
  #pendingConfirmationToken: string | undefined;
  /** The pending link asked for the consent questions: the confirmation carries the answers. */
  #askConsents = false;
  #showSummary = false;

  constructor() {
    super(warrantyActivationClient);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#online.value = navigator.onLine;
    window.addEventListener('online', this.#onConnectivityChange, { signal: this.connectionSignal });
    window.addEventListener('offline', this.#onConnectivityChange, { signal: this.connectionSignal });
    // The link may be opened in a tab that already shows this page: only the fragment changes then.
    window.addEventListener('hashchange', this.#onFragmentChange, { signal: this.connectionSignal });
    this.#takeConfirmationToken();
    // The buyer's language until the brand says which it offers; never overwrites a choice.
    if (!this.#form.string('owner.language')) this.#form.set('owner.language', this.requestedLocale);
    void this.#loadSchema();
    if (!this.#brand.value) void this.#loadBrand();
    this.#startConfirmation();
  }

  /** The form is drawn a part per frame, its frame and title first (base/drawn-in-parts.ts). */
  readonly #parts = new DrawnInParts(this, activationFormParts);

  /** Resolves once the whole form is drawn, not only its first parts. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (this.#parts.complete) return complete;
    await this.#parts.allAskedFor;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A prefill is an initial value only: it never overwrites what the buyer typed, nor refills a field they cleared.
    for (const [property, path] of prefilledFields) {
      const value = this[property];
      if (changed.has(property) && value && !this.#form.string(path)) this.#form.set(path, value);
    }
  }

  /** The strings to render with: English until the requested locale has loaded. */
  get #messages(): WarrantyActivationMessages {
    return this.#strings.messages;
  }

  readonly #redraw = (): void => this.requestUpdate();

  readonly #onConnectivityChange = (): void => {
    this.#online.value = navigator.onLine;
  };

  readonly #onFragmentChange = (): void => {
    this.#takeConfirmationToken();
    this.#startConfirmation();
  };

  /** Takes the token out of the URL at once, so it is neither bookmarked nor shared with the page's analytics. */
  #takeConfirmationToken(): void {
    const token = takeFragmentParameter(confirmationFragmentKey);
    const asksConsents = takeFragmentParameter(askConsentsFragmentKey) === 'ask';
    if (!token) return;
    this.#pendingConfirmationToken = token;
    this.#askConsents = asksConsents;
  }

  /** Confirms the link's token at once, or first asks the consent questions when the link says so. */
  #startConfirmation(): void {
    if (!this.#pendingConfirmationToken) return;
    if (!this.#askConsents) {
      void this.#confirm();
      return;
    }
    this.#confirmationProblem.value = undefined;
    this.#view.value = 'consenting';
  }

  /** The confirmation's request: the token alone (what every client takes), or with the answers to the questions asked. */
  #confirmationRequest(token: string): string | ConfirmationRequest {
    if (!this.#askConsents) return token;
    return { token, consents: consentsAnswered(this.#form, this.#messages) };
  }

  /** Loads the form's schema after the first render; a failure is reported when the buyer submits. */
  async #loadSchema(): Promise<void> {
    try {
      this.#form.useSchema(await loadActivationSchema());
    } catch {
      // Offline for now: `#submit` loads it again and says so if it still cannot.
    }
  }

  async #loadBrand(): Promise<void> {
    this.#brandUnavailable.value = false;
    try {
      const brand = await this.requireApi().brand.get({ signal: this.connectionSignal });
      // A language a newer server added is one this version can neither show nor send: offer those it knows.
      this.#brand.value = { ...brand, locales: brand.locales.filter(isSupportedLocale) };
    } catch (error) {
      if (this.connectionSignal.aborted) return;
      console.error('[atelier] could not load the brand configuration.', error);
      this.#brandUnavailable.value = true;
      return;
    }
    // The language chosen before the brand's arrived (the buyer's own) stays if the brand offers it.
    const { locales, defaultLocale } = this.#brand.value;
    if (!locales.includes(this.#form.string('owner.language') as Locale) && locales.includes(defaultLocale)) this.#form.set('owner.language', defaultLocale);
  }

  async #confirm(): Promise<void> {
    const token = this.#pendingConfirmationToken;
    if (!token) return;
    this.#view.value = 'confirming';
    this.#confirmationProblem.value = undefined;
    try {
      const { warranty } = await this.requireApi().warranties.confirm(this.#confirmationRequest(token), { signal: this.connectionSignal });
      this.#pendingConfirmationToken = undefined;
      this.#askConsents = false;
      this.#confirmed.value = warranty;
      this.#view.value = 'confirmed';
      this.emit('atelier-warranty-confirmed', warranty);
      await this.#focusPart('.success');
    } catch (error) {
      if (this.connectionSignal.aborted) return;
      const failure = classifyFailure(error);
      if (failure.kind === 'offline' || failure.kind === 'timeout') this.#confirmationProblem.value = 'offline';
      else if (failure.kind === 'unexpected') this.#confirmationProblem.value = 'unexpected';
      else {
        this.#pendingConfirmationToken = undefined;
        this.#askConsents = false;
        this.#confirmationProblem.value = failure.code === 'confirmation_token_expired' ? 'expired' : failure.code === 'transfer_no_longer_possible' ? 'transferEnded' : 'invalid';
      }
      // A link that can be tried again keeps its questions, answered as they were; one that cannot offers the form.
      this.#view.value = this.#pendingConfirmationToken !== undefined && this.#askConsents ? 'consenting' : 'form';
      await this.#focusPart('.alert');
    }
  }

  async #submit(event?: Event): Promise<void> {
    event?.preventDefault();
    const api = this.api;
    if (this.#submission.pending || !api) return;
    this.#failure.value = undefined;
    // Loaded soon after the first render; only a buyer faster than the network (or offline) waits here.
    if (!this.#form.hasSchema) {
      try {
        this.#form.useSchema(await loadActivationSchema());
      } catch (error) {
        await this.#showFailure(classifyFailure(error));
        return;
      }
    }
    const attempt = this.#form.attemptSubmit();
    if (!attempt.ok) {
      this.#showSummary = true;
      await this.#focusPart('.summary');
      return;
    }
    const result = await this.#submission.send(attempt.request, this.connectionSignal, (options) => api.warranties.activate(attempt.request, options));
    if (!result) return;
    if (!result.ok) {
      await this.#showFailure(result.failure);
      return;
    }
    this.#activation.value = result.answer;
    this.#view.value = 'activated';
    this.emit('atelier-warranty-activated', result.answer);
    await this.#focusPart('.success');
  }

  async #showFailure(failure: Failure): Promise<void> {
    // A refusal about the piece (already registered, stolen) is explained in its own words, even
    // when the server also names the serial: that field is then marked and described by the alert.
    if (refusalCode(failure)) {
      this.#form.setServerErrors(failure.kind === 'fields' ? failure.fieldErrors : []);
      this.#showSummary = false;
      this.#failure.value = failure;
      await this.#focusPart('.alert');
      return;
    }
    const fieldErrors = fieldErrorsOf(failure, fieldOfDomainCode);
    if (fieldErrors) {
      this.#form.setServerErrors(fieldErrors);
      this.#showSummary = true;
      await this.#focusPart('.summary');
      return;
    }
    this.#failure.value = failure;
    await this.#focusPart('.alert');
  }

  async #focusPart(selector: string): Promise<void> {
    await focusAfterUpdate(this, selector);
  }

  protected override render(): TemplateResult {
    const m = this.#messages;
    return html`<div class="panel" lang=${m.languageTag}>
      <div role="status" class="visually-hidden">${this.#statusText()}</div>
      ${this.#renderView()}
    </div>`;
  }

  #statusText(): string {
    const m = this.#messages;
    if (this.#view.value === 'confirming') return m.confirming;
    if (this.#submission.pending) return m.submitting;
    return '';
  }

  #renderView(): TemplateResult {
    const m = this.#messages;
    switch (this.#view.value) {
      case 'confirming':
        return html`<p aria-busy="true">${m.confirming}</p>`;
      case 'consenting':
        return consentQuestions({
          form: this.#form,
          m,
          alert: this.#renderAlert(),
          confirm: (event) => {
            event.preventDefault();
            void this.#confirm();
          },
        });
      case 'activated':
        return warrantyPanel(m, m.successTitle, this.#activation.value?.warranty, this.#activation.value?.confirmationSentTo);
      case 'confirmed':
        return warrantyPanel(m, m.confirmedTitle, this.#confirmed.value);
      case 'form':
        return this.#renderForm();
    }
  }

  #renderAlert(): TemplateResult | typeof nothing {
    return activationAlert({
      m: this.#messages,
      confirmationProblem: this.#confirmationProblem.value,
      retryConfirmation: this.#pendingConfirmationToken === undefined ? undefined : () => void this.#confirm(),
      failure: this.#failure.value,
      online: this.#online.value,
      pending: this.#submission.pending,
      retrySubmission: () => void this.#submit(),
    });
  }

  #renderSummary(): TemplateResult | typeof nothing {
    if (!this.#showSummary) return nothing;
    const errors = this.#form.visibleErrors(fieldPaths);
    const m = this.#messages;
    return errorSummary(this.renderRoot, errors, {
      title: m.errorSummaryTitle(errors.length),
      labelSeparator: m.labelSeparator,
      labelOf: (path) => (isFieldPath(path) ? m[fieldLabels[path]] : undefined),
      errorText: (error) => fieldErrorMessage(m, error),
    });
  }

  #renderForm(): TemplateResult {
    const m = this.#messages;
    return html`
      <h2 part="heading" id="form-title"><slot name="heading">${m.activationTitle}</slot></h2>
      <slot name="intro"><p>${m.activationIntro}</p></slot>
      ${this.#brandUnavailable.value
        ? html`<div class="alert" part="error alert" role="alert">
            <p>${m.configError}</p>
            <button part="button secondary-button" type="button" class="secondary" @click=${() => void this.#loadBrand()}>${m.retry}</button>
          </div>`
        : nothing}
      ${this.#renderAlert()} ${this.#renderSummary()}
      ${activationForm({
        form: this.#form,
        m,
        brand: this.#brand.value,
        pending: this.#submission.pending,
        failure: this.#failure.value,
        submit: (event) => void this.#submit(event),
        redraw: this.#redraw,
        drawnParts: this.#parts.drawn,
      })}
    `;
  }
}
