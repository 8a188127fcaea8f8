import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paidOrder } from '../testing/orders.ts';
import { buyerLanguage, buyerOf, OrderPayload, serializedUnits, toMinorUnits } from './order-payload.ts';
import * as z from 'zod/mini';

const customer = { id: 1, firstName: 'Mei', lastName: 'Lin', email: 'mei@example.com', country: 'tw', locale: 'zh-TW' };

describe('reading an orders/paid payload', () => {
  it('takes the brand\'s lines by vendor or serial, one unit per piece, serials from a comma list', () => {
    const order = z.parse(
      OrderPayload,
      paidOrder({
        orderId: 1,
        customer,
        lines: [
          { id: 10, title: 'Pair of cufflinks', vendor: 'MAISON FIXTURE ', quantity: 2, serial: 'ab-1, ab-2' },
          { id: 11, title: 'Ring', vendor: 'Maison Fixture', quantity: 2, serial: 'cd-1' },
          { id: 12, title: 'Gift box', vendor: 'Other' },
          { id: 13, title: 'Second-hand piece', vendor: 'Other', serial: 'ef-1' },
        ],
      }),
    );
    const units = serializedUnits(order, 'Maison Fixture', 20).map((u) => `${u.lineItemId}/${u.unitIndex}:${u.serial ?? '-'}`);
    assert.deepEqual(units, ['10/0:AB-1', '10/1:AB-2', '11/0:CD-1', '11/1:-', '13/0:EF-1']);
  });

  it('ignores lines by vendor until the shop is connected (no brand name yet)', () => {
    const order = z.parse(OrderPayload, paidOrder({ orderId: 2, customer, lines: [{ id: 20, title: 'Ring', vendor: 'Maison Fixture' }] }));
    assert.deepEqual(serializedUnits(order, undefined, 20), []);
  });

  it('maps the buyer\'s locale to one the brand writes in, and reads the buyer from the order', () => {
    assert.deepEqual(['zh-TW', 'zh-CN', 'fr-CA', 'de', 'pt-BR', null].map(buyerLanguage), ['zh-Hant', 'zh-Hans', 'fr', 'de', 'en', 'en']);
    const order = z.parse(OrderPayload, paidOrder({ orderId: 3, customer, lines: [] }));
    assert.deepEqual(buyerOf(order), { customerId: '1', name: 'Mei Lin', email: 'mei@example.com', country: 'TW', language: 'zh-Hant' });
  });

  it('prices each unit in the minor unit of the shop\'s currency: cents, yen, fils', () => {
    assert.deepEqual(
      [toMinorUnits('4200.00', 'EUR'), toMinorUnits('12.5', 'EUR'), toMinorUnits('150000', 'JPY'), toMinorUnits('150000.00', 'JPY'), toMinorUnits('1250.125', 'BHD'), toMinorUnits('3', 'BHD')],
      [420_000, 1_250, 150_000, 150_000, 1_250_125, 3_000],
    );
    assert.deepEqual([toMinorUnits('-1.00', 'EUR'), toMinorUnits('1e3', 'EUR'), toMinorUnits('12.00', 'EURO')], [null, null, null]);
    const prices = (currency: string, line: { price: string; quantity?: number; discounts?: string[]; serial?: string }) =>
      serializedUnits(
        z.parse(OrderPayload, paidOrder({ orderId: 4, customer, currency, lines: [{ id: 40, title: 'Watch', vendor: 'Maison Fixture', ...line }] })),
        'Maison Fixture',
        20,
      ).map((unit) => unit.price);
    assert.deepEqual(prices('JPY', { price: '1980000' }), [{ currency: 'JPY', amountMinorUnits: 1_980_000 }]);
    assert.deepEqual(prices('BHD', { price: '2150.750' }), [{ currency: 'BHD', amountMinorUnits: 2_150_750 }]);
    // The discounts on the line are what the buyer did not pay: 2 × 1,000.00 − 100.01, shared in whole cents.
    assert.deepEqual(prices('EUR', { price: '1000.00', quantity: 2, discounts: ['100.00', '0.01'] }), [
      { currency: 'EUR', amountMinorUnits: 94_999 + 1 },
      { currency: 'EUR', amountMinorUnits: 94_999 },
    ]);
    // A serial beyond the line's quantity is not a piece the line paid for.
    assert.deepEqual(prices('EUR', { price: '500.00', serial: 'gh-1, gh-2' }), [{ currency: 'EUR', amountMinorUnits: 50_000 }, null]);
    assert.deepEqual(prices('EUR', { price: 'free' }), [null]);
  });
});
