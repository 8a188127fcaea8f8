/** What the tests that need a retailer's sale share: a piece delivered to a retailer and sold there, as its till registers it. */
import assert from 'node:assert/strict';
import type { TestServer } from '../../testing/index.ts';
import { recordMovement } from '../stock/service.ts';

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
  const sold = await server.request('/v1/sales', {
    key: 'retailer',
    body: {
      serial,
      retailerId,
      purchaseDate: sale.purchaseDate ?? '2026-11-20',
      buyer: { name: 'Marc Aubry', email: sale.buyerEmail ?? 'marc@example.org', country: 'FR', language: 'fr' },
      ...(sale.gift ? { gift: { recipientName: sale.gift.name, recipientEmail: sale.gift.email } } : {}),
      ...(sale.price ? { price: sale.price } : {}),
    },
  });
  assert.equal(sold.status, 201, await sold.clone().text());
  const { warranty } = (await sold.json()) as { warranty: { id: string } };
  return { serial, saleId: warranty.id };
}
