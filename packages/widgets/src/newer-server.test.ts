/// <reference types="mocha" />
/**
 * A widget deployed today keeps working when tomorrow's server adds a value to an enum and a field
 * to a response. Each widget runs its real client (ky transport, contract checks) against a mocked
 * API at the network level (msw 3's `defineNetwork` with the fetch interceptor) that answers as a
 * newer server would; each test checks the widget renders what it got instead of an error.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { http, HttpResponse } from 'msw';
import { defineNetwork, InterceptorSource } from 'msw/experimental';
import { chainEvents, signChainHead } from '@atelier/client';
import type { UnchainedEvent } from '@atelier/client';
import type { BrandConfig, ProvenanceRecord, RepairTracker, ServiceCentreListing, Warranty } from '@atelier/client/contract';
import './components/warranty-activation/warranty-activation.ts';
import './components/provenance/provenance.ts';
import './components/repair-booking/repair-booking.ts';
import './components/service-tracker/service-tracker.ts';

const apiBase = 'https://api.atelier.test';
const keyId = 'key_newer_server';

/** What a newer server adds to any object it answers: a field this version has never seen. */
const addedField = { loyaltyTier: { name: 'Cercle', since: '2024-05' } };

const network = defineNetwork({
  sources: [new InterceptorSource({ interceptors: [new FetchInterceptor()] })],
  onUnhandledFrame: 'error',
  context: { quiet: true },
});

function text(element: Element): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Fails the test at once when the widget shows an error alert rather than what it was sent. */
function noErrorShown(element: Element): void {
  const alert = element.shadowRoot?.querySelector('[role="alert"]');
  expect(alert?.textContent?.trim() ?? '', 'no error alert').to.equal('');
}

function brand(signingKey?: BrandConfig['signingKey']): BrandConfig & typeof addedField {
  return {
    id: 'brand_1',
    name: 'Maison Horlogère',
    // `ko` is a language this version does not speak yet, and the brand's default.
    locales: ['en', 'fr', 'ko' as 'en'],
    defaultLocale: 'ko' as 'en',
    warrantyPolicy: { baseMonths: 24, monthsAddedPerService: 12, serviceIntervalMonths: 36 },
    retailers: [{ id: 'ret_1', name: 'Boutique Rhône', country: 'CH', city: 'Geneva', ...addedField }],
    ...(signingKey ? { signingKey } : {}),
    ...addedField,
  };
}

