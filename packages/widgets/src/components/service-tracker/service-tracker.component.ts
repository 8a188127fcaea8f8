import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { EstimateDecisionRequest, maxRatingScore, minRatingScore, RatingRequest, ratingCommentMaxLength, RepairLookupRequest } from '@atelier/client/contract';
import type { Estimate, EstimateDecision, FieldError, OpenEnum, Received, RepairStatus, RepairTracker } from '@atelier/client/contract';
import { codeInWords, serviceTypeName } from '@atelier/client/service-type-names';
import { AtelierElement } from '../../base/atelier-element.ts';
import type { ClientAttributes } from '../../base/atelier-element.ts';
import { formatCalendarDate } from '../../base/calendar-date.ts';
import { classifyFailure } from '../../base/failure.ts';
import type { Failure } from '../../base/failure.ts';
import { labelOf } from '../../labels/value-labels.ts';
import { LatestLoad } from '../../base/latest-load.ts';
import { defineMessageCatalog, MessagesController } from '../../base/message-catalog.ts';
import { fieldId } from '../../forms/field-id.ts';
import { radioGroup, textAreaField } from '../../forms/choice-fields.ts';
import { errorSummary, focusAfterUpdate } from '../../forms/error-summary.ts';
import { fieldErrorText, textField } from '../../forms/fields.ts';
import type { FieldContext } from '../../forms/fields.ts';
import { SubmissionController } from '../../forms/submission.ts';
import type { SendOptions } from '../../forms/submission.ts';
import { FormController } from '../../forms/form-controller.ts';
import type { FormValues } from '../../forms/form-controller.ts';
import { formStyles } from '../../themes/form-styles.ts';
import { formatDayAt, formatMinorUnits, formatTimeWindow } from './formatting.ts';
import { forgetProof, storedProof, storeProof, takeProofFromLink } from './owner-proof.ts';
import type { OwnerProof } from './owner-proof.ts';
import { createServiceTrackerClient, isServiceTrackerClient } from './service-tracker-client.ts';
import type { ServiceTrackerClient } from './service-tracker-client.ts';
import { serviceTrackerStyles } from './service-tracker.styles.ts';
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

const missingClientMessage = '<atelier-service-tracker> needs a `publishable-key` attribute or a `client` property with `repairs.lookup`, `repairs.decideEstimate` and `repairs.rate`.';

const rateLimitedStatus = 429;
const secondsPerMinute = 60;

/** The stages a repair goes through when all goes to plan; what is still to come is read from here. */
const plannedPath: readonly RepairStatus[] = ['requested', 'received', 'diagnosed', 'awaiting_approval', 'approved', 'in_repair', 'quality_control', 'ready', 'returned'];

/** A status a newer server added is not on the planned path: nothing is shown as still to come. */
function stagesToCome(status: OpenEnum<RepairStatus>): RepairStatus[] {
  if (status === 'declined') return ['returned'];
  const at = (plannedPath as readonly string[]).indexOf(status);
  return at < 0 ? [] : plannedPath.slice(at + 1);
}

/** Why a lookup showed no repair; an unknown code and a wrong e-mail are one and the same answer. */
type LookupProblem =
  | { kind: 'unknown' }
  | { kind: 'link-invalid' }
  | { kind: 'rate-limited'; waitSeconds: number | undefined }
  | { kind: 'offline' }
  | { kind: 'error' };

/** Why a decision or a rating was not recorded; shown next to the step that failed. */
type ActionProblem = { action: OwnerAction } & (
  | { kind: 'expired' }
  | { kind: 'changed' }
  | { kind: 'rate-limited'; waitSeconds: number | undefined }
  | { kind: 'offline' }
  | { kind: 'error' }
);

type OwnerAction = 'decision' | 'rating';

/** A lookup: whose repair, whether the result takes the focus, and the repair shown when it started. */
type LookupArgs = [proof: OwnerProof, focusResult: boolean, shown: { kind: 'tracker'; tracker: Received<RepairTracker> } | undefined];

type View = { kind: 'form' } | { kind: 'loading' } | { kind: 'tracker'; tracker: Received<RepairTracker> };

