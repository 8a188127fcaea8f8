/** What the tests that need a retailer's sale share: a piece sold at a retailer, as its till or the brand's systems register it. */
import assert from 'node:assert/strict';
import type { SaleRegistration, SaleResponse } from '@atelier/client/contract';
import type { TestServer } from '../../testing/index.ts';
import { recordMovement } from '../stock/service.ts';

/**
 * POST /v1/sales with `sale` as its body, under the brand's secret key unless `key` says which
 * retailer's key registers it; asserts the sale is registered (201) and answers the sale's id (its
 * warranty's). Nothing is delivered first: a test whose stock matters delivers the piece itself.
 */
export async function registerSale(server: TestServer, sale: SaleRegistration, key: 'secret' | 'retailer' | 'otherRetailer' = 'secret'): Promise<{ saleId: string }> {
  const sold = await server.request('/v1/sales', { key, body: sale });
  assert.equal(sold.status, 201, `sale of ${sale.serial}: ${await sold.clone().text()}`);
  const { warranty } = (await sold.json()) as SaleResponse;
  return { saleId: warranty.id };
}

export interface SaleAtFirstRetailer {
  /** Default `marc@example.org` (the buyer is Marc Aubry, French). */
  buyerEmail?: string;
  /** Default `2026-11-20`. */
  purchaseDate?: string;
  /** A gift: its recipient confirms the warranty. */
  gift?: { name: string; email: string } | undefined;
  price?: { currency: string; amountMinorUnits: number } | undefined;
}

/**
 * Piece `index` of the server's items delivered to its first retailer (on 2026-11-01), then sold
 * there through the retailer key; answers its serial and the sale's id (its warranty's). The
 * confirmation mail is sent, not followed.
 */
export async function sellAtFirstRetailer(server: TestServer, index: number, sale: SaleAtFirstRetailer = {}): Promise<{ serial: string; saleId: string }> {
  const serial = server.items[index]!.serial;
  const retailerId = server.retailers[0]!.id;
  await recordMovement(server.deps, server.brand.id, 'delivery', { retailerId, serials: [serial], date: '2026-11-01' });
  const { saleId } = await registerSale(
    server,
    {
      serial,
      retailerId,
      purchaseDate: sale.purchaseDate ?? '2026-11-20',
      buyer: { name: 'Marc Aubry', email: sale.buyerEmail ?? 'marc@example.org', country: 'FR', language: 'fr' },
      ...(sale.gift ? { gift: { recipientName: sale.gift.name, recipientEmail: sale.gift.email } } : {}),
      ...(sale.price ? { price: sale.price } : {}),
    },
    'retailer',
  );
  return { serial, saleId };
}
