/** The app and a brand's Atelier server in process, served on a free port, for the admin page's Chromium tests. */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createTestServer } from '@atelier/server/testing';
import { fixtureBuyer, type AdminPageFixture, type AdminPageFixtureModule } from './admin-page-fixture-types.ts';
import { createTestApp, offlineSession, sessionToken, testAtelierApiUrl, testShop, webhookRequest } from './harness.ts';
import { deliverToRetailer, registerBoughtAt } from './brand-records.ts';
import { paidOrder } from './orders.ts';

/** The other retailer's client whose piece the shop recognises. */
const otherRetailersClient = { name: 'Hélène Vasseur', email: 'helene.vasseur@example.com', country: 'FR', language: 'fr' };

export const startAdminPageFixture: AdminPageFixtureModule['startAdminPageFixture'] = async (): Promise<AdminPageFixture> => {
  const atelier = await createTestServer({ database: 'sqlite' });
  const app = await createTestApp({ database: 'sqlite', atelier });
  await app.sessions.storeSession(offlineSession());
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  const [shopRetailer, otherRetailer] = [atelier.retailers[0]!, atelier.retailers[1]!];
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    shop: testShop,
    suggestedApiUrl: testAtelierApiUrl,
    brand: { name: atelier.brand.name, retailerId: shopRetailer.id, retailerName: shopRetailer.name, retailerKey: atelier.keys.retailer, secretKey: atelier.keys.secret },
    serials: atelier.items.map((item) => item.serial),
    stolenSerial: atelier.unavailableItems.stolen.serial,
    sessionToken: (lifetimeSeconds) => sessionToken({ expiresInSeconds: lifetimeSeconds }),
    payOrder: async (orderId, lines) => {
      const order = paidOrder({ orderId, customer: fixtureBuyer, lines: lines.map((line) => ({ ...line, vendor: atelier.brand.name })) });
      const response = await app.app.request(webhookRequest('orders/paid', order));
      if (response.status !== 200) throw new Error(`orders/paid answered ${response.status}`);
    },
    deliver: (serials, date, to) => deliverToRetailer(atelier, (to === 'shop' ? shopRetailer : otherRetailer).id, serials, date),
    registerWithOtherRetailer: async (serial) => {
      const piece = atelier.items.find((item) => item.serial === serial);
      if (!piece) throw new Error(`No fixture piece ${serial}`);
      await registerBoughtAt(atelier, piece, otherRetailer.id, otherRetailersClient);
      return { name: otherRetailersClient.name, email: otherRetailersClient.email };
    },
    connectWith: async (key) => {
      await app.connections.save(
        { shop: testShop, apiUrl: testAtelierApiUrl, retailerKey: key === 'retailer' ? atelier.keys.retailer : atelier.keys.secret, retailerId: shopRetailer.id, retailerName: shopRetailer.name, brandName: atelier.brand.name },
        new Date(),
      );
      await app.db.updateTable('shop_connections').set({ key_kind: key }).where('shop', '=', testShop).execute();
    },
    setBrandReachable: (reachable) => app.setAtelierReachable(reachable),
    unitsOf: async (orderId) => (await app.db.selectFrom('order_units').select(['status', 'serial']).where('order_id', '=', String(orderId)).execute()).map((unit) => ({ ...unit })),
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await app.close();
      await atelier.close();
    },
  };
};
