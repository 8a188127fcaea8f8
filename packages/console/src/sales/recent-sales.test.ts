/// <reference types="mocha" />
import type WaInput from '@awesome.me/webawesome/dist/components/input/input.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { pressConfirm, problem } from '../testing/stand-ins.ts';
import './recent-sales.ts';
import type { ConsoleRecentSales } from './recent-sales.ts';
import type { SalesClient } from './sales-client.ts';

type Page = Awaited<ReturnType<SalesClient['page']>>;
type Sale = Page['sales'][number];

const inAnHour = new Date(Date.now() + 60 * 60 * 1000).toISOString();

function sale(id: string, serial: string, status: Sale['status'], voidableUntil: string | null): Sale {
  return {
    id,
    serial,
    model: { reference: '1801G-AC', name: 'Méridienne' },
    retailerId: 'ret_geneva',
    purchaseDate: '2026-12-06',
    registeredAt: '2026-12-06T10:00:00.000Z',
    status,
    gift: false,
    confirmationSentTo: 'm•••@example.org',
    voidableUntil,
    voidedAt: status === 'voided' ? '2026-12-06T11:00:00.000Z' : null,
    price: null,
  };
}

class StandInSalesClient implements SalesClient {
  voids: { saleId: string; reason: string }[] = [];
  voidAnswer: (() => Promise<never>) | undefined;
  voidWindowHours = 72;
  register(): never {
    throw new Error('not used here');
  }
  page(): Promise<Page> {
    return Promise.resolve({
      sales: [sale('wty_2', 'MA-2', 'awaiting_confirmation', inAnHour), sale('wty_1', 'MA-1', 'confirmed', null), sale('wty_0', 'MA-0', 'voided', null)],
      nextCursor: null,
      voidWindowHours: this.voidWindowHours,
    });
  }
  void(saleId: string, reason: string): Promise<Sale> {
    this.voids.push({ saleId, reason });
    if (this.voidAnswer) return this.voidAnswer();
    return Promise.resolve(sale(saleId, 'MA-2', 'voided', null));
  }
}

function rows(element: ConsoleRecentSales): string[] {
  return [...(element.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((row) => row.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

function voidButtons(element: ConsoleRecentSales): HTMLElement[] {
  return [...(element.shadowRoot?.querySelectorAll<HTMLElement>('tbody wa-button') ?? [])];
}

async function mount(client: StandInSalesClient): Promise<ConsoleRecentSales> {
  const element = await fixture<ConsoleRecentSales>(html`<console-recent-sales .client=${client}></console-recent-sales>`);
  await waitUntil(() => rows(element).length === 3, 'the sales are listed');
  return element;
}

async function openVoid(element: ConsoleRecentSales): Promise<HTMLElementTagNameMap['console-confirm']> {
  voidButtons(element)[0]?.click();
  const confirm = element.shadowRoot?.querySelector('console-confirm');
  if (!confirm) throw new Error('no confirmation');
  await waitUntil(() => confirm.open, 'the confirmation opens');
  return confirm;
}

describe('<console-recent-sales>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('lists the boutique’s sales with where each stands, and offers Void only while the window is open', async () => {
    const element = await mount(new StandInSalesClient());
    expect(rows(element)).to.deep.equal([
      'MA-2 Méridienne 1801G-AC Dec 6, 2026 m•••@example.org Awaiting the buyer’s confirmation Void: MA-2',
      'MA-1 Méridienne 1801G-AC Dec 6, 2026 m•••@example.org Confirmed',
      'MA-0 Méridienne 1801G-AC Dec 6, 2026 m•••@example.org Voided',
    ]);
    expect(element.shadowRoot?.textContent).to.include('can be voided within 72 hours');
    expect(voidButtons(element)).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('voids a sale once a reason is given, from the keyboard, and shows it voided', async () => {
    const client = new StandInSalesClient();
    const element = await mount(client);
    const confirm = await openVoid(element);
    expect(confirm.confirmDisabled, 'no reason yet').to.equal(true);
    const reason = confirm.querySelector<WaInput>('wa-input[name="reason"]');
    reason?.focus();
    await sendKeys({ type: 'Wrong piece scanned' });
    await waitUntil(() => !confirm.confirmDisabled, 'the reason enables the button');
    await pressConfirm(confirm);
    await waitUntil(() => rows(element)[0]?.includes('Voided'), 'the sale shows voided');
    expect(client.voids).to.deep.equal([{ saleId: 'wty_2', reason: 'Wrong piece scanned' }]);
    expect(element.shadowRoot?.textContent).to.include('The sale of MA-2 is voided');
    expect(voidButtons(element)).to.have.length(0);
  });

  it('says the brand corrects mistaken sales when it closed the window (0 hours)', async () => {
    const client = new StandInSalesClient();
    client.voidWindowHours = 0;
    const element = await mount(client);
    const intro = element.shadowRoot?.querySelector('.intro')?.textContent ?? '';
    expect(intro).to.include('corrected by the brand');
    expect(intro).not.to.include('0 hours');
  });

  it('says so when the window closed in the meantime', async () => {
    const client = new StandInSalesClient();
    client.voidAnswer = () => Promise.reject(problem(409, 'void_window_closed'));
    const element = await mount(client);
    const confirm = await openVoid(element);
    const reason = confirm.querySelector<WaInput>('wa-input[name="reason"]');
    if (!reason) throw new Error('no reason field');
    reason.value = 'Typo in the e-mail';
    reason.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => !confirm.confirmDisabled, 'the reason enables the button');
    await pressConfirm(confirm);
    await waitUntil(() => element.shadowRoot?.querySelector('wa-callout[variant="danger"]'), 'the refusal is shown');
    expect(element.shadowRoot?.querySelector('wa-callout[variant="danger"]')?.textContent).to.include('too late to void');
    expect(rows(element)[0]).to.include('Awaiting');
  });

  it('fits a phone: the table scrolls in its own box', async () => {
    await setViewport({ width: 375, height: 800 });
    const element = await mount(new StandInSalesClient());
    expect(document.documentElement.scrollWidth).to.be.at.most(375);
    await expect(element).to.be.accessible();
  });
});
