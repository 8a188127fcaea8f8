/// <reference types="mocha" />
// What a brand reaches from its own stylesheet and script (issue 20): the parts and tokens of a
// house style, its own words (per element, per page, from the package and from the CDN loader) and
// its own content in the slots, and the development-time warning about colours that fail contrast.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../components/warranty-activation/warranty-activation.ts';
import type { AtelierWarrantyActivation } from '../components/warranty-activation/warranty-activation.ts';
import type { WarrantyActivationClient } from '../components/warranty-activation/warranty-activation-client.ts';
import { loadActivationSchema } from '../components/warranty-activation/warranty-activation-client.ts';
import { answeringClient, brand } from '../components/warranty-activation/warranty-activation.test-helpers.ts';
import { pageMessagesEvent, pageMessagesKey } from '../base/message-overrides.ts';
import { setAtelierMessages } from '../messages.ts';
import { fillDateField } from '../forms/date-field.test-helpers.ts';
import { setAtelierMessages as setAtelierMessagesFromLoader } from '../loader.ts';

/** The page's own stylesheet, as a brand's site would have it; removed after each test. */
const pageStyles: HTMLStyleElement[] = [];
function pageStyle(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  pageStyles.push(style);
}

function forgetPageMessages(): void {
  delete (globalThis as { [pageMessagesKey]?: unknown })[pageMessagesKey];
  dispatchEvent(new Event(pageMessagesEvent));
}

afterEach(() => {
  for (const style of pageStyles.splice(0)) style.remove();
  forgetPageMessages();
});

async function mount(template = html`<atelier-warranty-activation .client=${answeringClient} locale="en"></atelier-warranty-activation>`): Promise<AtelierWarrantyActivation> {
  const element = await fixture<AtelierWarrantyActivation>(template);
  await waitUntil(() => element.shadowRoot?.querySelector('option[value="ret_geneva"]'), 'the brand is loaded');
  await loadActivationSchema();
  await element.updateComplete;
  return element;
}

const shadow = (element: Element): ShadowRoot => {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
};

function one<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = shadow(element).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

const style = (element: Element, selector: string): CSSStyleDeclaration => getComputedStyle(one(element, selector));

async function submitEmpty(element: AtelierWarrantyActivation): Promise<void> {
  one<HTMLFormElement>(element, 'form').requestSubmit();
  await waitUntil(() => shadow(element).querySelector('[part~="error-summary"]'), 'the error summary is shown');
  await element.updateComplete;
}

