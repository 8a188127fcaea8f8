import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { RepairBookingRequest, toFieldErrors } from '@atelier/client/contract';
import type { FieldError, Received, RepairTracker } from '@atelier/client/contract';
import { WidgetState } from '../../base/widget-state.ts';
import type { AtelierEventDetails } from '../../base/events.ts';
import type { Failure } from '../../base/failure.ts';
import { defineMessageCatalog, MessagesController } from '../../base/message-catalog.ts';
import type { LocalizedMessageOverrides } from '../../base/message-overrides.ts';
import { errorSummary, fieldControl, focusAfterUpdate } from '../../forms/error-summary.ts';
import { fieldErrorText } from '../../forms/fields.ts';
import type { FieldContext } from '../../forms/fields.ts';
import { fieldErrorsOf, SubmissionController } from '../../forms/submission.ts';
import { FormController } from '../../forms/form-controller.ts';
import { formStyles } from '../../themes/form-styles.ts';
import { bookingSteps, fieldOfDomainCode, fieldsOfStep, slotDropOff, stepOfField, toBookingRequest } from './booking-steps.ts';
import type { BookingStep } from './booking-steps.ts';
import { fieldLabel } from './booking-format.ts';
import { DropOffSearch } from './drop-off-search.ts';
import { repairBookingClient } from './repair-booking-client.ts';
import type { RepairBookingClient } from './repair-booking-client.ts';
import { repairBookingStyles } from './repair-booking.styles.ts';
import { WidgetWithParts } from '../../base/widget-with-parts.ts';
import { nextTask } from '../../base/task-timing.ts';
import './parts/piece-step.ts';
import './parts/service-step.ts';
import './parts/centre-step.ts';
import './parts/contact-step.ts';
import './parts/review-step.ts';
import './parts/booking-confirmation.ts';
import en from './locales/en.ts';
import type { RepairBookingMessages } from './locales/en.ts';

const repairBookingCatalog = defineMessageCatalog<RepairBookingMessages>('<atelier-repair-booking>', en, {
  fr: () => import('./locales/fr.ts'),
  de: () => import('./locales/de.ts'),
  it: () => import('./locales/it.ts'),
  ja: () => import('./locales/ja.ts'),
  'zh-Hans': () => import('./locales/zh-Hans.ts'),
  'zh-Hant': () => import('./locales/zh-Hant.ts'),
});

/** What <atelier-repair-booking> emits once a booking is made. */
export type RepairBookedDetail = AtelierEventDetails['atelier-repair-booked'];

/** Each prefill attribute's property and the form field it fills. */
const prefilledFields = [
  ['serial', 'serial'],
  ['contactName', 'contact.name'],
  ['contactEmail', 'contact.email'],
] as const;

/** Refusals explained in an alert on the review step rather than on one field. */
const messageOfRefusal: Record<string, 'itemUnavailable' | 'tooManyAttempts'> = {
  item_unavailable: 'itemUnavailable',
  rate_limited: 'tooManyAttempts',
};

