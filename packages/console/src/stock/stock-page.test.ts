/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { RetailersClient } from '../people/people-client.ts';
import type { StockClient, StockMovementsClient, StockQuery } from './stock-client.ts';
import './stock-page.ts';
import type { ConsoleStock } from './stock-page.ts';

type Page = Awaited<ReturnType<StockClient['page']>>;
type Alerts = Awaited<ReturnType<StockClient['alerts']>>;

const meridienne = { id: 'mdl_meridienne', reference: '1801G-AC', name: 'Méridienne' };
const corniche = { id: 'mdl_corniche', reference: '2204A-AC', name: 'Corniche' };

function piece(serial: string, retailerId: string, model = meridienne, deliveredOn = '2026-11-01', daysInStock = 35): Page['pieces'][number] {
  return { serial, model, retailerId, deliveredOn, daysInStock };
}

class StandInStockClient implements StockClient {
  queries: StockQuery[] = [];
  alertsAsked = 0;
  page(query: StockQuery): Promise<Page> {
    this.queries.push(query);
    if (query.cursor === 'page2') return Promise.resolve({ pieces: [piece('MA-3', 'ret_lyon', corniche)], counts: [], nextCursor: null });
    return Promise.resolve({
      pieces: [piece('MA-1', 'ret_paris', meridienne, '2025-10-01', 431), piece('MA-2', 'ret_lyon')],
      counts: [
        { retailerId: 'ret_lyon', modelId: corniche.id, pieces: 1, oldestDeliveredOn: '2026-11-01' },
        { retailerId: 'ret_paris', modelId: meridienne.id, pieces: 1, oldestDeliveredOn: '2025-10-01' },
      ],
      nextCursor: 'page2',
    });
  }
  alerts(): Promise<Alerts> {
    this.alertsAsked += 1;
    return Promise.resolve({
      agedStockDays: 180,
      agedStock: [piece('MA-1', 'ret_paris', meridienne, '2025-10-01', 431)],
      unreceivedSales: [{ serial: 'MA-9', retailerId: 'ret_lyon', purchaseDate: '2026-11-20', source: 'retailer' }],
    });
  }
}

const retailers: RetailersClient = {
  list: () =>
    Promise.resolve([
      { id: 'ret_paris', name: 'Boutique Vendôme', country: 'FR', city: 'Paris' },
      { id: 'ret_lyon', name: 'Bijouterie Lumière', country: 'FR', city: 'Lyon' },
    ]),
};

