/// <reference types="mocha" />
/**
 * The booking widget against a mocked API at the network level (msw 3's `defineNetwork` with the
 * fetch interceptor), so the real client, its query parameters, contract validation and error
 * mapping run unchanged.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { http, HttpResponse } from 'msw';
import { defineNetwork, InterceptorSource } from 'msw/experimental';
import type { DropOffSlot, RepairBookingRequest, RepairTracker, ServiceCentreListing } from '@atelier/client/contract';
import { addDays, dateInZone } from './slot-days.ts';
import './repair-booking.ts';
import type { AtelierRepairBooking } from './repair-booking.ts';

const apiBase = 'https://api.atelier.test';
const tokyoZone = 'Asia/Tokyo';

const paris: ServiceCentreListing = {
  id: 'sc_paris',
  name: 'Atelier de Service Paris',
  country: 'FR',
  city: 'Paris',
  address: '12 rue de la Paix, 75002 Paris',
  timeZone: 'Europe/Paris',
  openingHours: [{ day: 'monday', opens: '10:00', closes: '18:00' }],
  services: [
    { serviceType: 'full_service', category: 'watch', standardTurnaroundDays: 30 },
    { serviceType: 'battery', category: 'watch', standardTurnaroundDays: 2 },
  ],
  mailInInstructions: 'Send the piece insured, in its box, to Atelier de Service Paris, with your tracking code.',
  location: { latitude: 48.8686, longitude: 2.3314 },
  distanceKm: null,
};

const tokyo: ServiceCentreListing = {
  id: 'sc_tokyo',
  name: 'Aubert Service Centre Tokyo',
  country: 'JP',
  city: 'Tokyo',
  address: '5-7-2 Ginza, Chuo-ku, Tokyo',
  timeZone: tokyoZone,
  openingHours: [{ day: 'monday', opens: '11:00', closes: '19:00' }],
  services: [
    { serviceType: 'full_service', category: 'watch', standardTurnaroundDays: 21 },
    { serviceType: 'resizing', category: 'jewellery', standardTurnaroundDays: 7 },
  ],
  mailInInstructions: '',
  location: { latitude: 35.6717, longitude: 139.765 },
  distanceKm: null,
};

/** Tokyo has no daylight saving time: 09:00 there is 00:00 UTC the same day. */
function tokyoSlot(date: string, hour: number, remaining: number): DropOffSlot {
  const startsAt = new Date(Date.parse(`${date}T00:00:00Z`) + (hour - 9) * 3_600_000);
  return {
    id: `slot_${date}_${String(hour)}`,
    serviceCentreId: tokyo.id,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 1_800_000).toISOString(),
    capacity: 3,
    remaining,
  };
}

/** Two days of slots from the day after `from`: 10:00, 11:00 (full) and 12:00, then 10:00 and 11:00. */
function tokyoSlots(from: string, fullIds: ReadonlySet<string> = new Set()): DropOffSlot[] {
  const first = addDays(from, 1);
  const second = addDays(from, 2);
  return [tokyoSlot(first, 10, 2), tokyoSlot(first, 11, 0), tokyoSlot(first, 12, 1), tokyoSlot(second, 10, 3), tokyoSlot(second, 11, 1)].map((slot) =>
    fullIds.has(slot.id) ? { ...slot, remaining: 0 } : slot,
  );
}

const tokyoToday = (): string => dateInZone(new Date(), tokyoZone);

function tracker(request: RepairBookingRequest): RepairTracker {
  const centre = request.serviceCentreId === tokyo.id ? tokyo : paris;
  const { dropOff } = request;
  const slot = dropOff.method === 'slot' ? tokyoSlots(tokyoToday()).find((each) => each.id === dropOff.slotId) : undefined;
  return {
    trackingCode: '7XK2-M9QD-R4TB',
    serial: request.serial.toUpperCase(),
    serviceType: request.serviceType,
    description: request.description,
    centre: { id: centre.id, name: centre.name, city: centre.city, country: centre.country, address: centre.address, timeZone: centre.timeZone },
    dropOff: {
      method: request.dropOff.method,
      slot: slot ? { startsAt: slot.startsAt, endsAt: slot.endsAt } : null,
      mailInInstructions: request.dropOff.method === 'mail_in' ? centre.mailInInstructions : null,
    },
    status: 'requested',
    stages: [{ status: 'requested', at: '2025-03-01T08:00:00.000Z' }],
    promisedDate: null,
    onTime: null,
    estimate: null,
    warranty: { status: 'active', coverageEnd: '2027-01-15' },
    rating: null,
    createdAt: '2025-03-01T08:00:00.000Z',
  };
}

