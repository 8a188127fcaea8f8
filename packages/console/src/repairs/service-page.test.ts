/// <reference types="mocha" />
import { createSessionTransport } from '@atelier/client';
import type WaInput from '@awesome.me/webawesome/dist/components/input/input.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import type WaTextarea from '@awesome.me/webawesome/dist/components/textarea/textarea.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createRepairsClient } from './repairs-client.ts';
import './service-page.ts';
import type { ConsoleService } from './service-page.ts';

interface SentRequest {
  method: string;
  path: string;
  search: string;
  body: Record<string, unknown> | undefined;
  idempotencyKey: string | null;
}

const paris = {
  id: 'svc_paris',
  name: 'Atelier de Service Paris',
  country: 'FR',
  city: 'Paris',
  address: '12 rue de la Paix',
  timeZone: 'Europe/Paris',
  openingHours: [],
  services: [
    { serviceType: 'full_service', category: 'watch', standardTurnaroundDays: 30 },
    { serviceType: 'battery', category: 'watch', standardTurnaroundDays: 3 },
  ],
  mailInInstructions: '',
  location: null,
  distanceKm: null,
};
const geneva = { ...paris, id: 'svc_geneva', name: 'Atelier de Genève', city: 'Geneva', services: [{ serviceType: 'battery', category: 'watch', standardTurnaroundDays: 2 }] };

function summary(trackingCode: string, overrides: Record<string, unknown> = {}) {
  return {
    trackingCode,
    status: 'requested',
    statusSince: '2026-12-06T10:00:00.000Z',
    serial: 'MA-100234',
    modelName: 'Méridienne',
    serviceType: 'full_service',
    serviceCentreId: 'svc_paris',
    serviceCentreName: 'Atelier de Service Paris',
    contactName: 'Jeanne Martin',
    contactConfirmation: 'pending',
    droppedOffAtRetailerId: 'ret_geneva',
    flaggedItemStatus: null,
    bookedByNonOwner: false,
    promisedDate: null,
    createdAt: '2026-12-06T10:00:00.000Z',
    ...overrides,
  };
}

function tracker(serial: string) {
  return {
    trackingCode: '7XK2-M9QD-R4TB',
    serial,
    serviceType: 'full_service',
    description: '',
    centre: { id: 'svc_paris', name: paris.name, city: 'Paris', country: 'FR', address: paris.address, timeZone: paris.timeZone },
    dropOff: { method: 'retailer', slot: null, mailInInstructions: null, retailer: { id: 'ret_geneva', name: 'Boutique Rhône', city: 'Geneva', country: 'CH' } },
    status: 'requested',
    stages: [{ status: 'requested', at: '2026-12-06T10:00:00.000Z' }],
    promisedDate: null,
    onTime: null,
    estimate: null,
    warranty: null,
    rating: null,
    createdAt: '2026-12-06T10:00:00.000Z',
  };
}

function provenance(serial: string, what: string) {
  return {
    serial,
    gtin: null,
    model: { reference: '1801G-AC', name: 'Méridienne', collection: 'Heures' },
    manufactureYear: 2024,
    status: 'sold',
    firstSale: null,
    ownerCount: 1,
    currentOwnerRegisteredSince: '2025-06',
    services: [],
    modifications: [{ date: '2026-12-06', what, retailerName: 'Boutique Rhône' }],
    stolen: null,
    events: [],
    // The console shows the modifications; the chain is the provenance widget's to verify, so any well-formed head does.
    chainHead: { hash: 'a'.repeat(64), signature: 'A'.repeat(86), keyId: 'key_1' },
  };
}

