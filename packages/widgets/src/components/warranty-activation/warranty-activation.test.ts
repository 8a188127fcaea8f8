/// <reference types="mocha" />
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { ApiError, NetworkError } from '@atelier/client';
import type { ActivationRequest, ActivationResponse, BrandConfig, ConfirmationRequest, Warranty } from '@atelier/client/contract';
import { loadActivationSchema } from './warranty-activation-client.ts';
import type { WarrantyActivationClient } from './warranty-activation-client.ts';
import { defineElement } from '../../base/define.ts';
import { fillDateField } from '../../forms/date-field.test-helpers.ts';
import './warranty-activation.ts';
import type { AtelierWarrantyActivation } from './warranty-activation.ts';
import { activation, brand, warranty } from './warranty-activation.test-helpers.ts';

type ActivateCall = { input: ActivationRequest; idempotencyKey: string | undefined };

/** A client whose answers each test scripts; records what the widget sent. */
class FakeClient implements WarrantyActivationClient {
  activateCalls: ActivateCall[] = [];
  confirmCalls: Array<string | ConfirmationRequest> = [];
  activateAnswers: Array<() => Promise<ActivationResponse>> = [];
  confirmAnswer: () => Promise<{ warranty: Warranty }> = () =>
    Promise.resolve({ warranty: { ...warranty, status: 'active', confirmedAt: '2025-01-21T09:00:00Z' } });

  brand = { get: () => Promise.resolve(brand) };
  warranties = {
    activate: (input: ActivationRequest, options?: { idempotencyKey?: string }) => {
      this.activateCalls.push({ input: structuredClone(input), idempotencyKey: options?.idempotencyKey });
      const answer = this.activateAnswers.shift();
      return answer ? answer() : Promise.resolve(activation);
    },
    confirm: (token: string | ConfirmationRequest) => {
      this.confirmCalls.push(token);
      return this.confirmAnswer();
    },
  };
}

function problem(status: number, code: string, errors?: { path: string; code: string; message: string }[]): ApiError {
  return new ApiError({ type: `https://atelier.dev/problems/${code}`, title: code, status, code, ...(errors ? { errors } : {}) });
}

async function mount(client: FakeClient, attributes: { locale?: string; serial?: string } = {}): Promise<AtelierWarrantyActivation> {
  const element = await fixture<AtelierWarrantyActivation>(
    html`<atelier-warranty-activation .client=${client} locale=${attributes.locale ?? 'en'} serial=${attributes.serial ?? ''}></atelier-warranty-activation>`,
  );
  await waitUntil(() => element.shadowRoot?.querySelector('option[value="ret_geneva"]'), 'the form lists the brand’s retailers once they are loaded');
  await waitUntil(() => element.shadowRoot?.querySelector('option[value="GB"]'), 'the countries are listed once the browser is idle');
  // The form's schema loads after the first render; the tests below submit as a buyer would, after it has.
  await loadActivationSchema();
  return element;
}

function control<T extends HTMLElement = HTMLInputElement>(element: AtelierWarrantyActivation, name: string): T {
  const found = element.shadowRoot?.querySelector<T>(`[name="${name}"]`);
  if (!found) throw new Error(`no control named ${name}`);
  return found;
}

