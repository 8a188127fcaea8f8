/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AcquisitionCost, ClvBySegment, CohortRetention, CsatFigures, RegistrationRates } from '@atelier/client/contract';
import { loadMessages } from '../locales/catalog.ts';
import { problem } from '../testing/stand-ins.ts';
import type { InsightFiguresClient } from './insight-figures-client.ts';
import './insight-figures-page.ts';
import type { ConsoleInsightFigures } from './insight-figures-page.ts';

const retention: CohortRetention = {
  asOf: '2026-11-25',
  windowMonths: 24,
  retainedSince: '2024-11-25',
  cohorts: [
    { purchaseYear: 2023, clients: 1, retained: 1, retentionShare: 1 },
    { purchaseYear: 2024, clients: 2, retained: 1, retentionShare: 0.5 },
    { purchaseYear: 2026, clients: 3, retained: 0, retentionShare: 0 },
  ],
  total: { clients: 6, retained: 2, retentionShare: 0.333 },
};

const csat: CsatFigures = {
  from: '2025-11-26',
  to: '2026-11-25',
  satisfiedScoreMin: 4,
  serviceCentres: [
    { id: 'svc_paris', name: 'Atelier de Service Paris', ratings: 3, satisfied: 2, csatShare: 0.667 },
    { id: 'svc_geneve', name: 'Manufacture Aubert — Service', ratings: 1200, satisfied: 1000, csatShare: 0.833 },
  ],
  retailers: [],
  total: { ratings: 1203, satisfied: 1002, csatShare: 0.833 },
};

const rates: RegistrationRates = {
  salesFrom: '2025-10-27',
  salesTo: '2026-10-26',
  confirmedWithinDays: 30,
  retailers: [{ retailerId: 'rtl_lumiere', name: 'Bijouterie Lumière', sales: 2, registered: 2, registrationShare: 1 }],
  total: { sales: 2, registered: 2, registrationShare: 1 },
};

const basis = { reportingCurrency: 'EUR', convertedWith: 'brand_monthly_rates' as const, missingRates: [], amountsLeftOut: 0 };

const clv: ClvBySegment = {
  from: '2023-11-26',
  to: '2026-11-25',
  windowMonths: 36,
  lifespanYears: 10,
  basis: { ...basis, missingRates: [{ currency: 'JPY', month: '2026-05' }], amountsLeftOut: 1 },
  segments: [
    { segment: 'vip', clients: 1, orders: 3, ordersValued: 3, valueMinorUnits: 2_050_000, averageOrderValueMinorUnits: 683_333, ordersPerClientPerYear: 1, clvMinorUnits: 6_833_333 },
    { segment: 'regular', clients: 2, orders: 3, ordersValued: 2, valueMinorUnits: 1_130_000, averageOrderValueMinorUnits: 565_000, ordersPerClientPerYear: 0.5, clvMinorUnits: 2_825_000 },
    { segment: 'new', clients: 3, orders: 1, ordersValued: 0, valueMinorUnits: 0, averageOrderValueMinorUnits: null, ordersPerClientPerYear: 0.11, clvMinorUnits: null },
    { segment: 'at_risk', clients: 1, orders: 1, ordersValued: 1, valueMinorUnits: 40_000, averageOrderValueMinorUnits: 40_000, ordersPerClientPerYear: 0.33, clvMinorUnits: 133_333 },
    { segment: 'lapsed', clients: 2, orders: 0, ordersValued: 0, valueMinorUnits: 0, averageOrderValueMinorUnits: null, ordersPerClientPerYear: 0, clvMinorUnits: 0 },
  ],
};

const cac: AcquisitionCost = {
  fromMonth: '2025-11',
  toMonth: '2026-10',
  windowMonths: 12,
  basis,
  channels: [
    { channel: 'brand_led', spendMinorUnits: 490_000, newClients: 2, cacMinorUnits: 245_000 },
    { channel: 'retailer_assisted', spendMinorUnits: 100_000, newClients: 0, cacMinorUnits: null },
  ],
  total: { spendMinorUnits: 590_000, newClients: 2, cacMinorUnits: 295_000 },
};