describe('theming: parts and tokens', () => {
  it('upper-cases labels without upper-casing their required marker', async () => {
    pageStyle('atelier-warranty-activation::part(label) { text-transform: uppercase; letter-spacing: 0.2em; }');
    const element = await mount();
    const label = one(element, 'label[for="field-serial"]');
    const marker = label.querySelector('[part~="required-marker"]');
    expect(getComputedStyle(label).textTransform).to.equal('uppercase');
    expect(marker, 'the marker is its own element').to.exist;
    expect(getComputedStyle(marker as Element).textTransform).to.equal('none');
    expect(getComputedStyle(marker as Element).letterSpacing).to.equal('normal');
    expect(shadow(element).querySelector('label[for="field-cardCode"] [part~="optional-marker"]')).to.exist;
    // The consents are choices, not labels: a label rule does not shout the consent sentences.
    expect(getComputedStyle(one(element, '[part~="choice"]')).textTransform).to.equal('none');
  });

  it('styles headings, legends, hints, and primary and secondary buttons apart', async () => {
    pageStyle(`
      atelier-warranty-activation { --atelier-font-display: 'Display Test Face', serif; --atelier-font: 'Text Test Face', sans-serif;
        --atelier-heading-size: 40px; --atelier-heading-weight: 300; --atelier-heading-letter-spacing: 2px; }
      atelier-warranty-activation::part(legend) { text-decoration-line: underline; }
      atelier-warranty-activation::part(fieldset) { border-top-width: 7px; }
      atelier-warranty-activation::part(hint) { font-style: italic; }
      atelier-warranty-activation::part(primary-button) { text-transform: uppercase; }
      atelier-warranty-activation::part(secondary-button) { text-decoration-line: underline; }
    `);
    const element = await mount();
    const heading = style(element, '[part~="heading"]');
    expect(heading.fontFamily).to.contain('Display Test Face');
    expect(heading.fontSize).to.equal('40px');
    expect(heading.fontWeight).to.equal('300');
    expect(heading.letterSpacing).to.equal('2px');
    expect(style(element, 'label').fontFamily, '--atelier-font is still the text font').to.contain('Text Test Face');
    expect(style(element, '[part~="legend"]').textDecorationLine).to.equal('underline');
    expect(style(element, '[part~="fieldset"]').borderTopWidth).to.equal('7px');
    expect(style(element, '[part~="hint"]').fontStyle).to.equal('italic');
    expect(style(element, 'button[type="submit"]').textTransform).to.equal('uppercase');
    expect(one(element, 'button[type="submit"]').part.contains('button'), 'the former part name still reaches it').to.equal(true);

    const unreachable = { ...answeringClient, brand: { get: () => Promise.reject(new Error('offline')) } } as unknown as WarrantyActivationClient;
    const offline = await fixture<AtelierWarrantyActivation>(html`<atelier-warranty-activation .client=${unreachable} locale="en"></atelier-warranty-activation>`);
    await waitUntil(() => shadow(offline).querySelector('[part~="secondary-button"]'), 'the retry button is shown');
    expect(style(offline, '[part~="secondary-button"]').textDecorationLine).to.equal('underline');
    expect(style(offline, '[part~="secondary-button"]').textTransform).to.equal('none');
  });

  it('styles the error summary, a field error and an invalid field apart', async () => {
    pageStyle(`
      atelier-warranty-activation::part(error-summary) { border-top-width: 9px; }
      atelier-warranty-activation::part(field-error) { font-style: italic; }
      atelier-warranty-activation::part(input) { border: 0; border-bottom: 1px solid black; }
      atelier-warranty-activation::part(invalid) { border-bottom: 4px double rgb(155, 44, 31); }
      atelier-warranty-activation::part(field-invalid) { background-color: rgb(255, 240, 240); }
    `);
    const element = await mount();
    expect(style(element, '#field-serial').borderBottomWidth, 'a valid field keeps the hairline').to.equal('1px');
    await submitEmpty(element);
    expect(style(element, '[part~="error-summary"]').borderTopWidth).to.equal('9px');
    expect(style(element, '[part~="error-summary"]').fontStyle).to.equal('normal');
    expect(style(element, '[part~="field-error"]').fontStyle).to.equal('italic');
    const invalid = style(element, '#field-serial');
    expect(invalid.borderBottomStyle).to.equal('double');
    expect(invalid.borderBottomWidth).to.equal('4px');
    expect(getComputedStyle(one(element, '#field-serial').closest('[part~="field"]') as Element).backgroundColor).to.equal('rgb(255, 240, 240)');
    expect(style(element, '#field-cardCode').borderBottomWidth, 'an optional field left empty is not invalid').to.equal('1px');
  });

  it('draws the keyboard focus with the focus tokens, and lets ::part(…):focus-visible restyle it', async () => {
    pageStyle(`
      atelier-warranty-activation { --atelier-focus-width: 5px; --atelier-color-focus: rgb(110, 82, 24); }
      atelier-warranty-activation::part(primary-button):focus-visible { outline-style: dashed; }
    `);
    const element = await mount();
    const serial = one<HTMLInputElement>(element, '#field-serial');
    serial.focus();
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot?.activeElement, 'the keyboard reached the serial number').to.equal(serial);
    expect(getComputedStyle(serial).outlineWidth).to.equal('5px');
    expect(getComputedStyle(serial).outlineColor).to.equal('rgb(110, 82, 24)');
    const submit = one<HTMLButtonElement>(element, 'button[type="submit"]');
    submit.focus();
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot?.activeElement).to.equal(submit);
    expect(getComputedStyle(submit).outlineStyle).to.equal('dashed');
  });

  it('takes light and dark values from light-dark() in the colour tokens, in the widget’s own theme', async () => {
    pageStyle('atelier-warranty-activation { --atelier-color-text: light-dark(rgb(10, 20, 30), rgb(240, 230, 220)); --atelier-color-background: light-dark(white, black); }');
    const element = await mount(html`<atelier-warranty-activation .client=${answeringClient} locale="en" theme="light"></atelier-warranty-activation>`);
    expect(style(element, 'label').color).to.equal('rgb(10, 20, 30)');
    element.theme = 'dark';
    await element.updateComplete;
    expect(style(element, 'label').color).to.equal('rgb(240, 230, 220)');
    await expect(element).to.be.accessible();
  });
});

