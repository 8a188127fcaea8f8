/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CallOptions } from '@atelier/client';
import type WaInput from '@awesome.me/webawesome/dist/components/input/input.js';
import { problem, pressConfirm } from '../testing/stand-ins.ts';
import type { RetailersClient } from '../people/people-client.ts';
import type { ApiKeysClient } from './api-keys-client.ts';
import './api-keys-page.ts';
import { originsFromText } from './api-keys-page.ts';
import type { ConsoleApiKeys } from './api-keys-page.ts';

type Keys = Awaited<ReturnType<ApiKeysClient['list']>>['apiKeys'];
type Creation = Parameters<ApiKeysClient['create']>[0];

const secretKey = 'sk_live_7Hq2mXb9cTzR4wNv8KpL3sYd';

class StandInApiKeysClient implements ApiKeysClient {
  keys: Keys = [
    { id: 'key_site', kind: 'publishable', label: 'Brand site', keyPrefix: 'pk_live_Ab', allowedOrigins: ['https://www.maison-aubert.example'], retailerId: null, createdAt: '2026-10-01T09:00:00Z', revokedAt: null },
    { id: 'key_old', kind: 'secret', label: 'Old ERP', keyPrefix: 'sk_live_Zz', allowedOrigins: [], retailerId: null, createdAt: '2026-01-01T09:00:00Z', revokedAt: '2026-06-01T09:00:00Z' },
  ];
  created: { input: Creation; idempotencyKey: string | undefined }[] = [];
  revoked: string[] = [];
  createAnswer: ((input: Creation) => Promise<never>) | undefined;

  list() {
    return Promise.resolve({ apiKeys: this.keys });
  }
  create(input: Creation, options?: CallOptions) {
    this.created.push({ input, idempotencyKey: options?.idempotencyKey });
    if (this.createAnswer) return this.createAnswer(input);
    const key = { id: 'key_new', kind: input.kind, label: input.label, keyPrefix: 'sk_live_7H', allowedOrigins: input.allowedOrigins ?? [], retailerId: input.retailerId ?? null, createdAt: '2026-12-06T10:00:00Z', revokedAt: null };
    this.keys = [key, ...this.keys];
    return Promise.resolve({ ...key, key: secretKey });
  }
  revoke(keyId: string) {
    this.revoked.push(keyId);
    const key = this.keys.find((candidate) => candidate.id === keyId);
    if (!key) return Promise.reject(problem(404, 'unknown_api_key'));
    const revoked = { ...key, revokedAt: '2026-12-06T11:00:00Z' };
    this.keys = this.keys.map((candidate) => (candidate.id === keyId ? revoked : candidate));
    return Promise.resolve(revoked);
  }
}

const retailersClient: RetailersClient = { list: () => Promise.resolve([{ id: 'ret_geneva', name: 'Boutique Rhône', city: 'Geneva', country: 'CH' }]) };

async function mount(client: StandInApiKeysClient): Promise<ConsoleApiKeys> {
  const element = await fixture<ConsoleApiKeys>(html`<console-api-keys .client=${client} .retailersClient=${retailersClient}></console-api-keys>`);
  await waitUntil(() => element.shadowRoot?.querySelector('table'), 'the keys are listed');
  return element;
}

function text(element: HTMLElement): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

async function fill(element: ConsoleApiKeys, name: string, value: string): Promise<void> {
  const control = element.shadowRoot?.querySelector<HTMLInputElement>(`form [name="${name}"]`);
  if (!control) throw new Error(`no field ${name}`);
  control.value = value;
  control.dispatchEvent(new Event(control.localName === 'wa-select' ? 'change' : 'input'));
  await element.updateComplete;
}

async function submit(element: ConsoleApiKeys): Promise<void> {
  element.shadowRoot?.querySelector('form')?.requestSubmit();
  await element.updateComplete;
}

