/// <reference types="mocha" />
import type { CallOptions } from '@atelier/client';
import type { ClientNoteCreation } from '@atelier/client/contract';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { navigateEvent } from '../shared/events.ts';
import { problem } from '../testing/stand-ins.ts';
import type { ClientsClient } from './clients-client.ts';
import './client-page.ts';
import type { ConsoleClient } from './client-page.ts';

type Profile = Awaited<ReturnType<ClientsClient['profile']>>;
type Timeline = Awaited<ReturnType<ClientsClient['timeline']>>;
type Note = Awaited<ReturnType<ClientsClient['addNote']>>;

const meridienne = { serial: 'MA-240101', model: { reference: '1801G-AC', name: 'Méridienne' } };
const celeste = { serial: 'MA-240207', model: { reference: '2204J-OR', name: 'Céleste' } };
const lumiere = { id: 'ret_lyon', name: 'Bijouterie Lumière', country: 'FR', city: 'Lyon' };

const marc: Profile = {
  id: 'own_marc',
  name: 'Marc Aubry',
  email: 'marc@example.org',
  postalAddress: '4 rue de la Paix, 75002 Paris',
  country: 'FR',
  language: 'fr',
  customerType: 'collector',
  createdAt: '2024-03-10T09:00:00.000Z',
  consents: [
    { channel: 'email', purpose: 'service', granted: true, recordedAt: '2024-03-12T08:00:00.000Z', source: 'registration_confirmed' },
    { channel: 'email', purpose: 'marketing', granted: false, recordedAt: null, source: null },
  ],
  figures: { purchases: 2, piecesOwned: 1, services: 1, firstPurchaseOn: '2024-03-10', lastPurchaseOn: '2025-12-20', lastServiceOn: '2025-09-15', lastPurchaseOrServiceOn: '2025-12-20' },
  tier: 'regular',
  value: {
    purchase: { currency: 'EUR', amountMinorUnits: 1_235_600 },
    afterSales: { currency: 'EUR', amountMinorUnits: 45_000 },
    basis: { reportingCurrency: 'EUR', convertedWith: 'brand_monthly_rates', missingRates: [{ currency: 'JPY', month: '2025-12' }], amountsLeftOut: 1 },
  },
  pieces: [
    { ...meridienne, roles: ['owner', 'buyer'], purchaseDate: '2024-03-10', acquiredOn: '2024-03-10', retailer: lumiere, warranty: { status: 'active', coverageEnd: '2027-03-10' } },
    { ...celeste, roles: ['gift_giver'], purchaseDate: '2025-12-20', acquiredOn: null, retailer: null, warranty: null },
  ],
  specialDates: [{ kind: 'purchase_anniversary', serial: meridienne.serial, since: '2024-03-10', next: '2027-03-10', years: 3 }],
  asOf: '2026-11-25',
};

const marcsTimeline: Timeline = {
  entries: [
    { kind: 'purchase', at: '2024-03-10T00:00:00.000Z', piece: meridienne, purchase: { role: 'buyer', purchaseDate: '2024-03-10', retailer: lumiere, counterpart: null } },
    { kind: 'consent', at: '2024-03-12T08:00:00.000Z', consent: { channel: 'email', purpose: 'service', granted: true, source: 'registration_confirmed' } },
    { kind: 'service', at: '2025-09-15T09:00:00.000Z', piece: meridienne, service: { serviceType: 'full_service', country: 'CH', city: 'Geneva' } },
    { kind: 'purchase', at: '2025-12-20T00:00:00.000Z', piece: celeste, purchase: { role: 'gift_giver', purchaseDate: '2025-12-20', retailer: null, counterpart: { id: 'own_lea', name: 'Léa Aubry' } } },
    { kind: 'rating', at: '2026-11-22T09:00:00.000Z', piece: meridienne, rating: { trackingCode: '7XK2-M9QD-R4TB', score: 5, comment: 'Runs like new.' } },
  ],
};

class StandInClientsClient implements ClientsClient {
  asked: string[] = [];
  failNext = false;
  notes: Note[] = [];
  /** The next note is refused as the server refuses a retention day out of range. */
  refuseNextNote = false;

  profile(clientId: string, _options?: CallOptions): Promise<Profile> {
    this.asked.push(`profile ${clientId}`);
    if (this.failNext) {
      this.failNext = false;
      return Promise.reject(problem(503, 'service_unavailable'));
    }
    return clientId === marc.id ? Promise.resolve(marc) : Promise.reject(problem(404, 'unknown_client'));
  }

  timeline(clientId: string, _options?: CallOptions): Promise<Timeline> {
    this.asked.push(`timeline ${clientId}`);
    if (clientId !== marc.id) return Promise.reject(problem(404, 'unknown_client'));
    return Promise.resolve({ entries: [...marcsTimeline.entries, ...this.notes.map((note) => ({ kind: 'note' as const, at: note.createdAt, note }))] });
  }