function problem(status: number, code: string, errors?: { path: string; code: string; message: string }[]): Response {
  return HttpResponse.json(
    { type: `https://atelier.dev/problems/${code}`, title: code, status, code, ...(errors ? { errors } : {}) },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );
}

const network = defineNetwork({
  sources: [new InterceptorSource({ interceptors: [new FetchInterceptor()] })],
  onUnhandledFrame: 'error',
  context: { quiet: true },
});

interface Api {
  centreQueries: URLSearchParams[];
  slotQueries: URLSearchParams[];
  bookings: Array<{ body: RepairBookingRequest; idempotencyKey: string | null }>;
  /** Scripted answers to the next bookings; then a tracker. */
  bookingAnswers: Array<(body: RepairBookingRequest) => Response>;
  fullSlotIds: Set<string>;
  /** Other times to list instead of the two days of `tokyoSlots` (`from`: the first day asked for). */
  slotsFrom?: (from: string) => DropOffSlot[];
}

/** The directory filters by country and service and sorts by `near`, as the server does. */
function serve(): Api {
  const api: Api = { centreQueries: [], slotQueries: [], bookings: [], bookingAnswers: [], fullSlotIds: new Set() };
  network.use(
    http.get(`${apiBase}/v1/service-centres`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      api.centreQueries.push(query);
      const country = query.get('country');
      const service = query.get('service');
      const near = query.get('near');
      let centres = [paris, tokyo].filter(
        (centre) => (!country || centre.country === country) && (!service || centre.services.some((offered) => offered.serviceType === service)),
      );
      if (near) centres = centres.map((centre) => ({ ...centre, distanceKm: centre.id === tokyo.id ? 3.2 : 9712.4 })).sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0));
      return HttpResponse.json({ centres });
    }),
    http.get(`${apiBase}/v1/service-centres/:id/slots`, ({ request, params }) => {
      const query = new URL(request.url).searchParams;
      api.slotQueries.push(query);
      if (params['id'] !== tokyo.id) return HttpResponse.json({ serviceCentreId: params['id'], timeZone: paris.timeZone, slots: [] });
      const from = query.get('from') ?? tokyoToday();
      return HttpResponse.json({ serviceCentreId: tokyo.id, timeZone: tokyoZone, slots: api.slotsFrom?.(from) ?? tokyoSlots(from, api.fullSlotIds) });
    }),
    http.post(`${apiBase}/v1/repairs`, async ({ request }) => {
      const body = (await request.json()) as RepairBookingRequest;
      api.bookings.push({ body, idempotencyKey: request.headers.get('idempotency-key') });
      const answer = api.bookingAnswers.shift();
      return answer ? answer(body) : HttpResponse.json(tracker(body), { status: 201 });
    }),
  );
  return api;
}

async function mount(attributes: { serial?: string; locale?: string } = {}): Promise<AtelierRepairBooking> {
  const element = await fixture<AtelierRepairBooking>(
    html`<atelier-repair-booking publishable-key="pk_test_widget" api-base=${apiBase} locale=${attributes.locale ?? 'en'} serial=${attributes.serial ?? ''}></atelier-repair-booking>`,
  );
  await element.updateComplete;
  return element;
}

function shadow(element: AtelierRepairBooking): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error('the widget renders into a shadow root');
  return root;
}

