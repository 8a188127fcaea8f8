/// <reference types="mocha" />
import type { CallOptions } from '@atelier/client';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { problem } from '../testing/stand-ins.ts';
import type { RecognitionClient } from './recognition-client.ts';
import './recognition-page.ts';
import type { ConsoleRecognition } from './recognition-page.ts';

type Card = Awaited<ReturnType<RecognitionClient['recognise']>>;

const vendome = { id: 'ret_paris', name: 'Boutique Vendôme', country: 'FR', city: 'Paris' };

function card(overrides: Partial<Card> = {}): Card {
  return {
    serial: 'MA-100001',
    model: { reference: '1801G-AC', name: 'Méridienne', collection: 'Classique' },
    status: 'sold',
    reportedMissing: false,
    registered: true,
    warranty: { status: 'active', validUntil: '2027-05-02' },
    client: { clientSince: 2019, tier: 'vip', contact: null },
    nextCareDue: { date: '2025-06-01', after: 'last_service', overdue: true },
    retailerOfRecord: vendome,
    ...overrides,
  };
}

class StandInRecognitionClient implements RecognitionClient {
  asked: string[] = [];
  readonly answer: (serial: string) => Promise<Card>;
  constructor(answer: (serial: string) => Promise<Card>) {
    this.answer = answer;
  }
  recognise(serial: string, _options?: CallOptions): Promise<Card> {
    this.asked.push(serial);
    return this.answer(serial);
  }
}

function text(element: HTMLElement): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

function serialField(element: ConsoleRecognition): HTMLElementTagNameMap['console-serial-field'] {
  const found = element.shadowRoot?.querySelector('console-serial-field');
  if (!found) throw new Error('no serial field');
  return found;
}

async function lookUp(element: ConsoleRecognition, serial: string): Promise<void> {
  const field = serialField(element);
  field.value = serial;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await element.updateComplete;
  element.shadowRoot?.querySelector<HTMLElement>('wa-button[type="submit"]')?.click();
  await waitUntil(() => element.shadowRoot?.querySelector('#result-title'), 'a result is shown');
}

async function mount(client: RecognitionClient): Promise<ConsoleRecognition> {
  return fixture<ConsoleRecognition>(html`<console-recognition .client=${client}></console-recognition>`);
}

describe('<console-recognition>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('recognises another boutique’s client — registered, covered, since when, tier, care, retailer of record — without naming them, accessibly', async () => {
    const client = new StandInRecognitionClient(() => Promise.resolve(card()));
    const element = await mount(client);
    await lookUp(element, 'ma-100001');
    expect(client.asked).to.deep.equal(['ma-100001']);
    const words = text(element);
    for (const expected of ['Méridienne', 'Registered', 'Valid until May 2, 2027', 'Client since 2019', 'VIP', 'Next service due', 'Overdue since Jun 1, 2025', 'Boutique Vendôme, Paris (FR)', 'Not shared with your boutique.']) {
      expect(words).to.include(expected);
    }
    expect(element.shadowRoot?.querySelector('wa-badge')?.getAttribute('variant')).to.equal('success');
    expect(element.shadowRoot?.activeElement?.id).to.equal('result-title', 'focus moves to the result');
    await expect(element).to.be.accessible();
  });

  it('shows the contact the owner shared with this boutique', async () => {
    const contact = { name: 'Héloïse Vantardier', email: 'heloise@example.com', country: 'FR', language: 'fr', postalAddress: '12 rue des Orfèvres, Paris', sharedAt: '2026-11-01T09:00:00.000Z' };
    const element = await mount(new StandInRecognitionClient(() => Promise.resolve(card({ client: { clientSince: 2019, tier: 'regular', contact } }))));
    await lookUp(element, 'MA-100001');
    expect(text(element)).to.include('Héloïse Vantardier').and.include('heloise@example.com').and.include('Shared with your boutique on Nov 1, 2026');
  });

  it('says first, in red and never in green, that a piece is reported stolen', async () => {
    const stolen = card({ status: 'stolen', reportedMissing: true, registered: false, client: null, warranty: null, nextCareDue: null, retailerOfRecord: null });
    const element = await mount(new StandInRecognitionClient(() => Promise.resolve(stolen)));
    await lookUp(element, 'MA-100013');
    const alert = element.shadowRoot?.querySelector('wa-callout[role="alert"]');
    expect(alert?.getAttribute('variant')).to.equal('danger');
    expect(alert?.textContent).to.include('Reported stolen.').and.include('call the brand');
    expect(element.shadowRoot?.querySelector('wa-badge')?.getAttribute('variant')).to.equal('danger');
    expect(element.shadowRoot?.querySelector('[variant="success"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('says plainly when a piece is not registered, or its sale awaits the buyer’s confirmation', async () => {
    const element = await mount(
      new StandInRecognitionClient((serial) =>
        Promise.resolve(
          serial === 'MA-2'
            ? card({ registered: false, client: null, warranty: { status: 'pending_confirmation', validUntil: '2028-11-24' }, nextCareDue: { date: '2029-11-24', after: 'purchase', overdue: false } })
            : card({ status: 'in_stock', registered: false, client: null, warranty: null, nextCareDue: null, retailerOfRecord: null }),
        ),
      ),
    );
    await lookUp(element, 'MA-1');
    expect(text(element)).to.include('Not registered').and.include('This piece is not registered to an owner.').and.include('None: the piece was never sold.');
    await lookUp(element, 'MA-2');
    await waitUntil(() => text(element).includes('awaits the buyer’s confirmation'), 'the pending sale is said');
    expect(element.shadowRoot?.querySelector('[variant="success"]')).to.equal(null);
  });

  it('says an unknown serial is no piece of the brand, keeping what was typed', async () => {
    const unknown = problem(404, 'unknown_serial', [{ path: 'serial', code: 'unknown_serial', message: 'No piece of this brand has this serial number.' }]);
    const element = await mount(new StandInRecognitionClient(() => Promise.reject(unknown)));
    await lookUp(element, 'NO-SUCH-1');
    expect(text(element)).to.include('No piece NO-SUCH-1').and.include('Check it against the case back');
    expect(serialField(element).value).to.equal('NO-SUCH-1');
    expect(element.shadowRoot?.querySelector('wa-callout')?.getAttribute('variant')).to.equal('warning');
    await expect(element).to.be.accessible();
  });

  it('looks a piece up by keyboard alone at phone width, Enter in the field as a scanner sends it', async () => {
    await setViewport({ width: 375, height: 800 });
    const client = new StandInRecognitionClient(() => Promise.resolve(card()));
    const element = await mount(client);
    serialField(element).focus();
    await sendKeys({ type: 'ma-100001' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => element.shadowRoot?.querySelector('#result-title'), 'the card is shown');
    expect(client.asked).to.deep.equal(['ma-100001']);
    expect(document.documentElement.scrollWidth).to.be.at.most(375);
    await expect(element).to.be.accessible();
  });
});