describe('widgets answered by a newer server (an added enum value and an added field)', () => {
  before(() => network.enable());
  afterEach(() => {
    network.resetHandlers();
    history.replaceState(null, '', window.location.pathname + window.location.search);
  });
  after(() => network.disable());

  it('<atelier-warranty-activation> offers only the languages it knows, and shows a warranty in a new status', async () => {
    const warranty: Warranty & typeof addedField = {
      id: 'war_1',
      serial: 'AT-100234',
      model: { reference: '5711', name: 'Nautile Automatique', collection: 'Nautile' },
      status: 'transferred_to_heir' as 'active',
      purchaseDate: '2025-01-15',
      coverageEnd: '2027-01-15',
      retailer: null,
      gift: false,
      activatedAt: '2025-01-20T10:00:00Z',
      confirmedAt: '2025-01-21T09:00:00Z',
      ...addedField,
    };
    network.use(
      http.get(`${apiBase}/v1/brand`, () => HttpResponse.json(brand())),
      http.post(`${apiBase}/v1/warranties/confirmations`, () => HttpResponse.json({ warranty, ...addedField })),
    );

    const form = await fixture(html`<atelier-warranty-activation publishable-key="pk_test_widget" api-base=${apiBase} locale="en"></atelier-warranty-activation>`);
    // The form is drawn before the brand answers; its languages arrive with the brand.
    await waitUntil(() => form.shadowRoot?.querySelector('#field-owner-language option[value="fr"]'), 'the brand’s languages are offered');
    const language = form.shadowRoot?.querySelector<HTMLSelectElement>('#field-owner-language');
    if (!language) throw new Error('the language is asked');
    expect([...language.options].map((option) => option.value)).to.deep.equal(['en', 'fr']);
    expect(language.value).to.equal('en');
    noErrorShown(form);

    history.replaceState(null, '', '#atelier-confirmation=tok_abcdefghijklmnop1234');
    const confirmed = await fixture(html`<atelier-warranty-activation publishable-key="pk_test_widget" api-base=${apiBase} locale="en"></atelier-warranty-activation>`);
    await waitUntil(() => confirmed.shadowRoot?.querySelector('.success'), 'the confirmed warranty is shown');
    expect(text(confirmed)).to.contain('January 15, 2027');
  });

  it('<atelier-provenance> shows a verified record with an event type it does not know, in words', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const serial = 'AT-100234';
    const history: UnchainedEvent[] = [
      { sequence: 1, type: 'manufactured', occurredOn: '2023-09', details: {} },
      { sequence: 2, type: 'sold', occurredOn: '2024-05', country: 'CH', city: 'Geneva', details: { retailerName: 'Boutique Rhône' } },
      { sequence: 3, type: 'independently_appraised' as 'modified', occurredOn: '2025-02-03', country: 'CH', city: 'Geneva', details: { appraiser: 'Expertises SA' } },
    ];
    const events = (await chainEvents(serial, history)).map((event) => ({ ...event, ...addedField }));
    const head = events.at(-1);
    if (!head) throw new Error('a history has events');
    const record: ProvenanceRecord & typeof addedField = {
      serial,
      gtin: null,
      model: { reference: '5711', name: 'Nautile Automatique', collection: 'Nautile' },
      manufactureYear: 2023,
      status: 'sold',
      firstSale: { retailerName: 'Boutique Rhône', city: 'Geneva', country: 'CH', month: '2024-05' },
      ownerCount: 1,
      currentOwnerRegisteredSince: '2024-05',
      services: [],
      modifications: [],
      stolen: null,
      events,
      chainHead: await signChainHead(head.hash, pair.privateKey, keyId),
      ...addedField,
    };
    network.use(
      http.get(`${apiBase}/v1/brand`, () => HttpResponse.json(brand({ kty: 'OKP', crv: 'Ed25519', x: jwk.x ?? '', kid: keyId }))),
      http.get(`${apiBase}/v1/provenance/:serial`, () => HttpResponse.json(record)),
    );

    const element = await fixture(html`<atelier-provenance publishable-key="pk_test_widget" api-base=${apiBase} locale="en" serial=${serial}></atelier-provenance>`);
    await waitUntil(() => element.shadowRoot?.querySelector('[part="record"]'), 'the record is shown');
    const shown = text(element);
    expect(shown).to.contain('Verified');
    expect(shown).to.contain('Independently appraised');
    expect(shown).to.contain('Nautile Automatique');
  });

  it('<atelier-repair-booking> offers the services of a category it does not know', async () => {
    const centre: ServiceCentreListing & typeof addedField = {
      id: 'sc_paris',
      name: 'Atelier de Service Paris',
      country: 'FR',
      city: 'Paris',
      address: '12 rue de la Paix, 75002 Paris',
      timeZone: 'Europe/Paris',
      openingHours: [
        { day: 'monday', opens: '10:00', closes: '18:00' },
        { day: 'public_holiday' as 'monday', opens: '10:00', closes: '13:00' },
      ],
      services: [
        { serviceType: 'full_service', category: 'watch', standardTurnaroundDays: 30 },
        { serviceType: 'leather_care', category: 'leather_goods' as 'watch', standardTurnaroundDays: 10 },
      ],
      mailInInstructions: 'Send the piece insured, in its box.',
      location: { latitude: 48.8686, longitude: 2.3314 },
      distanceKm: null,
      ...addedField,
    };
    network.use(http.get(`${apiBase}/v1/service-centres`, () => HttpResponse.json({ centres: [centre], ...addedField })));

    const element = await fixture(html`<atelier-repair-booking publishable-key="pk_test_widget" api-base=${apiBase} locale="en" serial="AT-100234"></atelier-repair-booking>`);
    element.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => element.shadowRoot?.querySelector('.choice-group'), 'the services are offered');
    const groups = [...(element.shadowRoot?.querySelectorAll('.group-title') ?? [])].map((title) => title.textContent?.trim());
    expect(groups).to.deep.equal(['Watches', 'Leather goods']);
    expect(text(element)).to.contain('Leather care');
    noErrorShown(element);
  });

  it('<atelier-service-tracker> follows a repair in a status, a drop-off and a decision it does not know', async () => {
    const trackingCode = '7XK2-M9QD-R4TB';
    const repair: RepairTracker & typeof addedField = {
      trackingCode,
      serial: 'AT-100234',
      serviceType: 'full_service',
      description: 'Loses two minutes a day.',
      centre: { id: 'centre_gva', name: 'Atelier Genève', city: 'Geneva', country: 'CH', address: 'Rue du Rhône 12', timeZone: 'Europe/Zurich' },
      dropOff: { method: 'courier_pickup' as 'slot', slot: null, mailInInstructions: null },
      status: 'awaiting_parts' as 'in_repair',
      stages: [
        { status: 'requested', at: '2025-03-01T10:00:00Z' },
        { status: 'received', at: '2025-03-04T09:10:00Z' },
        { status: 'awaiting_parts' as 'in_repair', at: '2025-03-08T09:00:00Z' },
      ],
      promisedDate: '2025-04-03',
      onTime: true,
      estimate: {
        currency: 'EUR',
        lineItems: [{ description: 'Full service of the movement', amountMinorUnits: 65000, coveredByWarranty: false }],
        totalMinorUnits: 65000,
        validUntil: '2025-03-20',
        decision: { decision: 'approve_in_part' as 'approve', decidedAt: '2025-03-07T09:00:00Z', name: 'Ada Lovelace' },
      },
      warranty: { status: 'extended_by_service' as 'active', coverageEnd: '2026-05-14' },
      rating: null,
      createdAt: '2025-03-01T10:00:00Z',
      ...addedField,
    };
    network.use(http.post(`${apiBase}/v1/repairs/lookup`, () => HttpResponse.json(repair)));

    history.replaceState(null, '', `#atelier-tracker=${trackingCode}.q8Xv3LrT0aZ9kPm2Nw4yBc`);
    const element = await fixture(html`<atelier-service-tracker publishable-key="pk_test_widget" api-base=${apiBase} locale="en"></atelier-service-tracker>`);
    await waitUntil(() => element.shadowRoot?.querySelector('[part="tracker"]'), 'the repair is shown');
    const shown = text(element);
    expect(shown).to.contain('Awaiting parts');
    expect(shown).to.contain('Courier pickup');
    expect(shown).to.contain('Approve in part: Ada Lovelace');
    expect(shown).to.contain('Extended by service');
  });
});