describe('theming: words', () => {
  it('shows the words an element is given, per locale, as a property or as JSON in its attribute', async () => {
    const element = await mount(
      html`<atelier-warranty-activation
        .client=${answeringClient}
        locale="en"
        .messages=${{ en: { activationTitle: 'Register your timepiece', fieldErrors: { required: 'Please fill this in.' } }, fr: { activationTitle: 'Enregistrez votre montre' } }}
      ></atelier-warranty-activation>`,
    );
    expect(one(element, '[part~="heading"]').textContent?.trim()).to.equal('Register your timepiece');
    expect(one(element, 'label[for="field-serial"]').textContent, 'what is not overridden stays').to.contain('Serial number');
    await submitEmpty(element);
    expect(one(element, '#field-serial-error').textContent).to.equal('Please fill this in.');
    element.locale = 'fr';
    await waitUntil(() => one(element, '[part~="heading"]').textContent?.trim() === 'Enregistrez votre montre', 'the French override is shown');

    element.setAttribute('messages', JSON.stringify({ fr: { submit: 'Enregistrer' } }));
    await waitUntil(() => one(element, 'button[type="submit"]').textContent?.trim() === 'Enregistrer', 'the attribute’s words are shown');

    const realWarn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      element.setAttribute('messages', '{fr: {submit: "Enregistrer"}');
      await element.updateComplete;
    } finally {
      console.warn = realWarn;
    }
    expect(warnings.join('\n'), 'a typo in the JSON is said, not thrown').to.contain('the messages attribute is not JSON');
    expect(one(element, 'button[type="submit"]').textContent?.trim()).to.equal('Activer la garantie');
  });

  it('shows the words the page sets for every widget, from the package or the CDN loader, under an element’s own', async () => {
    const element = await mount();
    setAtelierMessages({ en: { 'warranty-activation': { activationTitle: 'Register your timepiece', serialLabel: 'Case number' } } });
    await element.updateComplete;
    expect(one(element, '[part~="heading"]').textContent?.trim()).to.equal('Register your timepiece');
    expect(one(element, 'label[for="field-serial"]').textContent).to.contain('Case number');

    setAtelierMessagesFromLoader({ en: { 'warranty-activation': { activationIntro: 'Three steps, two minutes.' } } });
    await element.updateComplete;
    expect(shadow(element).textContent).to.contain('Three steps, two minutes.');
    expect(one(element, 'label[for="field-serial"]').textContent, 'an earlier call still counts').to.contain('Case number');

    element.messages = { en: { activationTitle: 'Only on this page' } };
    await element.updateComplete;
    expect(one(element, '[part~="heading"]').textContent?.trim(), 'the element’s own words win').to.equal('Only on this page');

    // Words made from values can be given as a plain string (as JSON can only give them).
    const later = await mount();
    expect(later.shadowRoot?.textContent, 'a widget added later gets the page’s words too').to.contain('Three steps, two minutes.');
  });
});

