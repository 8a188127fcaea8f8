/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { NetworkError } from '@atelier/client';
import type { CallOptions } from '@atelier/client';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import type { SignedInPerson } from '../shared/person.ts';
import { admin, problem, retailerManager, pressConfirm } from '../testing/stand-ins.ts';
import type { PeopleClient, RetailerSummary, RetailersClient } from './people-client.ts';
import './people-page.ts';
import type { ConsolePeople } from './people-page.ts';

type People = Awaited<ReturnType<PeopleClient['list']>>['people'];
type Invitation = Parameters<PeopleClient['invite']>[0];

const geneva: RetailerSummary = { id: 'ret_geneva', name: 'Boutique Rhône', city: 'Geneva', country: 'CH' };
const paris: RetailerSummary = { id: 'ret_paris', name: 'Galerie Vendôme', city: 'Paris', country: 'FR' };

function personRow(overrides: Partial<People[number]>): People[number] {
  return {
    id: 'per_x',
    email: 'x@maison-aubert.example',
    displayName: 'X',
    role: 'serviceDesk',
    retailerId: null,
    status: 'active',
    invitedBy: null,
    createdAt: '2026-11-01T09:00:00Z',
    deactivatedAt: null,
    ...overrides,
  };
}

class StandInPeopleClient implements PeopleClient {
  people: People = [
    personRow({ id: admin.id, email: admin.email, displayName: admin.displayName, role: 'admin' }),
    personRow({ id: 'per_desk', email: 'desk@maison-aubert.example', displayName: 'Denis Desk', role: 'serviceDesk' }),
    personRow({ id: 'per_manager', email: 'manager@boutique-rhone.example', displayName: 'Marc Rhône', role: 'manager', retailerId: 'ret_geneva' }),
    personRow({ id: 'per_associate', email: 'associate@boutique-rhone.example', displayName: 'Anna Rhône', role: 'associate', retailerId: 'ret_geneva' }),
  ];
  listed: { retailerId?: string }[] = [];
  invitations: { input: Invitation; idempotencyKey: string | undefined }[] = [];
  updates: { personId: string; input: object }[] = [];
  inviteAnswers: Array<() => Promise<never>> = [];

  list(query: { retailerId?: string } = {}) {
    this.listed.push(query);
    return Promise.resolve({ people: this.people.filter((person) => !query.retailerId || person.retailerId === query.retailerId) });
  }
  invite(input: Invitation, options?: CallOptions) {
    this.invitations.push({ input, idempotencyKey: options?.idempotencyKey });
    const answer = this.inviteAnswers.shift();
    if (answer) return answer();
    const created = personRow({ id: `per_${this.people.length}`, email: input.email, displayName: input.displayName ?? null, role: input.role, retailerId: input.retailerId ?? null, status: 'invited' });
    this.people = [...this.people, created];
    return Promise.resolve(created);
  }
  update(personId: string, input: { role?: People[number]['role']; status?: 'deactivated' }) {
    this.updates.push({ personId, input });
    this.people = this.people.map((person) => (person.id === personId ? { ...person, ...input } : person));
    const updated = this.people.find((person) => person.id === personId);
    return updated ? Promise.resolve(updated) : Promise.reject(problem(404, 'not_found'));
  }
}

const retailersClient: RetailersClient = { list: () => Promise.resolve([geneva, paris]) };

async function mount(client: StandInPeopleClient, viewer: SignedInPerson = admin, retailer?: RetailerSummary): Promise<ConsolePeople> {
  const element = await fixture<ConsolePeople>(
    html`<console-people .client=${client} .retailersClient=${viewer.role === 'admin' ? retailersClient : undefined} .viewer=${viewer} .retailer=${retailer}></console-people>`,
  );
  await waitUntil(() => element.shadowRoot?.querySelector('table'), 'the people are listed');
  return element;
}

function text(element: HTMLElement): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

