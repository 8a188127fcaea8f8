/**
 * The booking's search for a centre and a drop-off time: every centre of the brand, the centres for
 * the chosen service, country and position, and two weeks of the chosen centre's times. It lives
 * on <atelier-repair-booking> itself, not on the step that shows it, so leaving the step and coming
 * back keeps the lists, the filters and the chosen time.
 */
import type { ReactiveControllerHost } from 'lit';
import type { DropOffSlot, GeoPoint, Received, ServiceCentreListing, ServiceCentreListQuery } from '@atelier/client/contract';
import { LatestLoad } from '../../base/latest-load.ts';
import type { FormController } from '../../forms/form-controller.ts';
import { slotDropOff } from './booking-steps.ts';
import type { RepairBookingClient } from './repair-booking-client.ts';
import { addDays, dateInZone } from './slot-days.ts';

/** Days of drop-off slots shown at once; "Later dates" moves by as many. */
export const slotWindowDays = 14;
/** How long to wait for a position after "near me", in milliseconds. */
const geolocationTimeoutMs = 15_000;
/** A position a few minutes old is still where the person is. */
const geolocationMaximumAgeMs = 300_000;
/**
 * Decimals of the coordinates sent as `near`: two (about 1 km) sort centres as well as a metre
 * would, and tell the API less about where the person is.
 */
const nearDecimals = 2;

export type Loadable<T> = { state: 'idle' } | { state: 'loading' } | { state: 'failed' } | { state: 'loaded'; value: T };

export type Geolocation = 'idle' | 'locating' | 'located' | 'denied' | 'unavailable';

export interface SlotListing {
  serviceCentreId: string;
  from: string;
  timeZone: string;
  slots: DropOffSlot[];
}

type CentreListAnswer = Awaited<ReturnType<RepairBookingClient['serviceCentres']['list']>>;
type SlotListAnswer = Awaited<ReturnType<RepairBookingClient['serviceCentres']['slots']>>;

export interface DropOffSearchOptions {
  form: FormController<unknown>;
  /** The widget's client; throws when the page set up none. */
  api: () => RepairBookingClient;
  /** Aborted when the widget leaves the page. */
  signal: () => AbortSignal;
}

export class DropOffSearch {
  /** Every centre of the brand: the services they offer and the countries they are in. */
  allCentres: Loadable<Received<ServiceCentreListing>[]> = { state: 'idle' };
  /** The centres for the chosen service, country and position. */
  centres: Loadable<Received<ServiceCentreListing>[]> = { state: 'idle' };
  slotListing: Loadable<SlotListing> = { state: 'idle' };
  /** The slot that takes the Tab stop of the picker (roving tabindex). */
  activeSlotId: string | undefined;
  geolocation: Geolocation = 'idle';
  /** Someone took the chosen time before the booking went through. */
  slotTakenNotice = false;
  /** Not a field of the request: narrows the centre list. */
  countryFilter = '';
  /** The chosen slot itself, so the review can show it after the picker has moved to other dates. */
  chosenSlot: DropOffSlot | undefined;
  #near: GeoPoint | undefined;
  #slotWindowStart: string | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #options: DropOffSearchOptions;