type DecisionStep = { step: 'sign' } | { step: 'confirm'; decision: EstimateDecision };

/** Codes meaning the repair moved on while the owner was looking at it: reloading shows where it stands. */
const statusChangedCodes = new Set(['repair_status_changed', 'invalid_transition', 'repair_not_returned', 'already_rated']);

function retryAfterSeconds(error: unknown): number | undefined {
  const seconds = typeof error === 'object' && error !== null ? (error as { retryAfterSeconds?: unknown }).retryAfterSeconds : undefined;
  return typeof seconds === 'number' && seconds > 0 ? seconds : undefined;
}

function optionalText(values: FormValues, path: string): string | undefined {
  const value = values[path];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

const lookupFieldLabels = { trackingCode: 'trackingCodeLabel', email: 'emailLabel' } as const satisfies Record<string, keyof ServiceTrackerMessages>;
type LookupFieldPath = keyof typeof lookupFieldLabels;
const lookupFieldPaths = Object.keys(lookupFieldLabels) as LookupFieldPath[];

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
 * @csspart form - The lookup form, the signature form and the rating form.
 * @csspart field - The wrapper of one label, input, hint and error.
 * @csspart label - A field's label.
 * @csspart input - Text inputs and the comment.
 * @csspart button - Every button.
 * @csspart error - A field's error, the error summary and alerts.
 * @csspart tracker - The repair once found.
 * @csspart timeline - The ordered list of stages.
 * @csspart estimate - The estimate table.
 * @csspart decision - The decision once made.
 * @csspart rating - The rating form, and the thanks once rated.
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
 * @cssprop --atelier-font - Font family.
 * @cssprop --atelier-font-size - Base font size.
 * @cssprop --atelier-spacing - Base spacing unit.
 */
export class AtelierServiceTracker extends AtelierElement<ServiceTrackerClient> {
  static override styles = [...AtelierElement.styles, formStyles, serviceTrackerStyles];

  static override properties = {
    ...AtelierElement.properties,
    trackingCode: { attribute: 'tracking-code' },
    view: { state: true },
    lookupProblem: { state: true },
    decisionStep: { state: true },
    actionProblem: { state: true },
  };

  /** An API client to use instead of one built from the attributes: any `createClient()` result, or anything with `repairs.lookup`, `repairs.decideEstimate` and `repairs.rate`. */
  declare client: ServiceTrackerClient | undefined;
  /** Prefills the tracking code of the lookup form. */
  declare trackingCode: string | undefined;
  declare private view: View;
  declare private lookupProblem: LookupProblem | undefined;
  declare private decisionStep: DecisionStep;
  declare private actionProblem: ActionProblem | undefined;

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
      decision: this.decisionStep.step === 'confirm' ? this.decisionStep.decision : 'approve',
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
    super();
    this.view = { kind: 'form' };
    this.decisionStep = { step: 'sign' };
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
    if (proof && this.view.kind !== 'tracker') void this.#lookUp(proof, { focusResult: fromLink !== undefined });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new code from the page (a repair just booked) replaces the one in the form: it is the repair to follow now.
    if (changed.has('trackingCode') && this.trackingCode) this.#lookupForm.set('trackingCode', this.trackingCode);
  }

  protected override createClient(attributes: ClientAttributes): ServiceTrackerClient {
    return createServiceTrackerClient(attributes);
  }

  get #m(): ServiceTrackerMessages {
    return this.#strings.messages;
  }

  /** Decisions and ratings are only offered once a repair is shown, so a proof is there; the placeholder only lets the form validate the owner's own fields before. */
  #proofOrPlaceholder(): OwnerProof {
    return this.#proof ?? { trackingCode: '', email: '' };
  }

  #requireApi(): ServiceTrackerClient {
    const api = this.api;
    if (!isServiceTrackerClient(api)) throw new TypeError(missingClientMessage);
    return api;
  }

  readonly #openLinkInPage = (): void => {
    const proof = takeProofFromLink();
    if (!proof) return;
    storeProof(proof);
    void this.#lookUp(proof, { focusResult: true });
  };

  async #submitLookup(event: Event): Promise<void> {
    event.preventDefault();
    if (this.view.kind === 'loading') return;
    const attempt = this.#lookupForm.attemptSubmit();
    if (!attempt.ok) {
      this.#showLookupSummary = true;
      this.lookupProblem = undefined;
      await this.#focus('.summary');
      return;
    }
    this.#showLookupSummary = false;
    await this.#lookUp({ trackingCode: attempt.request.trackingCode, email: attempt.request.email ?? '' }, { focusResult: true });
  }

  /** Looks a repair up; the latest lookup wins (a link opened while a lookup is under way, Refresh). */
  readonly #lookup = new LatestLoad(this, {
    load: ([proof]: LookupArgs, signal) => this.#requireApi().repairs.lookup({ ...proof }, { signal }),
    onLoaded: (tracker, [proof, focusResult, shown]) => {
      storeProof(proof);
      this.#showTracker(tracker, shown?.tracker.trackingCode === tracker.trackingCode);
      if (focusResult) void this.#focus('#tracker-title');
    },
    onFailed: (error, [proof, , shown]) => {
      this.lookupProblem = this.#lookupProblemOf(error, proof);
      if (this.lookupProblem.kind === 'unknown' || this.lookupProblem.kind === 'link-invalid') {
        forgetProof();
        this.#proof = undefined;
        // The code is worth keeping: the person only has to add the e-mail, or check it.
        if (!this.#lookupForm.string('trackingCode')) this.#lookupForm.set('trackingCode', proof.trackingCode);
        this.view = { kind: 'form' };
      } else if (!shown) {
        this.view = { kind: 'form' };
      }
      void this.#focus('.alert');
    },
  });

  async #lookUp(proof: OwnerProof, { focusResult }: { focusResult: boolean }): Promise<void> {
    const shown = this.view.kind === 'tracker' ? this.view : undefined;
    this.#proof = proof;
    this.lookupProblem = undefined;
    if (!shown) this.view = { kind: 'loading' };
    await this.#lookup.run(proof, focusResult, shown);
  }

  #lookupProblemOf(error: unknown, proof: OwnerProof): LookupProblem {
    const failure = classifyFailure(error);
    if (failure.kind === 'offline' || failure.kind === 'timeout') return { kind: 'offline' };
    if (failure.kind === 'unexpected') {
      console.error('[atelier] could not look the repair up.', error);
      return { kind: 'error' };
    }
    // A malformed code or token in a link is as unknown as a wrong one: the same answer either way.
    if (failure.code === 'unknown_repair' || failure.kind === 'fields') return 'linkToken' in proof ? { kind: 'link-invalid' } : { kind: 'unknown' };
    if (failure.code === 'rate_limited' || failure.status === rateLimitedStatus) return { kind: 'rate-limited', waitSeconds: retryAfterSeconds(error) };
    console.error('[atelier] the lookup was refused.', error);
    return { kind: 'error' };
  }

  /** Shows a repair; a different repair (or a first one) starts its estimate and rating steps afresh. */
  #showTracker(tracker: Received<RepairTracker>, sameRepair: boolean): void {
    if (!sameRepair) {
      this.decisionStep = { step: 'sign' };
      this.actionProblem = undefined;
    }
    this.view = { kind: 'tracker', tracker };
  }

  #trackAnother(): void {
    forgetProof();
    this.#proof = undefined;
    this.#lookup.abort();
    this.lookupProblem = undefined;
    this.actionProblem = undefined;
    this.view = { kind: 'form' };
    void this.#focus('#lookup-title');
  }

  async #chooseDecision(decision: EstimateDecision): Promise<void> {
    this.actionProblem = undefined;
    const attempt = this.#signatureForm.attemptSubmit();
    if (!attempt.ok) {
      await this.#focus(`#${fieldId('name')}`);
      return;
    }
    this.decisionStep = { step: 'confirm', decision };
    await this.#focus('#confirm-title');
  }

  async #backToSignature(): Promise<void> {
    this.decisionStep = { step: 'sign' };
    this.actionProblem = undefined;
    await this.#focus(`#${fieldId('name')}`);
  }

  async #sendDecision(): Promise<void> {
    if (this.#submission.pending || this.decisionStep.step !== 'confirm') return;
    const attempt = this.#signatureForm.attemptSubmit();
    if (!attempt.ok) {
      await this.#backToSignature();
      return;
    }
    const tracker = await this.#send('decision', (api, options) => api.repairs.decideEstimate(attempt.request, options), attempt.request);
    if (!tracker) return;
    this.decisionStep = { step: 'sign' };
    this.emit('atelier-estimate-decided', { trackingCode: tracker.trackingCode, decision: attempt.request.decision });
    await this.#focus('.decision');
  }

  async #submitRating(event: Event): Promise<void> {
    event.preventDefault();
    if (this.#submission.pending) return;
    this.actionProblem = undefined;
    const attempt = this.#ratingForm.attemptSubmit();
    if (!attempt.ok) {
      await this.#focus(attempt.errors.some((error) => error.path === 'score') ? 'input[name="score"]' : `#${fieldId('comment')}`);
      return;
    }
    const tracker = await this.#send('rating', (api, options) => api.repairs.rate(attempt.request, options), attempt.request);
    if (tracker) await this.#focus('.thanks');
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
    this.actionProblem = undefined;
    const result = await this.#submission.send(request, this.connectionSignal, (options) => action(this.#requireApi(), options));
    if (!result) return undefined;
    if (!result.ok) {
      await this.#showActionFailure(ownerAction, result.failure, result.error);
      return undefined;
    }
    this.#showTracker(result.answer, true);
    return result.answer;
  }

  async #showActionFailure(action: OwnerAction, failure: Failure, error: unknown): Promise<void> {
    if (failure.kind === 'offline' || failure.kind === 'timeout') this.actionProblem = { action, kind: 'offline' };
    else if (failure.kind === 'unexpected') {
      console.error('[atelier] the repair could not be updated.', error);
      this.actionProblem = { action, kind: 'error' };
    } else if (failure.code === 'estimate_expired') this.actionProblem = { action, kind: 'expired' };
    else if (statusChangedCodes.has(failure.code)) this.actionProblem = { action, kind: 'changed' };
    else if (failure.code === 'unknown_repair') {
      // The proof no longer opens this repair (the link lapsed while the page was open): ask for the e-mail.
      await this.#lookUp(this.#proofOrPlaceholder(), { focusResult: false });
      return;
    } else if (failure.code === 'rate_limited' || (failure.kind === 'refused' && failure.status === rateLimitedStatus)) {
      this.actionProblem = { action, kind: 'rate-limited', waitSeconds: retryAfterSeconds(error) };
    } else if (failure.kind === 'fields') {
      this.#signatureForm.setServerErrors(failure.fieldErrors);
      this.#ratingForm.setServerErrors(failure.fieldErrors);
      this.actionProblem = undefined;
      this.decisionStep = { step: 'sign' };
      return;
    } else {
      console.error('[atelier] the repair update was refused.', error);
      this.actionProblem = { action, kind: 'error' };
    }
    if (this.actionProblem?.kind === 'changed' || this.actionProblem?.kind === 'expired') {
      this.decisionStep = { step: 'sign' };
      const proof = this.#proof;
      // Show where the repair stands now; the alert stays, since the same repair is shown again.
      if (proof) await this.#refreshQuietly(proof);
    }
    await this.#focus('.action-alert');
  }

  async #refreshQuietly(proof: OwnerProof): Promise<void> {
    try {
      const tracker = await this.#requireApi().repairs.lookup({ ...proof }, { signal: this.connectionSignal });
      if (this.view.kind === 'tracker' && this.view.tracker.trackingCode === tracker.trackingCode) this.view = { kind: 'tracker', tracker };
    } catch {
      // The tracker shown stays; the alert already says it changed, and Refresh asks again.
    }
  }

  async #focus(selector: string): Promise<void> {
    await focusAfterUpdate(this, selector);
  }

  #errorText(error: FieldError): string {
    return fieldErrorText(this.#m, error);
  }

  /** What the kit's field renderers need: one of the tracker's three forms and its words. */
  #fieldContext(form: FormController<unknown>): FieldContext {
    const m = this.#m;
    return { form, required: m.required, optional: m.optional, errorText: (error) => this.#errorText(error) };
  }

  #formatWait(seconds: number): string {
    const inMinutes = seconds >= secondsPerMinute;
    return new Intl.NumberFormat(this.#m.languageTag, { style: 'unit', unit: inMinutes ? 'minute' : 'second', unitDisplay: 'long' }).format(
      inMinutes ? Math.ceil(seconds / secondsPerMinute) : Math.ceil(seconds),
    );
  }

  #rateLimitedText(waitSeconds: number | undefined): string {
    return waitSeconds === undefined ? this.#m.rateLimitedNoWait : this.#m.rateLimited(this.#formatWait(waitSeconds));
  }

  protected override render(): TemplateResult {
    const m = this.#m;
    return html`<div class="panel" lang=${m.languageTag}>
      <div role="status" class="visually-hidden">${this.#statusText()}</div>
      ${this.view.kind === 'tracker' ? this.#renderTracker(this.view.tracker) : this.#renderLookupForm()}
    </div>`;
  }

  #statusText(): string {
    const m = this.#m;
    if (this.view.kind === 'loading') return m.loading;
    if (this.#submission.pending) return this.decisionStep.step === 'confirm' ? m.sendingDecision : m.sendingRating;
    return '';
  }

  #renderAlert(text: string, options: { retry?: () => void; className?: string } = {}): TemplateResult {
    return html`<div class="alert ${options.className ?? ''}" part="error" role="alert" tabindex="-1">
      <p>${text}</p>
      ${options.retry
        ? html`<button part="button" type="button" class="secondary" ?disabled=${this.#submission.pending} @click=${options.retry}>${this.#m.retry}</button>`
        : nothing}
    </div>`;
  }

  #renderLookupProblem(): TemplateResult | typeof nothing {
    const m = this.#m;
    const problem = this.lookupProblem;
    if (!problem) return nothing;
    const retry = (): void => {
      if (this.#proof) void this.#lookUp(this.#proof, { focusResult: true });
    };
    switch (problem.kind) {
      case 'unknown':
        return this.#renderAlert(m.unknownRepair);
      case 'link-invalid':
        return this.#renderAlert(m.linkNoLongerValid);
      case 'rate-limited':
        return this.#renderAlert(this.#rateLimitedText(problem.waitSeconds), { retry });
      case 'offline':
        return this.#renderAlert(m.offline, { retry });
      case 'error':
        return this.#renderAlert(m.unexpectedError, { retry });
    }
  }

  #renderLookupSummary(): TemplateResult | typeof nothing {
    if (!this.#showLookupSummary) return nothing;
    const errors = this.#lookupForm.visibleErrors(lookupFieldPaths);
    const m = this.#m;
    return errorSummary(this.renderRoot, errors, {
      title: m.errorSummaryTitle(errors.length),
      labelSeparator: m.labelSeparator,
      labelOf: (path) => (Object.hasOwn(lookupFieldLabels, path) ? m[lookupFieldLabels[path as LookupFieldPath]] : undefined),
      errorText: (error) => this.#errorText(error),
    });
  }

  #renderLookupForm(): TemplateResult {
    const m = this.#m;
    const busy = this.view.kind === 'loading';
    return html`<h2 id="lookup-title" tabindex="-1">${m.lookupTitle}</h2>
      <p>${m.lookupIntro}</p>
      ${this.#renderLookupProblem()} ${this.#renderLookupSummary()}
      <form part="form" novalidate aria-labelledby="lookup-title" aria-busy=${busy ? 'true' : 'false'} @submit=${this.#submitLookup}>
        ${textField(this.#fieldContext(this.#lookupForm), 'trackingCode', m.trackingCodeLabel, {
          required: true,
          hint: m.trackingCodeHint,
          autocomplete: 'off',
          autocapitalize: 'characters',
          spellcheck: false,
        })}
        ${textField(this.#fieldContext(this.#lookupForm), 'email', m.emailLabel, { type: 'email', required: true, autocomplete: 'email' })}
        <button part="button" type="submit" ?disabled=${busy}>${busy ? m.loading : m.lookupSubmit}</button>
      </form>
      ${busy ? html`<p aria-busy="true">${m.loading}</p>` : nothing}`;
  }

  /** The title with the tracking code in one piece: a narrow screen would otherwise break it at a hyphen. */
  #titleWithWholeCode(title: string, code: string): TemplateResult {
    const at = title.indexOf(code);
    if (at === -1) return html`${title}`;
    return html`${title.slice(0, at)}<span class="code">${code}</span>${title.slice(at + code.length)}`;
  }

  #renderTracker(tracker: Received<RepairTracker>): TemplateResult {
    const m = this.#m;
    return html`<article class="tracker" part="tracker" aria-labelledby="tracker-title">
      <h2 id="tracker-title" tabindex="-1">${this.#titleWithWholeCode(m.trackerTitle(tracker.trackingCode), tracker.trackingCode)}</h2>
      <p>${m.pieceSummary(serviceTypeName(m.serviceTypes, tracker.serviceType), tracker.serial)}</p>
      ${this.#renderLookupProblem()}
      <div class="row">
        <button part="button" type="button" class="secondary" @click=${() => this.#proof && void this.#lookUp(this.#proof, { focusResult: true })}>${m.refresh}</button>
        <button part="button" type="button" class="secondary" @click=${this.#trackAnother}>${m.trackAnother}</button>
      </div>
      ${this.#renderTimeline(tracker)} ${this.#renderDetails(tracker)} ${tracker.estimate ? this.#renderEstimate(tracker, tracker.estimate) : nothing}
      ${tracker.status === 'returned' ? this.#renderRating(tracker) : nothing}
    </article>`;
  }

  #renderTimeline(tracker: Received<RepairTracker>): TemplateResult {
    const m = this.#m;
    const { timeZone } = tracker.centre;
    const last = tracker.stages.length - 1;
    return html`<section aria-labelledby="progress-title">
      <h3 id="progress-title">${m.progressHeading}</h3>
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
    const m = this.#m;
    const { centre, dropOff } = tracker;
    const country = new Intl.DisplayNames([m.languageTag], { type: 'region', fallback: 'code' }).of(centre.country) ?? centre.country;
    // The address is the postal one, city included ("Route des Acacias 41, 1227 Genève"), as the booking form and the e-mails show it.
    return html`<section aria-labelledby="details-title">
      <h3 id="details-title">${m.detailsHeading}</h3>
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

  #renderEstimate(tracker: Received<RepairTracker>, estimate: Received<Estimate>): TemplateResult {
    const m = this.#m;
    const money = (minorUnits: number): string => formatMinorUnits(minorUnits, estimate.currency, m.languageTag);
    const deciding = tracker.status === 'awaiting_approval' && estimate.decision === null;
    return html`<section aria-labelledby="estimate-title">
      <h3 id="estimate-title">${m.estimateHeading}</h3>
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
              <td class="amount">${money(item.coveredByWarranty ? 0 : item.amountMinorUnits)}</td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${m.totalRow}</th>
            <td class="amount">${money(estimate.totalMinorUnits)}</td>
          </tr>
        </tfoot>
      </table>
      ${this.#renderActionProblem('decision')}
      ${estimate.decision
        ? html`<p class="decision" part="decision" tabindex="-1">
            ${this.#decisionText(estimate.decision.decision, estimate.decision.name, formatDayAt(estimate.decision.decidedAt, m.languageTag, tracker.centre.timeZone))}
          </p>`
        : deciding
          ? this.#renderDecision(money(estimate.totalMinorUnits))
          : nothing}
    </section>`;
  }

  /** Who decided what, when; a kind of decision a newer server added is named in its own words. */
  #decisionText(decision: OpenEnum<EstimateDecision>, name: string, date: string): string {
    const m = this.#m;
    if (decision === 'approve') return m.decisionApproved(name, date);
    if (decision === 'decline') return m.decisionDeclined(name, date);
    return `${codeInWords(decision)}: ${name}, ${date}`;
  }

  /** Problems of a decision or a rating, shown next to the step that failed. */
  #renderActionProblem(action: OwnerAction): TemplateResult | typeof nothing {
    const m = this.#m;
    const problem = this.actionProblem;
    if (problem?.action !== action) return nothing;
    const className = 'action-alert';
    switch (problem.kind) {
      case 'expired':
        return this.#renderAlert(m.estimateExpired, { className });
      case 'changed':
        return this.#renderAlert(m.statusChanged, { className });
      case 'rate-limited':
        return this.#renderAlert(this.#rateLimitedText(problem.waitSeconds), { className });
      case 'offline':
        return this.#renderAlert(m.offline, { className });
      case 'error':
        return this.#renderAlert(m.unexpectedError, { className });
    }
  }

  #renderDecision(total: string): TemplateResult {
    const m = this.#m;
    const step = this.decisionStep;
    if (step.step === 'confirm') {
      const name = this.#signatureForm.string('name').trim();
      const approving = step.decision === 'approve';
      return html`<div class="confirm" role="group" aria-labelledby="confirm-title">
        <h4 id="confirm-title" tabindex="-1">${approving ? m.confirmApproveTitle : m.confirmDeclineTitle}</h4>
        <p>${approving ? m.confirmApproveBody(total, name) : m.confirmDeclineBody(name)}</p>
        <div class="row">
          <button part="button" type="button" ?disabled=${this.#submission.pending} @click=${() => void this.#sendDecision()}>
            ${this.#submission.pending ? m.sendingDecision : approving ? m.confirmApprove : m.confirmDecline}
          </button>
          <button part="button" type="button" class="secondary" ?disabled=${this.#submission.pending} @click=${() => void this.#backToSignature()}>${m.back}</button>
        </div>
      </div>`;
    }
    return html`<form part="form" class="signature" novalidate aria-labelledby="estimate-title" @submit=${(event: Event) => event.preventDefault()}>
      <p id="decision-intro">${m.decisionIntro}</p>
      ${textField(this.#fieldContext(this.#signatureForm), 'name', m.signatureLabel, { required: true, autocomplete: 'name' })}
      <div class="row">
        <button part="button" type="button" @click=${() => void this.#chooseDecision('approve')}>${m.approve}</button>
        <button part="button" type="button" class="secondary" @click=${() => void this.#chooseDecision('decline')}>${m.decline}</button>
      </div>
    </form>`;
  }

  #renderRating(tracker: Received<RepairTracker>): TemplateResult {
    const m = this.#m;
    if (tracker.rating) {
      return html`<section class="rating" part="rating" aria-labelledby="rating-title">
        <h3 id="rating-title">${m.ratingHeading}</h3>
        <p class="thanks" tabindex="-1">${m.ratingThanks(tracker.rating.score, maxRatingScore)}</p>
      </section>`;
    }
    const f = this.#fieldContext(this.#ratingForm);
    const scores = Array.from({ length: maxRatingScore - minRatingScore + 1 }, (_, index) => minRatingScore + index);
    const choices = scores.map((score) => ({ value: String(score), label: m.ratingScores[score - minRatingScore] ?? String(score), className: 'score' }));
    return html`<section class="rating" part="rating" aria-labelledby="rating-title">
      <h3 id="rating-title">${m.ratingHeading}</h3>
      ${this.#renderActionProblem('rating')}
      <form part="form" novalidate aria-labelledby="rating-title" @submit=${this.#submitRating}>
        ${radioGroup(f, 'score', m.ratingLegend, choices, { required: true, layout: 'scores', choiceId: (score) => `score-${score}` })}
        ${textAreaField(f, 'comment', m.commentLabel, { maxLength: ratingCommentMaxLength })}
        <button part="button" type="submit" ?disabled=${this.#submission.pending}>${this.#submission.pending ? m.sendingRating : m.rateSubmit}</button>
      </form>
    </section>`;
  }
}