function field<T extends HTMLElement>(element: ConsolePeople, name: string): T {
  const found = element.shadowRoot?.querySelector<T>(`form [name="${name}"]`);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

async function fill(element: ConsolePeople, name: string, value: string): Promise<void> {
  const control = field<HTMLInputElement>(element, name);
  control.value = value;
  control.dispatchEvent(new Event(control.localName === 'wa-select' ? 'change' : 'input'));
  await element.updateComplete;
}

async function submit(element: ConsolePeople): Promise<void> {
  element.shadowRoot?.querySelector('form')?.requestSubmit();
  await element.updateComplete;
}

describe('<console-people>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows a brand admin everyone with role, retailer and status, accessibly', async () => {
    const element = await mount(new StandInPeopleClient());
    const rows = [...(element.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((row) => row.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).to.have.length(4);
    expect(rows[2]).to.include('Marc Rhône').and.include('Boutique Rhône').and.include('Active');
    await expect(element).to.be.accessible();
  });

  it('invites brand staff with the role chosen, and lists them as invited', async () => {
    const client = new StandInPeopleClient();
    const element = await mount(client);
    await fill(element, 'email', 'concierge@maison-aubert.example');
    await fill(element, 'displayName', 'Claire Concierge');
    await fill(element, 'role', 'concierge');
    await submit(element);
    await waitUntil(() => text(element).includes('Invitation sent to concierge@maison-aubert.example.'));
    expect(client.invitations.map((call) => call.input)).to.deep.equal([{ email: 'concierge@maison-aubert.example', displayName: 'Claire Concierge', role: 'concierge' }]);
    await waitUntil(() => text(element).includes('Claire Concierge'));
    expect(text(element)).to.include('Invited');
  });

  it('asks an admin inviting a retailer manager for the retailer, and sends it', async () => {
    const client = new StandInPeopleClient();
    const element = await mount(client);
    await fill(element, 'email', 'manager@galerie-vendome.example');
    await fill(element, 'role', 'manager');
    await waitUntil(() => element.shadowRoot?.querySelector('form [name="retailerId"]'));
    await fill(element, 'retailerId', 'ret_paris');
    await submit(element);
    await waitUntil(() => client.invitations.length === 1);
    expect(client.invitations[0]?.input).to.deep.equal({ email: 'manager@galerie-vendome.example', role: 'manager', retailerId: 'ret_paris' });
  });

  it('shows the server’s field errors under their fields and keeps what was typed', async () => {
    const client = new StandInPeopleClient();
    client.inviteAnswers.push(() => Promise.reject(problem(422, 'validation_failed', [{ path: 'retailerId', code: 'required', message: 'A retailer role needs its retailer.' }])));
    const element = await mount(client);
    await fill(element, 'email', 'manager@galerie-vendome.example');
    await fill(element, 'role', 'manager');
    await submit(element);
    await waitUntil(() => field<WaSelect>(element, 'retailerId').classList.contains('field-error'));
    expect(field<WaSelect>(element, 'retailerId').hint).to.equal('This field is required.');
    expect(field<HTMLInputElement>(element, 'email').value).to.equal('manager@galerie-vendome.example');
    await expect(element).to.be.accessible();
  });

  it('keeps the invitation on a network failure and resends it with the same idempotency key', async () => {
    const client = new StandInPeopleClient();
    client.inviteAnswers.push(() => Promise.reject(new NetworkError('offline')));
    const element = await mount(client);
    await fill(element, 'email', 'analyst@maison-aubert.example');
    await fill(element, 'role', 'analyst');
    await submit(element);
    await waitUntil(() => text(element).includes('We could not reach the server'));
    expect(field<HTMLInputElement>(element, 'email').value).to.equal('analyst@maison-aubert.example');
    await submit(element);
    await waitUntil(() => text(element).includes('Invitation sent'));
    expect(client.invitations[1]?.idempotencyKey).to.equal(client.invitations[0]?.idempotencyKey);
  });

  it('changes a role from the row’s own labelled choice', async () => {
    const client = new StandInPeopleClient();
    const element = await mount(client);
    const select = [...(element.shadowRoot?.querySelectorAll<WaSelect>('wa-select.row-role') ?? [])].find((candidate) => candidate.label === 'Role of Denis Desk');
    if (!select) throw new Error('no role choice for Denis Desk');
    select.value = 'analyst';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => text(element).includes('Denis Desk is now Analyst.'));
    expect(client.updates).to.deep.equal([{ personId: 'per_desk', input: { role: 'analyst' } }]);
  });

  it('deactivates someone only once confirmed, never the viewer themselves', async () => {
    const client = new StandInPeopleClient();
    const element = await mount(client);
    const buttons = [...(element.shadowRoot?.querySelectorAll<HTMLElement>('tbody wa-button') ?? [])];
    expect(buttons.map((button) => button.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Deactivate: Denis Desk',
      'Deactivate: Marc Rhône',
      'Deactivate: Anna Rhône',
    ]);
    buttons[1]?.click();
    await element.updateComplete;
    expect(client.updates).to.deep.equal([]);
    await pressConfirm(element.shadowRoot?.querySelector('console-confirm'));
    await waitUntil(() => text(element).includes('Marc Rhône is deactivated'));
    expect(client.updates).to.deep.equal([{ personId: 'per_manager', input: { status: 'deactivated' } }]);
  });

  it('lets a retailer manager invite associates of their own retailer only', async () => {
    const client = new StandInPeopleClient();
    const element = await mount(client, retailerManager);
    expect(element.shadowRoot?.querySelector('form [name="role"]')).to.equal(null);
    expect(text(element)).to.include('Role: Retailer associate');
    expect(element.shadowRoot?.querySelectorAll('wa-select.row-role')).to.have.length(0);
    await fill(element, 'email', 'new.associate@boutique-rhone.example');
    await submit(element);
    await waitUntil(() => client.invitations.length === 1);
    expect(client.invitations[0]?.input).to.deep.equal({ email: 'new.associate@boutique-rhone.example', role: 'associate', retailerId: 'ret_geneva' });
    await expect(element).to.be.accessible();
  });

  it('is usable at 320 px: the form fits, the table scrolls in its own box', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await mount(new StandInPeopleClient());
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const box = element.shadowRoot?.querySelector<HTMLElement>('.table-box');
    expect(box?.getAttribute('tabindex')).to.equal('0');
    expect(getComputedStyle(box as HTMLElement).overflowX).to.equal('auto');
  });
});