/**
 * Books a service for a piece in five steps — the piece, the service, the centre and drop-off (a
 * time at the boutique, in the centre's time zone, or by post), contact, review — then shows the
 * tracking code and offers the appointment as an `.ics` file.
 *
 * @summary Repair booking: piece, service, centre and drop-off time, contact, review; then the tracking code.
 * @tag atelier-repair-booking
 *
 * @attr publishable-key - The brand's publishable key (`pk_…`).
 * @attr api-base - Base URL of the Atelier API; defaults to the page's origin.
 * @attr locale - BCP 47 language tag; defaults to the closest `lang` attribute, then the browser's language.
 * @attr theme - `light`, `dark` or `auto` (default: follows the system).
 * @attr serial - Prefills the serial number (e.g. from the warranty card's QR code).
 * @attr contact-name - Prefills the contact's name (e.g. the shop's logged-in customer); the owner can change it.
 * @attr contact-email - Prefills the contact's e-mail address.
 *
 * @fires atelier-repair-booked - The repair is booked. `detail`: `{ trackingCode, serial, serviceCentreId, slot }` (`slot` null for mail-in).
 *
 * @slot intro - Under the first step's heading: a word from the brand before the booking.
 * @slot consent-notice - Beside the contact step's fields: the brand's privacy notice and its link.
 * @slot next-steps - At the end of the panel after booking (what to bring, how to send the piece).
 *
 * @csspart form - The form of the current step.
 * @csspart step - The step indicator ("Step 2 of 5").
 * @csspart field - The wrapper of one label, input, hint and error.
 * @csspart label - A field's label.
 * @csspart input - Text inputs, the description, selects.
 * @csspart button - Continue, back, book, retry, copy and near-me buttons. (Also `primary-button` or `secondary-button`.)
 * @csspart error - A field's error, the error summary and alerts. (Also `field-error`, `error-summary` or `alert`.)
 * @csspart centre - One service centre of the list.
 * @csspart slots - The drop-off time picker.
 * @csspart slot-day - One day of the drop-off time picker's day strip.
 * @csspart slot - One drop-off time.
 * @csspart success - The panel after booking.
 * @csspart tracking-code - The tracking code.
 * @csspart calendar-link - The `.ics` download link.
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
 * @cssprop --atelier-color-surface - Background of alerts, summaries and the tracking code.
 * @cssprop --atelier-color-text - Text colour.
 * @cssprop --atelier-color-muted - Hints and secondary text.
 * @cssprop --atelier-color-border - Input, centre and slot borders.
 * @cssprop --atelier-color-accent - Primary button and chosen slot background.
 * @cssprop --atelier-color-on-accent - Primary button and chosen slot text.
 * @cssprop --atelier-color-focus - Focus ring.
 * @cssprop --atelier-color-error - Error text and borders.
 * @cssprop --atelier-color-success - Success accent.
 * @cssprop --atelier-radius - Corner radius.
 * @cssprop --atelier-font - The text font, when `--atelier-font-text` is not set (its former name).
 * @cssprop --atelier-font-size - Base font size.
 * @cssprop --atelier-spacing - Base spacing unit.
 */
export class AtelierRepairBooking extends WidgetWithParts<RepairBookingClient> {
  static override styles = [...WidgetWithParts.styles, formStyles, repairBookingStyles];
  protected static override drawsFirstScreenInParts = true;

  static override properties = {
    ...WidgetWithParts.properties,
    serial: {},
    contactName: { attribute: 'contact-name' },
    contactEmail: { attribute: 'contact-email' },
  };

  /** Prefills the serial number. */
  declare serial: string | undefined;
  /** Prefills the contact's name. */
  declare contactName: string | undefined;
  /** Prefills the contact's e-mail address. */
  declare contactEmail: string | undefined;
  /** An API client to use instead of one built from the attributes: any `createClient()` result, or anything with `serviceCentres.list/slots` and `repairs.book`. */
  declare client: RepairBookingClient | undefined;
  /** The brand's words for some of the widget's strings, per locale: `{ en: { pieceTitle: '…' } }`. */
  declare messages: LocalizedMessageOverrides<RepairBookingMessages> | undefined;
  readonly #step = new WidgetState<BookingStep>(this, 'piece');
  readonly #stepErrorsShown = new WidgetState<boolean>(this, false);
  readonly #failure = new WidgetState<Failure | undefined>(this, undefined);
  readonly #booked = new WidgetState<Received<RepairTracker> | undefined>(this, undefined);
  readonly #copyStatus = new WidgetState<'idle' | 'copied'>(this, 'idle');