function problem(status: number, code: string, errors: { path: string; code: string; message: string }[] = []): Response {
  return new Response(JSON.stringify({ type: `https://atelier.dev/problems/${code}`, title: code, status, code, errors }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** The API as the page's real client meets it: GETs answered from the lists below, writes from `writes`, each request kept. */
class ScriptedApi {
  readonly requests: SentRequest[] = [];
  centres: unknown[] = [paris, geneva];
  pages: Record<string, { repairs: unknown[]; nextCursor: string | null }> = {
    first: { repairs: [summary('AAAA-AAAA-AAA1'), summary('AAAA-AAAA-AAA2', { status: 'received', contactConfirmation: 'confirmed', serial: 'MA-7' })], nextCursor: 'c2' },
    c2: { repairs: [summary('AAAA-AAAA-AAA3', { status: 'returned', contactConfirmation: 'confirmed', serial: 'MA-8' })], nextCursor: null },
  };
  writes: Array<() => Response> = [];
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const body = request.method === 'GET' ? undefined : ((await request.json()) as Record<string, unknown>);
    this.requests.push({ method: request.method, path: url.pathname, search: url.search, body, idempotencyKey: request.headers.get('Idempotency-Key') });
    if (request.method === 'GET' && url.pathname === '/v1/service-centres') return Response.json({ centres: this.centres });
    if (request.method === 'GET' && url.pathname === '/v1/repairs') {
      const status = url.searchParams.get('status');
      if (status) return Response.json({ repairs: [summary('AAAA-AAAA-AAA2', { status, contactConfirmation: 'confirmed' })], nextCursor: null });
      return Response.json(this.pages[url.searchParams.get('cursor') ?? 'first']);
    }
    const answer = this.writes.shift();
    if (!answer) throw new Error(`no answer scripted for ${request.method} ${url.pathname}`);
    return answer();
  };

  writesTo(path: string): SentRequest[] {
    return this.requests.filter((request) => request.method === 'POST' && request.path === path);
  }
}

async function mount(api: ScriptedApi): Promise<ConsoleService> {
  const client = createRepairsClient(createSessionTransport({ fetch: api.fetch, retry: 0 }).call);
  const element = await fixture<ConsoleService>(html`<console-service .client=${client} retailerId="ret_geneva"></console-service>`);
  await waitUntil(() => takeIn(element).shadowRoot?.querySelector('form'), 'the centres are loaded');
  await waitUntil(() => list(element).shadowRoot?.querySelector('table'), 'the repairs are listed');
  return element;
}

function takeIn(element: ConsoleService): HTMLElementTagNameMap['console-take-in-form'] {
  const found = element.shadowRoot?.querySelector('console-take-in-form');
  if (!found) throw new Error('no take-in form');
  return found;
}

function list(element: ConsoleService): HTMLElementTagNameMap['console-counter-repairs'] {
  const found = element.shadowRoot?.querySelector('console-counter-repairs');
  if (!found) throw new Error('no list');
  return found;
}

function modification(element: ConsoleService): HTMLElementTagNameMap['console-modification-form'] {
  const found = element.shadowRoot?.querySelector('console-modification-form');
  if (!found) throw new Error('no modification form');
  return found;
}

function control<T extends HTMLElement>(host: HTMLElement, name: string): T {
  const found = host.shadowRoot?.querySelector<T>(`[name="${name}"]`);
  if (!found) throw new Error(`no control ${name}`);
  return found;
}

async function fill(host: HTMLElement & { updateComplete: Promise<boolean> }, name: string, value: string): Promise<void> {
  const target = control<WaInput | WaSelect | WaTextarea>(host, name);
  target.value = value;
  target.dispatchEvent(new Event(target.localName === 'wa-select' ? 'change' : 'input', { bubbles: true, composed: true }));
  await host.updateComplete;
}

async function typeSerial(host: HTMLElement & { updateComplete: Promise<boolean> }, serial: string): Promise<void> {
  const field = host.shadowRoot?.querySelector('console-serial-field');
  if (!field) throw new Error('no serial field');
  field.value = serial;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await host.updateComplete;
}

async function fillTakeIn(element: ConsoleService): Promise<void> {
  const form = takeIn(element);
  await typeSerial(form, 'MA-100234');
  await fill(form, 'serviceType', 'full_service');
  await fill(form, 'serviceCentreId', 'svc_paris');
  await fill(form, 'description', 'Stops overnight.');
  await fill(form, 'contact.name', 'Jeanne Martin');
  await fill(form, 'contact.email', 'jeanne@example.fr');
}

function submit(host: HTMLElement): void {
  host.shadowRoot?.querySelector<HTMLElement>('wa-button[type="submit"]')?.click();
}

function text(element: HTMLElement): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

function rows(element: ConsoleService): string[] {
  return [...(list(element).shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((row) => row.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

describe('<console-service>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('takes a piece in at the counter for its owner, says the tracking code and that the address awaits confirmation, and lists it', async function () {
    // Two axe passes over the whole page.
    this.timeout(20_000);
    const api = new ScriptedApi();
    api.writes = [() => Response.json(tracker('MA-100234'), { status: 201 })];
    const element = await mount(api);
    await fillTakeIn(element);
    await expect(element).to.be.accessible();
    submit(takeIn(element));
    await waitUntil(() => text(takeIn(element)).includes('Piece taken in'), 'the take-in is confirmed');
    expect(api.writesTo('/v1/repairs')[0]?.body).to.deep.equal({
      serial: 'MA-100234',
      serviceType: 'full_service',
      serviceCentreId: 'svc_paris',
      description: 'Stops overnight.',
      dropOff: { method: 'retailer' },
      contact: { name: 'Jeanne Martin', email: 'jeanne@example.fr', language: 'en' },
    });
    expect(text(takeIn(element))).to.include('7XK2-M9QD-R4TB');
    expect(text(takeIn(element))).to.include('We e-mailed jeanne@example.fr a request to confirm the address');
    // The list starts again from its first page, with the new repair in it.
    await waitUntil(() => api.requests.filter((request) => request.path === '/v1/repairs' && request.method === 'GET').length === 2, 'the list reloads');
    await expect(element).to.be.accessible();
  });

  it('offers only the centres that perform the chosen service', async () => {
    const api = new ScriptedApi();
    const element = await mount(api);
    const form = takeIn(element);
    const centreChoices = () => [...control<WaSelect>(form, 'serviceCentreId').querySelectorAll('wa-option')].map((option) => option.getAttribute('value'));
    expect(centreChoices()).to.deep.equal(['svc_paris', 'svc_geneva']);
    await fill(form, 'serviceType', 'full_service');
    expect(centreChoices()).to.deep.equal(['svc_paris']);
    expect(text(form)).to.include('about 30 days');
    await fill(form, 'serviceCentreId', 'svc_paris');
    await fill(form, 'serviceType', 'battery');
    expect(control<WaSelect>(form, 'serviceCentreId').value, 'Paris still offers it: kept').to.equal('svc_paris');
  });

  it('checks the form before sending, and puts the server’s refusal under the serial with what was typed kept', async () => {
    const api = new ScriptedApi();
    const element = await mount(api);
    const form = takeIn(element);
    await fill(form, 'contact.email', 'not an address');
    submit(form);
    await waitUntil(() => control<WaInput>(form, 'contact.email').classList.contains('field-error'), 'the e-mail is flagged');
    expect(control<WaInput>(form, 'contact.email').hint).to.equal('Enter an e-mail address such as name@example.com.');
    expect(api.writesTo('/v1/repairs')).to.have.length(0);

    api.writes = [() => problem(404, 'unknown_serial', [{ path: 'serial', code: 'unknown_serial', message: 'No piece of this brand has this serial number.' }])];
    await fillTakeIn(element);
    submit(form);
    await waitUntil(
      () => form.shadowRoot?.querySelector('console-serial-field')?.error === 'No piece of the brand has this serial. Check it against the card.',
      'the serial is flagged in words',
    );
    expect(control<WaInput>(form, 'contact.name').value).to.equal('Jeanne Martin');
    expect(control<WaTextarea>(form, 'description').value).to.equal('Stops overnight.');
  });

  it('keeps the form after a lost answer and sends it again with the same idempotency key', async () => {
    const api = new ScriptedApi();
    api.writes = [
      () => {
        throw new TypeError('Failed to fetch');
      },
      () => Response.json(tracker('MA-100234'), { status: 201 }),
    ];
    const element = await mount(api);
    await fillTakeIn(element);
    submit(takeIn(element));
    await waitUntil(() => text(takeIn(element)).includes('could not reach the server'), 'the failure is shown');
    expect(control<WaInput>(takeIn(element), 'contact.email').value).to.equal('jeanne@example.fr');
    expect(control<WaSelect>(takeIn(element), 'serviceCentreId').value).to.equal('svc_paris');
    submit(takeIn(element));
    await waitUntil(() => text(takeIn(element)).includes('Piece taken in'), 'the resend succeeded');
    const sent = api.writesTo('/v1/repairs');
    expect(sent).to.have.length(2);
    expect(sent[1]?.idempotencyKey).to.equal(sent[0]?.idempotencyKey);
  });

  it('lists the repairs left here with where each stands and whether the owner confirmed, filtered by status, a page at a time', async () => {
    const api = new ScriptedApi();
    const element = await mount(api);
    expect(rows(element)).to.have.length(2);
    expect(rows(element)[0]).to.include('AAAA-AAAA-AAA1').and.include('MA-100234').and.include('Méridienne').and.include('Full service').and.include('Taken in').and.include('Not yet confirmed');
    expect(rows(element)[1]).to.include('At the service centre').and.include('Confirmed');
    list(element).shadowRoot?.querySelector<HTMLElement>('.actions wa-button')?.click();
    await waitUntil(() => rows(element).length === 3, 'the next page is added');
    expect(rows(element)[2]).to.include('Returned');

    await fill(list(element), 'status', 'received');
    await waitUntil(() => rows(element).length === 1, 'filtered');
    expect(api.requests.at(-1)?.search).to.equal('?status=received');
    await expect(element).to.be.accessible();
  });

  it('records a modification into the piece’s history in the boutique’s name, and shows the history’s modifications', async () => {
    const api = new ScriptedApi();
    api.writes = [() => Response.json(provenance('MA-7', 'Strap replaced — black alligator'), { status: 201 })];
    const element = await mount(api);
    const form = modification(element);
    await typeSerial(form, 'MA-7');
    submit(form);
    await waitUntil(() => control<WaSelect>(form, 'kind').classList.contains('field-error'), 'the kind is asked for');
    expect(api.writesTo('/v1/items/MA-7/modifications')).to.have.length(0);
    await fill(form, 'kind', 'strap');
    await fill(form, 'detail', 'black alligator');
    submit(form);
    try {
      await waitUntil(() => text(form).includes('Recorded in the history of MA-7'), 'recorded');
    } catch {
      throw new Error(`not recorded: ${text(form)} ${JSON.stringify(api.requests.at(-1))}`);
    }
    expect(api.writesTo('/v1/items/MA-7/modifications')[0]?.body).to.deep.equal({ what: 'Strap replaced — black alligator', retailerId: 'ret_geneva' });
    expect(text(form)).to.include('Strap replaced — black alligator (Boutique Rhône)');
    await expect(element).to.be.accessible();
  });

  it('is used by keyboard alone at phone width: typed, then sent with Enter on the button', async () => {
    await setViewport({ width: 375, height: 800 });
    const api = new ScriptedApi();
    api.writes = [() => Response.json(tracker('MA-5'), { status: 201 })];
    const element = await mount(api);
    expect(document.documentElement.scrollWidth).to.be.at.most(375);
    const form = takeIn(element);
    form.shadowRoot?.querySelector('console-serial-field')?.focus();
    await sendKeys({ type: 'ma-5' });
    // The selects by keyboard: open, move, choose.
    for (const [name, downs] of [
      ['serviceType', 1],
      ['serviceCentreId', 1],
    ] as const) {
      control<WaSelect>(form, name).focus();
      await sendKeys({ press: 'Enter' });
      for (let press = 1; press < downs; press += 1) await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => control<WaSelect>(form, name).value !== '', `${name} chosen`);
    }
    control<WaTextarea>(form, 'description').focus();
    await sendKeys({ type: 'Crown loose' });
    control<WaInput>(form, 'contact.name').focus();
    await sendKeys({ type: 'Jeanne Martin' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'jeanne@example.fr' });
    form.shadowRoot?.querySelector<HTMLElement>('wa-button[type="submit"]')?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(form).includes('Piece taken in'), 'sent by keyboard');
    expect(api.writesTo('/v1/repairs')[0]?.body).to.deep.include({ serial: 'MA-5', serviceType: 'full_service', serviceCentreId: 'svc_paris', description: 'Crown loose' });
    await waitUntil(() => form.shadowRoot?.activeElement?.classList.contains('taken-in'), 'focus moves to the confirmation');
    await expect(element).to.be.accessible();
  });
});
