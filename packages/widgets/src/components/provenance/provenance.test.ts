/// <reference types="mocha" />
/**
 * The widget against a mocked API at the network level: msw 3's `defineNetwork` with the fetch
 * interceptor patches the page's `fetch`, so the real client (ky transport, contract validation,
 * error mapping) runs unchanged and no service-worker file has to be served by the test runner.
 * Records are signed here with a fresh Ed25519 key, exactly as the server signs them.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { http, HttpResponse } from 'msw';
import { defineNetwork, InterceptorSource } from 'msw/experimental';
import { buildDigitalLink, chainEvents, signChainHead } from '@atelier/client';
import type { UnchainedEvent } from '@atelier/client';
import type { BrandConfig, BrandSigningKey, ProvenanceRecord } from '@atelier/client/contract';
import './provenance.ts';
import type { AtelierProvenance } from './provenance.ts';

const apiBase = 'https://api.atelier.test';
const serial = 'AT-100234';
const gtin = '09506000134352';
const keyId = 'brand-key-2025';

interface SigningKeys {
  publicJwk: BrandSigningKey;
  privateKey: CryptoKey;
}

async function generateSigningKeys(): Promise<SigningKeys> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { publicJwk: { kty: 'OKP', crv: 'Ed25519', x: jwk.x ?? '', kid: keyId }, privateKey: pair.privateKey };
}

function brandWith(signingKey: BrandSigningKey): BrandConfig {
  return {
    id: 'brand_1',
    name: 'Maison Horlogère',
    locales: ['en', 'fr'],
    defaultLocale: 'en',
    warrantyPolicy: { baseMonths: 24, monthsAddedPerService: 12, serviceIntervalMonths: 36 },
    retailers: [],
    signingKey,
  };
}

/** A piece's history as the server would publish it: events chained and the head signed. */
async function signedRecord(
  keys: SigningKeys,
  options: { stolen?: boolean; status?: 'lost' | 'destroyed'; serviceTypes?: string[]; coverage?: { activated: string; serviced: string } } = {},
): Promise<ProvenanceRecord> {
  const serviceTypes = options.serviceTypes ?? ['full_service'];
  const { coverage } = options;
  const history: UnchainedEvent[] = [
    { sequence: 1, type: 'manufactured', occurredOn: '2023-03-14', country: 'CH', city: 'Le Brassus', details: {} },
    { sequence: 2, type: 'sold', occurredOn: '2024-05', country: 'CH', city: 'Geneva', details: {} },
    { sequence: 3, type: 'warranty_activated', occurredOn: '2024-05', details: coverage ? { coverageEnd: coverage.activated } : {} },
    ...serviceTypes.map((serviceType, index): UnchainedEvent => ({
      sequence: 4 + index,
      type: 'serviced',
      occurredOn: '2025-02-03',
      country: 'CH',
      city: 'Geneva',
      details: coverage ? { serviceType, coverageEnd: coverage.serviced } : { serviceType },
    })),
  ];
  history.push({ sequence: history.length + 1, type: 'modified', occurredOn: '2025-04-22', details: { what: 'Strap replaced', retailerName: 'Boutique Rhône' } });
  if (options.stolen) history.push({ sequence: history.length + 1, type: 'reported_stolen', occurredOn: '2025-06-30', details: {} });
  const events = await chainEvents(serial, history);
  const head = events.at(-1);
  if (!head) throw new Error('a history has events');
  return {
    serial,
    gtin,
    model: { reference: '5711', name: 'Nautile Automatique', collection: 'Nautile' },
    manufactureYear: 2023,
    status: options.stolen ? 'stolen' : (options.status ?? 'sold'),
    firstSale: { retailerName: 'Boutique Rhône', city: 'Geneva', country: 'CH', month: '2024-05' },
    ownerCount: 1,
    currentOwnerRegisteredSince: '2024-05',
    services: serviceTypes.map((serviceType) => ({ date: '2025-02-03', serviceType, centreCity: 'Geneva' })),
    modifications: [{ date: '2025-04-22', what: 'Strap replaced', retailerName: 'Boutique Rhône' }],
    stolen: options.stolen ? { reportedOn: '2025-06-30', whatToDo: 'contact_police_and_brand' } : null,
    events,
    chainHead: await signChainHead(head.hash, keys.privateKey, keyId),
  };
}