describe('<console-api-keys>', () => {
  it('lists the keys by their first characters only, revoked ones marked, accessibly', async () => {
    const element = await mount(new StandInApiKeysClient());
    expect(text(element)).to.include('Brand site').and.include('pk_live_Ab…').and.include('https://www.maison-aubert.example');
    expect(text(element)).to.include('Revoked');
    const revokeButtons = [...(element.shadowRoot?.querySelectorAll('tbody wa-button') ?? [])].map((button) => button.textContent?.replace(/\s+/g, ' ').trim());
    expect(revokeButtons).to.deep.equal(['Revoke: Brand site']);
    await expect(element).to.be.accessible();
  });

  it('creates a secret key and shows it once, with a copy button, until the admin says it is stored', async () => {
    const client = new StandInApiKeysClient();
    const element = await mount(client);
    await fill(element, 'label', 'Warehouse ERP');
    await submit(element);
    await waitUntil(() => text(element).includes('Copy the key now'));
    expect(client.created[0]?.input).to.deep.equal({ kind: 'secret', label: 'Warehouse ERP' });
    const shown = element.shadowRoot?.querySelector<WaInput>('.created-key wa-input');
    expect(shown?.value).to.equal(secretKey);
    expect(shown?.readonly).to.equal(true);
    expect(element.shadowRoot?.querySelector('wa-copy-button')?.getAttribute('value')).to.equal(secretKey);
    await waitUntil(() => element.shadowRoot?.activeElement?.id === 'created-title', 'focus moves to the key');
    await expect(element).to.be.accessible();
    const done = [...(element.shadowRoot?.querySelectorAll<HTMLElement>('.created-key wa-button') ?? [])].find((button) => button.textContent?.includes('I have stored it'));
    done?.click();
    await element.updateComplete;
    expect(text(element)).not.to.include(secretKey);
  });

  it('sends a publishable key’s origins, one per line, and shows an origin’s error under the field', async () => {
    const client = new StandInApiKeysClient();
    client.createAnswer = () => Promise.reject(problem(422, 'validation_failed', [{ path: 'allowedOrigins.1', code: 'invalid_format', message: 'Invalid' }]));
    const element = await mount(client);
    await fill(element, 'kind', 'publishable');
    await waitUntil(() => element.shadowRoot?.querySelector('form [name="allowedOrigins"]'));
    await fill(element, 'label', 'Brand site (staging)');
    await fill(element, 'allowedOrigins', 'https://staging.maison-aubert.example\nnot an origin');
    await submit(element);
    const origins = element.shadowRoot?.querySelector<HTMLElement & { hint: string }>('form [name="allowedOrigins"]');
    await waitUntil(() => origins?.classList.contains('field-error'));
    expect(origins?.hint).to.equal('This value is not in the expected format.');
    expect(client.created[0]?.input.allowedOrigins).to.deep.equal(['https://staging.maison-aubert.example', 'not', 'an', 'origin']);
  });

  it('creates a retailer key for the retailer chosen', async () => {
    const client = new StandInApiKeysClient();
    const element = await mount(client);
    await fill(element, 'kind', 'retailer');
    await waitUntil(() => element.shadowRoot?.querySelector('form [name="retailerId"]'));
    await fill(element, 'label', 'Boutique POS');
    await fill(element, 'retailerId', 'ret_geneva');
    await submit(element);
    await waitUntil(() => client.created.length === 1);
    expect(client.created[0]?.input).to.deep.equal({ kind: 'retailer', label: 'Boutique POS', retailerId: 'ret_geneva' });
  });

  it('revokes a key only once confirmed', async () => {
    const client = new StandInApiKeysClient();
    const element = await mount(client);
    element.shadowRoot?.querySelector<HTMLElement>('tbody wa-button')?.click();
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('console-confirm')?.open).to.equal(true);
    expect(client.revoked).to.deep.equal([]);
    await pressConfirm(element.shadowRoot?.querySelector('console-confirm'));
    await waitUntil(() => text(element).includes('“Brand site” is revoked.'));
    expect(client.revoked).to.deep.equal(['key_site']);
  });
});

describe('originsFromText', () => {
  it('takes one origin per line, tolerating commas, spaces and blank lines', () => {
    expect(originsFromText(' https://a.example\n\nhttps://b.example, https://c.example ')).to.deep.equal(['https://a.example', 'https://b.example', 'https://c.example']);
  });
});
