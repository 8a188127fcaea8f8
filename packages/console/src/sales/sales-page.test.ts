/// <reference types="mocha" />
import { createSessionTransport } from '@atelier/client';
import type WaCheckbox from '@awesome.me/webawesome/dist/components/checkbox/checkbox.js';
import type WaInput from '@awesome.me/webawesome/dist/components/input/input.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createSalesClient } from './sales-client.ts';
import './sales-page.ts';
import type { ConsoleSales } from './sales-page.ts';

/** The API as the page's real client meets it: each answer scripted, each request kept. */
class ScriptedApi {
  readonly requests: { body: Record<string, unknown>; idempotencyKey: string | null }[] = [];
  answers: Array<() => Response> = [];
  /** Times the recent sales were asked for. */
  listings = 0;
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    if (request.method === 'GET') {
      this.listings += 1;
      return Response.json({ sales: [], nextCursor: null, voidWindowHours: 72 });
    }
    this.requests.push({ body: (await request.json()) as Record<string, unknown>, idempotencyKey: request.headers.get('Idempotency-Key') });
    const answer = this.answers.shift();
    if (!answer) throw new Error('no answer scripted');
    return answer();
  };
}

function registered(serial: string): Response {
  const warranty = {
    id: 'wty_1',
    serial,
    model: { reference: '1801G-AC', name: 'Méridienne', collection: 'Heures' },
    status: 'pending_confirmation',
    purchaseDate: '2026-12-06',
    coverageEnd: '2028-12-06',
    retailer: { id: 'ret_geneva', name: 'Boutique Rhône', country: 'CH', city: 'Geneva' },
    gift: true,
    activatedAt: '2026-12-06T10:00:00.000Z',
    confirmedAt: null,
  };
  return Response.json({ warranty, confirmationSentTo: 'é•••@example.fr' }, { status: 201 });
}

