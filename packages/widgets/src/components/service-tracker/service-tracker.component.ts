import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { EstimateDecisionRequest, RatingRequest, RepairLookupRequest } from '@atelier/client/contract';
import type { EstimateDecision, Received, RepairTracker } from '@atelier/client/contract';
import { WidgetState } from '../../base/widget-state.ts';
import type { Failure } from '../../base/failure.ts';
import { LatestLoad } from '../../base/latest-load.ts';
import { defineMessageCatalog, MessagesController } from '../../base/message-catalog.ts';
import type { LocalizedMessageOverrides } from '../../base/message-overrides.ts';
import { WidgetWithParts } from '../../base/widget-with-parts.ts';
import { fieldId } from '../../forms/field-id.ts';
import { focusAfterUpdate } from '../../forms/error-summary.ts';
import { fieldErrorText } from '../../forms/fields.ts';
import type { FieldContext } from '../../forms/fields.ts';
import { SubmissionController } from '../../forms/submission.ts';
import type { SendOptions } from '../../forms/submission.ts';
import { FormController } from '../../forms/form-controller.ts';
import type { FormValues } from '../../forms/form-controller.ts';
import { formStyles } from '../../themes/form-styles.ts';
import { forgetProof, storedProof, storeProof, takeProofFromLink } from './owner-proof.ts';
import type { OwnerProof } from './owner-proof.ts';
import { serviceTrackerClient } from './service-tracker-client.ts';
import type { ServiceTrackerClient } from './service-tracker-client.ts';
import { serviceTrackerStyles } from './service-tracker.styles.ts';
import { actionProblemOf, lookupProblemOf } from './tracker-problems.ts';
import type { ActionProblem, LookupProblem, OwnerAction } from './tracker-problems.ts';
import type { DecisionStep } from './parts/estimate-decision.ts';
import './parts/lookup-form.ts';
import './parts/repair-status.ts';
import './parts/estimate-decision.ts';
import './parts/rating-form.ts';
import en from './locales/en.ts';
import type { ServiceTrackerMessages } from './locales/en.ts';

const serviceTrackerCatalog = defineMessageCatalog<ServiceTrackerMessages>('<atelier-service-tracker>', en, {
  fr: () => import('./locales/fr.ts'),
  de: () => import('./locales/de.ts'),
  it: () => import('./locales/it.ts'),
  ja: () => import('./locales/ja.ts'),
  'zh-Hans': () => import('./locales/zh-Hans.ts'),
  'zh-Hant': () => import('./locales/zh-Hant.ts'),
});

/** A lookup: whose repair, whether the result takes the focus, and the repair shown when it started. */
type LookupArgs = [proof: OwnerProof, focusResult: boolean, shown: { kind: 'tracker'; tracker: Received<RepairTracker> } | undefined];

type View = { kind: 'form' } | { kind: 'loading' } | { kind: 'tracker'; tracker: Received<RepairTracker> };