function problem(status: number, code: string, headers: Record<string, string> = {}): Response {
  return HttpResponse.json(
    { type: `https://atelier.dev/problems/${code}`, title: code, status, code },
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );
}

const network = defineNetwork({
  sources: [new InterceptorSource({ interceptors: [new FetchInterceptor()] })],
  onUnhandledFrame: 'error',
  context: { quiet: true },
});

/** Serves the brand and `records` by serial; anything else is an unknown serial. Counts brand fetches. */
function serve(brand: BrandConfig, records: Record<string, ProvenanceRecord>): { brandRequests: number } {
  const counter = { brandRequests: 0 };
  network.use(
    http.get(`${apiBase}/v1/brand`, () => {
      counter.brandRequests += 1;
      return HttpResponse.json(brand);
    }),
    http.get(`${apiBase}/v1/provenance/:serial`, ({ params }) => {
      const record = records[String(params['serial'])];
      return record ? HttpResponse.json(record) : problem(404, 'unknown_serial');
    }),
  );
  return counter;
}

async function mount(attributes: { serial?: string; locale?: string } = {}): Promise<AtelierProvenance> {
  const element = await fixture<AtelierProvenance>(
    html`<atelier-provenance publishable-key="pk_test_widget" api-base=${apiBase} locale=${attributes.locale ?? 'en'} serial=${attributes.serial ?? ''}></atelier-provenance>`,
  );
  await element.updateComplete;
  return element;
}

function shadow(element: AtelierProvenance): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error('the widget renders into a shadow root');
  return root;
}

