/// <reference types="mocha" />
import type WaDialog from '@awesome.me/webawesome/dist/components/dialog/dialog.js';
import type WaInput from '@awesome.me/webawesome/dist/components/input/input.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { StandInCamera } from '../testing/camera-stand-ins.ts';
import './serial-field.ts';
import type { ConsoleSerialField } from './serial-field.ts';

const cardLink = 'https://id.maison-aubert.example/01/07612345678900/21/MA-100234';

function input(element: ConsoleSerialField): WaInput {
  const found = element.shadowRoot?.querySelector<WaInput>('wa-input');
  if (!found) throw new Error('no input');
  return found;
}
function scanButton(element: ConsoleSerialField): HTMLElement | null {
  return element.shadowRoot?.querySelector<HTMLElement>('wa-button.scan') ?? null;
}
function dialog(element: ConsoleSerialField): WaDialog {
  const found = element.shadowRoot?.querySelector<WaDialog>('wa-dialog');
  if (!found) throw new Error('no dialog');
  return found;
}
async function type(element: ConsoleSerialField, text: string): Promise<void> {
  input(element).focus();
  await sendKeys({ type: text });
}

describe('<console-serial-field>', () => {
  let camera: StandInCamera;
  beforeEach(() => {
    camera = new StandInCamera();
  });
  afterEach(async () => {
    camera.restore();
    await setViewport({ width: 800, height: 600 });
  });

  it('is a labelled text field, typed into, with no scan button where the browser cannot read QR codes', async () => {
    const element = await fixture<ConsoleSerialField>(html`<console-serial-field required></console-serial-field>`);
    const typed: string[] = [];
    element.addEventListener('input', () => typed.push(element.value));
    await type(element, 'MA-1');
    expect(element.value).to.equal('MA-1');
    expect(typed.at(-1)).to.equal('MA-1');
    expect(input(element).label).to.equal('Serial number');
    expect(scanButton(element), 'no scan button').to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('keeps only the serial of a card link typed by a keyboard scanner or pasted', async () => {
    const element = await fixture<ConsoleSerialField>(html`<console-serial-field></console-serial-field>`);
    await type(element, cardLink);
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => element.value === 'MA-100234', 'the link became its serial');
    expect(input(element).value).to.equal('MA-100234');
  });

  it('reads the card’s QR code with the camera, from the keyboard: another code is refused, the card’s fills the serial and the camera stops', async () => {
    camera.install();
    camera.frames = [[], ['https://www.example.com/promo'], [cardLink]];
    const element = await fixture<ConsoleSerialField>(html`<console-serial-field></console-serial-field>`);
    await waitUntil(() => scanButton(element), 'the scan button is offered');
    await expect(element).to.be.accessible();
    const changed = oneEvent(element, 'change');
    scanButton(element)?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(element).open, 'the camera dialog opens');
    await waitUntil(() => element.shadowRoot?.textContent?.includes('not a warranty card'), 'the other code is refused');
    await changed;
    expect(element.value).to.equal('MA-100234');
    expect(element.shadowRoot?.querySelector('.read')?.textContent).to.equal('Read from the card: MA-100234');
    await waitUntil(() => !dialog(element).open, 'the dialog closes');
    expect(camera.allStopped).to.equal(true);
    expect(input(element).value).to.equal('MA-100234');
  });

  it('stops the camera when the person closes the dialog to type instead, or leaves the page', async () => {
    camera.install();
    const element = await fixture<ConsoleSerialField>(html`<console-serial-field></console-serial-field>`);
    await waitUntil(() => scanButton(element), 'the scan button is offered');
    // Axe reads colours: it must see the dialog once it has faded in.
    const shown = oneEvent(dialog(element), 'wa-after-show');
    scanButton(element)?.click();
    await waitUntil(() => camera.tracks.length === 1 && element.shadowRoot?.querySelector('video')?.srcObject, 'the camera is on');
    await shown;
    await expect(dialog(element)).to.be.accessible();
    dialog(element).querySelector<HTMLElement>('wa-button[slot="footer"]')?.click();
    expect(camera.allStopped).to.equal(true);
    await waitUntil(() => !dialog(element).open, 'the dialog closes');

    scanButton(element)?.click();
    await waitUntil(() => camera.tracks.length === 2 && element.shadowRoot?.querySelector('video')?.srcObject, 'the camera is on again');
    element.remove();
    expect(camera.allStopped).to.equal(true);
  });

  it('says so when the camera is refused, and typing still works', async () => {
    camera.install();
    camera.refusal = new DOMException('denied', 'NotAllowedError');
    const element = await fixture<ConsoleSerialField>(html`<console-serial-field></console-serial-field>`);
    await waitUntil(() => scanButton(element), 'the scan button is offered');
    scanButton(element)?.click();
    await waitUntil(() => element.shadowRoot?.textContent?.includes('camera was not allowed'), 'the refusal is explained');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(element).open, 'Escape closes the dialog');
    await type(element, 'MA-7');
    expect(element.value).to.equal('MA-7');
  });

  it('shows a field error under the field, and fits a phone', async () => {
    camera.install();
    await setViewport({ width: 375, height: 700 });
    const element = await fixture<ConsoleSerialField>(html`<console-serial-field error="This serial is not one of the brand’s pieces."></console-serial-field>`);
    await waitUntil(() => scanButton(element), 'the scan button is offered');
    expect(input(element).hint).to.equal('This serial is not one of the brand’s pieces.');
    expect(input(element).classList.contains('field-error')).to.equal(true);
    expect(element.scrollWidth).to.be.at.most(375);
    await expect(element).to.be.accessible();
  });
});
