/** The tier's thresholds at their edges: a day either side of each window decides. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { clientTier } from './tier.ts';

const today = '2026-11-25';

it('is lapsed from 60 months without a purchase or service, at risk from 36', () => {
  const history = { firstPurchaseOn: '2015-01-01', purchases: 9, services: 9 };
  assert.equal(clientTier({ ...history, lastPurchaseOrServiceOn: '2021-11-25' }, today), 'lapsed');
  assert.equal(clientTier({ ...history, lastPurchaseOrServiceOn: '2021-11-26' }, today), 'at_risk');
  assert.equal(clientTier({ ...history, lastPurchaseOrServiceOn: '2023-11-25' }, today), 'at_risk');
  assert.equal(clientTier({ ...history, lastPurchaseOrServiceOn: '2023-11-26' }, today), 'vip');
});

it('is VIP from four purchases and services together, new within 24 months of the first purchase, else regular', () => {
  assert.equal(clientTier({ firstPurchaseOn: '2025-01-01', lastPurchaseOrServiceOn: '2026-01-01', purchases: 2, services: 2 }, today), 'vip');
  assert.equal(clientTier({ firstPurchaseOn: '2025-01-01', lastPurchaseOrServiceOn: '2026-01-01', purchases: 2, services: 1 }, today), 'new');
  assert.equal(clientTier({ firstPurchaseOn: '2024-11-26', lastPurchaseOrServiceOn: '2024-11-26', purchases: 1, services: 0 }, today), 'new');
  assert.equal(clientTier({ firstPurchaseOn: '2024-11-25', lastPurchaseOrServiceOn: '2024-11-25', purchases: 1, services: 0 }, today), 'regular');
});
