/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CallOptions } from '@atelier/client';
import type { AcquisitionChannel, AcquisitionSpendList, ExchangeRateList, ExchangeRatesInput, Money } from '@atelier/client/contract';
import type WaInput from '@awesome.me/webawesome/dist/components/input/input.js';
import { clientValuesChangedEvent } from '../shared/events.ts';
import { problem } from '../testing/stand-ins.ts';
import './money-settings.ts';
import type { ConsoleMoneySettings, MoneySettingsClient } from './money-settings.ts';
import { typedMinorUnits } from './money-settings.ts';

class StandInMoneyClient implements MoneySettingsClient {
  rateList: ExchangeRateList = { reportingCurrency: 'EUR', rates: [{ currency: 'CHF', month: '2026-10', rate: '1.0712', updatedAt: '2026-11-01T09:00:00.000Z' }] };
  spendList: AcquisitionSpendList = {
    reportingCurrency: 'EUR',
    spend: [{ month: '2026-10', channel: 'brand_led', amount: { currency: 'JPY', amountMinorUnits: 4_500_000 }, updatedAt: '2026-11-01T09:00:00.000Z' }],
  };
  sent: unknown[] = [];
  refusals: Error[] = [];

  rates(_options?: CallOptions) {
    return Promise.resolve(structuredClone(this.rateList));
  }
  setRates(input: ExchangeRatesInput, _options?: CallOptions) {
    this.sent.push(['setRates', input]);
    const refusal = this.refusals.shift();
    if (refusal) return Promise.reject(refusal);
    this.rateList.rates.push({ currency: input.currency, month: input.fromMonth, rate: input.rate, updatedAt: '2026-12-07T09:00:00.000Z' });
    return Promise.resolve({});
  }
  deleteRate(currency: string, month: string, _options?: CallOptions) {
    this.sent.push(['deleteRate', currency, month]);
    this.rateList.rates = this.rateList.rates.filter((rate) => rate.currency !== currency || rate.month !== month);
    return Promise.resolve({});
  }
  spend(_options?: CallOptions) {
    return Promise.resolve(structuredClone(this.spendList));
  }
  putSpend(month: string, channel: AcquisitionChannel, amount: Money, _options?: CallOptions) {
    this.sent.push(['putSpend', month, channel, amount]);
    this.spendList.spend.push({ month, channel, amount, updatedAt: '2026-12-07T09:00:00.000Z' });
    return Promise.resolve({});
  }
  deleteSpend(month: string, channel: AcquisitionChannel, _options?: CallOptions) {
    this.sent.push(['deleteSpend', month, channel]);
    return Promise.resolve({});
  }
}

async function mount(client: StandInMoneyClient): Promise<ConsoleMoneySettings> {
  const element = await fixture<ConsoleMoneySettings>(html`<console-money-settings .client=${client}></console-money-settings>`);
  await waitUntil(() => element.shadowRoot?.querySelector('form.rates') && element.shadowRoot?.querySelector('form.spend'), 'the rates and the spend load');
  return element;
}

async function type(element: ConsoleMoneySettings, form: string, name: string, value: string): Promise<void> {
  const input = element.shadowRoot!.querySelector<WaInput>(`form.${form} wa-input[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

/** Counts the announcements that the clients' values may be recomputing, as the brand settings page hears them. */
function announcedValueChanges() {
  const heard = { count: 0, stop: () => window.removeEventListener(clientValuesChangedEvent, count) };
  const count = () => {
    heard.count += 1;
  };
  window.addEventListener(clientValuesChangedEvent, count);
  return heard;
}

const text = (element: ConsoleMoneySettings) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('<console-money-settings>', () => {
  it('lists the rates and spend, and enters a rate for a range of months from the keyboard, accessibly', async () => {
    const client = new StandInMoneyClient();
    const element = await mount(client);
    expect(text(element)).to.include('Units of EUR for one unit of each currency, per month.');
    expect(text(element)).to.include('1.0712');
    expect(text(element)).to.include('¥4,500,000');
    await expect(element).to.be.accessible();

    const changes = announcedValueChanges();
    await type(element, 'rates', 'currency', 'jpy');
    await type(element, 'rates', 'fromMonth', '2026-01');
    await type(element, 'rates', 'toMonth', '2026-06');
    await type(element, 'rates', 'rate', '0,0061');
    element.shadowRoot!.querySelector<HTMLElement>('form.rates wa-input[name="rate"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(element).includes('Rates saved.'), 'the rates are saved');
    expect(changes.count, 'the brand settings page is told the clients’ values may be recomputing').to.equal(1);
    changes.stop();
    expect(client.sent).to.deep.equal([['setRates', { currency: 'JPY', fromMonth: '2026-01', toMonth: '2026-06', rate: '0.0061' }]]);
    expect(text(element)).to.include('0.0061');
  });

  it('shows a refused field under it and keeps what was typed', async () => {
    const client = new StandInMoneyClient();
    client.refusals.push(problem(422, 'validation_failed', [{ path: 'currency', code: 'invalid_value', message: 'EUR is the reporting currency: its amounts need no rate.' }]));
    const element = await mount(client);
    await type(element, 'rates', 'currency', 'EUR');
    await type(element, 'rates', 'fromMonth', '2026-01');
    await type(element, 'rates', 'rate', '1');
    element.shadowRoot!.querySelector<HTMLFormElement>('form.rates')!.requestSubmit();
    const currency = () => element.shadowRoot!.querySelector<WaInput>('form.rates wa-input[name="currency"]')!;
    await waitUntil(() => currency().classList.contains('field-error'), 'the field is marked');
    expect(currency().getAttribute('hint')).to.equal('This value is not valid.');
    expect(currency().value).to.equal('EUR');
    await expect(element).to.be.accessible();
  });

  it('enters a month’s spend in whole units and removes a rate by its named button', async () => {
    const client = new StandInMoneyClient();
    const element = await mount(client);
    await type(element, 'spend', 'month', '2026-11');
    await type(element, 'spend', 'amount.currency', 'CHF');
    await type(element, 'spend', 'amount.amountMinorUnits', "42'000.50");
    element.shadowRoot!.querySelector<HTMLFormElement>('form.spend')!.requestSubmit();
    await waitUntil(() => text(element).includes('Spend saved.'), 'the spend is saved');
    expect(client.sent).to.deep.equal([['putSpend', '2026-11', 'brand_led', { currency: 'CHF', amountMinorUnits: 4_200_050 }]]);
    const changes = announcedValueChanges();

    const remove = [...element.shadowRoot!.querySelectorAll('wa-button')].find((button) => button.textContent?.includes('Remove the CHF rate for 2026-10'));
    expect(remove, 'the row’s button is named by what it removes').to.not.equal(undefined);
    remove!.click();
    await waitUntil(() => text(element).includes('Rate removed.'), 'the rate is removed');
    expect(client.sent.at(-1)).to.deep.equal(['deleteRate', 'CHF', '2026-10']);
    expect(text(element)).to.include('No rate entered yet.');
    expect(changes.count, 'a rate removed, not the spend saved, tells the brand settings page to look for a recomputation').to.equal(1);
    changes.stop();
  });

  it('reads amounts as typed into the currency’s minor unit', () => {
    expect(typedMinorUnits('42000.5', 'EUR')).to.equal(4_200_050);
    expect(typedMinorUnits('4 500 000', 'JPY')).to.equal(4_500_000);
    expect(typedMinorUnits('12,30', 'CHF')).to.equal(1_230);
    expect(Number.isNaN(typedMinorUnits('a lot', 'EUR'))).to.equal(true);
  });
});