  addNote(note: ClientNoteCreation, _options?: CallOptions): Promise<Note> {
    this.asked.push(`note ${JSON.stringify(note)}`);
    if (this.refuseNextNote) {
      this.refuseNextNote = false;
      return Promise.reject(problem(422, 'validation_failed', [{ path: 'retainUntil', code: 'invalid_value', message: 'A day from today (2026-11-25) to 2036-11-25.' }]));
    }
    const added: Note = {
      id: `cnt_${this.notes.length + 1}`,
      subject: 'client',
      clientId: note.clientId ?? null,
      serial: null,
      trackingCode: null,
      visibility: note.visibility,
      text: note.text,
      retainUntil: note.retainUntil,
      createdAt: '2026-11-25T10:00:00.000Z',
    };
    this.notes.push(added);
    return Promise.resolve(added);
  }
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function timelineItems(element: ConsoleClient): string[] {
  return [...(element.shadowRoot?.querySelectorAll('ol.timeline > li') ?? [])].map((item) => text(item));
}

async function mount(client: ClientsClient, clientId: string): Promise<ConsoleClient> {
  return fixture<ConsoleClient>(html`<console-client .client=${client} client-id=${clientId}></console-client>`);
}

describe('<console-client>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows who the client is, their consents, figures, pieces with their roles, special dates, and the timeline in order, accessibly', async () => {
    const element = await mount(new StandInClientsClient(), marc.id);
    await waitUntil(() => timelineItems(element).length > 0, 'the client is shown');
    const root = element.shadowRoot!;
    expect(text(root.querySelector('h1'))).to.equal('Marc Aubry');
    const page = text(root as unknown as Element);
    expect(page).to.include('This opening is recorded in the audit log.');
    expect(page).to.include('marc@example.org').and.include('4 rue de la Paix, 75002 Paris').and.include('France').and.include('Collector');
    expect(page).to.include('Service messages · e-mail').and.include('Yes, since Mar 12, 2024').and.include('News and invitations · e-mail').and.include('Never asked');
    expect(page).to.include('Regular client');
    const figures = [...root.querySelectorAll('dt')].map((term) => `${text(term)}: ${text(term.nextElementSibling)}`);
    expect(figures).to.include('Purchase value: €12,356.00').and.include('After-sales value: €450.00');
    expect(text(root.querySelector('p.currency-basis'))).to.equal('In EUR, converted at the brand’s rate for each amount’s month.');
    expect(text(root.querySelector('p.currency-basis + wa-callout'))).to.equal('No rate entered for JPY in December 2025: 1 amount is left out rather than converted at a guess.');
    const rows = [...root.querySelectorAll('tbody tr')].map((row) => text(row));
    expect(rows[0]).to.include('MA-240101').and.include('Owner, Buyer').and.include('Bijouterie Lumière, Lyon').and.include('Valid until Mar 10, 2027');
    expect(rows[1]).to.include('MA-240207').and.include('Gift giver');
    expect(text(root.querySelector('ul.dates'))).to.equal('MA-240101: 3 years on Mar 10, 2027');
    const items = timelineItems(element);
    expect(items).to.have.length(5);
    expect(items[0]).to.include('Mar 10, 2024').and.include('Bought Méridienne MA-240101').and.include('At Bijouterie Lumière, Lyon');
    expect(items[1]).to.include('Said yes to Service messages · e-mail').and.include('Source: registration_confirmed');
    expect(items[2]).to.include('Méridienne MA-240101 serviced').and.include('full_service · Geneva, CH');
    expect(items[3]).to.include('Dec 20, 2025').and.include('Gave Céleste MA-240207 to Léa Aubry');
    expect(items[4]).to.include('Rated the service of Méridienne MA-240101 5 out of 5').and.include('Runs like new.');
    expect(root.querySelector('ol.timeline time')?.getAttribute('datetime')).to.equal('2024-03-10T00:00:00.000Z');
    await expect(element).to.be.accessible();
  });

  it('says when the brand has no client with the id, and asks nothing for what is not an id', async () => {
    const client = new StandInClientsClient();
    const unknown = await mount(client, 'own_nobody');
    await waitUntil(() => text(unknown.shadowRoot?.querySelector('wa-callout')) !== '', 'the page says so');
    expect(text(unknown.shadowRoot?.querySelector('wa-callout'))).to.equal('The brand has no client with this id.');
    expect(unknown.shadowRoot?.querySelector('form')).to.exist;
    await expect(unknown).to.be.accessible();
    const malformed = await mount(client, 'not an id');
    await waitUntil(() => text(malformed.shadowRoot?.querySelector('wa-callout')) !== '', 'the page says so');
    expect(text(malformed.shadowRoot?.querySelector('wa-callout'))).to.equal('The brand has no client with this id.');
    expect(client.asked).to.deep.equal(['profile own_nobody', 'timeline own_nobody']);
  });