function optionalText(values: FormValues, path: string): string | undefined {
  const value = values[path];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * Lets an owner follow a repair: the stages with their dates, the promised date and whether it is
 * kept, the estimate to approve or decline by typing their name, and a rating once the piece is
 * back. The owner opens it with the tracking code and the e-mail they booked with, or through the
 * link in any repair e-mail (`#atelier-tracker=<TRACKING-CODE>.<token>` in the page URL), which is
 * removed from the address bar at once and kept for this tab only.
 *
 * @summary Repair tracker: stages, promised date, estimate approval and rating of a repair.
 * @tag atelier-service-tracker
 *
 * @attr publishable-key - The brand's publishable key (`pk_…`).
 * @attr api-base - Base URL of the Atelier API; defaults to the page's origin.
 * @attr locale - BCP 47 language tag; defaults to the closest `lang` attribute, then the browser's language.
 * @attr theme - `light`, `dark` or `auto` (default: follows the system).
 * @attr tracking-code - Prefills the tracking code, e.g. from the `atelier-repair-booked` event of a booking on the same page; the owner adds the e-mail.
 *
 * @fires atelier-estimate-decided - The owner approved or declined the estimate. `detail`: `{ trackingCode: string, decision: 'approve' | 'decline' }`.
 *
 * @slot heading - Replaces the lookup form's title; it stays the form's accessible name.
 * @slot intro - Replaces the paragraph under the lookup form's title.
 *
 * @csspart form - The lookup form, the signature form and the rating form.
 * @csspart field - The wrapper of one label, input, hint and error.
 * @csspart label - A field's label.
 * @csspart input - Text inputs and the comment.
 * @csspart button - Every button. (Also `primary-button` or `secondary-button`.)
 * @csspart error - A field's error, the error summary and alerts. (Also `field-error`, `error-summary` or `alert`.)
 * @csspart tracker - The repair once found.
 * @csspart timeline - The ordered list of stages.
 * @csspart estimate - The estimate table.
 * @csspart decision - The decision once made.
 * @csspart rating - The rating form, and the thanks once rated.
 * @csspart heading - The widget's title (`h2`) in each view.
 * @csspart subheading - A section's heading (`h3`).
 * @csspart fieldset - A group of fields or choices.
 * @csspart legend - A fieldset's title.
 * @csspart field-invalid - Also on a field's wrapper while it shows an error.
 * @csspart marker - The required / optional marker after a label, its own element: `::part(label)` rules do not reach it.
 * @csspart required-marker - Also on the marker of a required field.
 * @csspart optional-marker - Also on the marker of an optional field.
 * @csspart choice - A checkbox's or radio button's label.
 * @csspart hint - A field's hint and other notes in muted text.
 * @csspart invalid - Also on an input, select or text area while its field shows an error (`aria-invalid="true"`).
 * @csspart primary-button - The main action of a view.
 * @csspart secondary-button - The other buttons (back, retry, copy…).
 * @csspart field-error - A field's error under it.
 * @csspart error-summary - The list of errors after a failed submit.
 * @csspart alert - A refusal or a problem (offline, rate-limited, unexpected).
 *
 * @cssprop --atelier-color-background - Background of the widget.
 * @cssprop --atelier-color-surface - Background of alerts, the estimate's total and the current stage.
 * @cssprop --atelier-color-text - Text colour.
 * @cssprop --atelier-color-muted - Hints, dates and stages to come.
 * @cssprop --atelier-color-border - Input borders, the table and the timeline.
 * @cssprop --atelier-color-accent - Primary button background and the current stage's mark.
 * @cssprop --atelier-color-on-accent - Primary button text.
 * @cssprop --atelier-color-focus - Focus ring.
 * @cssprop --atelier-color-error - Errors and the late mark.
 * @cssprop --atelier-color-success - The on-time mark, the decision and the thanks.
 * @cssprop --atelier-radius - Corner radius.
 * @cssprop --atelier-font - The text font, when `--atelier-font-text` is not set (its former name).
 * @cssprop --atelier-font-size - Base font size.
 * @cssprop --atelier-spacing - Base spacing unit.
 */
export class AtelierServiceTracker extends WidgetWithParts<ServiceTrackerClient> {
  static override styles = [...WidgetWithParts.styles, formStyles, serviceTrackerStyles];
  protected static override drawsFirstScreenInParts = true;

  static override properties = {
    ...WidgetWithParts.properties,
    trackingCode: { attribute: 'tracking-code' },
  };

  /** An API client to use instead of one built from the attributes: any `createClient()` result, or anything with `repairs.lookup`, `repairs.decideEstimate` and `repairs.rate`. */
  declare client: ServiceTrackerClient | undefined;
  /** The brand's words for some of the widget's strings, per locale: `{ en: { lookupTitle: '…' } }`. */
  declare messages: LocalizedMessageOverrides<ServiceTrackerMessages> | undefined;
  /** Prefills the tracking code of the lookup form. */
  declare trackingCode: string | undefined;
  readonly #view = new WidgetState<View>(this, { kind: 'form' });
  readonly #lookupProblem = new WidgetState<LookupProblem | undefined>(this, undefined);
  readonly #decisionStep = new WidgetState<DecisionStep>(this, { step: 'sign' });
  readonly #actionProblem = new WidgetState<ActionProblem | undefined>(this, undefined);

  readonly #strings = new MessagesController(this, serviceTrackerCatalog, () => this.requestedLocale);

  /** The proof of the repair shown (or being looked up); sent with every decision and rating. */
  #proof: OwnerProof | undefined;
  #showLookupSummary = false;
  /** Decisions and ratings: one at a time, a resend after a lost answer under the same idempotency key. */
  readonly #submission = new SubmissionController(this);

  readonly #lookupForm = new FormController(this, {
    schema: RepairLookupRequest,
    toRequest: (values) => ({ trackingCode: optionalText(values, 'trackingCode') as string, email: optionalText(values, 'email') }),
  });

  readonly #signatureForm = new FormController(this, {
    schema: EstimateDecisionRequest,
    toRequest: (values) => ({
      ...this.#proofOrPlaceholder(),
      decision: this.#decisionStep.value.step === 'confirm' ? this.#decisionStep.value.decision : 'approve',
      name: optionalText(values, 'name') as string,
    }),
  });

  readonly #ratingForm = new FormController(this, {
    schema: RatingRequest,
    toRequest: (values) => ({
      ...this.#proofOrPlaceholder(),
      score: optionalText(values, 'score') === undefined ? (undefined as unknown as number) : Number(values['score']),
      comment: optionalText(values, 'comment'),
    }),
  });

  constructor() {
    super(serviceTrackerClient);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The link may be opened in a tab that already shows this page: only the fragment changes then.
    window.addEventListener('hashchange', this.#openLinkInPage, { signal: this.connectionSignal });
    const fromLink = takeProofFromLink();
    if (fromLink) storeProof(fromLink);
    const proof = fromLink ?? storedProof();
    // Moved in the page while looking up: the move aborted that request, so ask again. A page opened
    // from an e-mail's link was opened for this repair: focus goes to it, as for a confirmation link.
    if (proof && this.#view.value.kind !== 'tracker') void this.#lookUp(proof, { focusResult: fromLink !== undefined });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new code from the page (a repair just booked) replaces the one in the form: it is the repair to follow now.
    if (changed.has('trackingCode') && this.trackingCode) this.#lookupForm.set('trackingCode', this.trackingCode);
  }


  get #m(): ServiceTrackerMessages {
    return this.#strings.messages;
  }

  /** Decisions and ratings are only offered once a repair is shown, so a proof is there; the placeholder only lets the form validate the owner's own fields before. */
  #proofOrPlaceholder(): OwnerProof {
    return this.#proof ?? { trackingCode: '', email: '' };
  }

  readonly #openLinkInPage = (): void => {
    const proof = takeProofFromLink();
    if (!proof) return;
    storeProof(proof);
    void this.#lookUp(proof, { focusResult: true });
  };

  async #submitLookup(): Promise<void> {
    if (this.#view.value.kind === 'loading') return;
    const attempt = this.#lookupForm.attemptSubmit();
    if (!attempt.ok) {
      this.#showLookupSummary = true;
      this.#lookupProblem.value = undefined;
      await focusAfterUpdate(this, '.summary');
      return;
    }
    this.#showLookupSummary = false;
    await this.#lookUp({ trackingCode: attempt.request.trackingCode, email: attempt.request.email ?? '' }, { focusResult: true });
  }

  /** Looks a repair up; the latest lookup wins (a link opened while a lookup is under way, Refresh). */
  readonly #lookup = new LatestLoad(this, {
    load: ([proof]: LookupArgs, signal) => this.requireApi().repairs.lookup({ ...proof }, { signal }),
    onLoaded: (tracker, [proof, focusResult, shown]) => {
      storeProof(proof);
      this.#showTracker(tracker, shown?.tracker.trackingCode === tracker.trackingCode);
      if (focusResult) void focusAfterUpdate(this, '#tracker-title');
    },
    onFailed: (error, [proof, , shown]) => {
      this.#lookupProblem.value = lookupProblemOf(error, 'linkToken' in proof);
      if (this.#lookupProblem.value.kind === 'unknown' || this.#lookupProblem.value.kind === 'link-invalid') {
        forgetProof();
        this.#proof = undefined;
        // The code is worth keeping: the person only has to add the e-mail, or check it.
        if (!this.#lookupForm.string('trackingCode')) this.#lookupForm.set('trackingCode', proof.trackingCode);
        this.#view.value = { kind: 'form' };
      } else if (!shown) {
        this.#view.value = { kind: 'form' };
      }
      void focusAfterUpdate(this, '.alert');
    },
  });

  async #lookUp(proof: OwnerProof, { focusResult }: { focusResult: boolean }): Promise<void> {
    const shown = this.#view.value.kind === 'tracker' ? this.#view.value : undefined;
    this.#proof = proof;
    this.#lookupProblem.value = undefined;
    if (!shown) this.#view.value = { kind: 'loading' };
    await this.#lookup.run(proof, focusResult, shown);
  }

  /** Shows a repair; a different repair (or a first one) starts its estimate and rating steps afresh. */
  #showTracker(tracker: Received<RepairTracker>, sameRepair: boolean): void {
    if (!sameRepair) {
      this.#decisionStep.value = { step: 'sign' };
      this.#actionProblem.value = undefined;
    }
    this.#view.value = { kind: 'tracker', tracker };
  }

  #trackAnother(): void {
    forgetProof();
    this.#proof = undefined;
    this.#lookup.abort();
    this.#lookupProblem.value = undefined;
    this.#actionProblem.value = undefined;
    this.#view.value = { kind: 'form' };
    void focusAfterUpdate(this, '#lookup-title');
  }

  async #chooseDecision(decision: EstimateDecision): Promise<void> {
    this.#actionProblem.value = undefined;
    const attempt = this.#signatureForm.attemptSubmit();
    if (!attempt.ok) {
      await focusAfterUpdate(this, `#${fieldId('name')}`);
      return;
    }
    this.#decisionStep.value = { step: 'confirm', decision };
    await focusAfterUpdate(this, '#confirm-title');
  }

  async #backToSignature(): Promise<void> {
    this.#decisionStep.value = { step: 'sign' };
    this.#actionProblem.value = undefined;
    await focusAfterUpdate(this, `#${fieldId('name')}`);
  }

  async #sendDecision(): Promise<void> {
    if (this.#submission.pending || this.#decisionStep.value.step !== 'confirm') return;
    const attempt = this.#signatureForm.attemptSubmit();
    if (!attempt.ok) {
      await this.#backToSignature();
      return;
    }
    const tracker = await this.#send('decision', (api, options) => api.repairs.decideEstimate(attempt.request, options), attempt.request);
    if (!tracker) return;
    this.#decisionStep.value = { step: 'sign' };
    this.emit('atelier-estimate-decided', { trackingCode: tracker.trackingCode, decision: attempt.request.decision });
    await focusAfterUpdate(this, '.decision');
  }

  async #submitRating(): Promise<void> {
    if (this.#submission.pending) return;
    this.#actionProblem.value = undefined;
    const attempt = this.#ratingForm.attemptSubmit();
    if (!attempt.ok) {
      await focusAfterUpdate(this, attempt.errors.some((error) => error.path === 'score') ? 'input[name="score"]' : `#${fieldId('comment')}`);
      return;
    }
    const tracker = await this.#send('rating', (api, options) => api.repairs.rate(attempt.request, options), attempt.request);
    if (tracker) await focusAfterUpdate(this, '.thanks');
  }

  /**
   * Sends a decision or a rating and shows the repair it answers. A send that got no answer is
   * retried with the same idempotency key; a repair that moved on meanwhile is looked up again,
   * so the owner sees where it stands. Answers the updated repair, or `undefined` on failure.
   */
  async #send(
    ownerAction: OwnerAction,
    action: (api: ServiceTrackerClient, options: SendOptions) => Promise<Received<RepairTracker>>,
    request: unknown,
  ): Promise<Received<RepairTracker> | undefined> {
    this.#actionProblem.value = undefined;
    const result = await this.#submission.send(request, this.connectionSignal, (options) => action(this.requireApi(), options));
    if (!result) return undefined;
    if (!result.ok) {
      await this.#showActionFailure(ownerAction, result.failure, result.error);
      return undefined;
    }
    this.#showTracker(result.answer, true);
    return result.answer;
  }

  async #showActionFailure(action: OwnerAction, failure: Failure, error: unknown): Promise<void> {
    const problem = actionProblemOf(action, failure, error);
    if (problem === 'look-up-again') {
      await this.#lookUp(this.#proofOrPlaceholder(), { focusResult: false });
      return;
    }
    if (problem === 'field-errors') {
      const fieldErrors = failure.kind === 'fields' ? failure.fieldErrors : [];
      this.#signatureForm.setServerErrors(fieldErrors);
      this.#ratingForm.setServerErrors(fieldErrors);
      this.#actionProblem.value = undefined;
      this.#decisionStep.value = { step: 'sign' };
      return;
    }
    this.#actionProblem.value = problem;
    if (problem.kind === 'changed' || problem.kind === 'expired') {
      this.#decisionStep.value = { step: 'sign' };
      const proof = this.#proof;
      // Show where the repair stands now; the alert stays, since the same repair is shown again.
      if (proof) await this.#refreshQuietly(proof);
    }
    await focusAfterUpdate(this, '.action-alert');
  }

  async #refreshQuietly(proof: OwnerProof): Promise<void> {
    try {
      const tracker = await this.requireApi().repairs.lookup({ ...proof }, { signal: this.connectionSignal });
      if (this.#view.value.kind === 'tracker' && this.#view.value.tracker.trackingCode === tracker.trackingCode) this.#view.value = { kind: 'tracker', tracker };
    } catch {
      // The tracker shown stays; the alert already says it changed, and Refresh asks again.
    }
  }

  /** What the kit's field renderers need: one of the tracker's three forms and its words. */
  #fieldContext(form: FormController<unknown>): FieldContext {
    const m = this.#m;
    return { form, required: m.required, optional: m.optional, errorText: (error) => fieldErrorText(m, error) };
  }

  protected override render(): TemplateResult {
    const m = this.#m;
    return html`<div class="panel" lang=${m.languageTag}>
      <div role="status" class="visually-hidden">${this.#statusText()}</div>
      ${this.#view.value.kind === 'tracker' ? this.#renderTracker(this.#view.value.tracker) : this.#renderLookupForm()}
    </div>`;
  }

  #statusText(): string {
    const m = this.#m;
    if (this.#view.value.kind === 'loading') return m.loading;
    if (this.#submission.pending) return this.#decisionStep.value.step === 'confirm' ? m.sendingDecision : m.sendingRating;
    return '';
  }

  #retryLookup(): void {
    if (this.#proof) void this.#lookUp(this.#proof, { focusResult: true });
  }

  #renderLookupForm(): TemplateResult {
    return html`<atelier-service-tracker-lookup
      .messages=${this.#m}
      .context=${this.#fieldContext(this.#lookupForm)}
      .busy=${this.#view.value.kind === 'loading'}
      .problem=${this.#lookupProblem.value}
      .summaryShown=${this.#showLookupSummary}
      .retryDisabled=${this.#submission.pending}
      @look-up=${() => void this.#submitLookup()}
      @retry-lookup=${() => this.#retryLookup()}
    ></atelier-service-tracker-lookup>`;
  }

  /** The repair, drawn by the tracker's parts: where it stands, its estimate, its rating once returned. */
  #renderTracker(tracker: Received<RepairTracker>): TemplateResult {
    const m = this.#m;
    const pending = this.#submission.pending;
    return html`<article class="tracker" part="tracker" aria-labelledby="tracker-title">
      <atelier-service-tracker-repair
        .messages=${m}
        .tracker=${tracker}
        .problem=${this.#lookupProblem.value}
        .retryDisabled=${pending}
        @refresh=${() => this.#retryLookup()}
        @track-another=${() => this.#trackAnother()}
      ></atelier-service-tracker-repair>
      ${tracker.estimate
        ? html`<atelier-service-tracker-estimate
            .messages=${m}
            .tracker=${tracker}
            .estimate=${tracker.estimate}
            .decisionStep=${this.#decisionStep.value}
            .context=${this.#fieldContext(this.#signatureForm)}
            .pending=${pending}
            .problem=${this.#actionProblem.value}
            @choose-decision=${(event: CustomEvent<EstimateDecision>) => void this.#chooseDecision(event.detail)}
            @send-decision=${() => void this.#sendDecision()}
            @back-to-signature=${() => void this.#backToSignature()}
          ></atelier-service-tracker-estimate>`
        : nothing}
      ${tracker.status === 'returned'
        ? html`<atelier-service-tracker-rating
            .messages=${m}
            .tracker=${tracker}
            .context=${this.#fieldContext(this.#ratingForm)}
            .pending=${pending}
            .problem=${this.#actionProblem.value}
            @rate=${() => void this.#submitRating()}
          ></atelier-service-tracker-rating>`
        : nothing}
    </article>`;
  }
}
