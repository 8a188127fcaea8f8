import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Session } from '@shopify/shopify-api';
import { sql } from 'kysely';
import { createTestServer, type TestServer } from '@atelier/server/testing';
import type { Db } from '../db/database.ts';
import { connectToAtelier, createTestApp, databaseKinds, postgresSkipReason, testShop, webhookRequest, type DatabaseKind, type TestApp } from '../testing/harness.ts';
import { paidOrder } from '../testing/orders.ts';

const leaving = { id: 9201, firstName: 'Léa', lastName: 'Moreau', email: 'lea.moreau@example.com', country: 'FR' };
const staying = { id: 9202, firstName: 'Jonas', lastName: 'Keller', email: 'jonas.keller@example.com', country: 'CH', locale: 'de-CH' };
const otherShop = 'another-retailer.myshopify.com';

/** Every row of every table of the app's database, as text: what an erasure must have emptied. */
async function everyRow(db: Db, database: DatabaseKind): Promise<string> {
  const tables =
    database === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public' and table_name not like 'kysely_%'`.execute(db);
  assert.ok(tables.rows.length >= 6, 'the walk sees the app\'s tables');
  const dumps: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await sql`select * from ${sql.table(name)}`.execute(db);
    dumps.push(`${name}: ${JSON.stringify(rows.rows)}`);
  }
  return dumps.join('\n');
}

function traces(person: typeof leaving): string[] {
  return [person.email, person.firstName, person.lastName, String(person.id)];
}

for (const database of databaseKinds) {
  describe(`compliance webhooks [${database}]`, async () => {
    const skip = database === 'postgres' ? await postgresSkipReason() : undefined;
    let atelier: TestServer;
    let app: TestApp;
    before(async () => {
      if (skip) return;
      atelier = await createTestServer({ database: 'sqlite' });
      app = await createTestApp({ database, atelier });
      await connectToAtelier(app, atelier);
      await app.sessions.storeSession(new Session({ id: `offline_${testShop}`, shop: testShop, state: '', isOnline: false, accessToken: 'shpat_a', scope: 'read_orders' }));
      const brand = atelier.brand.name;
      const deliveries = [
        paidOrder({ orderId: 7_001, customer: leaving, lines: [{ id: 1, title: 'Aubert Classique 38', vendor: brand, serial: atelier.items[0]!.serial }, { id: 2, title: 'Aubert Tonneau', vendor: brand }] }),
        paidOrder({ orderId: 7_002, customer: staying, lines: [{ id: 3, title: 'Aubert Lune 40', vendor: brand, serial: atelier.items[1]!.serial }] }),
      ];
      for (const order of deliveries) assert.equal((await app.app.request(webhookRequest('orders/paid', order))).status, 200);
      await app.app.request(webhookRequest('orders/paid', paidOrder({ orderId: 7_003, customer: staying, lines: [{ id: 4, title: 'Aubert Lune 40', vendor: brand, serial: atelier.items[2]!.serial }] }), { shop: otherShop }));
    });
    after(async () => {
      if (skip) return;
      await app.close();
      await atelier.close();
    });

    it('customers/data_request exports what we hold about that customer only, for the merchant', { skip }, async () => {
      const payload = { shop_domain: testShop, customer: { id: leaving.id, email: leaving.email }, orders_requested: [7_001], data_request: { id: 1 } };
      assert.equal((await app.app.request(webhookRequest('customers/data_request', payload))).status, 200);
      const [saved] = await app.db.selectFrom('data_request_exports').selectAll().execute();
      const exported = JSON.parse(saved!.export_json);
      assert.equal(exported.orders.length, 1);
      assert.equal(exported.orders[0].buyer.email, leaving.email);
      assert.deepEqual(exported.orders[0].pieces.map((p: { serial: string | null }) => p.serial), [atelier.items[0]!.serial, null]);
      assert.ok(!saved!.export_json.includes(staying.email));
      assert.ok(app.logger.entries.some((e) => e.event === 'customer_data_exported' && e.fields['shop'] === testShop));
    });

    it('customers/redact leaves no trace of that customer in any table, and keeps the others\'', { skip }, async () => {
      const payload = { shop_domain: testShop, customer: { id: leaving.id, email: leaving.email }, orders_to_redact: [7_001] };
      assert.equal((await app.app.request(webhookRequest('customers/redact', payload))).status, 200);
      const dump = await everyRow(app.db, database);
      for (const trace of traces(leaving)) assert.ok(!dump.includes(trace), `found ${trace} after customers/redact`);
      assert.ok(dump.includes(staying.email), 'another customer\'s order is kept');
    });

    it('app/uninstalled deletes the shop\'s sessions and its brand connection at once', { skip }, async () => {
      assert.equal((await app.app.request(webhookRequest('app/uninstalled', { domain: testShop }))).status, 200);
      assert.deepEqual(await app.db.selectFrom('shopify_sessions').select('id').where('shop', '=', testShop).execute(), []);
      assert.equal(await app.connections.find(testShop), undefined);
    });

    it('shop/redact leaves no row of that shop in any table, and another shop\'s rows untouched', { skip }, async () => {
      assert.equal((await app.app.request(webhookRequest('shop/redact', { shop_domain: testShop }))).status, 200);
      const dump = await everyRow(app.db, database);
      assert.ok(!dump.includes(testShop), 'a row still names the redacted shop');
      assert.ok(dump.includes(otherShop), 'the other shop keeps its data');
      const otherShopOrders = await app.db.selectFrom('orders').select('buyer_email').where('shop', '=', otherShop).execute();
      assert.deepEqual(otherShopOrders.map((o) => o.buyer_email), [staying.email]);
    });
  });
}
