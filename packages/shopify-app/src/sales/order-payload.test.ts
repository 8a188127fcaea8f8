import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paidOrder } from '../testing/orders.ts';
import { buyerLanguage, buyerOf, OrderPayload, serializedUnits } from './order-payload.ts';
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
});
