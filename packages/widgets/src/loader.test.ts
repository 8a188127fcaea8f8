/// <reference types="mocha" />
import { aTimeout, expect, waitUntil } from '@open-wc/testing';

const tag = 'atelier-warranty-activation';
/** How long the first widget of the run may take to load (see below). */
const firstWidgetLoadWaitMs = 20_000;

describe('loader', () => {
  it('loads nothing while the page has no widget, then loads a widget added later', async function () {
    this.timeout(firstWidgetLoadWaitMs + 5_000);
    await import('./loader.ts');
    await aTimeout(50);
    expect(customElements.get(tag)).to.equal(undefined);

    const added = document.createElement('div');
    added.innerHTML = `<section><${tag} locale="en"></${tag}></section>`;
    document.body.append(added);
    // A wait, not a speed check: this is the run's first import of a widget, which the test server
    // compiles on demand, and on a loaded two-core machine that alone has taken over 5 s.
    await waitUntil(() => customElements.get(tag), 'the widget chunk is loaded and defines the tag', { timeout: firstWidgetLoadWaitMs });
    expect(added.querySelector(tag)?.shadowRoot).to.exist;
    added.remove();
  });
});
