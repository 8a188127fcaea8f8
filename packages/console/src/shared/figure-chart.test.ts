/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Chart } from 'chart.js';
import { categoryLines } from './figure-chart.ts';
import type { ConsoleFigureChart } from './figure-chart.ts';

describe('categoryLines', () => {
  it('keeps a short name on one line', () => {
    expect(categoryLines('Ginza Tokeiten')).to.equal('Ginza Tokeiten');
  });

  it('puts a long name’s words on lines short enough for the axis, losing none', () => {
    const lines = categoryLines('Boutique Maison Aubert Place Vendôme');
    expect(lines).to.deep.equal(['Boutique Maison', 'Aubert Place Vendôme']);
  });

  it('leaves a word longer than a line whole, and a name without spaces as it is', () => {
    expect(categoryLines('Uhrenfachgeschäftsinhaberin am Bahnhofplatz')).to.deep.equal(['Uhrenfachgeschäftsinhaberin', 'am Bahnhofplatz']);
    expect(categoryLines('銀座時計店本店')).to.equal('銀座時計店本店');
  });
});

describe('<console-figure-chart>', () => {
  it('names every bar on a phone-width chart, long names included', async () => {
    const retailers = ['Bijouterie Lumière', 'Boutique Maison Aubert Place Vendôme', 'Ginza Tokeiten', 'Madison Avenue Timepieces', 'Uhren am Bahnhofplatz'];
    const element = await fixture<ConsoleFigureChart>(
      html`<div style="width: 320px"><console-figure-chart label="Satisfaction per retailer" .categories=${retailers} .series=${[{ name: 'Share', values: [33, 100, 100, 33, 100] }]} .max=${100}></console-figure-chart></div>`,
    );
    const canvas = () => element.querySelector('console-figure-chart')?.shadowRoot?.querySelector('canvas') ?? undefined;
    await waitUntil(() => canvas() && Chart.getChart(canvas()!), 'the chart is drawn');
    const chart = Chart.getChart(canvas()!)!;
    expect(chart.scales['y']?.ticks.length).to.equal(retailers.length);
  });
});