function labelText(element: AtelierWarrantyActivation, name: string): string {
  const id = control(element, name).id;
  return element.shadowRoot?.querySelector(`label[for="${id}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function fill(element: AtelierWarrantyActivation, name: string, value: string | boolean): Promise<void> {
  if (name === 'purchaseDate') return fillDateField(element.shadowRoot!, name, value as string, () => element.updateComplete);
  const input = control(element, name);
  if (typeof value === 'boolean') {
    input.checked = value;
    input.dispatchEvent(new Event('change'));
  } else {
    (input as HTMLInputElement | HTMLSelectElement).value = value;
    input.dispatchEvent(new Event(input.localName === 'select' ? 'change' : 'input'));
  }
  await element.updateComplete;
}

async function fillValidForm(element: AtelierWarrantyActivation): Promise<void> {
  await fill(element, 'serial', 'AT-100234');
  await fill(element, 'cardCode', 'K7Q2-MZ4P');
  await fill(element, 'purchaseDate', '2025-01-15');
  await fill(element, 'retailerId', 'ret_geneva');
  await fill(element, 'owner.name', 'Ada Lovelace');
  await fill(element, 'owner.email', 'ada@example.com');
  await fill(element, 'owner.country', 'GB');
  await fill(element, 'consents.service', true);
}

async function submit(element: AtelierWarrantyActivation): Promise<void> {
  control<HTMLFormElement>(element, 'serial').form?.requestSubmit();
  await element.updateComplete;
}

/** Presses Tab until the named control has focus; fails if it is not reached within a few presses. */
async function tabTo(element: AtelierWarrantyActivation, name: string): Promise<void> {
  const maxTabPresses = 3;
  for (let presses = 0; presses < maxTabPresses; presses++) {
    await sendKeys({ press: 'Tab' });
    if (element.shadowRoot?.activeElement === control(element, name)) return;
  }
  throw new Error(`${name} was not reached with the Tab key`);
}

function errorTextFor(element: AtelierWarrantyActivation, name: string): string {
  const input = control(element, name);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.map((id) => element.shadowRoot?.getElementById(id)?.textContent?.trim() ?? '').join(' ');
}

function shadowText(element: AtelierWarrantyActivation): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

describe('<atelier-warranty-activation>', () => {
  it('renders an accessible empty form with the brand’s retailers and marketing unchecked', async () => {
    const element = await mount(new FakeClient());
    const retailers = [...control<HTMLSelectElement>(element, 'retailerId').options].map((option) => option.textContent?.trim());
    expect(retailers).to.include('Boutique Rhône — Geneva');
    expect(retailers).to.include('Other / not listed');
    expect(control(element, 'consents.marketing').checked).to.equal(false);
    expect(control<HTMLSelectElement>(element, 'owner.language').value).to.equal('en');
    const countries = [...control<HTMLSelectElement>(element, 'owner.country').options].map((option) => option.textContent);
    expect(countries).to.include('Switzerland');
    await expect(element).to.be.accessible();
  });

  it('keeps contrast and labels accessible in the dark theme, with errors shown', async () => {
    const element = await mount(new FakeClient());
    element.theme = 'dark';
    await submit(element);
    expect(getComputedStyle(element).colorScheme).to.equal('dark');
    await expect(element).to.be.accessible();
  });

  it('asks a gift\'s buyer for the recipient and their language, and leaves the recipient\'s messages to them', async () => {
    const client = new FakeClient();
    const element = await mount(client);
    expect(element.shadowRoot?.querySelector('[name="gift.recipientEmail"]')).to.equal(null);
    await fillValidForm(element);
    await fill(element, 'consents.marketing', true);
    await fill(element, 'owner.language', 'fr');
    await fill(element, 'gift', true);
    expect(control(element, 'gift.recipientEmail')).to.exist;
    // The buyer is not offered messages the recipient will receive: the recipient chooses them.
    expect(element.shadowRoot?.querySelector('[name="consents.marketing"]')).to.equal(null);
    expect(element.shadowRoot?.querySelector('[name="consents.service"]')).to.equal(null);
    expect(shadowText(element)).to.include('The recipient chooses which messages they receive from us');
    // Their language starts as the buyer's, shown as chosen, and can be another of the brand's.
    const recipientLanguage = control<HTMLSelectElement>(element, 'gift.recipientLanguage');
    expect(recipientLanguage.value).to.equal('fr');
    expect([...recipientLanguage.options].map((option) => option.value)).to.deep.equal(['en', 'fr', 'zh-Hant']);
    await fill(element, 'gift.recipientName', 'Mei Lin');
    await fill(element, 'gift.recipientEmail', 'mei.lin@example.com');
    await fill(element, 'gift.recipientLanguage', 'zh-Hant');
    await expect(element).to.be.accessible();
    await submit(element);
    await waitUntil(() => client.activateCalls.length === 1, 'the activation is sent');
    const sent = client.activateCalls[0]?.input;
    expect(sent?.gift).to.deep.equal({ recipientName: 'Mei Lin', recipientEmail: 'mei.lin@example.com', recipientLanguage: 'zh-Hant' });
    expect(sent?.consents).to.deep.equal({ service: false, marketing: false });
  });

  it('prefills the serial from the attribute', async () => {
    const element = await mount(new FakeClient(), { serial: 'AT-777' });
    expect(control(element, 'serial').value).to.equal('AT-777');
  });

  it('prefills the owner from the attributes, as values the buyer can change or clear', async () => {
    const client = new FakeClient();
    const element = await fixture<AtelierWarrantyActivation>(
      html`<atelier-warranty-activation .client=${client} locale="en" owner-name="Aiko Tanaka" owner-email="aiko@example.com" owner-country="JP"></atelier-warranty-activation>`,
    );
    await waitUntil(() => element.shadowRoot?.querySelector('option[value="ret_geneva"]'), 'the form lists the brand’s retailers once they are loaded');
  await waitUntil(() => element.shadowRoot?.querySelector('option[value="GB"]'), 'the countries are listed once the browser is idle');
  // The form's schema loads after the first render; the tests below submit as a buyer would, after it has.
  await loadActivationSchema();
    expect(control(element, 'owner.name').value).to.equal('Aiko Tanaka');
    expect(control(element, 'owner.email').value).to.equal('aiko@example.com');
    expect(control<HTMLSelectElement>(element, 'owner.country').value).to.equal('JP');

    await fill(element, 'owner.email', '');
    await fill(element, 'serial', 'AT-100234');
    expect(control(element, 'owner.email').value, 'a cleared prefill stays cleared').to.equal('');
    await fill(element, 'owner.email', 'aiko.t@example.com');
    await fill(element, 'purchaseDate', '2025-01-15');
    await fill(element, 'consents.service', true);
    await submit(element);
    await waitUntil(() => client.activateCalls.length === 1, 'the activation is sent');
    expect(client.activateCalls[0]?.input.owner).to.deep.equal({ name: 'Aiko Tanaka', email: 'aiko.t@example.com', country: 'JP', language: 'en' });
  });

  it('validates a field once the person has left it', async () => {
    const element = await mount(new FakeClient());
    const email = control(element, 'owner.email');
    await fill(element, 'owner.email', 'ada@');
    expect(email.getAttribute('aria-invalid')).to.equal('false');
    email.dispatchEvent(new Event('blur'));
    await element.updateComplete;
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(errorTextFor(element, 'owner.email')).to.equal('Enter an e-mail address such as name@example.com.');
    await fill(element, 'owner.email', 'ada@example.com');
    expect(email.getAttribute('aria-invalid')).to.equal('false');
  });

  it('says nothing about a field the person only tabbed past, and speaks once they changed it', async () => {
    const element = await mount(new FakeClient());
    control(element, 'serial').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(control(element, 'serial').getAttribute('aria-invalid'), 'an untouched serial').to.equal('false');
    expect(control(element, 'cardCode').getAttribute('aria-invalid'), 'an untouched card code').to.equal('false');
    expect(element.shadowRoot?.querySelectorAll('[part~="error"]').length, 'no error text').to.equal(0);
    control(element, 'serial').focus();
    await sendKeys({ type: 'x' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(control(element, 'serial').getAttribute('aria-invalid'), 'typed, emptied and left').to.equal('true');
  });

  it('writes the card code as the card prints it while it is typed: upper case, groups of four', async () => {
    const client = new FakeClient();
    const element = await mount(client);
    const cardCode = control(element, 'cardCode');
    cardCode.focus();
    await sendKeys({ type: 'czbs 2k6tknre' });
    expect(cardCode.value).to.equal('CZBS-2K6T-KNRE');
    // A character typed in the middle keeps the caret after it.
    cardCode.setSelectionRange(2, 2);
    await sendKeys({ press: 'Backspace' });
    expect(cardCode.value).to.equal('CBS2-K6TK-NRE');
    expect(cardCode.selectionStart).to.equal(1);
    expect(cardCode.getAttribute('autocapitalize')).to.equal('characters');
    expect(cardCode.getAttribute('spellcheck')).to.equal('false');
  });

  describe('invalid controls look invalid, text inputs as much as selects', () => {
    /** The border a person sees on a control: its colour, and its widths (the non-colour cue). */
    function border(element: AtelierWarrantyActivation, name: string): { color: string; width: number; startWidth: number } {
      const style = getComputedStyle(control(element, name));
      return { color: style.borderTopColor, width: Number.parseFloat(style.borderTopWidth), startWidth: Number.parseFloat(style.borderInlineStartWidth) };
    }

    async function mountWithInvalidFields(theme?: 'dark'): Promise<AtelierWarrantyActivation> {
      const element = await mount(new FakeClient());
      if (theme) element.setAttribute('theme', theme);
      await fill(element, 'owner.name', 'Ada Lovelace');
      await fill(element, 'owner.email', 'ada@');
      await submit(element);
      await element.updateComplete;
      for (const name of ['serial', 'owner.email', 'owner.country']) expect(control(element, name).getAttribute('aria-invalid')).to.equal('true');
      return element;
    }

    for (const [theme, errorColor] of [
      ['light', 'rgb(179, 38, 30)'],
      ['dark', 'rgb(255, 180, 171)'],
    ] as const) {
      it(`in the ${theme} theme, a refused text, e-mail or date input gets the same error border as a select`, async () => {
        const element = await mountWithInvalidFields(theme === 'dark' ? 'dark' : undefined);
        const valid = border(element, 'owner.name');
        const select = border(element, 'owner.country');
        expect(select.color).to.equal(errorColor);
        for (const name of ['serial', 'owner.email', 'purchaseDate.day', 'purchaseDate.month', 'purchaseDate.year']) {
          expect(border(element, name), name).to.deep.equal(select);
          expect(border(element, name).startWidth, name).to.be.greaterThan(valid.startWidth + 2);
          expect(border(element, name).width, name).to.be.greaterThan(valid.width);
        }
        expect(valid.color).not.to.equal(errorColor);
      });
    }

    it('keeps a thicker edge on an invalid input in forced colours, where the error colour is replaced', async () => {
      const element = await mountWithInvalidFields();
      await emulateMedia({ forcedColors: 'active' });
      try {
        expect(border(element, 'owner.email').startWidth).to.be.greaterThan(border(element, 'owner.name').startWidth + 2);
        expect(border(element, 'owner.email').width).to.be.greaterThan(border(element, 'owner.name').width);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    it('marks a card code refused by the server with the error border', async () => {
      const client = new FakeClient();
      client.activateAnswers.push(() => Promise.reject(problem(422, 'invalid_card_code')));
      const element = await mount(client);
      await fillValidForm(element);
      await submit(element);
      await waitUntil(() => control(element, 'cardCode').getAttribute('aria-invalid') === 'true', 'card code marked invalid');
      expect(border(element, 'cardCode').color).to.equal('rgb(179, 38, 30)');
      expect(border(element, 'serial').color).not.to.equal('rgb(179, 38, 30)');
    });
  });

  it('on an incomplete submit, sends nothing and focuses a summary linking to each field, still accessible', async () => {
    const client = new FakeClient();
    const element = await mount(client);
    await fill(element, 'owner.name', 'Ada Lovelace');
    await submit(element);
    await element.updateComplete;
    expect(client.activateCalls).to.have.length(0);
    const summary = element.shadowRoot?.querySelector<HTMLElement>('.summary');
    expect(summary).to.exist;
    expect(element.shadowRoot?.activeElement).to.equal(summary);
    expect(errorTextFor(element, 'serial')).to.equal('This field is required.');
    expect(control(element, 'owner.name').getAttribute('aria-invalid')).to.equal('false');
    const link = summary?.querySelector<HTMLAnchorElement>('a[href="#field-serial"]');
    link?.click();
    expect(element.shadowRoot?.activeElement).to.equal(control(element, 'serial'));
    await expect(element).to.be.accessible();
  });

  it('frames the element it moves the focus to for keyboard users, and draws no box after a click', async () => {
    const element = await mount(new FakeClient());
    const submitButton = element.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    const summaryOutline = async (): Promise<string> => {
      await element.updateComplete;
      const summary = element.shadowRoot!.querySelector<HTMLElement>('.summary')!;
      expect(element.shadowRoot!.activeElement).to.equal(summary);
      return getComputedStyle(summary).outlineStyle;
    };
    submitButton.scrollIntoView({ block: 'center' });
    const box = submitButton.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    expect(await summaryOutline()).to.equal('none');

    submitButton.focus();
    await sendKeys({ press: 'Enter' });
    expect(await summaryOutline()).to.equal('solid');
  });

  it('can be completed with the keyboard alone and submits', async () => {
    const client = new FakeClient();
    const element = await mount(client);
    control(element, 'serial').focus();
    await sendKeys({ type: 'at-100234' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'K7Q2-MZ4P' });
    await sendKeys({ press: 'Tab' });
    // The date in the order of the widget's language (English: month, day, year), the month by name.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '15' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2025' });
    await tabTo(element, 'retailerId');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Ada Lovelace' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'ada@example.com' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot?.activeElement).to.equal(control(element, 'owner.country'));
    await sendKeys({ type: 'Switzerland' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot?.activeElement).to.equal(control(element, 'owner.language'));
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot?.activeElement).to.equal(control(element, 'gift'));
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot?.activeElement).to.equal(control(element, 'consents.service'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot?.activeElement?.getAttribute('type')).to.equal('submit');
    const activated = oneEvent(element, 'atelier-warranty-activated');
    await sendKeys({ press: 'Enter' });
    await activated;
    expect(client.activateCalls).to.have.length(1);
    const sent = client.activateCalls[0]?.input;
    expect(sent).to.deep.include({ serial: 'at-100234', cardCode: 'K7Q2-MZ4P', purchaseDate: '2025-01-15', retailerId: 'ret_geneva' });
    expect(sent?.owner).to.deep.equal({ name: 'Ada Lovelace', email: 'ada@example.com', country: 'CH', language: 'en' });
    expect(sent?.consents).to.deep.equal({ service: true, marketing: false });
    expect(sent?.gift).to.equal(undefined);
  });

  it('puts server field errors on their inputs and keeps every value after a 422', async () => {
    const client = new FakeClient();
    client.activateAnswers.push(() =>
      Promise.reject(
        problem(422, 'validation_failed', [
          { path: 'owner.email', code: 'invalid_format', message: 'Not a valid email.' },
          { path: 'cardCode', code: 'invalid_card_code', message: 'Wrong code.' },
        ]),
      ),
    );
    const element = await mount(client);
    await fillValidForm(element);
    await submit(element);
    await waitUntil(() => element.shadowRoot?.querySelector('.summary'), 'the summary appears');
    expect(control(element, 'owner.email').getAttribute('aria-invalid')).to.equal('true');
    expect(errorTextFor(element, 'owner.email')).to.equal('Enter an e-mail address such as name@example.com.');
    expect(control(element, 'cardCode').getAttribute('aria-invalid')).to.equal('true');
    expect(errorTextFor(element, 'cardCode')).to.equal('This code does not match the warranty card of this piece.');
    expect(control(element, 'serial').getAttribute('aria-invalid')).to.equal('false');
    expect(control(element, 'serial').value).to.equal('AT-100234');
    expect(control(element, 'cardCode').value).to.equal('K7Q2-MZ4P');
    expect(control(element, 'owner.email').value).to.equal('ada@example.com');
    expect(control<HTMLSelectElement>(element, 'owner.country').value).to.equal('GB');
    expect(control(element, 'consents.service').checked).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('maps a domain refusal without field errors to its field', async () => {
    const client = new FakeClient();
    client.activateAnswers.push(() => Promise.reject(problem(404, 'unknown_serial')));
    const element = await mount(client);
    await fillValidForm(element);
    await submit(element);
    await waitUntil(() => control(element, 'serial').getAttribute('aria-invalid') === 'true', 'serial marked invalid');
    expect(errorTextFor(element, 'serial')).to.contain('We do not know this serial number');
  });

  it('keeps every value after a network failure and retries with the same idempotency key', async () => {
    const client = new FakeClient();
    client.activateAnswers.push(() => Promise.reject(new NetworkError('Failed to fetch')));
    const element = await mount(client);
    await fillValidForm(element);
    await submit(element);
    await waitUntil(() => element.shadowRoot?.querySelector('.alert'), 'the offline alert appears');
    expect(element.shadowRoot?.querySelector('.alert')?.textContent).to.contain('We could not reach the server');
    expect(control(element, 'serial').value).to.equal('AT-100234');
    expect(control(element, 'owner.name').value).to.equal('Ada Lovelace');
    expect(control<HTMLSelectElement>(element, 'retailerId').value).to.equal('ret_geneva');

    const activated = oneEvent(element, 'atelier-warranty-activated');
    element.shadowRoot?.querySelector<HTMLButtonElement>('.alert button')?.click();
    await activated;
    expect(client.activateCalls).to.have.length(2);
    expect(client.activateCalls[1]?.idempotencyKey).to.be.a('string').and.equal(client.activateCalls[0]?.idempotencyKey);
  });

  it('uses a new idempotency key when the person changes the submission after a refusal', async () => {
    const client = new FakeClient();
    client.activateAnswers.push(() => Promise.reject(problem(422, 'invalid_card_code')));
    const element = await mount(client);
    await fillValidForm(element);
    await submit(element);
    await waitUntil(() => control(element, 'cardCode').getAttribute('aria-invalid') === 'true', 'card code marked invalid');
    await fill(element, 'cardCode', 'K7Q2-MZ4X');
    await submit(element);
    await waitUntil(() => client.activateCalls.length === 2, 'sent again');
    expect(client.activateCalls[1]?.idempotencyKey).not.to.equal(client.activateCalls[0]?.idempotencyKey);
  });

  it('does not send twice while a submission is in flight, and shows it is busy', async () => {
    const client = new FakeClient();
    let answer: (value: ActivationResponse) => void = () => {};
    client.activateAnswers.push(() => new Promise((resolve) => (answer = resolve)));
    const element = await mount(client);
    await fillValidForm(element);
    await submit(element);
    await submit(element);
    const form = element.shadowRoot?.querySelector('form');
    expect(form?.getAttribute('aria-busy')).to.equal('true');
    expect(element.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled).to.equal(true);
    expect(client.activateCalls).to.have.length(1);
    answer(activation);
    await waitUntil(() => element.shadowRoot?.querySelector('.success'), 'success shows');
  });

  it('explains non-field refusals in plain words and keeps the form', async () => {
    const client = new FakeClient();
    client.activateAnswers.push(() => Promise.reject(problem(409, 'already_activated')));
    client.activateAnswers.push(() => Promise.reject(problem(429, 'too_many_attempts')));
    const element = await mount(client);
    await fillValidForm(element);
    await submit(element);
    await waitUntil(() => shadowText(element).includes('already has a registered warranty'), 'already activated message');
    expect(element.shadowRoot?.activeElement).to.equal(element.shadowRoot?.querySelector('.alert'));
    await submit(element);
    await waitUntil(() => shadowText(element).includes('Too many attempts'), 'too many attempts message');
    expect(control(element, 'serial').value).to.equal('AT-100234');
  });

  it('explains a refused piece in its own words when the server also names the serial, and marks that field', async () => {
    // The body the server sends (registration.ts): a 409 whose errors[] names the serial with the same code.
    const refusals = [
      { code: 'already_activated', message: 'The warranty of this piece is already registered.', expected: 'This piece already has a registered warranty.' },
      { code: 'item_unavailable', message: 'This piece cannot be activated online. Please contact the brand.', expected: 'This piece cannot be registered.' },
    ];
    const client = new FakeClient();
    for (const { code, message } of refusals) client.activateAnswers.push(() => Promise.reject(problem(409, code, [{ path: 'serial', code, message }])));
    const element = await mount(client);
    await fillValidForm(element);
    for (const { expected } of refusals) {
      await submit(element);
      await waitUntil(() => shadowText(element).includes(expected), `the dedicated message: ${expected}`);
      const alert = element.shadowRoot?.querySelector('.alert');
      expect(element.shadowRoot?.activeElement).to.equal(alert);
      expect(shadowText(element)).not.to.contain('not valid');
      expect(element.shadowRoot?.querySelector('.summary')).to.equal(null);
      const serial = control(element, 'serial');
      expect(serial.getAttribute('aria-invalid')).to.equal('true');
      expect(serial.getAttribute('aria-describedby')?.split(' ')).to.include(alert?.id);
      expect(serial.value).to.equal('AT-100234');
      await expect(element).to.be.accessible();
    }
  });

  it('reads a field error code it has no text for with the text of its refusal, not as "not valid"', async () => {
    const client = new FakeClient();
    client.activateAnswers.push(() =>
      Promise.reject(problem(422, 'validation_failed', [{ path: 'serial', code: 'item_unavailable', message: 'Unavailable.' }])),
    );
    const element = await mount(client);
    await fillValidForm(element);
    await submit(element);
    await waitUntil(() => control(element, 'serial').getAttribute('aria-invalid') === 'true', 'serial marked invalid');
    expect(errorTextFor(element, 'serial')).to.contain('This piece cannot be registered.');
  });

  it('shows the model, the coverage end and the masked inbox on success, and fires a composed event', async () => {
    const client = new FakeClient();
    const element = await mount(client);
    await fillValidForm(element);
    const activated = oneEvent(document, 'atelier-warranty-activated');
    await submit(element);
    const event = await activated;
    expect(event.detail).to.deep.equal(activation);
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    await element.updateComplete;
    const success = element.shadowRoot?.querySelector('[part="success"]');
    expect(success?.textContent).to.contain('Nautile Automatique');
    expect(success?.textContent).to.contain('Covered until January 15, 2027.');
    expect(success?.textContent).to.contain('a•••@example.com');
    expect(element.shadowRoot?.activeElement).to.equal(success);
    await expect(element).to.be.accessible();
  });

  describe('confirmation link', () => {
    afterEach(() => history.replaceState(null, '', window.location.pathname + window.location.search));

    it('confirms the token from the URL fragment, removes it and shows the active warranty', async () => {
      history.replaceState(null, '', '#atelier-confirmation=tok_abcdefghijklmnop1234');
      const client = new FakeClient();
      const confirmed = oneEvent(document, 'atelier-warranty-confirmed');
      const element = await fixture<AtelierWarrantyActivation>(
        html`<atelier-warranty-activation .client=${client} locale="fr"></atelier-warranty-activation>`,
      );
      const event = await confirmed;
      expect(client.confirmCalls).to.deep.equal(['tok_abcdefghijklmnop1234']);
      expect(window.location.hash).to.equal('');
      expect(event.detail.status).to.equal('active');
      expect(event.composed).to.equal(true);
      await waitUntil(() => shadowText(element).includes('Votre garantie est active'), 'confirmed panel, in French');
      const text = shadowText(element);
      expect(text).to.contain('15 janvier 2027');
    });

    it('asks a transfer’s new owner the consent questions, both unticked, and confirms with their answers and the words they read', async () => {
      history.replaceState(null, '', '#atelier-confirmation=tok_abcdefghijklmnop1234&atelier-consents=ask');
      const client = new FakeClient();
      const element = await fixture<AtelierWarrantyActivation>(html`<atelier-warranty-activation .client=${client} locale="en"></atelier-warranty-activation>`);
      await waitUntil(() => shadowText(element).includes('One last step'), 'the questions are asked');
      expect(window.location.hash).to.equal('', 'the token and the question leave the address bar');
      expect(client.confirmCalls).to.deep.equal([], 'nothing is confirmed before the answers');
      const service = control<HTMLInputElement>(element, 'consents.service');
      const marketing = control<HTMLInputElement>(element, 'consents.marketing');
      expect([service.checked, marketing.checked]).to.deep.equal([false, false]);
      await expect(element).to.be.accessible();

      service.click();
      const confirmed = oneEvent(document, 'atelier-warranty-confirmed');
      [...(element.shadowRoot?.querySelectorAll('button') ?? [])].find((button) => button.textContent?.includes('Confirm and activate'))?.click();
      await confirmed;
      expect(client.confirmCalls).to.deep.equal([
        {
          token: 'tok_abcdefghijklmnop1234',
          consents: {
            service: true,
            marketing: false,
            wording: 'One last step: messages from us | Send me service messages (service reminders, repair updates). yes | Send me news, events and offers. no',
          },
        },
      ]);
      await waitUntil(() => shadowText(element).includes('Your warranty is active'), 'confirmed panel');
    });

    it('asks the questions in the owner’s language, and keeps their answers when the confirmation must be tried again', async () => {
      history.replaceState(null, '', '#atelier-confirmation=tok_abcdefghijklmnop1234&atelier-consents=ask');
      const client = new FakeClient();
      client.confirmAnswer = () => Promise.reject(new NetworkError('Failed to fetch'));
      const element = await fixture<AtelierWarrantyActivation>(html`<atelier-warranty-activation .client=${client} locale="ja"></atelier-warranty-activation>`);
      await waitUntil(() => shadowText(element).includes('最後の手順'), 'the questions, in Japanese');
      control<HTMLInputElement>(element, 'consents.marketing').click();
      element.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await waitUntil(() => element.shadowRoot?.querySelector('.alert'), 'the failure is said');
      expect(control<HTMLInputElement>(element, 'consents.marketing').checked, 'the answer stays').to.equal(true);
      client.confirmAnswer = () => Promise.resolve({ warranty: { ...warranty, status: 'active', confirmedAt: '2025-01-21T09:00:00Z' } });
      const confirmed = oneEvent(document, 'atelier-warranty-confirmed');
      element.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await confirmed;
      expect(client.confirmCalls.at(-1)).to.deep.include({ token: 'tok_abcdefghijklmnop1234' });
      expect((client.confirmCalls.at(-1) as ConfirmationRequest).consents).to.deep.include({ service: false, marketing: true });
    });

    it('confirms a link opened in a tab that already shows the page (only the fragment changes)', async () => {
      const client = new FakeClient();
      const element = await mount(client);
      const confirmed = oneEvent(element, 'atelier-warranty-confirmed');
      window.location.hash = 'atelier-confirmation=tok_abcdefghijklmnop5678';
      await confirmed;
      expect(client.confirmCalls).to.deep.equal(['tok_abcdefghijklmnop5678']);
      expect(window.location.hash).to.equal('');
    });

    it('says a used link may mean the warranty is already active, rather than only asking to activate again', async () => {
      history.replaceState(null, '', '#atelier-confirmation=tok_abcdefghijklmnop1234');
      const client = new FakeClient();
      client.confirmAnswer = () => Promise.reject(problem(404, 'invalid_confirmation_token'));
      const element = await fixture<AtelierWarrantyActivation>(html`<atelier-warranty-activation .client=${client} locale="en"></atelier-warranty-activation>`);
      await waitUntil(() => element.shadowRoot?.querySelector('form'), 'the form is offered again');
      const alert = element.shadowRoot?.querySelector('.alert')?.textContent ?? '';
      expect(alert).to.contain('This link has already been used or is not valid.');
      expect(alert).to.contain('If you already confirmed your warranty, it is active');
    });

    it('says a transfer can no longer be completed when it ended before the new owner confirmed', async () => {
      history.replaceState(null, '', '#atelier-confirmation=tok_abcdefghijklmnop1234');
      const client = new FakeClient();
      client.confirmAnswer = () => Promise.reject(problem(410, 'transfer_no_longer_possible'));
      const element = await fixture<AtelierWarrantyActivation>(html`<atelier-warranty-activation .client=${client} locale="en"></atelier-warranty-activation>`);
      await waitUntil(() => element.shadowRoot?.querySelector('.alert'), 'the problem is said');
      const alert = element.shadowRoot?.querySelector('.alert')?.textContent ?? '';
      expect(alert).to.contain('This transfer can no longer be completed');
      expect(alert).not.to.contain('already been used');
      expect(window.location.hash).to.equal('');
    });

    it('explains an expired link and offers the form again', async () => {
      history.replaceState(null, '', '#atelier-confirmation=tok_abcdefghijklmnop1234');
      const client = new FakeClient();
      client.confirmAnswer = () => Promise.reject(problem(410, 'confirmation_token_expired'));
      const element = await fixture<AtelierWarrantyActivation>(html`<atelier-warranty-activation .client=${client} locale="en"></atelier-warranty-activation>`);
      await waitUntil(() => element.shadowRoot?.querySelector('form'), 'the form is offered again');
      expect(shadowText(element)).to.contain('This confirmation link has expired');
      expect(window.location.hash).to.equal('');
    });
  });

  describe('locales', () => {
    it('renders French labels', async () => {
      const element = await mount(new FakeClient(), { locale: 'fr-CH' });
      await waitUntil(() => labelText(element, 'serial').startsWith('Numéro de série'), 'French labels load');
      expect(element.shadowRoot?.querySelector('button[type="submit"]')?.textContent?.trim()).to.equal('Activer la garantie');
      expect([...control<HTMLSelectElement>(element, 'owner.country').options].map((o) => o.textContent)).to.include('Suisse');
      expect(control<HTMLSelectElement>(element, 'owner.language').value).to.equal('fr');
    });

    it('renders Traditional Chinese labels for zh-TW, with localized field errors', async () => {
      const element = await mount(new FakeClient(), { locale: 'zh-TW' });
      await waitUntil(() => labelText(element, 'serial').startsWith('序號'), 'Traditional Chinese labels load');
      await submit(element);
      expect(errorTextFor(element, 'serial')).to.equal('此欄位為必填。');
    });

    describe('joins a field’s label and its error as each language’s typography wants', () => {
      const cases = [
        { locale: 'fr', expected: 'Numéro de série\u202f: Ce champ est obligatoire.' },
        { locale: 'ja', expected: 'シリアル番号：この項目は必須です。' },
        { locale: 'zh-Hant', expected: '序號：此欄位為必填。' },
      ];
      for (const { locale, expected } of cases) {
        it(locale, async () => {
          const element = await mount(new FakeClient(), { locale });
          await waitUntil(() => element.shadowRoot?.querySelector('.panel')?.getAttribute('lang') === locale, 'the locale loads');
          await submit(element);
          await waitUntil(() => element.shadowRoot?.querySelector('.summary'), 'the summary appears');
          const first = element.shadowRoot?.querySelector('.summary li')?.textContent?.trim() ?? '';
          expect(first.startsWith(expected), first).to.equal(true);
        });
      }
    });

    it('follows the closest lang attribute when no locale is set', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="fr"><atelier-warranty-activation .client=${new FakeClient()}></atelier-warranty-activation></div>`,
      );
      const element = wrapper.querySelector('atelier-warranty-activation');
      if (!element) throw new Error('not rendered');
      await waitUntil(() => element.shadowRoot?.querySelector('h2')?.textContent === 'Activez votre garantie', 'French title');
    });
  });

  it('tells the person the retailers could not be loaded, keeps the form and what they typed, and the retry lists them', async () => {
    const client = new FakeClient();
    client.brand = { get: () => Promise.reject(new NetworkError('Failed to fetch')) };
    const element = await fixture<AtelierWarrantyActivation>(html`<atelier-warranty-activation .client=${client}></atelier-warranty-activation>`);
    await waitUntil(() => shadowText(element).includes('could not be loaded'), 'unavailable message');
    await fill(element, 'serial', 'AT-100234');
    client.brand = { get: () => Promise.resolve(brand) };
    element.shadowRoot?.querySelector<HTMLButtonElement>('button')?.click();
    await waitUntil(() => element.shadowRoot?.querySelector('option[value="ret_geneva"]'), 'the retry lists the retailers');
    expect(shadowText(element)).not.to.contain('could not be loaded');
    expect(control(element, 'serial').value).to.equal('AT-100234');
  });

  it('draws the whole form before the brand answers, in the buyer’s language, and completes it when the brand does', async () => {
    let answerBrand: (config: BrandConfig) => void = () => {};
    const client = new FakeClient();
    client.brand = { get: () => new Promise<BrandConfig>((resolve) => (answerBrand = resolve)) };
    const element = await fixture<AtelierWarrantyActivation>(html`<atelier-warranty-activation .client=${client} locale="fr"></atelier-warranty-activation>`);
    for (const name of ['serial', 'cardCode', 'purchaseDate.day', 'retailerId', 'owner.name', 'owner.email', 'owner.country', 'owner.language', 'consents.service']) control(element, name);
    expect(control<HTMLSelectElement>(element, 'owner.language').value).to.equal('fr');
    await fill(element, 'owner.name', 'Ada Lovelace');
    answerBrand({ ...brand, locales: ['en', 'de'], defaultLocale: 'de' });
    await waitUntil(() => element.shadowRoot?.querySelector('option[value="ret_geneva"]'), 'the retailers arrive');
    // French is not among this brand's languages: its default takes the place of the buyer's own.
    expect(control<HTMLSelectElement>(element, 'owner.language').value).to.equal('de');
    expect(control(element, 'owner.name').value).to.equal('Ada Lovelace');
  });

  it('builds its client from publishable-key and api-base, sending the key in a header only', async () => {
    const realFetch = window.fetch;
    const requests: Request[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      requests.push(request);
      return Promise.resolve(new Response(JSON.stringify(brand), { headers: { 'content-type': 'application/json' } }));
    };
    try {
      const element = await fixture<AtelierWarrantyActivation>(
        html`<atelier-warranty-activation publishable-key="pk_test_123" api-base="https://api.atelier.test"></atelier-warranty-activation>`,
      );
      await waitUntil(() => element.shadowRoot?.querySelector('form'), 'the form renders');
      expect(requests[0]?.url).to.equal('https://api.atelier.test/v1/brand');
      expect(requests[0]?.headers.get('authorization')).to.equal('Bearer pk_test_123');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('can be loaded twice: a second definition of the same version neither throws nor replaces the first', () => {
    const first = customElements.get('atelier-warranty-activation');
    class SecondCopy extends HTMLElement {}
    expect(() => defineElement('atelier-warranty-activation', SecondCopy)).not.to.throw();
    expect(customElements.get('atelier-warranty-activation')).to.equal(first);
  });

  it('warns once when another version of the widgets defined the tag first', () => {
    class OlderRelease extends HTMLElement {
      static readonly atelierVersion = '0.0.1';
    }
    customElements.define('atelier-test-versioned', OlderRelease);
    const warnings: unknown[][] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('atelier-test-versioned', class extends HTMLElement {});
      defineElement('atelier-test-versioned', class extends HTMLElement {});
    } finally {
      console.warn = realWarn;
    }
    expect(customElements.get('atelier-test-versioned')).to.equal(OlderRelease);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.contain('0.0.1');
  });

});

it('reports the same version as package.json, so a double load compares real releases', async () => {
  const { widgetsVersion } = await import('../../base/version.ts');
  const packageJson = (await (await fetch('/package.json')).json()) as { version: string };
  expect(widgetsVersion).to.equal(packageJson.version);
});