  it('opens a client by id from the keyboard, and refuses what is not an id under its field', async () => {
    const element = await mount(new StandInClientsClient(), '');
    const root = element.shadowRoot!;
    expect(text(root.querySelector('h1'))).to.equal('Clients');
    const field = root.querySelector<HTMLElement>('wa-input[name="clientId"]')!;
    field.focus();
    await sendKeys({ type: 'marc' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => field.classList.contains('field-error'), 'the field says what is wrong');
    expect(field.getAttribute('hint')).to.equal('Enter a client id: own_ followed by letters, digits, _ or -.');
    field.focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ type: 'own_' });
    const navigation = oneEvent(element, navigateEvent);
    await sendKeys({ press: 'Enter' });
    const { detail } = await navigation;
    expect(detail).to.equal('/console/clients/own_marc');
    await expect(element).to.be.accessible();
  });

  it('says a failed load in words and loads again with Try again', async () => {
    const client = new StandInClientsClient();
    client.failNext = true;
    const element = await mount(client, marc.id);
    await waitUntil(() => element.shadowRoot?.querySelector('wa-callout[role="alert"]'), 'the failure is said');
    [...(element.shadowRoot?.querySelectorAll<HTMLElement>('wa-button') ?? [])].find((button) => text(button) === 'Try again')?.click();
    await waitUntil(() => timelineItems(element).length === 5, 'the client is shown after a retry');
  });

  it('lets the concierge add a note from the keyboard, with who may read it and the day it is kept until, then shows it in the timeline', async () => {
    const client = new StandInClientsClient();
    const element = await mount(client, marc.id);
    await waitUntil(() => timelineItems(element).length > 0, 'the client is shown');
    const root = element.shadowRoot!;
    const retention = root.querySelector<HTMLElement & { value: string }>('form.note wa-input[name="retainUntil"]')!;
    expect(retention.value, 'two years from the profile’s day, proposed').to.equal('2028-11-25');
    root.querySelector<HTMLElement>('form.note wa-textarea[name="text"]')!.focus();
    await sendKeys({ type: 'Prefers Saturday fittings.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    const visibility = root.querySelector<HTMLElement & { value: string }>('form.note wa-select[name="visibility"]')!;
    await waitUntil(() => visibility.value === 'retailer_of_record', 'the visibility is chosen from the keyboard');
    root.querySelector<HTMLElement>('form.note wa-button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => timelineItems(element).length === 6, 'the note is in the timeline');
    expect(client.asked.at(-2)).to.equal(`note ${JSON.stringify({ clientId: marc.id, visibility: 'retailer_of_record', text: 'Prefers Saturday fittings.', retainUntil: '2028-11-25' })}`);
    expect(timelineItems(element)[5]).to.include('Note').and.include('Prefers Saturday fittings.').and.include('The brand and the retailer of record · kept until Nov 25, 2028');
    expect(text(root.querySelector('.note-added'))).to.equal('The note is added to the timeline.');
    expect(root.querySelector<HTMLElement & { value: string }>('form.note wa-textarea[name="text"]')!.value).to.equal('');
    await expect(element).to.be.accessible();
  });

  it('keeps a refused note as typed and says why under its field', async () => {
    const client = new StandInClientsClient();
    client.refuseNextNote = true;
    const element = await mount(client, marc.id);
    await waitUntil(() => timelineItems(element).length > 0, 'the client is shown');
    const root = element.shadowRoot!;
    root.querySelector<HTMLElement>('form.note wa-textarea[name="text"]')!.focus();
    await sendKeys({ type: 'Call before Christmas' });
    root.querySelector<HTMLElement>('form.note wa-button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const retention = root.querySelector<HTMLElement>('form.note wa-input[name="retainUntil"]')!;
    await waitUntil(() => retention.classList.contains('field-error'), 'the field says what is wrong');
    expect(retention.getAttribute('hint')).to.equal('Pick a day from today to ten years ahead.');
    expect(root.querySelector<HTMLElement & { value: string }>('form.note wa-textarea[name="text"]')!.value).to.equal('Call before Christmas');
    expect(timelineItems(element)).to.have.length(5);
    await expect(element).to.be.accessible();
  });

  it('fits a phone’s width, its pieces table scrolling in its own box', async () => {
    await setViewport({ width: 375, height: 800 });
    const element = await mount(new StandInClientsClient(), marc.id);
    await waitUntil(() => timelineItems(element).length > 0, 'the client is shown');
    expect(document.documentElement.scrollWidth).to.be.at.most(375);
    expect(element.shadowRoot?.querySelector('.table-box')?.getAttribute('tabindex')).to.equal('0');
    await expect(element).to.be.accessible();
  });
});
