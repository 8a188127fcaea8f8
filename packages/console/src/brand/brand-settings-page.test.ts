/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { NetworkError } from '@atelier/client';
import type { CallOptions } from '@atelier/client';
import type { BrandSettings, BrandSettingsUpdate, ClientValuesRecomputation } from '@atelier/client/contract';
import type WaInput from '@awesome.me/webawesome/dist/components/input/input.js';
import type WaProgressBar from '@awesome.me/webawesome/dist/components/progress-bar/progress-bar.js';
import french from '../locales/fr.ts';
import { clientValuesChanged } from '../shared/events.ts';
import { problem } from '../testing/stand-ins.ts';
import type { BrandSettingsClient } from './brand-settings-client.ts';
import './brand-settings-page.ts';
import type { ConsoleBrandSettings } from './brand-settings-page.ts';

class StandInSettingsClient implements BrandSettingsClient {
  stored: BrandSettings = { agedStockDays: 180, saleVoidWindowHours: 72, careReminderSendAfterDays: 3, careReminderBlackoutDays: 0, reportingCurrency: 'EUR' };
  updates: { update: BrandSettingsUpdate; idempotencyKey: string | undefined }[] = [];
  /** What the next updates answer instead of succeeding, in turn. */
  refusals: Error[] = [];
  /** What the next reads say of a running recomputation, in turn (undefined: none runs); the last one stays until replaced. */
  recomputations: (ClientValuesRecomputation | undefined)[] = [];
  reads = 0;

  settings(): Promise<BrandSettings> {
    this.reads += 1;
    const recomputation = this.recomputations.length > 1 ? this.recomputations.shift() : this.recomputations[0];
    return Promise.resolve({ ...this.stored, ...(recomputation && { clientValuesRecomputation: recomputation }) });
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
  const element = await fixture<ConsoleBrandSettings>(
    html`<console-brand-settings .client=${client} ?can-change=${canChange} .recomputationRefreshMs=${refreshMs}></console-brand-settings>`,
  );
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

/** The tests' refresh interval: short, so a recomputation runs its course in a test. */
const refreshMs = 20;
const progressBar = (element: ConsoleBrandSettings) => element.shadowRoot?.querySelector<WaProgressBar>('wa-progress-bar') ?? null;
const recomputationStatus = (element: ConsoleBrandSettings) => element.shadowRoot?.querySelector('.recomputation [role="status"]')?.textContent?.trim() ?? '';

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

  it('shows a running recomputation of the clients’ values as a labelled progress bar, read again until done, without touching the form', async () => {
    const client = new StandInSettingsClient();
    const since = '2026-12-08T09:30:00.000Z';
    client.recomputations = [{ reportingCurrency: 'CHF', since, clientsDone: 0, clientsTotal: 1_200 }];
    const element = await mount(client);
    await waitUntil(() => progressBar(element), 'the progress is shown');
    expect(progressBar(element)?.getAttribute('label')).to.equal('Clients’ values recomputed');
    expect(recomputationStatus(element)).to.match(/^Clients’ values are being recomputed in CHF \(asked .*2026.*\)\./);
    await type(element, 'agedStockDays', '90');
    await expect(element).to.be.accessible();

    client.recomputations = [{ reportingCurrency: 'CHF', since, clientsDone: 500, clientsTotal: 1_200 }];
    await waitUntil(() => progressBar(element)?.value === 41, 'the page reads how far it got');
    expect(text(element)).to.include('500 of 1,200 clients');
    expect(progressBar(element)?.shadowRoot?.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).to.equal('41');
    client.recomputations = [undefined];
    await waitUntil(() => recomputationStatus(element) === 'Every client’s value is now in CHF.', 'the end is said');
    expect(progressBar(element)).to.equal(null);
    expect(field(element, 'agedStockDays').value, 'the form was not reloaded under the typing').to.equal('90');
    const reads = client.reads;
    await new Promise((resolve) => setTimeout(resolve, refreshMs * 5));
    expect(client.reads, 'nothing more is read once it is done').to.equal(reads);
    await expect(element).to.be.accessible();
  });

  it('says it in the reader’s language, to staff who only read the settings too', async () => {
    const client = new StandInSettingsClient();
    client.recomputations = [{ reportingCurrency: 'JPY', since: '2026-12-08T09:30:00.000Z', clientsDone: 1_500, clientsTotal: 3_000 }];
    const element = await mount(client, false);
    element.messages = french;
    element.locale = 'fr';
    await waitUntil(() => progressBar(element), 'the progress is shown');
    await element.updateComplete;
    expect(progressBar(element)?.getAttribute('label')).to.equal(french.brandSettings.recomputationProgress);
    expect(progressBar(element)?.value).to.equal(50);
    expect(recomputationStatus(element)).to.include('La valeur des clients est en cours de recalcul en JPY');
    expect(text(element)).to.include(french.brandSettings.clientsRecomputed(1_500, 3_000).replace(/\s+/g, ' '));
    await expect(element).to.be.accessible();
  });

  it('looks again when the rates beside it change, since that may start a recomputation', async () => {
    const client = new StandInSettingsClient();
    const element = await mount(client);
    expect(progressBar(element)).to.equal(null);
    client.recomputations = [{ reportingCurrency: 'EUR', since: '2026-12-08T09:30:00.000Z', clientsDone: 0, clientsTotal: 6_000 }];
    document.body.dispatchEvent(clientValuesChanged());
    await waitUntil(() => progressBar(element), 'the progress is shown');
    expect(text(element)).to.include('0 of 6,000 clients');
  });

  it('fits a phone: nothing wider than 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const client = new StandInSettingsClient();
    client.recomputations = [{ reportingCurrency: 'CHF', since: '2026-12-08T09:30:00.000Z', clientsDone: 123_456, clientsTotal: 654_321 }];
    const element = await mount(client);
    await waitUntil(() => progressBar(element), 'the progress is shown');
    const tooWide = [...(element.shadowRoot?.querySelectorAll('*') ?? [])].filter((node) => node.getBoundingClientRect().right > 320).map((node) => node.localName);
    expect(tooWide).to.deep.equal([]);
  });
});
