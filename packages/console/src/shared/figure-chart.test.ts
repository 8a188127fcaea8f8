/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { categoryLines } from './figure-chart.ts';

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
