/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { LazyView } from './lazy-view.ts';
import { problemOf } from './portal-problems.ts';

describe('the owner portal’s views loaded on demand', () => {
  it('is drawn at once only once its code is here, and built once', async () => {
    let builds = 0;
    const view = new LazyView(() => Promise.resolve({ build: ++builds }));
    expect(view.ready, 'not here before it is asked for').to.equal(undefined);
    const loaded = await view.load();
    expect(view.ready).to.equal(loaded);
    expect(await view.load()).to.equal(loaded);
    expect(builds).to.equal(1);
  });

  it('a view whose code could not be loaded is "check your connection", and the retry loads it', async () => {
    let attempts = 0;
    const view = new LazyView(() => (++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve('preferences')));
    const error = await view.load().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(problemOf(error)).to.deep.equal({ kind: 'offline' });
    expect(view.ready, 'still waiting for its code').to.equal(undefined);
    expect(await view.load()).to.equal('preferences');
    expect(view.ready).to.equal('preferences');
  });
});