function text(node: Element | ShadowRoot | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function lookupInput(element: AtelierProvenance): HTMLInputElement {
  const input = shadow(element).querySelector<HTMLInputElement>('#lookup-serial');
  if (!input) throw new Error('the lookup form is shown');
  return input;
}

async function lookUp(element: AtelierProvenance, typed: string): Promise<void> {
  const input = lookupInput(element);
  input.value = typed;
  input.dispatchEvent(new Event('input'));
  await element.updateComplete;
  input.form?.requestSubmit();
  await element.updateComplete;
}

async function recordShown(element: AtelierProvenance): Promise<void> {
  await waitUntil(() => shadow(element).querySelector('[part="record"]'), 'the record is shown', { timeout: 5000 });
}

async function alertShown(element: AtelierProvenance): Promise<HTMLElement> {
  await waitUntil(() => shadow(element).querySelector('.alert[role="alert"]'), 'an alert is shown', { timeout: 5000 });
  return shadow(element).querySelector<HTMLElement>('.alert[role="alert"]') as HTMLElement;
}

describe('<atelier-provenance>', () => {
  let keys: SigningKeys;

  before(async () => {
    keys = await generateSigningKeys();
    await network.enable();
  });
  afterEach(() => network.resetHandlers());
  after(() => network.disable());

  it('renders an accessible empty lookup form', async () => {
    serve(brandWith(keys.publicJwk), {});
    const element = await mount();
    expect(lookupInput(element).labels?.[0]?.textContent).to.contain('Serial number or Digital Link');
    expect(shadow(element).querySelector('[part="record"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('looks a typed serial up, shows it verified with its history in order, and emits the record', async () => {
    const record = await signedRecord(keys);
    serve(brandWith(keys.publicJwk), { [serial]: record });
    const element = await mount();
    const loaded = oneEvent(element, 'atelier-provenance-loaded');
    await lookUp(element, 'at-100234');
    const { detail } = await loaded;
    expect(detail.record.serial).to.equal(serial);
    expect(detail.verification).to.deep.equal({ verified: true });

    await recordShown(element);
    const root = shadow(element);
    expect(text(root.querySelector('[part="verification"]'))).to.contain('Verified');
    expect(root.querySelector('[part="stolen"]')).to.equal(null);
    const steps = [...root.querySelectorAll('[part="timeline"] > li')].map((item) => text(item.querySelector('.event-type')));
    expect(steps).to.deep.equal(['Manufactured', 'Sold', 'Warranty activated', 'Serviced', 'Modified']);
    expect(text(root.querySelector('[part="timeline"] time[datetime="2025-02-03"]'))).to.equal('February 3, 2025');
    expect(text(root.querySelector('[part="timeline"] time[datetime="2024-05"]'))).to.equal('May 2024');
    const facts = [...root.querySelectorAll('.facts > div')].map((fact) => [text(fact.querySelector('dt')), text(fact.querySelector('dd'))]);
    // The year of manufacture, not a place: "Made in 2023" would read as one.
    expect(facts).to.deep.include(['Manufactured', '2023']);
    expect(text(root)).to.contain('1 owner');
    expect(text(root)).to.contain('Strap replaced, by Boutique Rhône');
    expect(text(root)).to.contain('Full service, service centre in Geneva');
    await expect(element).to.be.accessible();
  });

  it('names service types in the widget’s language, in the services list and the history, and an unknown type in words', async () => {
    const serviceTypes = ['water_resistance_test', 'stone_setting', 'gem_appraisal'];
    serve(brandWith(keys.publicJwk), { [serial]: await signedRecord(keys, { serviceTypes }) });
    const english = await mount({ serial });
    await recordShown(english);
    const services = (element: AtelierProvenance): string[] =>
      [...shadow(element).querySelectorAll('[aria-labelledby="services-title"] li')].map((item) => text(item));
    const historyDetails = (element: AtelierProvenance): string[] =>
      [...shadow(element).querySelectorAll('[part="timeline"] .event-detail')].map((detail) => text(detail));
    expect(services(english)).to.deep.equal([
      'February 3, 2025 Water-resistance test, service centre in Geneva',
      'February 3, 2025 Stone setting, service centre in Geneva',
      'February 3, 2025 Gem appraisal, service centre in Geneva',
    ]);
    expect(historyDetails(english)).to.deep.equal(['Water-resistance test', 'Stone setting', 'Gem appraisal', 'Strap replaced, Boutique Rhône']);

    const japanese = await mount({ serial, locale: 'ja' });
    await recordShown(japanese);
    await waitUntil(() => services(japanese)[0]?.includes('防水検査'), 'the Japanese strings load');
    expect(historyDetails(japanese).slice(0, 2)).to.deep.equal(['防水検査', '石留め']);
    expect(text(shadow(japanese))).not.to.contain('water_resistance_test');
  });

  it('says until when the warranty runs, from its activation and after the service that extended it', async () => {
    serve(brandWith(keys.publicJwk), { [serial]: await signedRecord(keys, { coverage: { activated: '2026-05-14', serviced: '2027-05-14' } }) });
    const historyDetails = (element: AtelierProvenance): string[] =>
      [...shadow(element).querySelectorAll('[part="timeline"] .event-detail')].map((detail) => text(detail));
    const english = await mount({ serial });
    await recordShown(english);
    expect(historyDetails(english).slice(0, 2)).to.deep.equal(['warranty until May 14, 2026', 'Full service, warranty until May 14, 2027']);

    const french = await mount({ serial, locale: 'fr' });
    await recordShown(french);
    await waitUntil(() => historyDetails(french)[1]?.includes('garantie'), 'the French strings load');
    expect(historyDetails(french)[1]).to.match(/, garantie jusqu’au 14 mai 2027$/);
  });

  it('gives an example serial without a brand’s prefix, and a Digital Link on this widget’s own resolver', async () => {
    serve(brandWith(keys.publicJwk), {});
    const element = await mount({ locale: 'fr' });
    const hint = (): string => text(shadow(element).querySelector('#lookup-serial-hint'));
    await waitUntil(() => hint().startsWith('Par exemple'), 'the French strings load');
    // Words, not a resolver address: a consumer has no use for the API's URL.
    expect(hint()).to.equal('Par exemple 1234567, ou le lien du QR code de la carte de garantie');
    expect(hint()).to.not.contain(apiBase);
  });

  it('puts the verified mark on the same line as the text it marks', async () => {
    serve(brandWith(keys.publicJwk), { [serial]: await signedRecord(keys) });
    const element = await mount({ serial });
    await recordShown(element);
    const note = shadow(element).querySelector<HTMLElement>('[part="verification"]');
    const [mark, message] = [...(note?.children ?? [])].map((child) => child.getBoundingClientRect());
    if (!mark || !message) throw new Error('the verified note has a mark and a message');
    const firstLine = document.createRange();
    firstLine.selectNodeContents(note?.lastElementChild as Element);
    const firstLineBox = firstLine.getClientRects()[0] as DOMRect;
    const markMiddle = mark.top + mark.height / 2;
    expect(markMiddle).to.be.within(firstLineBox.top, firstLineBox.bottom);
    expect(mark.right).to.be.at.most(message.left);
  });

  it('keeps each fact’s value whole on a phone, under its term, and beside it when there is room', async () => {
    serve(brandWith(keys.publicJwk), { [serial]: await signedRecord(keys) });
    const element = await mount({ serial });
    await recordShown(element);
    const serialFact = shadow(element).querySelector('.facts > div') as HTMLElement;
    const [term, value] = [serialFact.querySelector('dt'), serialFact.querySelector('dd')] as [HTMLElement, HTMLElement];
    const oneLineHeightPx = parseFloat(getComputedStyle(value).lineHeight);

    // The widget's width in a 375 px phone page, once the page's margins and the panel's padding are taken.
    element.style.width = '300px';
    await element.updateComplete;
    expect(value.getBoundingClientRect().height, 'the serial on one line').to.be.at.most(oneLineHeightPx + 1);
    expect(value.getBoundingClientRect().top).to.be.at.least(term.getBoundingClientRect().bottom);

    element.style.width = '640px';
    expect(value.getBoundingClientRect().top).to.equal(term.getBoundingClientRect().top);
    expect(value.getBoundingClientRect().left).to.be.greaterThan(term.getBoundingClientRect().right);
  });

  it('formats dates in the widget’s locale', async () => {
    serve(brandWith(keys.publicJwk), { [serial]: await signedRecord(keys) });
    const element = await mount({ serial, locale: 'fr' });
    await recordShown(element);
    await waitUntil(() => text(shadow(element)).includes('Historique'), 'the French strings load');
    expect(text(shadow(element).querySelector('[part="timeline"] time[datetime="2025-02-03"]'))).to.equal('3 février 2025');
  });

  it('announces a stolen piece in an alert nobody can miss, and stays accessible', async () => {
    serve(brandWith(keys.publicJwk), { [serial]: await signedRecord(keys, { stolen: true }) });
    const element = await mount({ serial });
    await recordShown(element);
    const banner = shadow(element).querySelector('[part="stolen"]');
    expect(banner?.getAttribute('role')).to.equal('alert');
    expect(text(banner)).to.contain('Reported stolen');
    expect(text(banner)).to.contain('June 30, 2025');
    expect(text(banner)).to.contain('Contact the police and the brand');
    // The warning comes first; the signature check after it, without the success colour of a clean record.
    const verification = shadow(element).querySelector<HTMLElement>('[part="verification"]');
    if (!banner || !verification) throw new Error('the warning and the verification are shown');
    expect(banner.compareDocumentPosition(verification) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(verification.classList.contains('under-warning')).to.equal(true);
    const underWarning = getComputedStyle(verification).borderInlineStartColor;
    verification.classList.remove('under-warning');
    expect(getComputedStyle(verification).borderInlineStartColor, 'a clean record keeps the success colour').to.not.equal(underWarning);
    verification.classList.add('under-warning');
    await expect(element).to.be.accessible();
  });

  for (const [status, title, advice] of [
    ['lost', 'Reported lost', 'Do not buy it'],
    ['destroyed', 'Recorded as destroyed', 'may not be genuine'],
  ] as const) {
    it(`warns of a piece ${status === 'lost' ? 'its owner reported lost' : 'the brand recorded destroyed'}, above a history that is otherwise clean`, async () => {
      serve(brandWith(keys.publicJwk), { [serial]: await signedRecord(keys, { status }) });
      const element = await mount({ serial });
      await recordShown(element);
      const banner = shadow(element).querySelector('[part="stolen"]');
      expect(banner?.getAttribute('role')).to.equal('alert');
      expect(text(banner)).to.contain(title);
      expect(text(banner)).to.contain(advice);
      expect(shadow(element).querySelector('[part="verification"]')?.classList.contains('under-warning')).to.equal(true);
      await expect(element).to.be.accessible();
    });
  }

  it('keeps the stolen warning framed in forced colours and readable in the dark theme', async () => {
    serve(brandWith(keys.publicJwk), { [serial]: await signedRecord(keys, { stolen: true }) });
    const element = await mount({ serial });
    await recordShown(element);
    const banner = shadow(element).querySelector<HTMLElement>('[part="stolen"]');
    if (!banner) throw new Error('the stolen warning is shown');
    await emulateMedia({ forcedColors: 'active' });
    try {
      // Forced colours drop backgrounds: the frame is what still sets the warning apart.
      const framed = getComputedStyle(banner);
      expect(framed.borderTopStyle).to.equal('double');
      expect(Number.parseFloat(framed.borderTopWidth)).to.be.greaterThan(4);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
    element.setAttribute('theme', 'dark');
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });

  it('says the record could not be verified when it was altered in transit', async () => {
    const genuine = await signedRecord(keys);
    serve(brandWith(keys.publicJwk), {});
    // A man in the middle rewrites one event's details; the summary is rewritten to match.
    network.use(
      http.get(`${apiBase}/v1/provenance/:serial`, () => {
        const altered = structuredClone(genuine);
        const modification = altered.events.find((event) => event.type === 'modified');
        if (modification) modification.details['what'] = 'Case polished';
        altered.modifications = [{ ...genuine.modifications[0], what: 'Case polished' } as ProvenanceRecord['modifications'][number]];
        return HttpResponse.json(altered);
      }),
    );
    const element = await mount();
    const loaded = oneEvent(element, 'atelier-provenance-loaded');
    await lookUp(element, serial);
    const { detail } = await loaded;
    expect(detail.verification).to.deep.equal({ verified: false, reason: 'hash_mismatch', atSequence: 5 });
    await recordShown(element);
    const verification = shadow(element).querySelector('[part="verification"]');
    expect(verification?.getAttribute('role')).to.equal('alert');
    expect(text(verification)).to.contain('could not be verified — do not rely on this record');
    expect(text(shadow(element))).not.to.contain('Verified:');
  });

  it('does not verify a record signed by another key', async () => {
    const impostor = await generateSigningKeys();
    serve(brandWith(keys.publicJwk), { [serial]: await signedRecord(impostor) });
    const element = await mount({ serial });
    await recordShown(element);
    expect(text(shadow(element).querySelector('[part="verification"]'))).to.contain('could not be verified');
  });

  it('fetches the brand’s key once for several lookups', async () => {
    const counter = serve(brandWith(keys.publicJwk), { [serial]: await signedRecord(keys) });
    const element = await mount();
    await lookUp(element, serial);
    await recordShown(element);
    await lookUp(element, 'AT-000000');
    await alertShown(element);
    await lookUp(element, serial);
    await recordShown(element);
    expect(counter.brandRequests).to.equal(1);
  });

  it('works with the keyboard only: type, Enter, then reach and use the copy button', async () => {
    serve(brandWith(keys.publicJwk), { [serial]: await signedRecord(keys) });
    const element = await mount();
    const copied: string[] = [];
    const clipboard = navigator.clipboard;
    const originalWriteText = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (value: string) => {
      copied.push(value);
      return Promise.resolve();
    };
    try {
      await sendKeys({ press: 'Tab' });
      expect(shadow(element).activeElement).to.equal(lookupInput(element));
      await sendKeys({ type: serial });
      await sendKeys({ press: 'Enter' });
      await recordShown(element);
      await waitUntil(() => shadow(element).activeElement?.id === 'record-title', 'focus moves to the record');

      const maxTabPresses = 3;
      for (let presses = 0; presses < maxTabPresses; presses++) {
        await sendKeys({ press: 'Tab' });
        if (text(shadow(element).activeElement) === 'Copy link') break;
      }
      expect(text(shadow(element).activeElement)).to.equal('Copy link');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text(shadow(element).querySelector('.copy-status')) === 'Link copied.', 'the copy is confirmed');
      const shared = new URL(copied[0] ?? '');
      expect(shared.searchParams.get('serial')).to.equal(serial);
      expect(shared.pathname).to.equal(window.location.pathname);
    } finally {
      clipboard.writeText = originalWriteText;
    }
  });

  it('reads the serial from a pasted Digital Link and draws the Digital Link QR code', async () => {
    serve(brandWith(keys.publicJwk), { [serial]: await signedRecord(keys) });
    const element = await mount();
    await lookUp(element, `  https://id.maison.example/01/${gtin}/21/${serial}?linkType=gs1:certificationInfo `);
    await recordShown(element);
    expect(text(shadow(element).querySelector('[part="record"] dd'))).to.equal(serial);
    const qr = shadow(element).querySelector('[part="qr"]');
    expect(qr?.getAttribute('role')).to.equal('img');
    expect(qr?.getAttribute('aria-label')).to.contain(serial);
    expect(qr?.querySelector('path')?.getAttribute('d')).to.match(/^M\d+ \d+h1v1h-1z/);
    // No style attribute anywhere: the QR code is drawn with classes a strict CSP allows.
    expect(shadow(element).querySelector('[style]')).to.equal(null);
    expect(buildDigitalLink({ gtin, serial, baseUrl: apiBase })).to.equal(`${apiBase}/01/${gtin}/21/${serial}`);
  });

  it('names what is wrong with a Digital Link whose GTIN is mistyped, without calling the API', async () => {
    serve(brandWith(keys.publicJwk), {});
    const element = await mount();
    await lookUp(element, `https://id.maison.example/01/09506000134353/21/${serial}`);
    const input = lookupInput(element);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(text(shadow(element).querySelector('#lookup-serial-error'))).to.contain('check digit');
    expect(shadow(element).activeElement).to.equal(input);
  });

  it('says when no piece has the serial', async () => {
    serve(brandWith(keys.publicJwk), {});
    const element = await mount();
    await lookUp(element, 'AT-999999');
    const alert = await alertShown(element);
    expect(text(alert)).to.contain('No piece with the serial number AT-999999');
    expect(alert.querySelector('button')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('says how long to wait when lookups are rate limited, and retries on request', async () => {
    serve(brandWith(keys.publicJwk), {});
    const record = await signedRecord(keys);
    let limited = true;
    network.use(
      http.get(`${apiBase}/v1/provenance/:serial`, () =>
        limited ? problem(429, 'rate_limited', { 'retry-after': '120' }) : HttpResponse.json(record),
      ),
    );
    const element = await mount();
    await lookUp(element, serial);
    const alert = await alertShown(element);
    expect(text(alert)).to.contain('Please try again in 2 minutes');
    limited = false;
    alert.querySelector('button')?.click();
    await recordShown(element);
  });

  it('says the server could not be reached when offline', async () => {
    serve(brandWith(keys.publicJwk), {});
    network.use(http.get(`${apiBase}/v1/provenance/:serial`, () => HttpResponse.error()));
    const element = await mount();
    await lookUp(element, serial);
    const alert = await alertShown(element);
    expect(text(alert)).to.contain('check your connection');
  });

  it('shows a fixed serial without a form, as on a second-hand listing', async () => {
    serve(brandWith(keys.publicJwk), { [serial]: await signedRecord(keys) });
    const element = await mount({ serial });
    await recordShown(element);
    expect(shadow(element).querySelector('form')).to.equal(null);
  });

  it('finishes a lookup when the element is moved in the page while it loads', async () => {
    serve(brandWith(keys.publicJwk), { [serial]: await signedRecord(keys) });
    const element = await mount({ serial });
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(element);
    try {
      await recordShown(element);
      expect(text(shadow(element).querySelector('[part="verification"]'))).to.contain('Verified');
    } finally {
      elsewhere.remove();
    }
  });

  describe('printed, to keep with the purchase papers', () => {
    /**
     * What the page gives the widget on paper at 96 CSS px per inch: the sheet's width less
     * Chromium's default print margins (0.4 in each side), the narrowest sizes a buyer prints on.
     */
    const printableWidthsPx = { a4: 718, usLetter: 740 };
    const viewportHeightPx = 1000;
    /** WCAG AA contrast for body text, here against the white of the paper. */
    const minimumTextContrast = 4.5;

    async function printed<T>(check: () => T | Promise<T>): Promise<T> {
      await emulateMedia({ media: 'print' });
      try {
        return await check();
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    }

    function shown(node: Element | null | undefined): boolean {
      if (!node) return false;
      const box = node.getBoundingClientRect();
      return getComputedStyle(node).display !== 'none' && box.width > 0 && box.height > 0;
    }

    function contrastWithWhite(cssColor: string): number {
      const channels = cssColor.match(/[\d.]+/g)?.slice(0, 3).map(Number) ?? [];
      const [red = 0, green = 0, blue = 0] = channels.map((value) => {
        const unit = value / 255;
        return unit <= 0.04045 ? unit / 12.92 : ((unit + 0.055) / 1.055) ** 2.4;
      });
      const luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue;
      return 1.05 / (luminance + 0.05);
    }

    /** Every element that shows text of its own on the page, with that text. */
    function textElements(root: ShadowRoot): { element: Element; text: string }[] {
      return [...root.querySelectorAll('*')]
        .filter((element) => shown(element))
        .map((element) => ({
          element,
          text: [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? '').join('').trim(),
        }))
        .filter(({ text }) => text !== '');
    }

    it('leaves out the lookup form, every button and the focus ring', async () => {
      serve(brandWith(keys.publicJwk), { [serial]: await signedRecord(keys) });
      const element = await mount();
      await lookUp(element, serial);
      await recordShown(element);
      const root = shadow(element);
      await waitUntil(() => root.activeElement?.id === 'record-title', 'focus moves to the record');
      const form = root.querySelector('form');
      const buttons = [...root.querySelectorAll('button')];
      expect(shown(form), 'the form on screen').to.equal(true);
      expect(buttons.filter((button) => shown(button)), 'buttons on screen').not.to.be.empty;

      await printed(() => {
        expect(shown(form), 'the form on paper').to.equal(false);
        expect(buttons.filter((button) => shown(button)).map((button) => text(button)), 'buttons on paper').to.deep.equal([]);
        expect(getComputedStyle(root.activeElement as Element).outlineStyle).to.equal('none');
        expect(shown(root.querySelector('[part="record"]'))).to.equal(true);
        expect(text(root.querySelector('[part="verification"]'))).to.contain('Verified');
        expect(text(root)).to.contain('1 owner');
      });
    });

    it('frames the stolen warning and prints every text dark on white, even in the dark theme', async () => {
      serve(brandWith(keys.publicJwk), { [serial]: await signedRecord(keys, { stolen: true }) });
      const element = await mount({ serial });
      element.setAttribute('theme', 'dark');
      await recordShown(element);
      const root = shadow(element);
      const banner = root.querySelector<HTMLElement>('[part="stolen"]');

      await printed(() => {
        // Browsers drop backgrounds when printing: the frame and the words must carry the warning alone.
        expect(shown(banner)).to.equal(true);
        const frame = getComputedStyle(banner as HTMLElement);
        expect(frame.borderTopStyle).to.equal('double');
        expect(Number.parseFloat(frame.borderTopWidth)).to.be.greaterThan(4);
        expect(contrastWithWhite(frame.borderTopColor)).to.be.at.least(minimumTextContrast);
        expect(text(banner)).to.contain('Reported stolen');
        const faint = textElements(root)
          .filter(({ element: node }) => contrastWithWhite(getComputedStyle(node).color) < minimumTextContrast)
          .map(({ text: words, element: node }) => `${words}: ${getComputedStyle(node).color}`);
        expect(faint, 'text too light for white paper').to.deep.equal([]);
      });
    });

    it('prints where the record can be checked: the link as text and the QR code', async () => {
      serve(brandWith(keys.publicJwk), { [serial]: await signedRecord(keys) });
      const element = await mount({ serial });
      await recordShown(element);
      const root = shadow(element);
      const shareInput = root.querySelector<HTMLInputElement>('#share-link');
      const printedLink = root.querySelector('.printed-link');
      expect(shown(printedLink), 'the printed link on screen').to.equal(false);

      await printed(() => {
        expect(shown(printedLink)).to.equal(true);
        expect(text(printedLink)).to.equal(shareInput?.value);
        expect(new URL(text(printedLink)).searchParams.get('serial')).to.equal(serial);
        // An input box clips a long URL on paper: only the text version is printed.
        expect(shown(shareInput)).to.equal(false);
        expect(shown(root.querySelector('[part="qr"]'))).to.equal(true);
      });
    });

    it('keeps each event whole across pages and fits A4 and US Letter without clipping a long link', async () => {
      serve(brandWith(keys.publicJwk), { [serial]: await signedRecord(keys, { stolen: true }) });
      const original = window.location.href;
      const originalViewport = { width: window.innerWidth, height: window.innerHeight };
      // A marketplace listing's address with a tracking token: one long word with nowhere to wrap.
      const listing = new URL(original);
      listing.searchParams.set('listing', 'Zx9'.repeat(80));
      history.replaceState(history.state, '', listing);
      try {
        const element = await mount({ serial });
        await recordShown(element);
        const root = shadow(element);
        await printed(async () => {
          const events = [...root.querySelectorAll('[part="timeline"] > li')];
          expect(events).to.have.length(6);
          expect(events.map((event) => getComputedStyle(event).breakInside)).to.deep.equal(events.map(() => 'avoid'));
          expect(getComputedStyle(root.querySelector('#history-title') as Element).breakAfter).to.equal('avoid');

          for (const [paper, width] of Object.entries(printableWidthsPx)) {
            await setViewport({ width, height: viewportHeightPx });
            const pageRight = element.getBoundingClientRect().right;
            const clipped = [...root.querySelectorAll('*')]
              .filter((node) => shown(node) && node.getBoundingClientRect().right > pageRight + 0.5)
              .map((node) => `${node.tagName.toLowerCase()}.${node.className}`);
            expect(clipped, `wider than ${paper}`).to.deep.equal([]);
            expect(text(root.querySelector('.printed-link'))).to.contain('Zx9Zx9');
          }
        });
      } finally {
        await setViewport(originalViewport);
        history.replaceState(history.state, '', original);
      }
    });
  });

  it('reads the serial from the page URL', async () => {
    serve(brandWith(keys.publicJwk), { [serial]: await signedRecord(keys) });
    const original = window.location.href;
    const url = new URL(original);
    url.searchParams.set('serial', serial);
    history.replaceState(history.state, '', url);
    try {
      const element = await mount();
      await recordShown(element);
      expect(lookupInput(element).value).to.equal(serial);
    } finally {
      history.replaceState(history.state, '', original);
    }
  });
});