class StandInFigures implements InsightFiguresClient {
  acquisitionCostAsked = 0;
  clv(): Promise<ClvBySegment> {
    return Promise.resolve(clv);
  }
  acquisitionCost(): Promise<AcquisitionCost> {
    this.acquisitionCostAsked += 1;
    return Promise.resolve(cac);
  }
  failRetention = false;
  retention(): Promise<CohortRetention> {
    return this.failRetention ? Promise.reject(problem(503, 'service_unavailable')) : Promise.resolve(retention);
  }
  csat(): Promise<CsatFigures> {
    return Promise.resolve(csat);
  }
  registrationRates(): Promise<RegistrationRates> {
    return Promise.resolve(rates);
  }
}

function rowsOf(element: ConsoleInsightFigures, figureId: string): string[] {
  const box = element.shadowRoot?.querySelector(`.table-box[aria-labelledby="${figureId}-table"]`);
  return [...(box?.querySelectorAll<HTMLElement>('tbody tr') ?? [])].map((row) => row.innerText.replace(/\s+/g, ' ').trim());
}

function chartIn(element: ConsoleInsightFigures, figureId: string) {
  return element.shadowRoot?.querySelector(`.table-box[aria-labelledby="${figureId}-table"]`)?.parentElement?.querySelector('console-figure-chart');
}

