/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { classifyFailure } from './failure.ts';
import { lazily } from './lazy.ts';

describe('lazily', () => {
  it('loads once and keeps what it loaded', async () => {
    let loads = 0;
    const load = lazily(() => Promise.resolve(++loads));
    expect(await load()).to.equal(1);
    expect(await load()).to.equal(1);
  });

  it('fails as a lost request does (offline), and loads again on the next use', async () => {
    let attempts = 0;
    const load = lazily(() => (++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve('schema')));
    const error = await load().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(classifyFailure(error)).to.deep.equal({ kind: 'offline' });
    expect(await load()).to.equal('schema');
    expect(attempts).to.equal(2);
  });
});