describe('theming: slots', () => {
  it('shows the brand’s heading, introduction, privacy notice beside the consents and next steps after activation', async () => {
    const element = await mount(
      html`<atelier-warranty-activation .client=${answeringClient} locale="en">
        <span slot="heading">Register your timepiece</span>
        <p slot="intro">Welcome to the maison.</p>
        <p slot="consent-notice">Read our <a href="/privacy">privacy notice</a>.</p>
        <p slot="next-steps">Discover your <a href="/owners">owner space</a>.</p>
      </atelier-warranty-activation>`,
    );
    const assigned = (name: string): Element[] => one<HTMLSlotElement>(element, `slot[name="${name}"]`).assignedElements();
    expect(assigned('heading').map((node) => node.textContent)).to.deep.equal(['Register your timepiece']);
    expect(one(element, 'form').getAttribute('aria-labelledby')).to.equal('form-title');
    expect(assigned('intro')).to.have.length(1);
    expect(one(element, 'slot[name="intro"] > p').getClientRects(), 'the slotted intro replaces the shipped one').to.have.length(0);
    const notice = one<HTMLSlotElement>(element, 'slot[name="consent-notice"]');
    expect(notice.closest('fieldset')?.querySelector('[part~="legend"]')?.textContent).to.equal('Messages from us');
    expect(notice.assignedElements()).to.have.length(1);
    await expect(element).to.be.accessible();

    const form = one<HTMLFormElement>(element, 'form');
    const set = (name: string, value: string | boolean): void => {
      const control = one<HTMLInputElement>(element, `[name="${name}"]`);
      if (typeof value === 'boolean') control.checked = value;
      else control.value = value;
      control.dispatchEvent(new Event(control.localName === 'select' || typeof value === 'boolean' ? 'change' : 'input'));
    };
    set('serial', 'AT-100234');
    await fillDateField(shadow(element), 'purchaseDate', '2025-01-15', () => element.updateComplete);
    set('retailerId', 'ret_geneva');
    await element.updateComplete;
    set('owner.name', 'Ada Lovelace');
    set('owner.email', 'ada@example.com');
    set('owner.country', 'CH');
    await element.updateComplete;
    form.requestSubmit();
    await waitUntil(() => shadow(element).querySelector('[part="success"]'), 'the warranty is registered');
    expect(assigned('next-steps').map((node) => node.textContent)).to.deep.equal(['Discover your owner space.']);
    await expect(element).to.be.accessible();
  });
});

