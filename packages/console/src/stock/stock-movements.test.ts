/// <reference types="mocha" />
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { StockImportReport, StockImportRequest, StockMovement, StockMovementRequest } from '@atelier/client/contract';
import type { ConsoleMessages } from '../locales/en.ts';
import french from '../locales/fr.ts';
import { problem } from '../testing/stand-ins.ts';
import type { StockMovementsClient } from './stock-client.ts';
import './stock-movements.ts';
import type { ConsoleStockMovements } from './stock-movements.ts';

const retailers = [
  { id: 'ret_paris', name: 'Boutique Vendôme', country: 'FR', city: 'Paris' },
  { id: 'ret_lyon', name: 'Bijouterie Lumière', country: 'FR', city: 'Lyon' },
];

class StandInMovementsClient implements StockMovementsClient {
  recorded: { kind: StockMovement['kind']; movement: StockMovementRequest }[] = [];
  imports: StockImportRequest[] = [];
  /** What the next record or import answers instead of succeeding. */
  refuseRecord: Error | undefined;
  refuseImport: Error | undefined;

  record(kind: StockMovement['kind'], movement: StockMovementRequest): Promise<StockMovement> {
    this.recorded.push({ kind, movement });
    if (this.refuseRecord) return Promise.reject(this.refuseRecord);
    return Promise.resolve({ id: 'stk_1', kind, retailerId: movement.retailerId, serials: movement.serials, date: movement.date, reference: movement.reference ?? null });
  }
  importFile(file: StockImportRequest): Promise<StockImportReport> {
    this.imports.push(file);
    if (this.refuseImport) return Promise.reject(this.refuseImport);
    return Promise.resolve({ recorded: !file.dryRun, id: file.dryRun ? null : 'stk_2', lines: 2, deliveries: 1, returns: 1 });
  }
}

async function mount(client: StandInMovementsClient, messages?: ConsoleMessages): Promise<ConsoleStockMovements> {
  const element = await fixture<ConsoleStockMovements>(html`<console-stock-movements .client=${client} .retailers=${retailers}></console-stock-movements>`);
  if (messages) {
    element.messages = messages;
    element.locale = 'fr';
    await element.updateComplete;
  }
  return element;
}