function rows(element: ConsoleStock, table: string): string[] {
  const region = element.shadowRoot?.querySelector(`[aria-labelledby="${table}"]`);
  return [...(region?.querySelectorAll('tbody tr') ?? [])].map((row) => row.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

describe('<console-stock>', () => {
  it('shows the brand every retailer’s stock by name, counted per retailer and model, with its alerts, accessibly', async () => {
    const client = new StandInStockClient();
    const element = await fixture<ConsoleStock>(html`<console-stock .client=${client} .retailersClient=${retailers} .showAlerts=${true}></console-stock>`);
    await waitUntil(() => rows(element, 'unreceived-title').length > 0, 'the alerts are shown');
    expect(rows(element, 'pieces-caption')).to.deep.equal(['MA-1 Méridienne 1801G-AC Boutique Vendôme Oct 1, 2025 431', 'MA-2 Méridienne 1801G-AC Bijouterie Lumière Nov 1, 2026 35']);
    expect(rows(element, 'counts-title')[1]).to.equal('Boutique Vendôme Méridienne 1801G-AC 1 Oct 1, 2025');
    expect(rows(element, 'aged-title')).to.deep.equal(['MA-1 Méridienne 1801G-AC Boutique Vendôme Oct 1, 2025 431']);
    expect(rows(element, 'unreceived-title')).to.deep.equal(['MA-9 Bijouterie Lumière Nov 20, 2026']);
    await expect(element).to.be.accessible();
  });

  it('loads the next page after the first, with the cursor it was given', async () => {
    const client = new StandInStockClient();
    const element = await fixture<ConsoleStock>(html`<console-stock .client=${client} .retailersClient=${retailers}></console-stock>`);
    await waitUntil(() => element.shadowRoot?.querySelector('.actions wa-button'), 'Load more is offered');
    element.shadowRoot?.querySelector<HTMLElement>('.actions wa-button')?.click();
    await waitUntil(() => rows(element, 'pieces-caption').length === 3, 'the next page is added');
    expect(client.queries).to.deep.equal([{}, { cursor: 'page2' }]);
    expect(element.shadowRoot?.querySelector('.actions wa-button')).to.equal(null);
  });

  it('shows a retailer’s staff their own stock without a retailer column, and asks for no alerts', async () => {
    const client = new StandInStockClient();
    const element = await fixture<ConsoleStock>(html`<console-stock .client=${client}></console-stock>`);
    await waitUntil(() => rows(element, 'pieces-caption').length > 0, 'the stock is shown');
    const headers = [...(element.shadowRoot?.querySelectorAll('[aria-labelledby="pieces-caption"] th') ?? [])].map((th) => th.textContent?.trim());
    expect(headers).to.deep.equal(['Serial', 'Model', 'Delivered', 'Days in stock']);
    expect(element.shadowRoot?.textContent).to.include('delivered to your boutique');
    expect(client.alertsAsked).to.equal(0);
    expect(element.shadowRoot?.querySelector('#alerts-title')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('offers the boutique’s staff “Register the sale” on each piece, opening the form with its serial', async () => {
    const client = new StandInStockClient();
    const element = await fixture<ConsoleStock>(html`<console-stock .client=${client} .registerSales=${true}></console-stock>`);
    await waitUntil(() => rows(element, 'pieces-caption').length > 0, 'the stock is shown');
    const links = [...(element.shadowRoot?.querySelectorAll<HTMLAnchorElement>('[aria-labelledby="pieces-caption"] tbody a') ?? [])];
    expect(links.map((link) => [link.getAttribute('href'), link.getAttribute('aria-label')])).to.deep.equal([
      ['/console/sales/register/MA-1', 'Register the sale of MA-1'],
      ['/console/sales/register/MA-2', 'Register the sale of MA-2'],
    ]);
    await expect(element).to.be.accessible();
  });

  it('gives a brand admin the stock tools, and shows the stock anew once pieces moved', async () => {
    const client = new StandInStockClient();
    const movements: StockMovementsClient = {
      record: () => Promise.reject(new Error('not in this test')),
      importFile: () => Promise.reject(new Error('not in this test')),
    };
    const element = await fixture<ConsoleStock>(
      html`<console-stock .client=${client} .retailersClient=${retailers} .showAlerts=${true} .movementsClient=${movements}></console-stock>`,
    );
    await waitUntil(() => element.shadowRoot?.querySelector('console-stock-movements'), 'the tools are shown');
    const tools = element.shadowRoot?.querySelector('console-stock-movements');
    expect(tools?.retailers.map((retailer) => retailer.id)).to.deep.equal(['ret_paris', 'ret_lyon']);
    const [pagesBefore, alertsBefore] = [client.queries.length, client.alertsAsked];
    tools?.dispatchEvent(new CustomEvent('console-stock-changed', { bubbles: true, composed: true }));
    await waitUntil(() => client.queries.length > pagesBefore && client.alertsAsked > alertsBefore, 'stock and alerts are asked again');
    await waitUntil(() => rows(element, 'pieces-caption').length > 0, 'the stock is shown again');
    expect(element.shadowRoot?.querySelector('console-stock-movements'), 'the tools, their notice and input kept through the reload').to.equal(tools);
  });

  it('gives no stock tools to anyone else', async () => {
    const element = await fixture<ConsoleStock>(html`<console-stock .client=${new StandInStockClient()} .retailersClient=${retailers}></console-stock>`);
    await waitUntil(() => rows(element, 'pieces-caption').length > 0, 'the stock is shown');
    expect(element.shadowRoot?.querySelector('console-stock-movements')).to.equal(null);
  });
});