  /** Every answer, kept here rather than in the steps: going back and forth, or a failed booking, loses none. */
  readonly #form = new FormController(this, {
    schema: RepairBookingRequest,
    toRequest: toBookingRequest,
    initialValues: { 'dropOff.method': slotDropOff },
  });

  readonly #strings = new MessagesController(this, repairBookingCatalog, () => this.requestedLocale);

  readonly #submission = new SubmissionController(this);

  /** The centres and drop-off times, kept here too, so the centre step finds them again as it left them. */
  readonly #search = new DropOffSearch(this, {
    form: this.#form,
    api: () => this.requireApi(),
    signal: () => this.connectionSignal,
  });

  constructor() {
    super(repairBookingClient);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#form.string('contact.language')) this.#form.set('contact.language', this.requestedLocale);
    // In a task of its own: building the client and sending the request (ky, zod, `fetch`) in the task
    // that evaluates the widget's code made that task long (issue 18). The answer takes longer anyway.
    const connection = this.connectionSignal;
    void nextTask().then(() => {
      if (!connection.aborted && this.#search.allCentres.state !== 'loaded') void this.#search.loadAllCentres();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A prefill is an initial value only: it never overwrites what the owner typed, nor refills a field they cleared.
    for (const [property, path] of prefilledFields) {
      const value = this[property];
      if (changed.has(property) && value && !this.#form.string(path)) this.#form.set(path, value);
    }
  }


  get #messages(): RepairBookingMessages {
    return this.#strings.messages;
  }

  // ——— Steps ———

  /** The errors of `step` by the contract, made visible on their fields. */
  #stepErrors(step: BookingStep): FieldError[] {
    const request = toBookingRequest(this.#form.values);
    const result = RepairBookingRequest.safeParse(request);
    const paths = fieldsOfStep[step];
    for (const path of paths) this.#form.reveal(path);
    const clientErrors = result.success ? [] : toFieldErrors(result.error.issues, request).filter((error) => paths.includes(error.path));
    const serverErrors = this.#form.visibleErrors(paths).filter((error) => !clientErrors.some((client) => client.path === error.path));
    return [...clientErrors, ...serverErrors];
  }

  async #goTo(step: BookingStep): Promise<void> {
    this.#step.value = step;
    this.#stepErrorsShown.value = false;
    this.#failure.value = undefined;
    const search = this.#search;
    if (step === 'centre' && search.centres.state !== 'loaded') void search.loadCentres();
    if (step === 'centre' && this.#form.string('serviceCentreId') && search.slotListing.state === 'idle') void search.loadSlots();
    await focusAfterUpdate(this, '#step-heading');
  }

  async #onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.#submission.pending) return;
    if (this.#step.value === 'review') {
      await this.#book();
      return;
    }
    if (this.#stepErrors(this.#step.value).length > 0) {
      this.#stepErrorsShown.value = true;
      await focusAfterUpdate(this, '.summary');
      return;
    }
    const next = bookingSteps[bookingSteps.indexOf(this.#step.value) + 1];
    if (next) await this.#goTo(next);
  }

  async #back(): Promise<void> {
    const previous = bookingSteps[bookingSteps.indexOf(this.#step.value) - 1];
    if (previous) await this.#goTo(previous);
  }

  async #book(): Promise<void> {
    const api = this.api;
    if (!api) return;
    const firstInvalid = bookingSteps.find((step) => this.#stepErrors(step).length > 0);
    if (firstInvalid) {
      await this.#goTo(firstInvalid);
      this.#stepErrorsShown.value = true;
      return;
    }
    const request = toBookingRequest(this.#form.values);
    this.#failure.value = undefined;
    const result = await this.#submission.send(request, this.connectionSignal, (options) => api.repairs.book(request, options));
    if (!result) return;
    if (!result.ok) {
      await this.#showFailure(result.failure);
      return;
    }
    const tracker = result.answer;
    this.#booked.value = tracker;
    this.emit('atelier-repair-booked', {
      trackingCode: tracker.trackingCode,
      serial: tracker.serial,
      serviceCentreId: tracker.centre.id,
      slot: this.#bookedSlot(tracker),
    });
    await focusAfterUpdate(this, '#booked-title');
  }

  #bookedSlot(tracker: Received<RepairTracker>): RepairBookedDetail['slot'] {
    const slot = tracker.dropOff.slot;
    const slotId = this.#form.string('dropOff.slotId');
    return tracker.dropOff.method === slotDropOff && slot ? { id: slotId, startsAt: slot.startsAt, endsAt: slot.endsAt } : null;
  }

  async #showFailure(failure: Failure): Promise<void> {
    if ((failure.kind === 'fields' || failure.kind === 'refused') && failure.code === 'slot_full') {
      await this.#slotTaken();
      return;
    }
    const fieldErrors = fieldErrorsOf(failure, fieldOfDomainCode);
    if (fieldErrors) {
      this.#form.setServerErrors(fieldErrors);
      const step = stepOfField(fieldErrors[0]?.path ?? '');
      if (step !== 'review') {
        await this.#goTo(step);
        this.#stepErrorsShown.value = true;
        return;
      }
    }
    this.#failure.value = failure;
    await focusAfterUpdate(this, '.alert');
  }

  /** 409 slot_full: someone took the last place. Back to the times, freshly loaded, with a word why. */
  async #slotTaken(): Promise<void> {
    const search = this.#search;
    search.forgetTakenSlot();
    await this.#goTo('centre');
    search.slotTakenNotice = true;
    void search.loadSlots();
  }

  // ——— Rendering ———

  #errorText(error: FieldError): string {
    return fieldErrorText(this.#messages, error);
  }

  /** What the kit's field renderers need: the booking's form and its words. A new one each time, so the steps draw again. */
  #fieldContext(): FieldContext {
    const m = this.#messages;
    return { form: this.#form, required: m.required, optional: m.optional, errorText: (error) => this.#errorText(error) };
  }

  protected override render(): TemplateResult {
    const m = this.#messages;
    return html`<div class="panel" lang=${m.languageTag}>
      <div role="status" class="visually-hidden">${this.#statusText()}</div>
      ${this.#booked.value
        ? html`<atelier-repair-booking-confirmation
            .messages=${m}
            .tracker=${this.#booked.value}
            @copied=${() => (this.#copyStatus.value = 'copied')}
          ></atelier-repair-booking-confirmation>`
        : this.#renderStep()}
    </div>`;
  }

  #statusText(): string {
    const m = this.#messages;
    const search = this.#search;
    if (this.#submission.pending) return m.submitting;
    if (this.#copyStatus.value === 'copied') return m.copied;
    if (this.#step.value === 'centre') {
      if (search.geolocation === 'locating') return m.locating;
      if (search.centres.state === 'loading') return m.centresLoading;
      if (search.slotListing.state === 'loading') return m.slotsLoading;
      if (search.geolocation === 'located' && search.centres.state === 'loaded') return m.nearestFirst;
    }
    return '';
  }

  #stepTitle(step: BookingStep): string {
    const m = this.#messages;
    return { piece: m.pieceTitle, service: m.serviceTitle, centre: m.centreTitle, contact: m.contactTitle, review: m.reviewTitle }[step];
  }

  #renderStep(): TemplateResult {
    const m = this.#messages;
    const index = bookingSteps.indexOf(this.#step.value);
    return html`
      <h2 part="heading" id="step-heading" tabindex="-1">
        <span class="step-indicator" part="step">${m.stepIndicator(index + 1, bookingSteps.length)}</span>
        <span class="step-title">${this.#stepTitle(this.#step.value)}</span>
      </h2>
      ${index === 0 ? html`<slot name="intro"></slot>` : nothing} ${this.#renderSummary()}
      <form part="form" novalidate aria-labelledby="step-heading" aria-busy=${this.#submission.pending ? 'true' : 'false'} @submit=${this.#onSubmit}>
        ${this.#renderStepFields()} ${this.#renderAlert()}
        <div class="actions">
          ${index > 0 ? html`<button part="button secondary-button" type="button" class="secondary back" @click=${() => void this.#back()}>${m.back}</button>` : nothing}
          <button part="button primary-button" type="submit" ?disabled=${this.#submission.pending}>
            ${this.#step.value === 'review' ? (this.#submission.pending ? m.submitting : m.submit) : m.next}
          </button>
        </div>
      </form>
    `;
  }

  /** The current step's element: it draws from what it is given and tells what the owner chose. */
  #renderStepFields(): TemplateResult {
    const m = this.#messages;
    const context = this.#fieldContext();
    const search = this.#search;
    switch (this.#step.value) {
      case 'piece':
        return html`<atelier-repair-booking-piece .messages=${m} .context=${context}></atelier-repair-booking-piece>`;
      case 'service':
        return html`<atelier-repair-booking-service
          .messages=${m}
          .context=${context}
          .allCentres=${search.allCentres}
          @choose-service=${(event: CustomEvent<string>) => search.chooseService(event.detail)}
          @retry-all-centres=${() => void search.loadAllCentres()}
        ></atelier-repair-booking-service>`;
      case 'centre':
        return html`<atelier-repair-booking-centre
          .messages=${m}
          .context=${context}
          .allCentres=${search.allCentres}
          .centres=${search.centres}
          .countryFilter=${search.countryFilter}
          .geolocation=${search.geolocation}
          .chosenCentre=${search.chosenCentre}
          .slotListing=${search.slotListing}
          .activeSlotId=${search.activeSlotId}
          .chosenSlot=${search.chosenSlot}
          .slotTaken=${search.slotTakenNotice}
          @filter-country=${(event: CustomEvent<string>) => search.filterByCountry(event.detail)}
          @locate=${() => search.locate()}
          @retry-centres=${() => void search.loadCentres()}
          @choose-centre=${(event: CustomEvent<string>) => search.chooseCentre(event.detail)}
          @choose-drop-off=${(event: CustomEvent<string>) => search.chooseDropOff(event.detail)}
          @choose-slot=${(event: CustomEvent<Parameters<DropOffSearch['chooseSlot']>[0]>) => search.chooseSlot(event.detail)}
          @activate-slot=${(event: CustomEvent<string>) => search.activateSlot(event.detail)}
          @move-window=${(event: CustomEvent<number>) => search.moveSlotWindow(event.detail)}
          @retry-slots=${() => void search.loadSlots()}
        ></atelier-repair-booking-centre>`;
      case 'contact':
        return html`<atelier-repair-booking-contact .messages=${m} .context=${context}></atelier-repair-booking-contact>`;
      case 'review':
        return html`<atelier-repair-booking-review
          .messages=${m}
          .form=${this.#form}
          .chosenCentre=${search.chosenCentre}
          .chosenSlot=${search.chosenSlot}
          @go-to-step=${(event: CustomEvent<BookingStep>) => void this.#goTo(event.detail)}
        ></atelier-repair-booking-review>`;
    }
  }

  #renderSummary(): TemplateResult | typeof nothing {
    if (!this.#stepErrorsShown.value) return nothing;
    const errors = this.#form.visibleErrors(fieldsOfStep[this.#step.value]);
    const m = this.#messages;
    return errorSummary(this.renderRoot, errors, {
      title: m.errorSummaryTitle(errors.length),
      labelSeparator: m.labelSeparator,
      labelOf: (path) => fieldLabel(m, path),
      errorText: (error) => this.#errorText(error),
      // The drop-off time has no input of its own: its error leads to the picker's current time.
      focusTarget: (path) =>
        fieldControl(this.renderRoot, path) ??
        this.renderRoot.querySelector<HTMLElement>(`[data-slot-id="${CSS.escape(this.#search.activeSlotId ?? '')}"]`),
    });
  }

  #renderAlert(): TemplateResult | typeof nothing {
    const failure = this.#failure.value;
    if (!failure || this.#step.value !== 'review') return nothing;
    const m = this.#messages;
    const refusal = 'code' in failure ? messageOfRefusal[failure.code] : undefined;
    const text = failure.kind === 'offline' || failure.kind === 'timeout' ? m[failure.kind] : refusal ? m[refusal] : m.unexpectedError;
    return html`<div class="alert" part="error alert" role="alert" tabindex="-1"><p>${text}</p></div>`;
  }
}