describe('<console-insight-figures>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('charts each figure beside a table of the same numbers, with its definition and window, accessibly', async () => {
    const element = await fixture<ConsoleInsightFigures>(html`<console-insight-figures .client=${new StandInFigures()}></console-insight-figures>`);
    await waitUntil(() => rowsOf(element, 'registration').length > 0, 'the figures are shown');

    expect(rowsOf(element, 'retention')).to.deep.equal(['2023 1 1 100 %', '2024 2 1 50 %', '2026 3 0 0 %', 'All 6 2 33.3 %']);
    const retentionChart = chartIn(element, 'retention');
    expect(retentionChart?.categories).to.deep.equal(['2023', '2024', '2026']);
    expect(retentionChart?.series).to.deep.equal([{ name: 'Share', values: [100, 50, 0] }]);
    expect(retentionChart?.max).to.equal(100);

    expect(rowsOf(element, 'csat-centres')).to.deep.equal(['Atelier de Service Paris 3 2 66.7 %', 'Manufacture Aubert — Service 1,200 1,000 83.3 %', 'All 1,203 1,002 83.3 %']);
    expect(chartIn(element, 'csat-centres')?.series[0]?.values).to.deep.equal([66.7, 83.3]);
    expect(rowsOf(element, 'csat-retailers'), 'no retailer had a rating: said, no empty chart').to.deep.equal([]);
    expect(rowsOf(element, 'registration')).to.deep.equal(['Bijouterie Lumière 2 2 100 %', 'All 2 2 100 %']);

    const text = element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('within the last 24 months (since Nov 25, 2024), on a day after their first purchase');
    expect(text).to.include('that are 4 or 5 out of 5, over the ratings given from Nov 26, 2025 to Nov 25, 2026');
    expect(text).to.include('No rating in this period.');
    expect(text).to.include('confirmed within 30 days of the purchase');
    const charts = [...element.shadowRoot!.querySelectorAll('console-figure-chart')];
    await waitUntil(() => charts.every((chart) => chart.shadowRoot?.querySelector('canvas')?.getAttribute('aria-label')), 'each chart is named');
    await expect(element).to.be.accessible();
  });

  it('gives CLV per segment and CAC per channel in the reporting currency, saying which rates are missing', async () => {
    const client = new StandInFigures();
    const element = await fixture<ConsoleInsightFigures>(html`<console-insight-figures .client=${client} show-acquisition-cost></console-insight-figures>`);
    await waitUntil(() => rowsOf(element, 'cac').length > 0, 'the money figures are shown');
    expect(rowsOf(element, 'clv')).to.deep.equal([
      'VIP 1 3 (3) €6,833.33 1 €68,333.33',
      'Regular clients 2 3 (2) €5,650.00 0.5 €28,250.00',
      'New clients 3 1 (0) No data 0.11 No data',
      'Clients at risk 1 1 (1) €400.00 0.33 €1,333.33',
      'Lapsed clients 2 0 (0) No data 0 €0.00',
    ]);
    expect(chartIn(element, 'clv')?.series[0]?.values).to.deep.equal([68_333.33, 28_250, null, 1_333.33, 0]);
    expect(chartIn(element, 'clv')?.max, 'amounts: an axis fitted to them').to.equal(undefined);
    const clvSection = element.shadowRoot!.querySelector('section[aria-labelledby="clv-title"]')!;
    expect(clvSection.textContent!.replace(/\s+/g, ' ')).to.include('lifespan (10 years, an assumption)');
    expect(clvSection.querySelector('wa-callout')?.textContent).to.equal('No rate entered for JPY in May 2026: 1 amount is left out rather than converted at a guess.');
    expect(rowsOf(element, 'cac')).to.deep.equal(['Brand-led €4,900.00 2 €2,450.00', 'Retailer-assisted €1,000.00 0 No data', 'All €5,900.00 2 €2,950.00']);
    const cacSection = element.shadowRoot!.querySelector('section[aria-labelledby="cac-title"]')!;
    expect(cacSection.textContent).to.include('from November 2025 to October 2026 (12 months');
    expect(cacSection.textContent).to.include('In EUR, converted at the brand’s rate for each amount’s month.');
    expect(cacSection.querySelector('wa-callout'), 'no rate missing: nothing to warn of').to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows CAC only to those who may read the brand’s spend', async () => {
    const client = new StandInFigures();
    const element = await fixture<ConsoleInsightFigures>(html`<console-insight-figures .client=${client}></console-insight-figures>`);
    await waitUntil(() => rowsOf(element, 'clv').length > 0, 'the figures are shown');
    expect(element.shadowRoot?.querySelector('section[aria-labelledby="cac-title"]')).to.equal(null);
    expect(client.acquisitionCostAsked).to.equal(0);
  });

  it('reaches every table by keyboard, to scroll it on a phone', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await fixture<ConsoleInsightFigures>(html`<console-insight-figures .client=${new StandInFigures()}></console-insight-figures>`);
    await waitUntil(() => rowsOf(element, 'clv').length > 0, 'the figures are shown');
    const reached: string[] = [];
    for (let step = 0; step < 5; step += 1) {
      await sendKeys({ press: 'Tab' });
      reached.push(element.shadowRoot?.activeElement?.getAttribute('aria-labelledby') ?? '');
    }
    expect(reached).to.deep.equal(['retention-table', 'csat-centres-table', 'registration-table', 'clv-table', '']);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(element).to.be.accessible();
  });

  it('says a figure failed to load and offers to try again, the others shown', async () => {
    const client = new StandInFigures();
    client.failRetention = true;
    const element = await fixture<ConsoleInsightFigures>(html`<console-insight-figures .client=${client}></console-insight-figures>`);
    await waitUntil(() => element.shadowRoot?.querySelector('section[aria-labelledby="retention-title"] [role="alert"]'), 'the failure is said');
    expect(element.shadowRoot?.querySelector('[role="alert"]')?.textContent).to.include('Something went wrong on our side');
    await waitUntil(() => rowsOf(element, 'csat-centres').length > 0, 'the other figures are shown');
    client.failRetention = false;
    element.shadowRoot!.querySelector<HTMLElement>('section[aria-labelledby="retention-title"] wa-button')!.click();
    await waitUntil(() => rowsOf(element, 'retention').length === 4, 'retried');
  });

  it('speaks each of the seven languages', async () => {
    const messages = await loadMessages('ja');
    const element = await fixture<ConsoleInsightFigures>(html`<console-insight-figures .client=${new StandInFigures()} .messages=${messages} .locale=${'ja'}></console-insight-figures>`);
    await waitUntil(() => rowsOf(element, 'retention').length > 0, 'the figures are shown');
    expect(element.shadowRoot?.querySelector('h1')?.textContent).to.equal('指標');
    expect(rowsOf(element, 'retention').at(-1)).to.equal('全体 6 2 33.3%');
  });
});
