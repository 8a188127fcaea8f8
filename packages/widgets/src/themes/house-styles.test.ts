/// <reference types="mocha" />
// The three house styles of the example site's gallery (examples/brand-site/src/house-styles/), made
// with the documented tokens and parts only: each widget drawn in each, in the light and the dark
// scheme, passes axe (its colour-contrast rule included) and gives no contrast warning; and the
// README shows each style's exact CSS.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, readFile } from '@web/test-runner-commands';
import '../components/warranty-activation/warranty-activation.ts';
import '../components/provenance/provenance.ts';
import '../components/repair-booking/repair-booking.ts';
import '../components/service-tracker/service-tracker.ts';
import '../components/owner-portal/owner-portal.ts';
import type { AtelierWarrantyActivation } from '../components/warranty-activation/warranty-activation.ts';
import { loadActivationSchema } from '../components/warranty-activation/warranty-activation-client.ts';
import { answeringClient, brand } from '../components/warranty-activation/warranty-activation.test-helpers.ts';
import { warnOnLowContrast } from '../development/contrast-check.ts';

const houseStyles = ['maison-doree', 'noir-blanc', 'perle'] as const;
const schemes = ['light', 'dark'] as const;
/** From this file to the example site's house styles, and to the README. */
const houseStylesPath = '../../../../examples/brand-site/src/house-styles';
const readmePath = '../../README.md';

async function houseStyle(name: string): Promise<string> {
  const css = await readFile({ path: `${houseStylesPath}/${name}.css` });
  if (!css) throw new Error(`${name}.css not found`);
  return css;
}

/** Warnings the contrast check gives while `during` runs. */
async function contrastWarnings(during: () => void): Promise<string[]> {
  const warnings: string[] = [];
  const realWarn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
  try {
    during();
  } finally {
    console.warn = realWarn;
  }
  return warnings;
}

/** A call the view drawn here does not make. */
const notCalledHere = (): Promise<never> => Promise.reject(new Error('not called in this test'));
/** What the owner space answers when nobody is signed in. */
const signedOut = (): Promise<never> => Promise.reject(Object.assign(new Error('session_expired'), { code: 'session_expired', status: 401, fieldErrors: [] }));

/** Each widget on its first view, with a client that answers what that view asks, and the field that says it is drawn. */
const widgets = [
  { tag: 'atelier-warranty-activation', client: answeringClient, drawn: 'option[value="ret_geneva"]' },
  { tag: 'atelier-provenance', client: { brand: { get: () => Promise.resolve(brand) }, provenance: { get: notCalledHere } }, drawn: '#lookup-serial' },
  {
    tag: 'atelier-repair-booking',
    client: { serviceCentres: { list: () => Promise.resolve({ centres: [] }), slots: notCalledHere }, repairs: { book: notCalledHere } },
    drawn: '[name="serial"]',
  },
  { tag: 'atelier-service-tracker', client: { repairs: { lookup: notCalledHere, decideEstimate: notCalledHere, rate: notCalledHere } }, drawn: '[name="trackingCode"]' },
  {
    tag: 'atelier-owner-portal',
    client: {
      signIn: { request: notCalledHere, verify: notCalledHere },
      session: { get: signedOut, signOut: notCalledHere },
      pieces: { list: signedOut, get: notCalledHere, reportStolen: notCalledHere, reportLost: notCalledHere, reportFound: notCalledHere },
    },
    drawn: '[name="email"]',
  },
] as const;

describe('house styles', () => {
  let style: HTMLStyleElement | undefined;
  afterEach(async () => {
    style?.remove();
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const house of houseStyles) {
    for (const scheme of schemes) {
      it(`draws every widget in ${house}, ${scheme}: axe clean, contrast included, errors shown`, async () => {
        style = Object.assign(document.createElement('style'), { textContent: await houseStyle(house) });
        document.head.append(style);
        await emulateMedia({ colorScheme: scheme });
        await loadActivationSchema();
        for (const { tag, client, drawn } of widgets) {
          const wrapper = await fixture<HTMLDivElement>(html`<div class="house-${house}"></div>`);
          const element = Object.assign(document.createElement(tag), { client, locale: 'en' }) as HTMLElement & { updateComplete: Promise<unknown> };
          wrapper.append(element);
          await waitUntil(() => element.shadowRoot?.querySelector(drawn), `<${tag}> is drawn`);
          await element.updateComplete;
          expect(getComputedStyle(element).backgroundColor, `<${tag}>: the house's own background in this scheme`).to.equal(scheme === 'light' ? houseLight[house] : houseDark[house]);
          expect(await contrastWarnings(() => warnOnLowContrast(element)), tag).to.deep.equal([]);
          await expect(element, tag).to.be.accessible();
          // With the errors shown: the summary or the field's error, and the invalid fields.
          element.shadowRoot?.querySelector('form')?.requestSubmit();
          await waitUntil(() => element.shadowRoot?.querySelector('[part~="invalid"]'), `<${tag}> shows its errors`);
          await element.updateComplete;
          await expect(element, `${tag} with errors`).to.be.accessible();
        }
      });
    }
  }

  it('would fail on a house colour under 4.5:1: axe reads the colours inside the widget', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--atelier-color-muted: #a8a8a8"><atelier-warranty-activation .client=${answeringClient} locale="en" theme="light"></atelier-warranty-activation></div>`,
    );
    const element = wrapper.querySelector('atelier-warranty-activation') as AtelierWarrantyActivation;
    await waitUntil(() => element.shadowRoot?.querySelector('option[value="ret_geneva"]'), 'the brand is loaded');
    let failure: unknown;
    try {
      await expect(element).to.be.accessible();
    } catch (error) {
      failure = error;
    }
    expect(String(failure)).to.contain('color-contrast');
  });

  it('are shown in the README with their exact CSS', async () => {
    const readme = (await readFile({ path: readmePath })) ?? '';
    for (const house of houseStyles) expect(readme, `${house}.css`).to.contain(await houseStyle(house));
  });
});

/** Each house's background, as computed: the first value of its `light-dark()` pair, then the second. */
const houseLight: Record<(typeof houseStyles)[number], string> = { 'maison-doree': 'rgb(251, 248, 241)', 'noir-blanc': 'rgb(255, 255, 255)', perle: 'rgb(255, 250, 249)' };
const houseDark: Record<(typeof houseStyles)[number], string> = { 'maison-doree': 'rgb(20, 18, 14)', 'noir-blanc': 'rgb(0, 0, 0)', perle: 'rgb(29, 23, 25)' };