function text(node: Element | ShadowRoot | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function heading(element: AtelierRepairBooking): HTMLElement {
  const found = shadow(element).querySelector<HTMLElement>('#step-heading');
  if (!found) throw new Error('a step heading is shown');
  return found;
}

async function onStep(element: AtelierRepairBooking, step: number, total = 5): Promise<void> {
  await waitUntil(() => text(shadow(element).querySelector('#step-heading')).includes(`Step ${String(step)} of ${String(total)}`), `step ${String(step)} is shown`);
}

function control<T extends HTMLElement = HTMLInputElement>(element: AtelierRepairBooking, selector: string): T {
  const found = shadow(element).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

const focused = (element: AtelierRepairBooking): Element | null => shadow(element).activeElement;

/** Presses Tab until `matches` holds for the focused element; fails after a handful of presses. */
async function tabUntil(element: AtelierRepairBooking, matches: (active: Element) => boolean, what: string): Promise<void> {
  const maxTabPresses = 12;
  for (let presses = 0; presses < maxTabPresses; presses++) {
    await sendKeys({ press: 'Tab' });
    const active = focused(element);
    if (active && matches(active)) return;
  }
  throw new Error(`${what} was not reached with the Tab key`);
}

const isContinue = (active: Element): boolean => active.getAttribute('type') === 'submit';

async function type(element: AtelierRepairBooking, selector: string, value: string): Promise<void> {
  const input = control<HTMLInputElement | HTMLTextAreaElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

async function select(element: AtelierRepairBooking, selector: string, value: string): Promise<void> {
  const input = control<HTMLSelectElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

async function check(element: AtelierRepairBooking, selector: string): Promise<void> {
  const input = control(element, selector);
  input.checked = true;
  input.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

async function continueTo(element: AtelierRepairBooking, step: number): Promise<void> {
  control<HTMLButtonElement>(element, 'button[type="submit"]').click();
  await onStep(element, step);
}

async function slotsShown(element: AtelierRepairBooking): Promise<void> {
  await waitUntil(() => shadow(element).querySelector('[data-slot-id]'), 'the drop-off times are shown');
}

const slotButton = (element: AtelierRepairBooking, id: string): HTMLButtonElement => control<HTMLButtonElement>(element, `[data-slot-id="${id}"]`);

/** From a filled serial, through the service (a full service) to the Tokyo centre's drop-off times. */
async function continueToTimes(element: AtelierRepairBooking): Promise<void> {
  await continueTo(element, 2);
  await waitUntil(() => shadow(element).querySelector('input[value="full_service"]'), 'the services are listed');
  await check(element, 'input[value="full_service"]');
  await continueTo(element, 3);
  await waitUntil(() => shadow(element).querySelector('input[value="sc_tokyo"]'), 'the centres are listed');
  await check(element, 'input[value="sc_tokyo"]');
  await slotsShown(element);
}

/** Fills every step with the mouse-free shortcuts of a test, up to the review. */
async function fillToReview(element: AtelierRepairBooking): Promise<{ slotId: string }> {
  await type(element, '[name="serial"]', 'at-100234');
  await continueTo(element, 2);
  await waitUntil(() => shadow(element).querySelector('input[value="full_service"]'), 'the services are listed');
  await check(element, 'input[value="full_service"]');
  await type(element, '[name="description"]', 'Loses ten minutes a day; crown is stiff.');
  await continueTo(element, 3);
  await waitUntil(() => shadow(element).querySelector('input[value="sc_tokyo"]'), 'the centres are listed');
  await check(element, 'input[value="sc_tokyo"]');
  await slotsShown(element);
  const slotId = `slot_${addDays(tokyoToday(), 1)}_12`;
  slotButton(element, slotId).click();
  await element.updateComplete;
  await continueTo(element, 4);
  await type(element, '[name="contact.name"]', 'Ada Lovelace');
  await type(element, '[name="contact.email"]', 'ada@example.com');
  await continueTo(element, 5);
  return { slotId };
}

/** Through XMLHttpRequest, which msw's fetch interceptor leaves alone: a blob URL is not the API. */
function readBlobUrl(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('GET', url);
    request.onload = () => resolve(request.responseText);
    request.onerror = () => reject(new Error(`could not read ${url}`));
    request.send();
  });
}

function reviewValues(element: AtelierRepairBooking): Record<string, string> {
  return Object.fromEntries([...shadow(element).querySelectorAll('.review-row')].map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]));
}

describe('<atelier-repair-booking>', () => {
  before(() => network.enable());
  afterEach(() => network.resetHandlers());
  after(() => network.disable());

  it('starts on the piece with the serial from the attribute, says "Step 1 of 5", and is accessible', async () => {
    serve();
    const element = await mount({ serial: 'AT-777' });
    expect(text(heading(element))).to.contain('Step 1 of 5');
    expect(control(element, '[name="serial"]').value).to.equal('AT-777');
    await expect(element).to.be.accessible();
  });

  it('prefills the contact from the attributes, as values the owner can change', async () => {
    serve();
    const element = await fixture<AtelierRepairBooking>(
      html`<atelier-repair-booking publishable-key="pk_test_widget" api-base=${apiBase} locale="en" contact-name="Aiko Tanaka" contact-email="aiko@example.com"></atelier-repair-booking>`,
    );
    await type(element, '[name="serial"]', 'at-100234');
    await continueToTimes(element);
    slotButton(element, `slot_${addDays(tokyoToday(), 1)}_12`).click();
    await element.updateComplete;
    await continueTo(element, 4);
    expect(control(element, '[name="contact.name"]').value).to.equal('Aiko Tanaka');
    expect(control(element, '[name="contact.email"]').value).to.equal('aiko@example.com');
    await type(element, '[name="contact.email"]', 'aiko.t@example.com');
    await continueTo(element, 5);
    expect(reviewValues(element)['Contact']).to.contain('Aiko Tanaka, aiko.t@example.com');
  });

  it('reviews on a phone with each value under its label, words whole, and on one line on a wide page', async () => {
    serve();
    const element = await mount();
    await fillToReview(element);
    const serviceRow = [...shadow(element).querySelectorAll<HTMLElement>('.review-row')].find((row) => text(row.querySelector('dt')) === 'Service');
    if (!serviceRow) throw new Error('the review names the service');
    const [label, value] = [serviceRow.querySelector('dt'), serviceRow.querySelector('dd')] as [HTMLElement, HTMLElement];
    const oneLineHeightPx = parseFloat(getComputedStyle(value).lineHeight);

    // The widget's width in a 375 px phone page, once the page's margins and the panel's padding are taken.
    element.style.width = '280px';
    expect(value.getBoundingClientRect().height, '"Full service" on one line').to.be.at.most(oneLineHeightPx + 1);
    expect(value.getBoundingClientRect().top).to.be.at.least(label.getBoundingClientRect().bottom);

    element.style.width = '640px';
    expect(value.getBoundingClientRect().top).to.equal(label.getBoundingClientRect().top);
  });

  it('names the field a step is missing, in a focused summary, and does not move on', async () => {
    serve();
    const element = await mount();
    control<HTMLButtonElement>(element, 'button[type="submit"]').click();
    await waitUntil(() => shadow(element).querySelector('.summary'), 'the summary appears');
    expect(focused(element)).to.equal(shadow(element).querySelector('.summary'));
    expect(text(shadow(element).querySelector('.summary'))).to.contain('Serial number: This field is required.');
    expect(control(element, '[name="serial"]').getAttribute('aria-invalid')).to.equal('true');
    expect(text(heading(element))).to.contain('Step 1 of 5');
    await expect(element).to.be.accessible();
  });

  it('is completed with the keyboard alone, slot chosen with the arrow keys, axe clean at every step', async () => {
    const api = serve();
    const element = await mount();
    control(element, '[name="serial"]').focus();
    await sendKeys({ type: 'at-100234' });
    await sendKeys({ press: 'Enter' });
    await onStep(element, 2);
    expect(focused(element)).to.equal(heading(element));
    await waitUntil(() => shadow(element).querySelector('input[value="full_service"]'), 'the services are listed');
    expect(text(shadow(element).querySelector('fieldset'))).to.contain('Jewellery');
    await expect(element).to.be.accessible();

    await tabUntil(element, (active) => active.getAttribute('name') === 'serviceType', 'the services');
    // Arrow keys move through a radio group and choose: Battery, then back to Full service.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    expect(control(element, 'input[value="full_service"]').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.getAttribute('name')).to.equal('description');
    await sendKeys({ type: 'Loses time.' });
    await tabUntil(element, isContinue, 'Continue');
    await sendKeys({ press: 'Enter' });
    await onStep(element, 3);
    expect(focused(element)).to.equal(heading(element));
    await waitUntil(() => shadow(element).querySelector('input[value="sc_tokyo"]'), 'the centres are listed');
    expect(api.centreQueries.at(-1)?.get('service')).to.equal('full_service');
    await expect(element).to.be.accessible();

    await tabUntil(element, (active) => active.getAttribute('name') === 'serviceCentreId', 'the centres');
    await sendKeys({ press: 'ArrowDown' });
    expect(control(element, 'input[value="sc_tokyo"]').checked).to.equal(true);
    await slotsShown(element);
    const zone = text(shadow(element).querySelector('.zone'));
    expect(zone).to.contain('Asia/Tokyo');
    await tabUntil(element, (active) => active.hasAttribute('data-slot-id'), 'the drop-off times');
    const day1 = addDays(tokyoToday(), 1);
    const day2 = addDays(tokyoToday(), 2);
    expect(focused(element)?.getAttribute('data-slot-id')).to.equal(`slot_${day1}_10`);
    // The full 11:00 is a stop (announced as full) but cannot be chosen.
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(element)?.getAttribute('data-slot-id')).to.equal(`slot_${day1}_11`);
    expect(text(focused(element))).to.contain('full');
    expect(focused(element)?.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    expect(focused(element)?.getAttribute('aria-pressed')).to.equal('false');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(element)?.getAttribute('data-slot-id')).to.equal(`slot_${day2}_11`);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'End' });
    expect(focused(element)?.getAttribute('data-slot-id')).to.equal(`slot_${day1}_12`);
    await sendKeys({ press: 'Space' });
    expect(slotButton(element, `slot_${day1}_12`).getAttribute('aria-pressed')).to.equal('true');
    expect(text(shadow(element).querySelector('.chosen'))).to.match(/Chosen: .*12:00/);
    await expect(element).to.be.accessible();
    await tabUntil(element, isContinue, 'Continue');
    await sendKeys({ press: 'Enter' });
    await onStep(element, 4);
    expect(focused(element)).to.equal(heading(element));

    await tabUntil(element, (active) => active.getAttribute('name') === 'contact.name', 'the name');
    await sendKeys({ type: 'Ada Lovelace' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'ada@example.com' });
    expect(control<HTMLSelectElement>(element, '[name="contact.language"]').value).to.equal('en');
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await onStep(element, 5);
    expect(reviewValues(element)).to.deep.include({ Piece: 'at-100234', Service: 'Full service', 'Service centre': `${tokyo.name}, ${tokyo.address}` });
    await expect(element).to.be.accessible();

    const booked = oneEvent(element, 'atelier-repair-booked');
    await tabUntil(element, isContinue, 'Book the service');
    await sendKeys({ press: 'Enter' });
    const { detail } = await booked;
    expect(detail).to.deep.include({ trackingCode: '7XK2-M9QD-R4TB', serial: 'AT-100234', serviceCentreId: tokyo.id });
    expect(detail.slot?.id).to.equal(`slot_${day1}_12`);
    expect(api.bookings).to.have.length(1);
    expect(api.bookings[0]?.body).to.deep.equal({
      serial: 'AT-100234',
      serviceType: 'full_service',
      description: 'Loses time.',
      serviceCentreId: tokyo.id,
      dropOff: { method: 'slot', slotId: `slot_${day1}_12` },
      contact: { name: 'Ada Lovelace', email: 'ada@example.com', language: 'en' },
    });
    await waitUntil(() => shadow(element).querySelector('[part="tracking-code"]'), 'the tracking code is shown');
    expect(focused(element)).to.equal(shadow(element).querySelector('#booked-title'));
    // Shown in groups of four, and copied or selected as one code, dashes included.
    expect(text(shadow(element).querySelector('[part="tracking-code"]'))).to.equal('7XK2-M9QD-R4TB');
    expect([...shadow(element).querySelectorAll('[part="tracking-code"] .group')].map((group) => group.textContent)).to.deep.equal(['7XK2', 'M9QD', 'R4TB']);
    expect(text(shadow(element).querySelector('[part="success"]'))).to.contain('Under warranty until January 15, 2027');
    await expect(element).to.be.accessible();
  });

  it('offers the appointment as an .ics file in UTC', async () => {
    serve();
    const element = await mount();
    const { slotId } = await fillToReview(element);
    control<HTMLButtonElement>(element, 'button[type="submit"]').click();
    await waitUntil(() => shadow(element).querySelector('[part="calendar-link"]'), 'the calendar link is shown');
    const link = control<HTMLAnchorElement>(element, '[part="calendar-link"]');
    expect(link.download).to.equal('repair-7XK2-M9QD-R4TB.ics');
    const file = await readBlobUrl(link.href);
    const slot = tokyoSlots(tokyoToday()).find((each) => each.id === slotId);
    const utc = (iso: string | undefined): string => (iso ?? '').replace(/\.\d{3}Z$/, 'Z').replaceAll(/[-:]/g, '');
    expect(file).to.contain(`DTSTART:${utc(slot?.startsAt)}\r\n`);
    expect(file).to.contain(`DTEND:${utc(slot?.endsAt)}\r\n`);
    expect(file).to.contain('UID:7XK2-M9QD-R4TB@atelier-repairs\r\n');
    expect(file).to.contain('SUMMARY:Full service: drop-off at Aubert Service Centre Tokyo\r\n');
  });

  it('keeps every value going back to the first step and forward again', async () => {
    serve();
    const element = await mount();
    const { slotId } = await fillToReview(element);
    const before = reviewValues(element);
    for (const step of [4, 3, 2, 1]) {
      control<HTMLButtonElement>(element, 'button.back').click();
      await onStep(element, step);
    }
    expect(control(element, '[name="serial"]').value).to.equal('at-100234');
    await continueTo(element, 2);
    expect(control(element, 'input[value="full_service"]').checked).to.equal(true);
    expect(control<HTMLTextAreaElement>(element, '[name="description"]').value).to.equal('Loses ten minutes a day; crown is stiff.');
    await continueTo(element, 3);
    await slotsShown(element);
    expect(control(element, 'input[value="sc_tokyo"]').checked).to.equal(true);
    expect(slotButton(element, slotId).getAttribute('aria-pressed')).to.equal('true');
    await continueTo(element, 4);
    expect(control(element, '[name="contact.email"]').value).to.equal('ada@example.com');
    await continueTo(element, 5);
    expect(reviewValues(element)).to.deep.equal(before);
  });

  it('pages through later dates in the centre’s days, keeping the chosen time for the review', async () => {
    const api = serve();
    const element = await mount();
    const { slotId } = await fillToReview(element);
    control<HTMLButtonElement>(element, 'button.back').click();
    await onStep(element, 4);
    control<HTMLButtonElement>(element, 'button.back').click();
    await onStep(element, 3);
    await slotsShown(element);
    const earlier = [...shadow(element).querySelectorAll<HTMLButtonElement>('.slot-nav button')];
    expect(earlier[0]?.disabled, 'no earlier dates than today').to.equal(true);
    expect(api.slotQueries.at(-1)?.get('from')).to.equal(tokyoToday());
    expect(api.slotQueries.at(-1)?.get('to')).to.equal(addDays(tokyoToday(), 13));
    earlier[1]?.click();
    await waitUntil(() => api.slotQueries.at(-1)?.get('from') === addDays(tokyoToday(), 14), 'the next two weeks are asked for');
    await waitUntil(() => shadow(element).querySelector(`[data-slot-id="slot_${addDays(tokyoToday(), 15)}_10"]`), 'the later times are shown');
    expect(shadow(element).querySelector(`[data-slot-id="${slotId}"]`)).to.equal(null);
    expect(text(shadow(element).querySelector('.chosen'))).to.match(/Chosen: .*12:00/);
    await continueTo(element, 4);
    await continueTo(element, 5);
    expect(reviewValues(element)['Drop-off']).to.match(/12:00.*Asia\/Tokyo/);
  });

  it('keeps the whole booking when the network fails, and sends it again with the same idempotency key', async () => {
    const api = serve();
    api.bookingAnswers.push(
      () => HttpResponse.error(),
      () => HttpResponse.error(),
      () => HttpResponse.error(),
    );
    const element = await mount();
    await fillToReview(element);
    const before = reviewValues(element);
    control<HTMLButtonElement>(element, 'button[type="submit"]').click();
    await waitUntil(() => shadow(element).querySelector('.alert[role="alert"]'), 'the offline alert is shown', { timeout: 5000 });
    expect(text(shadow(element).querySelector('.alert'))).to.contain('Your booking is kept');
    expect(focused(element)).to.equal(shadow(element).querySelector('.alert'));
    expect(text(heading(element))).to.contain('Step 5 of 5');
    expect(reviewValues(element)).to.deep.equal(before);
    await expect(element).to.be.accessible();

    const booked = oneEvent(element, 'atelier-repair-booked');
    control<HTMLButtonElement>(element, 'button[type="submit"]').click();
    await booked;
    const keys = new Set(api.bookings.map((booking) => booking.idempotencyKey));
    expect(api.bookings.length).to.be.greaterThan(1);
    expect(keys.size).to.equal(1);
  });

  it('on 409 slot_full goes back to the times, freshly loaded, with a message, keeping everything else', async () => {
    const api = serve();
    const element = await mount();
    const { slotId } = await fillToReview(element);
    api.bookingAnswers.push(() => {
      api.fullSlotIds.add(slotId);
      return problem(409, 'slot_full');
    });
    const slotRequestsBefore = api.slotQueries.length;
    control<HTMLButtonElement>(element, 'button[type="submit"]').click();
    await onStep(element, 3);
    expect(focused(element)).to.equal(heading(element));
    await waitUntil(() => api.slotQueries.length > slotRequestsBefore && shadow(element).querySelector(`[data-slot-id="${slotId}"][aria-disabled="true"]`), 'the times are reloaded');
    expect(text(shadow(element).querySelector('.alert[role="alert"]'))).to.contain('That time was just taken');
    expect(slotButton(element, slotId).getAttribute('aria-pressed')).to.equal('false');
    expect(control(element, 'input[value="sc_tokyo"]').checked).to.equal(true);
    await expect(element).to.be.accessible();

    const other = `slot_${addDays(tokyoToday(), 2)}_10`;
    control<HTMLButtonElement>(element, `[data-day="${addDays(tokyoToday(), 2)}"]`).click();
    await waitUntil(() => shadow(element).querySelector(`[data-slot-id="${other}"]`), 'the second day’s times are shown');
    slotButton(element, other).click();
    await continueTo(element, 4);
    expect(control(element, '[name="contact.name"]').value).to.equal('Ada Lovelace');
    await continueTo(element, 5);
    const booked = oneEvent(element, 'atelier-repair-booked');
    control<HTMLButtonElement>(element, 'button[type="submit"]').click();
    expect((await booked).detail.slot?.id).to.equal(other);
  });

  it('shows one day’s times at a time under a strip of the days, the choice said right under them, all on one phone screen', async () => {
    const api = serve();
    // A busy boutique: eight times a day for two weeks.
    api.slotsFrom = (from) => Array.from({ length: 14 }, (_, day) => [10, 11, 12, 13, 14, 15, 16, 17].map((hour) => tokyoSlot(addDays(from, day), hour, 2))).flat();
    const element = await mount();
    // The widget's width in a 360 px phone page, the page's margins taken.
    element.style.width = '328px';
    await type(element, '[name="serial"]', 'AT-100234');
    await continueToTimes(element);
    const root = shadow(element);
    const days = [...root.querySelectorAll<HTMLButtonElement>('[data-day]')];
    expect(days).to.have.length(14);
    expect(root.querySelectorAll('[data-slot-id]'), 'only the first day’s times').to.have.length(8);
    expect(days[0]!.getAttribute('aria-pressed')).to.equal('true');
    const strip = root.querySelector<HTMLElement>('.slot-day-strip')!;
    const top = strip.getBoundingClientRect().top;
    // The tenth day, from the keyboard: its times replace the first day's.
    days[0]!.focus();
    for (let press = 0; press < 9; press += 1) await sendKeys({ press: 'ArrowRight' });
    const tenth = addDays(tokyoToday(), 9);
    expect(focused(element)?.getAttribute('data-day')).to.equal(tenth);
    expect(focused(element)?.getAttribute('aria-pressed')).to.equal('true');
    expect(root.querySelector('[data-slot-id]')?.getAttribute('data-slot-id')).to.equal(`slot_${tenth}_10`);
    const time = slotButton(element, `slot_${tenth}_16`);
    time.click();
    await element.updateComplete;
    const chosen = root.querySelector<HTMLElement>('.chosen')!;
    await waitUntil(() => /Chosen: .*4:00/.test(text(chosen)), 'the choice is said');
    const chosenBox = chosen.getBoundingClientRect();
    expect(chosenBox.top - time.getBoundingClientRect().bottom, 'the choice is said right under the times').to.be.below(120);
    expect(chosenBox.bottom - top, 'days, times and choice fit one phone screen').to.be.at.most(640);
    await expect(element).to.be.accessible();
  });

  it('on 422 takes the person to the step of the field the server named, with its error', async () => {
    const api = serve();
    api.bookingAnswers.push(() => problem(422, 'validation_failed', [{ path: 'contact.email', code: 'invalid_format', message: 'Not a valid email.' }]));
    const element = await mount();
    await fillToReview(element);
    control<HTMLButtonElement>(element, 'button[type="submit"]').click();
    await onStep(element, 4);
    const email = control(element, '[name="contact.email"]');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.value).to.equal('ada@example.com');
    expect(text(shadow(element).querySelector('.summary'))).to.contain('E-mail: Enter an e-mail address such as name@example.com.');
    await expect(element).to.be.accessible();
  });

  it('centres each radio on the first line of its label', async () => {
    serve();
    const element = await mount({ serial: 'AT-100234' });
    await continueTo(element, 2);
    await waitUntil(() => shadow(element).querySelector('input[value="full_service"]'), 'the services are listed');
    const radio = control(element, 'input[value="full_service"]').getBoundingClientRect();
    const label = document.createRange();
    label.selectNodeContents(control(element, 'input[value="full_service"] + span'));
    const firstLine = label.getClientRects()[0];
    if (!firstLine) throw new Error('the service has a label');
    const maxMisalignmentPx = 3;
    expect(Math.abs(radio.top + radio.height / 2 - (firstLine.top + firstLine.height / 2))).to.be.below(maxMisalignmentPx);
  });

  it('groups the services by the category the API gives them, naming a brand’s own service in words', async () => {
    serve();
    // A brand whose watch service includes a cleaning, and with a jewellery service of its own.
    const atelier: ServiceCentreListing = {
      ...paris,
      services: [
        { serviceType: 'engraving', category: 'jewellery', standardTurnaroundDays: 10 },
        { serviceType: 'cleaning', category: 'watch', standardTurnaroundDays: 3 },
        { serviceType: 'full_service', category: 'watch', standardTurnaroundDays: 30 },
        { serviceType: 'resizing', category: 'jewellery', standardTurnaroundDays: 7 },
      ],
    };
    network.use(http.get(`${apiBase}/v1/service-centres`, () => HttpResponse.json({ centres: [atelier] })));
    const element = await mount({ serial: 'AT-100234', locale: 'fr' });
    await waitUntil(() => text(heading(element)).includes('Étape 1 sur 5'), 'French strings load');
    control<HTMLButtonElement>(element, 'button[type="submit"]').click();
    await waitUntil(() => shadow(element).querySelector('input[value="engraving"]'), 'the services are listed');
    const groups = [...shadow(element).querySelectorAll('[role="group"]')].map((group) => ({
      title: text(shadow(element).getElementById(group.getAttribute('aria-labelledby') ?? '')),
      services: [...group.querySelectorAll('label')].map((label) => text(label)),
    }));
    expect(groups).to.deep.equal([
      { title: 'Montres', services: ['Révision complète', 'Nettoyage'] },
      { title: 'Joaillerie', services: ['Mise à taille', 'Engraving'] },
    ]);
    await expect(element).to.be.accessible();
  });

  it('sends the piece by post: the centre’s instructions before and after booking, no calendar file', async () => {
    const api = serve();
    const element = await mount({ serial: 'AT-100234' });
    await continueTo(element, 2);
    await waitUntil(() => shadow(element).querySelector('input[value="battery"]'), 'the services are listed');
    await check(element, 'input[value="battery"]');
    await continueTo(element, 3);
    await waitUntil(() => shadow(element).querySelector('input[value="sc_paris"]'), 'the centres are listed');
    expect(shadow(element).querySelector('input[value="sc_tokyo"]')).to.equal(null);
    expect(text(shadow(element).querySelector('[part="centre"]'))).to.contain('Standard turnaround: 2 days');
    await check(element, 'input[value="sc_paris"]');
    await check(element, 'input[value="mail_in"]');
    expect(text(shadow(element).querySelector('.mail-in'))).to.contain('Send the piece insured');
    await expect(element).to.be.accessible();
    await continueTo(element, 4);
    await type(element, '[name="contact.name"]', 'Ada Lovelace');
    await type(element, '[name="contact.email"]', 'ada@example.com');
    await continueTo(element, 5);
    expect(reviewValues(element)['Drop-off']).to.equal('By post');
    control<HTMLButtonElement>(element, 'button[type="submit"]').click();
    await waitUntil(() => shadow(element).querySelector('[part="success"]'), 'booked');
    expect(api.bookings[0]?.body.dropOff).to.deep.equal({ method: 'mail_in' });
    expect(text(shadow(element).querySelector('[part="success"]'))).to.contain('Send the piece insured');
    expect(shadow(element).querySelector('[part="calendar-link"]')).to.equal(null);
  });

  it('asks for the position only when "near me" is pressed, then lists the nearest centre first with its distance', async () => {
    const api = serve();
    const realGeolocation = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
    let asked = 0;
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (success: PositionCallback) => {
          asked += 1;
          success({ coords: { latitude: 35.68123, longitude: 139.76712 } } as GeolocationPosition);
        },
      },
    });
    try {
      const element = await mount({ serial: 'AT-100234' });
      await continueTo(element, 2);
      await waitUntil(() => shadow(element).querySelector('input[value="full_service"]'), 'the services are listed');
      await check(element, 'input[value="full_service"]');
      await continueTo(element, 3);
      await waitUntil(() => shadow(element).querySelector('input[value="sc_paris"]'), 'the centres are listed');
      expect(asked).to.equal(0);
      [...shadow(element).querySelectorAll<HTMLButtonElement>('button')].find((button) => text(button) === 'Find centres near me')?.click();
      await waitUntil(() => text(shadow(element).querySelector('[part="centre"]')).includes('3 km away'), 'the nearest centre comes first');
      expect(asked).to.equal(1);
      expect(api.centreQueries.at(-1)?.get('near')).to.equal('35.68,139.77');
      expect(text(shadow(element).querySelector('[part="centre"]'))).to.contain(tokyo.name);
      await select(element, '#country-filter', 'FR');
      await waitUntil(() => api.centreQueries.at(-1)?.get('country') === 'FR', 'the country filter is sent');
      await expect(element).to.be.accessible();
    } finally {
      if (realGeolocation) Object.defineProperty(navigator, 'geolocation', realGeolocation);
      else delete (navigator as { geolocation?: unknown }).geolocation;
    }
  });

  it('speaks French, with the times in the centre’s zone and its name in French', async () => {
    serve();
    const element = await mount({ locale: 'fr' });
    await waitUntil(() => text(heading(element)).includes('Étape 1 sur 5'), 'French strings load');
    await type(element, '[name="serial"]', 'AT-100234');
    control<HTMLButtonElement>(element, 'button[type="submit"]').click();
    await waitUntil(() => text(heading(element)).includes('Étape 2 sur 5'), 'step 2');
    await waitUntil(() => shadow(element).querySelector('input[value="full_service"]'), 'the services are listed');
    expect(text(shadow(element).querySelector('fieldset'))).to.contain('Révision complète');
    await check(element, 'input[value="full_service"]');
    control<HTMLButtonElement>(element, 'button[type="submit"]').click();
    await waitUntil(() => shadow(element).querySelector('input[value="sc_tokyo"]'), 'the centres are listed');
    await check(element, 'input[value="sc_tokyo"]');
    await slotsShown(element);
    expect(text(shadow(element).querySelector('.zone'))).to.match(/^Les heures sont celles du fuseau horaire du centre\s: .+ \(Asia\/Tokyo\)\.$/);
    const days = [...shadow(element).querySelectorAll('.day-title')].map((day) => text(day));
    expect(days[0]).to.match(/^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d+ /);
    expect(text(shadow(element).querySelector('[aria-disabled="true"]'))).to.contain('complet');
    await expect(element).to.be.accessible();
  });
});
