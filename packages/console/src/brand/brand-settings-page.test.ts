/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { NetworkError } from '@atelier/client';
import type { CallOptions } from '@atelier/client';
import type { BrandSettings, BrandSettingsUpdate } from '@atelier/client/contract';
import type WaInput from '@awesome.me/webawesome/dist/components/input/input.js';
import french from '../locales/fr.ts';
import { problem } from '../testing/stand-ins.ts';
import type { BrandSettingsClient } from './brand-settings-client.ts';
import './brand-settings-page.ts';
import type { ConsoleBrandSettings } from './brand-settings-page.ts';

class StandInSettingsClient implements BrandSettingsClient {
  stored: BrandSettings = { agedStockDays: 180, saleVoidWindowHours: 72, careReminderSendAfterDays: 3, careReminderBlackoutDays: 0, reportingCurrency: 'EUR' };
  updates: { update: BrandSettingsUpdate; idempotencyKey: string | undefined }[] = [];
  /** What the next updates answer instead of succeeding, in turn. */
  refusals: Error[] = [];

  settings(): Promise<BrandSettings> {
    return Promise.resolve({ ...this.stored });
  }
  update(update: BrandSettingsUpdate, options?: CallOptions): Promise<BrandSettings> {
    this.updates.push({ update, idempotencyKey: options?.idempotencyKey });
    const refusal = this.refusals.shift();
    if (refusal) return Promise.reject(refusal);
    this.stored = { ...this.stored, ...update } as BrandSettings;
    return Promise.resolve({ ...this.stored });
  }
}

async function mount(client: StandInSettingsClient, canChange = true): Promise<ConsoleBrandSettings> {
  const element = await fixture<ConsoleBrandSettings>(html`<console-brand-settings .client=${client} ?can-change=${canChange}></console-brand-settings>`);
  await waitUntil(() => element.shadowRoot?.querySelector(canChange ? 'form' : 'dl'), 'the settings load');
  return element;
}

function field(element: ConsoleBrandSettings, name: keyof BrandSettings): WaInput {
  const found = element.shadowRoot?.querySelector<WaInput>(`wa-input[name="${name}"]`);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

async function type(element: ConsoleBrandSettings, name: keyof BrandSettings, value: string): Promise<void> {
  const input = field(element, name);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

const text = (element: ConsoleBrandSettings) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const submit = (element: ConsoleBrandSettings) => element.shadowRoot?.querySelector('form')?.requestSubmit();

describe('<console-brand-settings>', () => {
  afterEach(() => setViewport({ width: 1024, height: 768 }));

  it('shows an admin both settings and saves only the one changed, from the keyboard', async () => {
    const client = new StandInSettingsClient();
    const element = await mount(client);
    expect(field(element, 'agedStockDays').value).to.equal('180');
    expect(field(element, 'saleVoidWindowHours').value).to.equal('72');
    await expect(element).to.be.accessible();

    field(element, 'saleVoidWindowHours').focus();
    await sendKeys({ press: 'Control+a' });
    await sendKeys({ type: '24' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(element).includes('Settings saved.'), 'the change is saved');
    expect(client.updates.map((sent) => sent.update)).to.deep.equal([{ saleVoidWindowHours: 24 }]);
    expect(field(element, 'saleVoidWindowHours').value).to.equal('24');
    expect(field(element, 'agedStockDays').value).to.equal('180');
  });

  it('sets the reporting currency of money figures, upper-cased as the API spells it', async () => {
    const client = new StandInSettingsClient();
    const element = await mount(client);
    expect(field(element, 'reportingCurrency').value).to.equal('EUR');
    await type(element, 'reportingCurrency', 'chf');
    submit(element);
    await waitUntil(() => text(element).includes('Settings saved.'), 'the change is saved');
    expect(client.updates.map((sent) => sent.update)).to.deep.equal([{ reportingCurrency: 'CHF' }]);
    await expect(element).to.be.accessible();
  });

  it('shows and saves the concierge’s settings: the days before untouched reminders go out, and the blackout window', async () => {
    const client = new StandInSettingsClient();
    const element = await mount(client);
    expect(field(element, 'careReminderSendAfterDays').value).to.equal('3');
    expect(field(element, 'careReminderBlackoutDays').value).to.equal('0');
    expect(field(element, 'careReminderBlackoutDays').getAttribute('label')).to.equal('Blackout after the owner heard from the brand (days)');
    await type(element, 'careReminderSendAfterDays', '5');
    await type(element, 'careReminderBlackoutDays', '14');
    submit(element);
    await waitUntil(() => text(element).includes('Settings saved.'), 'the change is saved');
    expect(client.updates.map((sent) => sent.update)).to.deep.equal([{ careReminderSendAfterDays: 5, careReminderBlackoutDays: 14 }]);

    const readOnly = await mount(client, false);
    expect(text(readOnly)).to.include('5 days');
    expect(text(readOnly)).to.include('14 days');
    await expect(element).to.be.accessible();
  });

  it('names a refused setting in the reader’s language and keeps what was typed', async () => {
    const client = new StandInSettingsClient();
    client.refusals = [problem(422, 'validation_failed', [{ path: 'saleVoidWindowHours', code: 'too_large', message: 'Too large.' }])];
    const element = await mount(client);
    element.messages = french;
    element.locale = 'fr';
    await type(element, 'saleVoidWindowHours', '900');
    submit(element);
    await waitUntil(() => field(element, 'saleVoidWindowHours').classList.contains('field-error'), 'the field is marked');
    expect(field(element, 'saleVoidWindowHours').getAttribute('hint')).to.equal(french.fieldErrors.too_large);
    expect(field(element, 'saleVoidWindowHours').value).to.equal('900');
    expect(field(element, 'agedStockDays').classList.contains('field-error')).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('keeps the form after a lost answer and sends it again with the same idempotency key', async () => {
    const client = new StandInSettingsClient();
    client.refusals = [new NetworkError('Failed to fetch')];
    const element = await mount(client);
    await type(element, 'agedStockDays', '90');
    submit(element);
    await waitUntil(() => element.shadowRoot?.querySelector('wa-callout[variant="danger"]'), 'the failure is shown');
    expect(field(element, 'agedStockDays').value).to.equal('90');
    submit(element);
    await waitUntil(() => text(element).includes('Settings saved.'), 'the resend succeeded');
    expect(client.updates.map((sent) => sent.update)).to.deep.equal([{ agedStockDays: 90 }, { agedStockDays: 90 }]);
    expect(client.updates[1]?.idempotencyKey).to.equal(client.updates[0]?.idempotencyKey);
  });

  it('shows other brand staff the settings without a form, a closed window said in words', async () => {
    const client = new StandInSettingsClient();
    client.stored = { agedStockDays: 1, saleVoidWindowHours: 0, careReminderSendAfterDays: 3, careReminderBlackoutDays: 0, reportingCurrency: 'EUR' };
    const element = await mount(client, false);
    expect(element.shadowRoot?.querySelector('form')).to.equal(null);
    expect(text(element)).to.include('1 day');
    expect(text(element)).to.include('Closed: only the brand corrects sales');
    expect(text(element)).to.include('Only a brand admin can change these settings.');
    expect(text(element)).to.include('Blackout after the owner heard from the brand (days) None');
    await expect(element).to.be.accessible();
  });

  it('fits a phone: nothing wider than 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await mount(new StandInSettingsClient());
    const tooWide = [...(element.shadowRoot?.querySelectorAll('*') ?? [])].filter((node) => node.getBoundingClientRect().right > 320).map((node) => node.localName);
    expect(tooWide).to.deep.equal([]);
  });
});
