import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { isKnownValue, RepairBookingRequest, supportedLocales, toFieldErrors, warrantyStatuses } from '@atelier/client/contract';
import type { DropOffSlot, FieldError, GeoPoint, ServiceCentreListQuery, OpenEnum, Received, RepairTracker, ServiceCentreListing, WarrantyStatus } from '@atelier/client/contract';
import { codeInWords, serviceTypeName } from '@atelier/client/service-type-names';
import { AtelierElement } from '../../base/atelier-element.ts';
import type { ClientAttributes } from '../../base/atelier-element.ts';
import { formatCalendarDate } from '../../base/calendar-date.ts';
import { timeZoneLabel } from '../../base/time-zone-label.ts';
import type { AtelierEventDetails } from '../../base/events.ts';
import { labelOf } from '../../labels/value-labels.ts';
import { LatestLoad } from '../../base/latest-load.ts';
import type { Failure } from '../../base/failure.ts';
import { defineMessageCatalog, MessagesController } from '../../base/message-catalog.ts';
import { languageAutonym } from '../../forms/countries.ts';
import { fieldId } from '../../forms/field-id.ts';
import { radioGroup, textAreaField } from '../../forms/choice-fields.ts';
import { errorSummary, fieldControl, focusAfterUpdate } from '../../forms/error-summary.ts';
import { fieldError, fieldErrorText, selectField, textField } from '../../forms/fields.ts';
import type { FieldContext } from '../../forms/fields.ts';
import { fieldErrorsOf, SubmissionController } from '../../forms/submission.ts';
import { FormController } from '../../forms/form-controller.ts';
import { formStyles } from '../../themes/form-styles.ts';
import { bookingSteps, fieldOfDomainCode, fieldsOfStep, mailInDropOff, slotDropOff, stepOfField, toBookingRequest } from './booking-steps.ts';
import type { BookingStep } from './booking-steps.ts';
import { buildCalendarFile } from './calendar-file.ts';
import { createRepairBookingClient } from './repair-booking-client.ts';
import type { RepairBookingClient } from './repair-booking-client.ts';
import { repairBookingStyles } from './repair-booking.styles.ts';
import { serviceChoices } from './service-choices.ts';
import { addDays, dateInZone, groupSlotsByDay, isSlotKey, slotAfterKey } from './slot-days.ts';
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

/** Days of drop-off slots shown at once; "Later dates" moves by as many. */
const slotWindowDays = 14;
/** How long to wait for a position after "near me", in milliseconds. */
const geolocationTimeoutMs = 15_000;
/** A position a few minutes old is still where the person is. */
const geolocationMaximumAgeMs = 300_000;
/**
 * Decimals of the coordinates sent as `near`: two (about 1 km) sort centres as well as a metre
 * would, and tell the API less about where the person is.
 */
const nearDecimals = 2;

/** What <atelier-repair-booking> emits once a booking is made. */
export type RepairBookedDetail = AtelierEventDetails['atelier-repair-booked'];

type Loadable<T> = { state: 'idle' } | { state: 'loading' } | { state: 'failed' } | { state: 'loaded'; value: T };

type Geolocation = 'idle' | 'locating' | 'located' | 'denied' | 'unavailable';

interface SlotListing {
  serviceCentreId: string;
  from: string;
  timeZone: string;
  slots: DropOffSlot[];
}

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
 * @csspart form - The form of the current step.
 * @csspart step - The step indicator ("Step 2 of 5").
 * @csspart field - The wrapper of one label, input, hint and error.
 * @csspart label - A field's label.
 * @csspart input - Text inputs, the description, selects.
 * @csspart button - Continue, back, book, retry, copy and near-me buttons.
 * @csspart error - A field's error, the error summary and alerts.
 * @csspart centre - One service centre of the list.
 * @csspart slots - The drop-off time picker.
 * @csspart slot - One drop-off time.
 * @csspart success - The panel after booking.
 * @csspart tracking-code - The tracking code.
 * @csspart calendar-link - The `.ics` download link.
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
 * @cssprop --atelier-font - Font family.
 * @cssprop --atelier-font-size - Base font size.
 * @cssprop --atelier-spacing - Base spacing unit.
 */
export class AtelierRepairBooking extends AtelierElement<RepairBookingClient> {
  static override styles = [...AtelierElement.styles, formStyles, repairBookingStyles];

  static override properties = {
    ...AtelierElement.properties,
    serial: {},
    contactName: { attribute: 'contact-name' },
    contactEmail: { attribute: 'contact-email' },
    step: { state: true },
    allCentres: { state: true },
    centres: { state: true },
    slotListing: { state: true },
    activeSlotId: { state: true },
    geolocation: { state: true },
    stepErrorsShown: { state: true },
    slotTakenNotice: { state: true },
    failure: { state: true },
    booked: { state: true },
    copyStatus: { state: true },
  };