  get #form(): FormController<unknown> {
    return this.#options.form;
  }

  #changed(): void {
    this.#host.requestUpdate();
  }

  async loadAllCentres(): Promise<void> {
    this.allCentres = { state: 'loading' };
    this.#changed();
    const signal = this.#options.signal();
    try {
      const { centres } = await this.#options.api().serviceCentres.list({}, { signal });
      this.allCentres = { state: 'loaded', value: centres };
    } catch (error) {
      if (signal.aborted) return;
      console.error('[atelier] could not load the service centres.', error);
      this.allCentres = { state: 'failed' };
    }
    this.#changed();
  }

  /** Centres for the chosen service, country and position; a later filter's answer wins. */
  readonly #centreLoad: LatestLoad<[ServiceCentreListQuery], CentreListAnswer>;
  /** Two weeks of the chosen centre's drop-off times; the latest centre or dates asked for wins. */
  readonly #slotLoad: LatestLoad<[string, string], SlotListAnswer>;

  constructor(host: ReactiveControllerHost, options: DropOffSearchOptions) {
    this.#host = host;
    this.#options = options;
    this.#centreLoad = new LatestLoad(host, {
      load: ([query]: [ServiceCentreListQuery], signal) => this.#options.api().serviceCentres.list(query, { signal }),
      onLoaded: ({ centres }) => {
        this.centres = { state: 'loaded', value: centres };
        this.#changed();
        const chosen = this.#form.string('serviceCentreId');
        if (chosen && !centres.some((centre) => centre.id === chosen)) this.chooseCentre('');
        else if (chosen && this.slotListing.state === 'idle') void this.loadSlots();
      },
      onFailed: (error) => {
        console.error('[atelier] could not load the service centres.', error);
        this.centres = { state: 'failed' };
        this.#changed();
      },
    });

    this.#slotLoad = new LatestLoad(host, {
      load: ([centreId, from]: [string, string], signal) =>
        this.#options.api().serviceCentres.slots(centreId, { from, to: addDays(from, slotWindowDays - 1) }, { signal }),
      onLoaded: (listing, [serviceCentreId, from]) => {
        this.slotListing = { state: 'loaded', value: { serviceCentreId, from, timeZone: listing.timeZone, slots: listing.slots } };
        this.activeSlotId = this.#initialActiveSlot(listing.slots);
        this.#changed();
      },
      onFailed: (error) => {
        console.error('[atelier] could not load the drop-off times.', error);
        this.slotListing = { state: 'failed' };
        this.#changed();
      },
    });
  }

  async loadCentres(): Promise<void> {
    const serviceType = this.#form.string('serviceType');
    const country = this.countryFilter;
    const near = this.#near;
    this.centres = { state: 'loading' };
    this.#changed();
    await this.#centreLoad.run({
      ...(serviceType ? { service: serviceType } : {}),
      ...(country ? { country } : {}),
      ...(near ? { near: `${near.latitude.toFixed(nearDecimals)},${near.longitude.toFixed(nearDecimals)}` } : {}),
    });
  }

  get chosenCentre(): Received<ServiceCentreListing> | undefined {
    const id = this.#form.string('serviceCentreId');
    for (const list of [this.centres, this.allCentres]) {
      if (list.state !== 'loaded') continue;
      const found = list.value.find((centre) => centre.id === id);
      if (found) return found;
    }
    return undefined;
  }

  async loadSlots(): Promise<void> {
    const centre = this.chosenCentre;
    if (!centre || this.#form.string('dropOff.method') !== slotDropOff) return;
    const today = dateInZone(new Date(), centre.timeZone);
    const from = this.#slotWindowStart && this.#slotWindowStart > today ? this.#slotWindowStart : today;
    this.#slotWindowStart = from;
    this.slotListing = { state: 'loading' };
    this.#changed();
    await this.#slotLoad.run(centre.id, from);
  }

  /** The chosen slot when it is listed, else the first one with room, else the first. */
  #initialActiveSlot(slots: readonly DropOffSlot[]): string | undefined {
    const chosen = this.#form.string('dropOff.slotId');
    return (slots.find((slot) => slot.id === chosen) ?? slots.find((slot) => slot.remaining > 0) ?? slots[0])?.id;
  }

  chooseService(code: string): void {
    this.#form.set('serviceType', code);
    // The centres asked for the previous service are not this one's.
    this.#centreLoad.abort();
    this.centres = { state: 'idle' };
    this.#changed();
  }

  chooseCentre(id: string): void {
    if (id === this.#form.string('serviceCentreId')) return;
    this.#form.set('serviceCentreId', id);
    this.#form.set('dropOff.slotId', '');
    this.chosenSlot = undefined;
    this.#slotWindowStart = undefined;
    // The times asked for the previous centre are not this one's.
    this.#slotLoad.abort();
    this.slotListing = { state: 'idle' };
    this.#changed();
    const centre = this.chosenCentre;
    // A centre without mail-in instructions takes boutique drop-offs only.
    if (centre && !centre.mailInInstructions) this.#form.set('dropOff.method', slotDropOff);
    if (id) void this.loadSlots();
  }

  chooseDropOff(method: string): void {
    this.#form.set('dropOff.method', method);
    if (method === slotDropOff && this.slotListing.state !== 'loaded') void this.loadSlots();
  }

  chooseSlot(slot: DropOffSlot): void {
    this.activeSlotId = slot.id;
    this.#changed();
    if (slot.remaining === 0) return;
    this.#form.set('dropOff.slotId', slot.id);
    this.chosenSlot = slot;
    this.slotTakenNotice = false;
  }

  /** Arrow keys moved the picker's Tab stop. */
  activateSlot(id: string): void {
    this.activeSlotId = id;
    this.#changed();
  }

  filterByCountry(country: string): void {
    this.countryFilter = country;
    void this.loadCentres();
  }

  locate(): void {
    if (!('geolocation' in navigator)) {
      this.geolocation = 'unavailable';
      this.#changed();
      return;
    }
    this.geolocation = 'locating';
    this.#changed();
    const signal = this.#options.signal();
    navigator.geolocation.getCurrentPosition(
      (position) => {
        if (signal.aborted) return;
        this.#near = { latitude: position.coords.latitude, longitude: position.coords.longitude };
        this.geolocation = 'located';
        void this.loadCentres();
      },
      (error) => {
        if (signal.aborted) return;
        this.geolocation = error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable';
        this.#changed();
      },
      { timeout: geolocationTimeoutMs, maximumAge: geolocationMaximumAgeMs },
    );
  }

  moveSlotWindow(days: number): void {
    if (!this.#slotWindowStart) return;
    this.#slotWindowStart = addDays(this.#slotWindowStart, days);
    void this.loadSlots();
  }

  /** 409 slot_full: someone took the last place. The times are loaded afresh, with a word why. */
  forgetTakenSlot(): void {
    this.#form.set('dropOff.slotId', '');
    this.chosenSlot = undefined;
    this.slotTakenNotice = true;
    this.slotListing = { state: 'idle' };
    this.#changed();
  }
}
