/**
 * Each kind of care's next due date, against hand calculations: per kind, the most specific rule
 * stating an interval wins (model > collection > category > the brand's service interval), counted
 * from the last service since the purchase (every service resets every kind), month ends clamped;
 * a warranty condition shows what lapses and when while the warranty covers the piece.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { careDueOfPiece, rulesOfModel, type StoredCareRule } from './care-due.ts';

const condition = { careKind: 'water_resistance_check' as const, text: 'A water-resistance check every 2 years keeps the warranty.' };
const rule = (scope: StoredCareRule['scope'], key: string, fields: Partial<StoredCareRule>): StoredCareRule => ({
  scope,
  key,
  serviceIntervalMonths: null,
  waterResistanceCheckIntervalMonths: null,
  cleaningIntervalMonths: null,
  reminderLeadTimeDays: null,
  warrantyCondition: null,
  ...fields,
});
const rules: StoredCareRule[] = [
  rule('category', 'diver', { serviceIntervalMonths: 60, waterResistanceCheckIntervalMonths: 12, cleaningIntervalMonths: 24, reminderLeadTimeDays: 60 }),
  rule('collection', 'Corniche', { serviceIntervalMonths: 48, waterResistanceCheckIntervalMonths: 24, reminderLeadTimeDays: 45, warrantyCondition: condition }),
  rule('model', '2230T-TI', { cleaningIntervalMonths: 18 }),
  // Another brand's keys, or another collection's: never apply here.
  rule('collection', 'Méridienne', { serviceIntervalMonths: 12 }),
];
const defaults = { serviceIntervalMonths: 36 };
const today = '2026-11-25';
const gmt = { reference: '2230T-TI', collection: 'Corniche', category: 'diver' };

describe('care due per kind of care', () => {
  it('orders the rules of a model most specific first: model, collection, category', () => {
    assert.deepEqual(
      rulesOfModel(gmt, rules).map((applying) => `${applying.scope}:${applying.key}`),
      ['model:2230T-TI', 'collection:Corniche', 'category:diver'],
    );
  });

  it('takes each kind from the most specific rule stating it, counted from the last service since the purchase', () => {
    // Purchased 31 March 2022; the service of 1 December 2021 was an earlier owner's, the last since is 31 August 2024.
    const history = { purchasedOn: '2022-03-31', servicedOn: ['2024-08-31', '2021-12-01', '2023-05-10'] };
    assert.deepEqual(careDueOfPiece(history, gmt, rules, defaults, today, true), [
      // The model's rule says nothing of the service: the collection's 48 months. 31 Aug 2024 + 48 months.
      { kind: 'service', date: '2028-08-31', after: 'last_service', overdue: false, intervalMonths: 48, ruledBy: { scope: 'collection', key: 'Corniche' }, warrantyCondition: null, reminderLeadTimeDays: 45 },
      // The collection's 24 months (not the category's 12): 31 Aug 2026, before 25 Nov 2026; its warranty condition lapses after that day.
      {
        kind: 'water_resistance_check',
        date: '2026-08-31',
        after: 'last_service',
        overdue: true,
        intervalMonths: 24,
        ruledBy: { scope: 'collection', key: 'Corniche' },
        warrantyCondition: { text: condition.text, lapsesAfter: '2026-08-31' },
        reminderLeadTimeDays: 45,
      },
      // The model's 18 months: 31 Aug 2024 + 18 months = 31 Feb 2026, clamped to 28 Feb 2026.
      { kind: 'cleaning', date: '2026-02-28', after: 'last_service', overdue: true, intervalMonths: 18, ruledBy: { scope: 'model', key: '2230T-TI' }, warrantyCondition: null, reminderLeadTimeDays: 45 },
    ]);
  });

  it('falls back to the category, and counts from the purchase when never serviced since', () => {
    const diverOfAnotherCollection = { reference: '1801A-OR', collection: 'Lune d’Or', category: 'diver' };
    const dues = careDueOfPiece({ purchasedOn: '2025-01-31', servicedOn: [] }, diverOfAnotherCollection, rules, defaults, today, true);
    assert.deepEqual(
      dues.map((due) => [due.kind, due.date, due.overdue, due.ruledBy?.scope, due.reminderLeadTimeDays]),
      [
        ['service', '2030-01-31', false, 'category', 60], // + 60 months
        ['water_resistance_check', '2026-01-31', true, 'category', 60], // + 12 months
        ['cleaning', '2027-01-31', false, 'category', 60], // + 24 months
      ],
    );
  });

  it("gives a piece no rule covers the brand's service interval and no check or cleaning", () => {
    const uncovered = { reference: '9999X-XX', collection: 'Autre', category: null };
    assert.deepEqual(careDueOfPiece({ purchasedOn: '2024-02-29', servicedOn: [] }, uncovered, rules, defaults, today, true), [
      // 29 Feb 2024 + 36 months = 28 Feb 2027; the default lead time, 30 days.
      { kind: 'service', date: '2027-02-28', after: 'purchase', overdue: false, intervalMonths: 36, ruledBy: null, warrantyCondition: null, reminderLeadTimeDays: 30 },
    ]);
  });

  it('shows no warranty condition once the warranty no longer covers the piece: nothing is left to lapse', () => {
    const dues = careDueOfPiece({ purchasedOn: '2022-03-31', servicedOn: [] }, gmt, rules, defaults, today, false);
    assert.deepEqual(
      dues.map((due) => due.warrantyCondition),
      [null, null, null],
    );
  });
});