  /** Prefills the serial number. */
  declare serial: string | undefined;
  /** Prefills the contact's name. */
  declare contactName: string | undefined;
  /** Prefills the contact's e-mail address. */
  declare contactEmail: string | undefined;
  /** An API client to use instead of one built from the attributes: any `createClient()` result, or anything with `serviceCentres.list/slots` and `repairs.book`. */
  declare client: RepairBookingClient | undefined;
  declare private step: BookingStep;
  /** Every centre of the brand: the services they offer and the countries they are in. */
  declare private allCentres: Loadable<Received<ServiceCentreListing>[]>;
  /** The centres for the chosen service, country and position. */
  declare private centres: Loadable<Received<ServiceCentreListing>[]>;
  declare private slotListing: Loadable<SlotListing>;
  /** The slot that takes the Tab stop of the picker (roving tabindex). */
  declare private activeSlotId: string | undefined;
  declare private geolocation: Geolocation;
  declare private stepErrorsShown: boolean;
  declare private slotTakenNotice: boolean;
  declare private failure: Failure | undefined;
  declare private booked: Received<RepairTracker> | undefined;
  declare private copyStatus: 'idle' | 'copied';

  readonly #form = new FormController(this, {
    schema: RepairBookingRequest,
    toRequest: toBookingRequest,
    initialValues: { 'dropOff.method': slotDropOff },
  });

  readonly #strings = new MessagesController(this, repairBookingCatalog, () => this.requestedLocale);

  readonly #submission = new SubmissionController(this);

  /** Not a field of the request: narrows the centre list. */
  #countryFilter = '';
  #near: GeoPoint | undefined;
  #slotWindowStart: string | undefined;
  /** The chosen slot itself, so the review can show it after the picker has moved to other dates. */
  #chosenSlot: DropOffSlot | undefined;
  #calendarUrl: string | undefined;

  constructor() {
    super();
    this.step = 'piece';
    this.allCentres = { state: 'idle' };
    this.centres = { state: 'idle' };
    this.slotListing = { state: 'idle' };
    this.geolocation = 'idle';
    this.stepErrorsShown = false;
    this.slotTakenNotice = false;
    this.copyStatus = 'idle';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#form.string('contact.language')) this.#form.set('contact.language', this.requestedLocale);
    if (this.allCentres.state !== 'loaded') void this.#loadAllCentres();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#calendarUrl) URL.revokeObjectURL(this.#calendarUrl);
    this.#calendarUrl = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A prefill is an initial value only: it never overwrites what the owner typed, nor refills a field they cleared.
    for (const [property, path] of prefilledFields) {
      const value = this[property];
      if (changed.has(property) && value && !this.#form.string(path)) this.#form.set(path, value);
    }
  }

  protected override createClient(attributes: ClientAttributes): RepairBookingClient {
    return createRepairBookingClient(attributes);
  }

  get #messages(): RepairBookingMessages {
    return this.#strings.messages;
  }

  // ——— Loading centres and slots ———

  async #loadAllCentres(): Promise<void> {
    this.allCentres = { state: 'loading' };
    try {
      const { centres } = await this.requireApi().serviceCentres.list({}, { signal: this.connectionSignal });
      this.allCentres = { state: 'loaded', value: centres };
    } catch (error) {
      if (this.connectionSignal.aborted) return;
      console.error('[atelier] could not load the service centres.', error);
      this.allCentres = { state: 'failed' };
    }
  }

  /** Centres for the chosen service, country and position; a later filter's answer wins. */
  readonly #centreLoad = new LatestLoad(this, {
    load: ([query]: [ServiceCentreListQuery], signal) => this.requireApi().serviceCentres.list(query, { signal }),
    onLoaded: ({ centres }) => {
      this.centres = { state: 'loaded', value: centres };
      const chosen = this.#form.string('serviceCentreId');
      if (chosen && !centres.some((centre) => centre.id === chosen)) this.#chooseCentre('');
      else if (chosen && this.slotListing.state === 'idle') void this.#loadSlots();
    },
    onFailed: (error) => {
      console.error('[atelier] could not load the service centres.', error);
      this.centres = { state: 'failed' };
    },
  });

  async #loadCentres(): Promise<void> {
    const serviceType = this.#form.string('serviceType');
    const country = this.#countryFilter;
    const near = this.#near;
    this.centres = { state: 'loading' };
    await this.#centreLoad.run({
      ...(serviceType ? { service: serviceType } : {}),
      ...(country ? { country } : {}),
      ...(near ? { near: `${near.latitude.toFixed(nearDecimals)},${near.longitude.toFixed(nearDecimals)}` } : {}),
    });
  }

  get #chosenCentre(): Received<ServiceCentreListing> | undefined {
    const id = this.#form.string('serviceCentreId');
    const lists = [this.centres, this.allCentres];
    for (const list of lists) {
      if (list.state !== 'loaded') continue;
      const found = list.value.find((centre) => centre.id === id);
      if (found) return found;
    }
    return undefined;
  }

  /** Two weeks of the chosen centre's drop-off times; the latest centre or dates asked for wins. */
  readonly #slotLoad = new LatestLoad(this, {
    load: ([centreId, from]: [string, string], signal) =>
      this.requireApi().serviceCentres.slots(centreId, { from, to: addDays(from, slotWindowDays - 1) }, { signal }),
    onLoaded: (listing, [serviceCentreId, from]) => {
      this.slotListing = { state: 'loaded', value: { serviceCentreId, from, timeZone: listing.timeZone, slots: listing.slots } };
      this.activeSlotId = this.#initialActiveSlot(listing.slots);
    },
    onFailed: (error) => {
      console.error('[atelier] could not load the drop-off times.', error);
      this.slotListing = { state: 'failed' };
    },
  });

  async #loadSlots(): Promise<void> {
    const centre = this.#chosenCentre;
    if (!centre || this.#form.string('dropOff.method') !== slotDropOff) return;
    const today = dateInZone(new Date(), centre.timeZone);
    const from = this.#slotWindowStart && this.#slotWindowStart > today ? this.#slotWindowStart : today;
    this.#slotWindowStart = from;
    this.slotListing = { state: 'loading' };
    await this.#slotLoad.run(centre.id, from);
  }

  /** The chosen slot when it is listed, else the first one with room, else the first. */
  #initialActiveSlot(slots: readonly DropOffSlot[]): string | undefined {
    const chosen = this.#form.string('dropOff.slotId');
    return (slots.find((slot) => slot.id === chosen) ?? slots.find((slot) => slot.remaining > 0) ?? slots[0])?.id;
  }

  // ——— Choices ———

  #chooseService(code: string): void {
    this.#form.set('serviceType', code);
    // The centres asked for the previous service are not this one's.
    this.#centreLoad.abort();
    this.centres = { state: 'idle' };
  }

  #chooseCentre(id: string): void {
    if (id === this.#form.string('serviceCentreId')) return;
    this.#form.set('serviceCentreId', id);
    this.#form.set('dropOff.slotId', '');
    this.#chosenSlot = undefined;
    this.#slotWindowStart = undefined;
    // The times asked for the previous centre are not this one's.
    this.#slotLoad.abort();
    this.slotListing = { state: 'idle' };
    const centre = this.#chosenCentre;
    // A centre without mail-in instructions takes boutique drop-offs only.
    if (centre && !centre.mailInInstructions) this.#form.set('dropOff.method', slotDropOff);
    if (id) void this.#loadSlots();
  }

  #chooseDropOff(method: string): void {
    this.#form.set('dropOff.method', method);
    if (method === slotDropOff && this.slotListing.state !== 'loaded') void this.#loadSlots();
  }

  #chooseSlot(slot: DropOffSlot): void {
    this.activeSlotId = slot.id;
    if (slot.remaining === 0) return;
    this.#form.set('dropOff.slotId', slot.id);
    this.#chosenSlot = slot;
    this.slotTakenNotice = false;
  }

  #filterByCountry(country: string): void {
    this.#countryFilter = country;
    void this.#loadCentres();
  }

  #locate(): void {
    if (!('geolocation' in navigator)) {
      this.geolocation = 'unavailable';
      return;
    }
    this.geolocation = 'locating';
    navigator.geolocation.getCurrentPosition(
      (position) => {
        if (this.connectionSignal.aborted) return;
        this.#near = { latitude: position.coords.latitude, longitude: position.coords.longitude };
        this.geolocation = 'located';
        void this.#loadCentres();
      },
      (error) => {
        if (this.connectionSignal.aborted) return;
        this.geolocation = error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable';
      },
      { timeout: geolocationTimeoutMs, maximumAge: geolocationMaximumAgeMs },
    );
  }

  #moveSlotWindow(days: number): void {
    if (!this.#slotWindowStart) return;
    this.#slotWindowStart = addDays(this.#slotWindowStart, days);
    void this.#loadSlots();
  }

  async #onSlotKeydown(event: KeyboardEvent): Promise<void> {
    if (!isSlotKey(event.key) || this.slotListing.state !== 'loaded' || !this.activeSlotId) return;
    event.preventDefault();
    const listing = this.slotListing.value;
    this.activeSlotId = slotAfterKey(groupSlotsByDay(listing.slots, listing.timeZone), this.activeSlotId, event.key);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-slot-id="${CSS.escape(this.activeSlotId)}"]`)?.focus();
  }

  // ——— Steps ———

  /** The errors of `step` by the contract, made visible on their fields. */
  #stepErrors(step: BookingStep): FieldError[] {
    const request = toBookingRequest(this.#form.values);
    const result = RepairBookingRequest.safeParse(request);
    const paths = fieldsOfStep[step];
    for (const path of paths) this.#form.touch(path);
    const clientErrors = result.success ? [] : toFieldErrors(result.error.issues, request).filter((error) => paths.includes(error.path));
    const serverErrors = this.#form.visibleErrors(paths).filter((error) => !clientErrors.some((client) => client.path === error.path));
    return [...clientErrors, ...serverErrors];
  }

  async #goTo(step: BookingStep): Promise<void> {
    this.step = step;
    this.stepErrorsShown = false;
    this.failure = undefined;
    if (step === 'centre' && this.centres.state !== 'loaded') void this.#loadCentres();
    if (step === 'centre' && this.#form.string('serviceCentreId') && this.slotListing.state === 'idle') void this.#loadSlots();
    await focusAfterUpdate(this, '#step-heading');
  }

  async #onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.#submission.pending) return;
    if (this.step === 'review') {
      await this.#book();
      return;
    }
    if (this.#stepErrors(this.step).length > 0) {
      this.stepErrorsShown = true;
      await focusAfterUpdate(this, '.summary');
      return;
    }
    const next = bookingSteps[bookingSteps.indexOf(this.step) + 1];
    if (next) await this.#goTo(next);
  }

  async #back(): Promise<void> {
    const previous = bookingSteps[bookingSteps.indexOf(this.step) - 1];
    if (previous) await this.#goTo(previous);
  }

  async #book(): Promise<void> {
    const api = this.api;
    if (!api) return;
    const firstInvalid = bookingSteps.find((step) => this.#stepErrors(step).length > 0);
    if (firstInvalid) {
      await this.#goTo(firstInvalid);
      this.stepErrorsShown = true;
      return;
    }
    const request = toBookingRequest(this.#form.values);
    this.failure = undefined;
    const result = await this.#submission.send(request, this.connectionSignal, (options) => api.repairs.book(request, options));
    if (!result) return;
    if (!result.ok) {
      await this.#showFailure(result.failure);
      return;
    }
    const tracker = result.answer;
    this.#showBooking(tracker);
    const slot = this.#bookedSlot(tracker);
    this.emit('atelier-repair-booked', {
      trackingCode: tracker.trackingCode,
      serial: tracker.serial,
      serviceCentreId: tracker.centre.id,
      slot,
    });
    await focusAfterUpdate(this, '#booked-title');
  }

  #bookedSlot(tracker: Received<RepairTracker>): RepairBookedDetail['slot'] {
    const slot = tracker.dropOff.slot;
    const slotId = this.#form.string('dropOff.slotId');
    return tracker.dropOff.method === slotDropOff && slot ? { id: slotId, startsAt: slot.startsAt, endsAt: slot.endsAt } : null;
  }

  #showBooking(tracker: Received<RepairTracker>): void {
    this.booked = tracker;
    const slot = tracker.dropOff.slot;
    if (this.#calendarUrl) URL.revokeObjectURL(this.#calendarUrl);
    this.#calendarUrl = undefined;
    if (tracker.dropOff.method !== slotDropOff || !slot) return;
    const m = this.#messages;
    const file = buildCalendarFile({
      uid: `${tracker.trackingCode}@atelier-repairs`,
      createdAt: new Date(),
      startsAt: new Date(slot.startsAt),
      endsAt: new Date(slot.endsAt),
      summary: m.calendarSummary(serviceTypeName(m.serviceTypes, tracker.serviceType), tracker.centre.name),
      location: `${tracker.centre.name}, ${tracker.centre.address}`,
      description: m.calendarDescription(tracker.trackingCode),
    });
    this.#calendarUrl = URL.createObjectURL(new Blob([file], { type: 'text/calendar;charset=utf-8' }));
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
        this.stepErrorsShown = true;
        return;
      }
    }
    this.failure = failure;
    await focusAfterUpdate(this, '.alert');
  }

  /** 409 slot_full: someone took the last place. Back to the times, freshly loaded, with a word why. */
  async #slotTaken(): Promise<void> {
    this.#form.set('dropOff.slotId', '');
    this.#chosenSlot = undefined;
    this.slotTakenNotice = true;
    this.slotListing = { state: 'idle' };
    await this.#goTo('centre');
    this.slotTakenNotice = true;
    void this.#loadSlots();
  }

  async #copyTrackingCode(code: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(code);
      this.copyStatus = 'copied';
    } catch {
      // Without clipboard permission the code stays selectable on screen; nothing to announce.
    }
  }

  // ——— Rendering ———

  #errorText(error: FieldError): string {
    return fieldErrorText(this.#messages, error);
  }

  /** What the kit's field renderers need: the booking's form and its words. */
  #fieldContext(): FieldContext {
    const m = this.#messages;
    return { form: this.#form, required: m.required, optional: m.optional, errorText: (error) => this.#errorText(error) };
  }

  #fieldLabel(path: string): string {
    const m = this.#messages;
    const labels: Record<string, string> = {
      serial: m.serialLabel,
      serviceType: m.serviceLegend,
      description: m.descriptionLabel,
      serviceCentreId: m.centreLegend,
      dropOff: m.dropOffLegend,
      'dropOff.method': m.dropOffLegend,
      'dropOff.slotId': m.slotsLegend,
      'contact.name': m.nameLabel,
      'contact.email': m.emailLabel,
      'contact.language': m.languageLabel,
    };
    return labels[path] ?? path;
  }

  #formatSlot(slot: { startsAt: string; endsAt: string }, timeZone: string, options: { withDay: boolean }): string {
    const locale = this.#messages.languageTag;
    const time = new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' });
    const range = time.formatRange(new Date(slot.startsAt), new Date(slot.endsAt));
    if (!options.withDay) return range;
    const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(slot.startsAt));
    return `${day}, ${range}`;
  }

  #zoneName(timeZone: string): string {
    return timeZoneLabel(timeZone, this.#messages.languageTag);
  }

  #countryName(code: string): string {
    return new Intl.DisplayNames([this.#messages.languageTag], { type: 'region', fallback: 'code' }).of(code) ?? code;
  }

  protected override render(): TemplateResult {
    const m = this.#messages;
    return html`<div class="panel" lang=${m.languageTag}>
      <div role="status" class="visually-hidden">${this.#statusText()}</div>
      ${this.booked ? this.#renderBooked(this.booked) : this.#renderStep()}
    </div>`;
  }

  #statusText(): string {
    const m = this.#messages;
    if (this.#submission.pending) return m.submitting;
    if (this.copyStatus === 'copied') return m.copied;
    if (this.step === 'centre') {
      if (this.geolocation === 'locating') return m.locating;
      if (this.centres.state === 'loading') return m.centresLoading;
      if (this.slotListing.state === 'loading') return m.slotsLoading;
      if (this.geolocation === 'located' && this.centres.state === 'loaded') return m.nearestFirst;
    }
    return '';
  }

  #stepTitle(step: BookingStep): string {
    const m = this.#messages;
    return { piece: m.pieceTitle, service: m.serviceTitle, centre: m.centreTitle, contact: m.contactTitle, review: m.reviewTitle }[step];
  }

  #renderStep(): TemplateResult {
    const m = this.#messages;
    const index = bookingSteps.indexOf(this.step);
    return html`
      <h2 id="step-heading" tabindex="-1">
        <span class="step-indicator" part="step">${m.stepIndicator(index + 1, bookingSteps.length)}</span>
        <span class="step-title">${this.#stepTitle(this.step)}</span>
      </h2>
      ${this.#renderSummary()}
      <form part="form" novalidate aria-labelledby="step-heading" aria-busy=${this.#submission.pending ? 'true' : 'false'} @submit=${this.#onSubmit}>
        ${this.#renderStepFields()} ${this.#renderAlert()}
        <div class="actions">
          ${index > 0 ? html`<button part="button" type="button" class="secondary back" @click=${() => void this.#back()}>${m.back}</button>` : nothing}
          <button part="button" type="submit" ?disabled=${this.#submission.pending}>
            ${this.step === 'review' ? (this.#submission.pending ? m.submitting : m.submit) : m.next}
          </button>
        </div>
      </form>
    `;
  }

  #renderStepFields(): TemplateResult {
    switch (this.step) {
      case 'piece':
        return this.#renderPiece();
      case 'service':
        return this.#renderService();
      case 'centre':
        return this.#renderCentre();
      case 'contact':
        return this.#renderContact();
      case 'review':
        return this.#renderReview();
    }
  }

  #renderSummary(): TemplateResult | typeof nothing {
    if (!this.stepErrorsShown) return nothing;
    const errors = this.#form.visibleErrors(fieldsOfStep[this.step]);
    const m = this.#messages;
    return errorSummary(this.renderRoot, errors, {
      title: m.errorSummaryTitle(errors.length),
      labelSeparator: m.labelSeparator,
      labelOf: (path) => this.#fieldLabel(path),
      errorText: (error) => this.#errorText(error),
      // The drop-off time has no input of its own: its error leads to the picker's current time.
      focusTarget: (path) =>
        fieldControl(this.renderRoot, path) ??
        this.renderRoot.querySelector<HTMLElement>(`[data-slot-id="${CSS.escape(this.activeSlotId ?? '')}"]`),
    });
  }

  #renderAlert(): TemplateResult | typeof nothing {
    const failure = this.failure;
    if (!failure || this.step !== 'review') return nothing;
    const m = this.#messages;
    const refusal = 'code' in failure ? messageOfRefusal[failure.code] : undefined;
    const text = failure.kind === 'offline' || failure.kind === 'timeout' ? m[failure.kind] : refusal ? m[refusal] : m.unexpectedError;
    return html`<div class="alert" part="error" role="alert" tabindex="-1"><p>${text}</p></div>`;
  }

  #renderPiece(): TemplateResult {
    const m = this.#messages;
    return html`<p>${m.pieceIntro}</p>
      ${textField(this.#fieldContext(), 'serial', m.serialLabel, { hint: m.serialHint, required: true, autocomplete: 'off' })}`;
  }

  #renderLoadFailure(message: string, retry: () => void): TemplateResult {
    const m = this.#messages;
    return html`<div class="alert" part="error" role="alert">
      <p>${message}</p>
      <button part="button" type="button" class="secondary" @click=${retry}>${m.retry}</button>
    </div>`;
  }

  #renderService(): TemplateResult {
    const m = this.#messages;
    const all = this.allCentres;
    if (all.state === 'failed') return this.#renderLoadFailure(m.unavailable, () => void this.#loadAllCentres());
    if (all.state !== 'loaded') return html`<p aria-busy="true">${m.loading}</p>`;
    const f = this.#fieldContext();
    const categoryNames = { watch: m.watchServices, jewellery: m.jewelleryServices };
    const sections = serviceChoices(all.value).map((choice) => ({
      id: `group-${choice.category}`,
      title: labelOf(categoryNames, choice.category),
      choices: choice.codes.map((code) => ({ value: code, label: serviceTypeName(m.serviceTypes, code) })),
    }));
    return html`${radioGroup(f, 'serviceType', m.serviceLegend, sections, {
        required: true,
        choiceId: (code) => `service-${code}`,
        onChoose: (code) => this.#chooseService(code),
      })}
      ${textAreaField(f, 'description', m.descriptionLabel, { hint: m.descriptionHint })}`;
  }

  #renderCentre(): TemplateResult {
    const m = this.#messages;
    const countries =
      this.allCentres.state === 'loaded'
        ? [...new Set(this.allCentres.value.map((centre) => centre.country))]
            .map((code) => ({ code, name: this.#countryName(code) }))
            .sort((a, b) => a.name.localeCompare(b.name, m.languageTag))
        : [];
    const geolocationNote = { denied: m.locationDenied, unavailable: m.locationUnavailable }[this.geolocation as 'denied' | 'unavailable'];
    return html`<div class="filters">
        <div class="field" part="field">
          <label part="label" for="country-filter">${m.countryLabel}</label>
          <select part="input" id="country-filter" @change=${(event: Event) => this.#filterByCountry((event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${this.#countryFilter === ''}>${m.allCountries}</option>
            ${countries.map((country) => html`<option value=${country.code} ?selected=${country.code === this.#countryFilter}>${country.name}</option>`)}
          </select>
        </div>
        <button part="button" type="button" class="secondary" ?disabled=${this.geolocation === 'locating'} @click=${() => this.#locate()}>
          ${this.geolocation === 'locating' ? m.locating : m.nearMe}
        </button>
      </div>
      ${geolocationNote ? html`<p class="hint">${geolocationNote}</p>` : nothing} ${this.#renderCentreList()} ${this.#renderDropOff()}`;
  }

  #renderCentreList(): TemplateResult {
    const m = this.#messages;
    const centres = this.centres;
    if (centres.state === 'failed') return this.#renderLoadFailure(m.unavailable, () => void this.#loadCentres());
    if (centres.state !== 'loaded') return html`<p aria-busy="true">${m.centresLoading}</p>`;
    if (centres.value.length === 0) return html`<p class="notice">${m.noCentres}</p>`;
    const serviceType = this.#form.string('serviceType');
    const distance = new Intl.NumberFormat(m.languageTag, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 });
    const choices = centres.value.map((centre) => {
      const turnaround = centre.services.find((service) => service.serviceType === serviceType)?.standardTurnaroundDays;
      return {
        value: centre.id,
        part: 'centre',
        className: 'centre',
        label: html`<span class="centre-text">
          <strong>${centre.name}</strong>
          <span>${centre.address}, ${this.#countryName(centre.country)}</span>
          ${centre.distanceKm === null ? nothing : html`<span class="hint">${m.distanceAway(distance.format(centre.distanceKm))}</span>`}
          ${turnaround === undefined ? nothing : html`<span class="hint">${m.turnaround(turnaround)}</span>`}
        </span>`,
      };
    });
    return radioGroup(this.#fieldContext(), 'serviceCentreId', m.centreLegend, choices, {
      required: true,
      choiceId: (id) => `centre-${id}`,
      onChoose: (id) => this.#chooseCentre(id),
    });
  }

  #renderDropOff(): TemplateResult | typeof nothing {
    const centre = this.#chosenCentre;
    if (!centre) return nothing;
    const m = this.#messages;
    const method = this.#form.string('dropOff.method');
    const offersMailIn = centre.mailInInstructions !== '';
    const choices = [{ value: slotDropOff, label: m.dropOffSlot }, ...(offersMailIn ? [{ value: mailInDropOff, label: m.dropOffMailIn }] : [])];
    return html`${radioGroup(this.#fieldContext(), 'dropOff.method', m.dropOffLegend, choices, {
        required: true,
        onChoose: (value) => this.#chooseDropOff(value),
      })}
      ${method === mailInDropOff && offersMailIn
        ? html`<section class="mail-in" aria-labelledby="mail-in-title">
            <h3 id="mail-in-title">${m.mailInTitle}</h3>
            <p>${centre.mailInInstructions}</p>
          </section>`
        : this.#renderSlotPicker()}`;
  }

  #renderSlotPicker(): TemplateResult {
    const m = this.#messages;
    const listing = this.slotListing;
    const notice = this.slotTakenNotice ? html`<p class="alert" part="error" role="alert">${m.slotFullNotice}</p>` : nothing;
    if (listing.state === 'failed') return html`${notice}${this.#renderLoadFailure(m.slotsFailed, () => void this.#loadSlots())}`;
    if (listing.state !== 'loaded') return html`${notice}<p aria-busy="true">${m.slotsLoading}</p>`;
    const { timeZone, slots, from } = listing.value;
    const days = groupSlotsByDay(slots, timeZone);
    const error = this.#form.errorFor('dropOff.slotId');
    const chosenId = this.#form.string('dropOff.slotId');
    const chosen = this.#chosenSlot;
    const dayFormat = new Intl.DateTimeFormat(m.languageTag, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
    const atStart = from <= dateInZone(new Date(), timeZone);
    return html`${notice}
      <section class="slots" part="slots" aria-labelledby="slots-title" aria-describedby="slots-zone slots-help${error ? ` ${fieldId('dropOff.slotId')}-error` : ''}">
        <h3 id="slots-title">${m.slotsLegend}</h3>
        <p id="slots-zone" class="zone">${m.timesInZone(this.#zoneName(timeZone))}</p>
        <p id="slots-help" class="hint">${m.slotsHelp}</p>
        ${days.length === 0
          ? html`<p class="notice">${m.noSlots}</p>`
          : html`<div class="slot-days" @keydown=${(event: KeyboardEvent) => void this.#onSlotKeydown(event)}>
              ${days.map(
                (day) =>
                  html`<div class="slot-day" role="group" aria-labelledby="day-${day.date}">
                    <p class="day-title" id="day-${day.date}">${dayFormat.format(new Date(`${day.date}T00:00:00Z`))}</p>
                    <div class="slot-row">
                      ${day.slots.map((slot) => {
                        const full = slot.remaining === 0;
                        const label = this.#formatSlot(slot, timeZone, { withDay: false });
                        return html`<button
                          type="button"
                          part="slot"
                          class="slot"
                          data-slot-id=${slot.id}
                          tabindex=${slot.id === this.activeSlotId ? '0' : '-1'}
                          aria-pressed=${slot.id === chosenId ? 'true' : 'false'}
                          aria-disabled=${full ? 'true' : 'false'}
                          @click=${() => this.#chooseSlot(slot)}
                        >
                          ${label}${full ? html`<span class="full">, ${m.slotFull}</span>` : nothing}
                        </button>`;
                      })}
                    </div>
                  </div>`,
              )}
            </div>`}
        <div class="slot-nav">
          <button part="button" type="button" class="secondary" ?disabled=${atStart} @click=${() => this.#moveSlotWindow(-slotWindowDays)}>
            ${m.earlierDates}
          </button>
          <button part="button" type="button" class="secondary" @click=${() => this.#moveSlotWindow(slotWindowDays)}>${m.laterDates}</button>
        </div>
        <p class="chosen" aria-live="polite">${chosen ? m.slotChosen(this.#formatSlot(chosen, timeZone, { withDay: true })) : ''}</p>
        ${fieldError(this.#fieldContext(), 'dropOff.slotId', error)}
      </section>`;
  }

  #renderContact(): TemplateResult {
    const m = this.#messages;
    const f = this.#fieldContext();
    return html`${textField(f, 'contact.name', m.nameLabel, { autocomplete: 'name', required: true })}
    ${textField(f, 'contact.email', m.emailLabel, { type: 'email', autocomplete: 'email', hint: m.emailHint, required: true })}
    ${selectField(
      f,
      'contact.language',
      m.languageLabel,
      supportedLocales.map((locale) => ({ value: locale, label: languageAutonym(locale) })),
      { required: true },
    )}`;
  }

  #renderReview(): TemplateResult {
    const m = this.#messages;
    const values = this.#form;
    const centre = this.#chosenCentre;
    const slot = this.#chosenSlot;
    const dropOff =
      values.string('dropOff.method') === mailInDropOff
        ? m.byPost
        : slot && centre
          ? `${this.#formatSlot(slot, centre.timeZone, { withDay: true })} — ${this.#zoneName(centre.timeZone)}`
          : '';
    const rows: Array<{ label: string; value: string; step: BookingStep }> = [
      { label: m.reviewPiece, value: values.string('serial'), step: 'piece' },
      { label: m.reviewService, value: serviceTypeName(m.serviceTypes, values.string('serviceType')), step: 'service' },
      ...(values.string('description').trim() ? [{ label: m.reviewDescription, value: values.string('description'), step: 'service' as const }] : []),
      { label: m.reviewCentre, value: centre ? `${centre.name}, ${centre.address}` : '', step: 'centre' },
      { label: m.reviewDropOff, value: dropOff, step: 'centre' },
      {
        label: m.reviewContact,
        value: `${values.string('contact.name')}, ${values.string('contact.email')}, ${languageAutonym(values.string('contact.language') || 'en')}`,
        step: 'contact',
      },
    ];
    return html`<p>${m.reviewIntro}</p>
      <dl class="review">
        ${rows.map(
          (row) =>
            html`<div class="review-row">
              <dt>${row.label}</dt>
              <dd>${row.value}</dd>
              <dd>
                <button part="button" type="button" class="link" aria-label=${m.changeLabel(row.label)} @click=${() => void this.#goTo(row.step)}>
                  ${m.change}
                </button>
              </dd>
            </div>`,
        )}
      </dl>`;
  }

  /** The piece's warranty as the booking found it; a status a newer server added is named in its own words. */
  #warrantyText(status: OpenEnum<WarrantyStatus>, coverageEnd: string): string {
    return isKnownValue(warrantyStatuses, status) ? this.#messages.warranty[status](coverageEnd) : `${codeInWords(status)}, ${coverageEnd}`;
  }

  #renderBooked(tracker: Received<RepairTracker>): TemplateResult {
    const m = this.#messages;
    const slot = tracker.dropOff.slot;
    const centreName = `${tracker.centre.name}, ${tracker.centre.address}`;
    const warranty = tracker.warranty;
    return html`<section class="success" part="success" aria-labelledby="booked-title">
      <h2 id="booked-title" tabindex="-1">${m.bookedTitle}</h2>
      <div class="tracking">
        <p class="tracking-label" id="tracking-label">${m.trackingCodeLabel}</p>
        <p class="tracking-code" part="tracking-code" aria-labelledby="tracking-label">
          ${tracker.trackingCode.split('-').map((group, index) => html`${index > 0 ? html`<span class="dash">-</span>` : nothing}<span class="group">${group}</span>`)}
        </p>
        <button part="button" type="button" class="secondary" @click=${() => void this.#copyTrackingCode(tracker.trackingCode)}>${m.copy}</button>
        <p class="hint">${m.trackingCodeHint}</p>
      </div>
      ${tracker.dropOff.method === slotDropOff && slot
        ? html`<p>${m.bookedSlot(`${this.#formatSlot(slot, tracker.centre.timeZone, { withDay: true })} — ${this.#zoneName(tracker.centre.timeZone)}`, centreName)}</p>
            ${this.#calendarUrl
              ? html`<p><a part="calendar-link" href=${this.#calendarUrl} download="repair-${tracker.trackingCode}.ics">${m.addToCalendar}</a></p>`
              : nothing}`
        : html`<p>${m.bookedMailIn(tracker.centre.name)}</p>
            <p>${tracker.dropOff.mailInInstructions ?? ''}</p>`}
      <p>${warranty ? this.#warrantyText(warranty.status, formatCalendarDate(warranty.coverageEnd, m.languageTag)) : m.noWarranty}</p>
    </section>`;
  }
}