describe('theming: the development-time contrast warning', () => {
  /** Collects the console's warnings about `<atelier-warranty-activation>` while `during` runs. */
  async function warningsDuring(during: (seen: () => string[]) => Promise<unknown>): Promise<string[]> {
    const warnings: string[] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    const seen = (): string[] => warnings.filter((warning) => warning.startsWith('[atelier] <atelier-warranty-activation>'));
    try {
      await during(seen);
    } finally {
      console.warn = realWarn;
    }
    return seen();
  }

  it('names the token, the scheme and the ratio when a brand’s light colour fails in the dark scheme', async () => {
    const warnings = await warningsDuring(async (seen) => {
      await fixture(html`<atelier-warranty-activation .client=${answeringClient} locale="en" style="--atelier-color-error: #b3261e"></atelier-warranty-activation>`);
      // In development (Lit's development build, as here) the widget checks its colours by itself once drawn.
      await waitUntil(() => seen().length >= 2, 'the widget warns about its error colour', { timeout: 5000 });
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.match(/--atelier-color-error on --atelier-color-background is 2\.\d\d:1 in the dark scheme, under the 4\.5:1 text need/);
    expect(warnings[1]).to.match(/--atelier-color-error on --atelier-color-surface is 2\.\d\d:1 in the dark scheme/);
  });

  it('says nothing of colours given for both schemes, nor of a scheme the widget does not show', async () => {
    const { warnOnLowContrast } = await import('../development/contrast-check.ts');
    const check = async (template: ReturnType<typeof html>): Promise<string[]> =>
      warningsDuring(async () => warnOnLowContrast(await fixture<AtelierWarrantyActivation>(template)));
    expect(await check(html`<atelier-warranty-activation .client=${answeringClient} locale="en" style="--atelier-color-error: light-dark(#b3261e, #ffb4ab)"></atelier-warranty-activation>`)).to.deep.equal([]);
    expect(await check(html`<atelier-warranty-activation .client=${answeringClient} locale="en" theme="light" style="--atelier-color-error: #b3261e"></atelier-warranty-activation>`)).to.deep.equal([]);
    const borders = await check(html`<atelier-warranty-activation .client=${answeringClient} locale="en" theme="light" style="--atelier-color-border: #a0a0a0"></atelier-warranty-activation>`);
    expect(borders).to.have.length(1);
    expect(borders[0]).to.match(/--atelier-color-border on --atelier-color-background is 2\.\d\d:1 in the light scheme, under the 3:1 borders and focus ring need/);
  });
});

describe('theming: every widget', () => {
  const notCalledHere = (): Promise<never> => Promise.reject(new Error('not called in this test'));
  const signedOut = (): Promise<never> => Promise.reject(Object.assign(new Error('session_expired'), { code: 'session_expired', status: 401, fieldErrors: [] }));
  const firstViews = [
    { tag: 'atelier-provenance', client: { brand: { get: () => Promise.resolve(brand) }, provenance: { get: notCalledHere } }, drawn: '#lookup-serial', title: { key: 'title' } },
    { tag: 'atelier-service-tracker', client: { repairs: { lookup: notCalledHere, decideEstimate: notCalledHere, rate: notCalledHere } }, drawn: '[name="trackingCode"]', title: { key: 'lookupTitle' } },
    {
      tag: 'atelier-owner-portal',
      client: {
        signIn: { request: notCalledHere, verify: notCalledHere },
        session: { get: signedOut, signOut: notCalledHere },
        pieces: { list: signedOut, get: notCalledHere, reportStolen: notCalledHere, reportLost: notCalledHere, reportFound: notCalledHere },
      },
      drawn: '[name="email"]',
      title: { key: 'signInTitle' },
    },
  ] as const;

  async function draw(tag: string, client: object, drawn: string, content = ''): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
    const element = Object.assign(document.createElement(tag), { client, locale: 'en' }) as unknown as HTMLElement & { updateComplete: Promise<unknown> };
    element.innerHTML = content;
    await fixture(html`<div></div>`).then((wrapper) => wrapper.append(element));
    await waitUntil(() => element.shadowRoot?.querySelector(drawn), `<${tag}> is drawn`);
    await element.updateComplete;
    return element;
  }

  for (const { tag, client, drawn, title } of firstViews) {
    it(`<${tag}> shows the brand's heading and introduction in its slots, and the page's words for its title`, async () => {
      await import('../index.ts');
      const element = await draw(tag, client, drawn, '<span slot="heading">From the maison</span><p slot="intro">A word from the brand.</p>');
      const slotted = (name: string): string[] => one<HTMLSlotElement>(element, `slot[name="${name}"]`).assignedElements().map((node) => node.textContent ?? '');
      expect(slotted('heading')).to.deep.equal(['From the maison']);
      expect(slotted('intro')).to.deep.equal(['A word from the brand.']);
      await expect(element).to.be.accessible();

      const plain = await draw(tag, client, drawn);
      const widget = tag.replace(/^atelier-/, '');
      setAtelierMessages({ en: { [widget]: { [title.key]: 'In the brand’s words' } } });
      await plain.updateComplete;
      expect(one(plain, '[part~="heading"]').textContent?.trim()).to.equal('In the brand’s words');
    });
  }

  it('<atelier-repair-booking> shows the brand’s introduction on its first step', async () => {
    const client = { serviceCentres: { list: () => Promise.resolve({ centres: [] }), slots: notCalledHere }, repairs: { book: notCalledHere } };
    const element = await draw('atelier-repair-booking', client, '[name="serial"]', '<p slot="intro">Our ateliers in Geneva and Tokyo.</p>');
    expect(one<HTMLSlotElement>(element, 'slot[name="intro"]').assignedElements()).to.have.length(1);
    expect(one<HTMLElement>(element, 'slot[name="intro"]').previousElementSibling?.localName, 'under the step’s heading').to.equal('h2');
  });
});
