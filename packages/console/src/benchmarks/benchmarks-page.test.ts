/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { RetailerBenchmarks } from '@atelier/client/contract';
import type { RetailersClient } from '../people/people-client.ts';
import type { BenchmarksClient } from './benchmarks-client.ts';
import './benchmarks-page.ts';
import type { ConsoleBenchmarks } from './benchmarks-page.ts';

function benchmarksOf(retailerId: string, sellThrough: number): RetailerBenchmarks {
  return {
    retailerId,
    from: '2025-11-26',
    to: '2026-11-25',
    figures: [
      { id: 'sellThroughDays', retailer: sellThrough, networkMedian: 20, sampleSize: 3, retailersCompared: 2 },
      { id: 'registrationRate', retailer: 0.667, networkMedian: 0.5, sampleSize: 3, retailersCompared: 2 },
      { id: 'registrationLagDays', retailer: 22, networkMedian: 22, sampleSize: 2, retailersCompared: 2 },
      { id: 'repairTurnaroundDays', retailer: null, networkMedian: 10, sampleSize: 0, retailersCompared: 2 },
      { id: 'csat', retailer: 0.5, networkMedian: 0.5, sampleSize: 2, retailersCompared: 2 },
    ],
  };
}

class StandInBenchmarksClient implements BenchmarksClient {
  asked: (string | undefined)[] = [];
  figures(retailerId: string | undefined): Promise<RetailerBenchmarks> {
    this.asked.push(retailerId);
    return Promise.resolve(benchmarksOf(retailerId ?? 'ret_paris', retailerId === 'ret_lyon' ? 45 : 30));
  }
}

const retailers: RetailersClient = {
  list: () =>
    Promise.resolve([
      { id: 'ret_paris', name: 'Boutique Vendôme', country: 'FR', city: 'Paris' },
      { id: 'ret_lyon', name: 'Bijouterie Lumière', country: 'FR', city: 'Lyon' },
    ]),
};

function tableRows(element: ConsoleBenchmarks): string[] {
  return [...(element.shadowRoot?.querySelectorAll<HTMLElement>('tbody tr') ?? [])].map((row) => row.innerText.replace(/\s+/g, ' ').trim());
}

describe('<console-benchmarks>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows a retailer its figures beside the network median, charted and tabled with the same numbers, accessibly', async () => {
    const client = new StandInBenchmarksClient();
    const element = await fixture<ConsoleBenchmarks>(html`<console-benchmarks .client=${client}></console-benchmarks>`);
    await waitUntil(() => tableRows(element).length === 5, 'the figures are shown');
    expect(client.asked).to.deep.equal([undefined]);
    expect(tableRows(element)).to.deep.equal([
      'Days in stock before a sale Median, from delivery to sale, of the pieces you had received. 30 days 20 days 3 2',
      'Sales confirmed by the buyer Of your sales in the year. 66.7 % 50 % 3 2',
      'Days to the buyer’s confirmation Median, from the sale to the confirmation. 22 days 22 days 2 2',
      'Repair turnaround Median days at the service centre, of pieces you took in. No data 10 days 0 2',
      'Satisfied service clients Ratings of 4 or 5 out of 5, of pieces you took in. 50 % 50 % 2 2',
    ]);
    const charts = [...(element.shadowRoot?.querySelectorAll('console-figure-chart') ?? [])];
    expect(charts.map((chart) => chart.categories)).to.deep.equal([
      ['Days in stock before a sale', 'Days to the buyer’s confirmation', 'Repair turnaround'],
      ['Sales confirmed by the buyer', 'Satisfied service clients'],
    ]);
    expect(charts[0]?.series).to.deep.equal([
      { name: 'Yours', values: [30, 22, null] },
      { name: 'Network median', values: [20, 22, 10] },
    ]);
    expect(charts[1]?.series[0]?.values).to.deep.equal([66.7, 50]);
    await waitUntil(() => charts.every((chart) => chart.shadowRoot?.querySelector('canvas')?.getAttribute('aria-label')), 'each chart is named');
    expect(element.shadowRoot?.querySelector('wa-select'), 'a retailer sees its own only').to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('lets the brand choose the retailer, the first one shown by default', async () => {
    const client = new StandInBenchmarksClient();
    const element = await fixture<ConsoleBenchmarks>(html`<console-benchmarks .client=${client} .retailersClient=${retailers}></console-benchmarks>`);
    await waitUntil(() => tableRows(element).length === 5, 'the figures are shown');
    expect(client.asked).to.deep.equal(['ret_paris']);
    const select = element.shadowRoot?.querySelector<HTMLElement & { value: string }>('wa-select');
    select!.value = 'ret_lyon';
    select!.dispatchEvent(new Event('change'));
    await waitUntil(() => tableRows(element)[0]?.includes('45 days'), 'the chosen retailer’s figures are shown');
    expect(client.asked).to.deep.equal(['ret_paris', 'ret_lyon']);
    await expect(element).to.be.accessible();
  });

  it('fits an associate’s phone: the table scrolls in its own box', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await fixture<ConsoleBenchmarks>(html`<console-benchmarks .client=${new StandInBenchmarksClient()}></console-benchmarks>`);
    await waitUntil(() => tableRows(element).length === 5, 'the figures are shown');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