function control<T extends HTMLElement & { value: unknown }>(element: ConsoleStockMovements, name: string): T {
  const found = element.shadowRoot?.querySelector<T>(`[name="${name}"]`);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

async function fill(element: ConsoleStockMovements, name: string, value: string): Promise<void> {
  const field = control(element, name);
  field.value = value;
  field.dispatchEvent(new Event(field.localName === 'wa-select' ? 'change' : 'input'));
  await element.updateComplete;
}

async function chooseFile(element: ConsoleStockMovements, text: string): Promise<void> {
  const input = element.shadowRoot?.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const files = new DataTransfer();
  files.items.add(new File([text], 'deliveries.csv', { type: 'text/csv' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
}

const text = (element: ConsoleStockMovements) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('<console-stock-movements>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('records a delivery of the serials typed, one per line, and tells the page the stock changed', async () => {
    const client = new StandInMovementsClient();
    const element = await mount(client);
    await fill(element, 'retailerId', 'ret_lyon');
    await fill(element, 'serials', 'MA-100001\n MA-100002 \n\nMA-100003');
    await fill(element, 'date', '2026-11-02');
    await fill(element, 'reference', 'DN-114');
    const changed = oneEvent(element, 'console-stock-changed');
    element.shadowRoot?.querySelector('form')?.requestSubmit();
    await changed;
    expect(client.recorded).to.deep.equal([
      { kind: 'delivery', movement: { retailerId: 'ret_lyon', serials: ['MA-100001', 'MA-100002', 'MA-100003'], date: '2026-11-02', reference: 'DN-114' } },
    ]);
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('[role="status"]')?.textContent).to.include('3 pieces delivered to Bijouterie Lumière');
    expect(control(element, 'serials').value, 'cleared for the next delivery').to.equal('');
    await expect(element).to.be.accessible();
  });

  it('names each refused line with its serial, in the reader’s language, and keeps what was typed', async () => {
    const client = new StandInMovementsClient();
    client.refuseRecord = problem(422, 'validation_failed', [
      { path: 'serials.1', code: 'item_sold', message: 'Sold: it cannot be delivered.' },
      { path: 'serials.2', code: 'listed_twice', message: 'Listed twice.' },
    ]);
    const element = await mount(client, french);
    await fill(element, 'retailerId', 'ret_paris');
    await fill(element, 'serials', 'MA-1\nMA-2\nMA-1');
    element.shadowRoot?.querySelector('form')?.requestSubmit();
    await waitUntil(() => element.shadowRoot?.querySelector('.refusals'), 'the refused lines are listed');
    const lines = [...(element.shadowRoot?.querySelectorAll('.refusals li') ?? [])].map((line) => line.textContent?.trim());
    expect(lines).to.deep.equal(['Ligne 2 (MA-2) : Vendue : elle ne peut ni entrer en stock ni en sortir.', 'Ligne 3 (MA-1) : Listée deux fois.']);
    expect(control(element, 'serials').value).to.equal('MA-1\nMA-2\nMA-1');
    expect(control(element, 'serials').getAttribute('aria-describedby')).to.equal('serials-refusals');
    await expect(element).to.be.accessible();
  });

  it('checks a chosen file with a dry run, then imports it whole on request', async () => {
    const client = new StandInMovementsClient();
    const element = await mount(client);
    const csv = 'kind,serial,retailerId,date\ndelivery,MA-1,ret_paris,2026-11-02\nreturn,MA-2,ret_lyon,2026-11-03\n';
    await chooseFile(element, csv);
    await waitUntil(() => text(element).includes('2 lines ready: 1 delivery, 1 return'), 'the dry run is reported');
    expect(client.imports).to.deep.equal([{ csv, dryRun: true }]);
    const importButton = [...(element.shadowRoot?.querySelectorAll('wa-button') ?? [])].find((button) => button.textContent?.includes('Import 2 lines'));
    const changed = oneEvent(element, 'console-stock-changed');
    (importButton as HTMLElement).click();
    await changed;
    expect(client.imports[1]).to.deep.equal({ csv });
    await element.updateComplete;
    expect(text(element)).to.include('2 lines imported.');
    await expect(element).to.be.accessible();
  });

  it('shows the lines to correct when the dry run refuses the file, and offers no import', async () => {
    const client = new StandInMovementsClient();
    client.refuseImport = problem(422, 'validation_failed', [
      { path: 'csv.3.serial', code: 'not_in_stock', message: "Not in this retailer's stock." },
      { path: 'csv.5.date', code: 'invalid_format', message: 'Not a valid date.' },
      { path: 'csv.7', code: 'wrong_field_count', message: 'Has 3 fields; the header names 5.' },
    ]);
    const element = await mount(client);
    await chooseFile(element, 'kind,serial,retailerId,date,reference\n…');
    await waitUntil(() => element.shadowRoot?.querySelector('#report-caption'), 'the report is shown');
    const rows = [...(element.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((row) => row.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal([
      '3 serial Not in this retailer’s stock.',
      '5 date Write the date as YYYY-MM-DD, e.g. 2026-11-02.',
      '7 — This line has more or fewer fields than the header names.',
    ]);
    expect(text(element)).not.to.include('Import 2 lines');
    await expect(element).to.be.accessible();
  });

  it('fits an associate’s phone: nothing wider than 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await mount(new StandInMovementsClient());
    const tooWide = [...(element.shadowRoot?.querySelectorAll('*') ?? [])].filter((node) => node.getBoundingClientRect().right > 320).map((node) => node.localName);
    expect(tooWide).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