function problem(status: number, code: string, errors: { path: string; code: string; message: string }[] = []): Response {
  return new Response(JSON.stringify({ type: `https://atelier.dev/problems/${code}`, title: code, status, code, errors }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

async function mount(api: ScriptedApi, serial = ''): Promise<ConsoleSales> {
  const client = createSalesClient(createSessionTransport({ fetch: api.fetch, retry: 0 }).call);
  const element = await fixture<ConsoleSales>(html`<console-sales .client=${client} retailerId="ret_geneva" serial=${serial}></console-sales>`);
  await form(element).updateComplete;
  return element;
}

function form(element: ConsoleSales): HTMLElementTagNameMap['console-sale-form'] {
  const found = element.shadowRoot?.querySelector('console-sale-form');
  if (!found) throw new Error('no form');
  return found;
}

function control<T extends HTMLElement>(element: ConsoleSales, name: string): T {
  const found = form(element).shadowRoot?.querySelector<T>(`[name="${name}"]`);
  if (!found) throw new Error(`no control ${name}`);
  return found;
}

async function fill(element: ConsoleSales, name: string, value: string): Promise<void> {
  const target = control<WaInput | WaSelect>(element, name);
  target.value = value;
  target.dispatchEvent(new Event(target.localName === 'wa-select' ? 'change' : 'input', { bubbles: true, composed: true }));
  await form(element).updateComplete;
}

async function tick(element: ConsoleSales, name: string): Promise<void> {
  const checkbox = control<WaCheckbox>(element, name);
  checkbox.click();
  await waitUntil(() => checkbox.checked, `${name} is ticked`);
  await form(element).updateComplete;
}

function serialField(element: ConsoleSales): HTMLElementTagNameMap['console-serial-field'] {
  const found = form(element).shadowRoot?.querySelector('console-serial-field');
  if (!found) throw new Error('no serial field');
  return found;
}

async function fillBuyer(element: ConsoleSales): Promise<void> {
  await fill(element, 'buyer.name', 'Marc Aubry');
  await fill(element, 'buyer.email', 'marc@example.org');
  await fill(element, 'buyer.country', 'FR');
}

function submit(element: ConsoleSales): void {
  form(element).shadowRoot?.querySelector<HTMLElement>('wa-button[type="submit"]')?.click();
}

function text(element: HTMLElement): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

describe('<console-sales>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('registers a gift sold at the counter, with the serial from the stock page, and says where the confirmation went', async () => {
    const api = new ScriptedApi();
    api.answers = [() => registered('MA-100234')];
    const element = await mount(api, 'MA-100234');
    expect(serialField(element).value).to.equal('MA-100234');
    expect(control<WaInput>(element, 'purchaseDate').value).to.match(/^\d{4}-\d{2}-\d{2}$/);
    await fillBuyer(element);
    await tick(element, 'consents.service');
    await tick(element, 'gift');
    await fill(element, 'gift.recipientName', 'Élodie Aubry');
    await fill(element, 'gift.recipientEmail', 'elodie@example.fr');
    await expect(element).to.be.accessible();
    submit(element);
    await waitUntil(() => text(form(element)).includes('Sale registered'), 'the sale is confirmed');
    expect(api.requests[0]?.body).to.deep.include({
      serial: 'MA-100234',
      retailerId: 'ret_geneva',
      buyer: { name: 'Marc Aubry', email: 'marc@example.org', country: 'FR', language: 'en' },
      gift: { recipientName: 'Élodie Aubry', recipientEmail: 'elodie@example.fr' },
      consents: { service: true, marketing: false },
    });
    expect(text(form(element))).to.include('we e-mailed a link to é•••@example.fr');
    await waitUntil(() => api.listings === 2, 'the recent sales are loaded again, the new one with them');
    await expect(element).to.be.accessible();
  });

  it('says what is wrong under each field before sending, and sends no consent nobody gave', async () => {
    const api = new ScriptedApi();
    const element = await mount(api);
    await fill(element, 'buyer.email', 'not an address');
    submit(element);
    await waitUntil(() => control<WaInput>(element, 'buyer.email').classList.contains('field-error'), 'the e-mail is flagged');
    expect(control<WaInput>(element, 'buyer.email').hint).to.equal('Enter an e-mail address such as name@example.com.');
    expect(serialField(element).error).to.be.a('string');
    expect(api.requests).to.have.length(0);
    await expect(element).to.be.accessible();

    api.answers = [() => registered('MA-7')];
    serialField(element).value = 'MA-7';
    serialField(element).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await fillBuyer(element);
    submit(element);
    await waitUntil(() => api.requests.length === 1, 'sent once valid');
    expect(api.requests[0]?.body).not.to.have.property('consents');
    expect(api.requests[0]?.body).not.to.have.property('gift');
  });

  it('puts the server’s refusal under the serial and keeps what was typed', async () => {
    const api = new ScriptedApi();
    api.answers = [() => problem(409, 'already_activated', [{ path: 'serial', code: 'already_activated', message: 'The warranty of this piece is already registered.' }])];
    const element = await mount(api, 'MA-1');
    await fillBuyer(element);
    submit(element);
    await waitUntil(() => serialField(element).error, 'the serial is flagged');
    expect(serialField(element).error).to.equal('This piece’s warranty is already registered.');
    expect(control<WaInput>(element, 'buyer.name').value).to.equal('Marc Aubry');
  });

  it('keeps the form after a lost answer and sends it again with the same idempotency key', async () => {
    const api = new ScriptedApi();
    api.answers = [
      () => {
        throw new TypeError('Failed to fetch');
      },
      () => registered('MA-1'),
    ];
    const element = await mount(api, 'MA-1');
    await fillBuyer(element);
    submit(element);
    await waitUntil(() => text(form(element)).includes('could not reach the server'), 'the failure is shown');
    expect(control<WaInput>(element, 'buyer.email').value).to.equal('marc@example.org');
    submit(element);
    await waitUntil(() => text(form(element)).includes('Sale registered'), 'the resend succeeded');
    expect(api.requests).to.have.length(2);
    expect(api.requests[1]?.idempotencyKey).to.equal(api.requests[0]?.idempotencyKey);
  });

  it('is usable by keyboard at phone width', async () => {
    await setViewport({ width: 375, height: 800 });
    const api = new ScriptedApi();
    const element = await mount(api);
    expect(document.documentElement.scrollWidth).to.be.at.most(375);
    serialField(element).focus();
    await sendKeys({ type: 'ma-5' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => serialField(element).value === 'ma-5', 'typed into the serial field');
    await expect(element).to.be.accessible();
  });
});
