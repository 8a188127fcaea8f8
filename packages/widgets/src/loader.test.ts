/// <reference types="mocha" />
import { aTimeout, expect, waitUntil } from '@open-wc/testing';

const tag = 'atelier-warranty-activation';

describe('loader', () => {
  it('loads nothing while the page has no widget, then loads a widget added later', async () => {
    await import('./loader.ts');
    await aTimeout(50);
    expect(customElements.get(tag)).to.equal(undefined);

    const added = document.createElement('div');
    added.innerHTML = `<section><${tag} locale="en"></${tag}></section>`;
    document.body.append(added);
    await waitUntil(() => customElements.get(tag), 'the widget chunk is loaded and defines the tag', { timeout: 5000 });
    expect(added.querySelector(tag)?.shadowRoot).to.exist;
    added.remove();
  });
});
