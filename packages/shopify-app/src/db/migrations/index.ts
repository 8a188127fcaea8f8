/** Migrations in order. Add a file and list it here; never edit one that has shipped. */
import type { Migration } from 'kysely/migration';
import * as initial from './0001-initial.ts';
import * as webhookDeliveriesByReceivedAt from './0002-webhook-deliveries-by-received-at.ts';
import * as orderUnitsSaleRefusals from './0004-order-units-sale-refusals.ts';
import * as expiringOfflineTokens from './0005-expiring-offline-tokens.ts';
import * as retailerKeys from './0006-retailer-keys.ts';
import * as orderUnitsPrice from './0007-order-units-price.ts';
import * as orderUnitsPriceBackfill from './0008-order-units-price-backfill.ts';

export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-webhook-deliveries-by-received-at': webhookDeliveriesByReceivedAt,
  '0004-order-units-sale-refusals': orderUnitsSaleRefusals,
  '0005-expiring-offline-tokens': expiringOfflineTokens,
  '0006-retailer-keys': retailerKeys,
  '0007-order-units-price': orderUnitsPrice,
  '0008-order-units-price-backfill': orderUnitsPriceBackfill,
};
