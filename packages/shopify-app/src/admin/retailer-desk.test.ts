// The admin page's retailer desk (src/admin/retailer-desk-api.ts) against a real Atelier server in
// process: the shop sees its own retailer's stock and recognises pieces through its retailer key,
// never another retailer's data, never an owner's contact they did not share with it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildDigitalLink } from '@atelier/client';
import { createTestServer, type SeededItem, type TestServer } from '@atelier/server/testing';
import { deliverToRetailer, registerBoughtAt, type FixtureOwner } from '../testing/brand-records.ts';
import { bodyOf, connectToAtelier, createTestApp, offlineSession, sessionToken, testAtelierApiUrl, testShop, type TestApp } from '../testing/harness.ts';

describe('admin: the retailer desk (stock and recognition through the retailer key)', () => {
  let atelier: TestServer;
  let app: TestApp;
  /** Sold by the other retailer to this buyer, who confirmed it: a client of the brand, not of this shop. */
  const otherRetailersClient = { name: 'Hélène Vasseur', email: 'helene.vasseur@example.com', country: 'FR', language: 'fr' };
  const ownClient = { name: 'Jun Takeda', email: 'jun.takeda@example.com', country: 'JP', language: 'ja' };
  let soldElsewhere: SeededItem;
  let soldHere: SeededItem;

  const get = (path: string) => app.app.request(`/api${path}`, { headers: { Authorization: `Bearer ${sessionToken()}` } });
  const recognise = (serial: string) => get(`/recognition?serial=${encodeURIComponent(serial)}`);
  const brandCallsDuring = async (task: () => Promise<unknown>): Promise<string[]> => {
    const before = app.atelierCalls.length;
    await task();
    return app.atelierCalls.slice(before);
  };

  const deliver = (retailerId: string, pieces: SeededItem[], date: string) => deliverToRetailer(atelier, retailerId, pieces.map((piece) => piece.serial), date);
  const register = (piece: SeededItem, retailerId: string, owner: FixtureOwner) => registerBoughtAt(atelier, piece, retailerId, owner);

  before(async () => {
    atelier = await createTestServer({ database: 'sqlite' });
    app = await createTestApp({ database: 'sqlite', atelier });
    await app.sessions.storeSession(offlineSession());
    const [here, elsewhere] = [atelier.retailers[0]!.id, atelier.retailers[1]!.id];
    const items = atelier.items;
    // This shop's retailer holds three pieces, delivered on different days and not in serial order; the other retailer two.
    await deliver(here, [items[2]!], '2026-11-20');
    await deliver(here, [items[0]!, items[1]!], '2026-10-01');
    await deliver(elsewhere, [items[3]!, items[4]!], '2026-09-01');
    soldElsewhere = items[8]!;
    soldHere = items[9]!;
    await register(soldElsewhere, elsewhere, otherRetailersClient);
    await register(soldHere, here, ownClient);
  });
  after(async () => {
    await app.close();
    await atelier.close();
  });

  describe('before the shop is connected', () => {
    it('tells the merchant to connect the shop, for both views', async () => {
      for (const response of [await get('/stock'), await recognise(atelier.items[0]!.serial)]) {
        assert.equal(response.status, 409);
        const body = await bodyOf(response);
        assert.equal(body.code, 'shop_not_connected');
        assert.match(body.detail, /Connect the shop to the brand first/);
      }
    });
  });

  describe('a shop still connected with the brand\'s secret key', () => {
    before(async () => {
      // As a shop connected before retailer keys: the brand's secret key sealed, marked so.
      await app.connections.save(
        { shop: testShop, apiUrl: testAtelierApiUrl, retailerKey: atelier.keys.secret, retailerId: atelier.retailers[0]!.id, retailerName: atelier.retailers[0]!.name, brandName: atelier.brand.name },
        new Date(),
      );
      await app.db.updateTable('shop_connections').set({ key_kind: 'secret' }).where('shop', '=', testShop).execute();
    });
    after(() => app.connections.delete(testShop));

    it('is refused both views, told to connect its retailer key, and the brand is never asked (it would answer for every retailer)', async () => {
      const calls = await brandCallsDuring(async () => {
        for (const response of [await get('/stock'), await recognise(soldElsewhere.serial)]) {
          assert.equal(response.status, 409);
          const body = await bodyOf(response);
          assert.equal(body.code, 'retailer_key_required');
          assert.match(body.detail, /retailer key \(rk_…\).*Brand connection/);
        }
      });
      assert.deepEqual(calls, []);
    });
  });

  describe('a shop connected with its retailer key', () => {
    before(() => connectToAtelier(app, atelier));

    it("lists its retailer's stock only, oldest delivery first, with the total and each piece's age", async () => {
      const response = await get('/stock');
      assert.equal(response.status, 200);
      const body = await bodyOf(response);
      const [a, b, c] = atelier.items;
      assert.deepEqual(
        body.pieces.map((piece: { serial: string; deliveredOn: string; daysInStock: number }) => [piece.serial, piece.deliveredOn, piece.daysInStock]),
        [
          [a!.serial, '2026-10-01', 55],
          [b!.serial, '2026-10-01', 55],
          [c!.serial, '2026-11-20', 5],
        ],
      );
      assert.equal(body.total, 3);
      assert.equal(body.nextCursor, null);
      assert.deepEqual(Object.keys(body.pieces[0].model).sort(), ['name', 'reference']);
      assert.ok(!JSON.stringify(body).includes(atelier.items[3]!.serial), "the other retailer's pieces are not there");
    });

    it('refuses a stock page link that is not one the brand gave, naming it', async () => {
      const response = await get(`/stock?cursor=${'x'.repeat(300)}`);
      assert.equal(response.status, 422);
      assert.equal((await bodyOf(response)).errors[0].path, 'cursor');
    });

    it("recognises another retailer's client without a name, e-mail or address, and says the retailer of record is not this shop", async () => {
      const response = await recognise(soldElsewhere.serial.toLowerCase());
      assert.equal(response.status, 200);
      const text = await response.text();
      for (const personal of [otherRetailersClient.name, otherRetailersClient.email, 'Vasseur', 'helene']) assert.ok(!text.includes(personal), `${personal} is not sent to the page`);
      const { recognition, retailerOfRecordIsThisShop } = JSON.parse(text);
      assert.equal(recognition.serial, soldElsewhere.serial);
      assert.equal(recognition.registered, true);
      assert.equal(recognition.reportedMissing, false);
      assert.deepEqual(recognition.warranty, { status: 'active', validUntil: '2027-06-14' });
      assert.deepEqual(recognition.client, { clientSince: 2025, tier: recognition.client.tier, contact: null });
      assert.equal(recognition.retailerOfRecord.id, atelier.retailers[1]!.id);
      assert.equal(retailerOfRecordIsThisShop, false);
      // Walk every field: only the contract's, and nothing that names the owner.
      assert.deepEqual(Object.keys(recognition).sort(), ['client', 'model', 'nextCareDue', 'registered', 'reportedMissing', 'retailerOfRecord', 'serial', 'status', 'warranty']);
    });

    it('shows the contact once the owner shared their profile with this retailer, and only then', async () => {
      const owner = await atelier.db.selectFrom('owners').select('id').where('email_normalized', '=', otherRetailersClient.email).executeTakeFirstOrThrow();
      await atelier.db
        .insertInto('profile_shares')
        .values({ id: 'shr_shopify_test', brand_id: atelier.brand.id, owner_id: owner.id, retailer_id: atelier.retailers[0]!.id, shared_at: '2026-11-01T09:00:00.000Z', revoked_at: null })
        .execute();
      try {
        const { recognition } = await bodyOf(await recognise(soldElsewhere.serial));
        assert.equal(recognition.client.contact.name, otherRetailersClient.name);
        assert.equal(recognition.client.contact.email, otherRetailersClient.email);
      } finally {
        await atelier.db.deleteFrom('profile_shares').where('id', '=', 'shr_shopify_test').execute();
      }
    });

    it("says so when the retailer of record is this shop's retailer", async () => {
      const body = await bodyOf(await recognise(soldHere.serial));
      assert.equal(body.recognition.retailerOfRecord.id, atelier.retailers[0]!.id);
      assert.equal(body.retailerOfRecordIsThisShop, true);
    });

    it('says a stolen piece is reported missing', async () => {
      const { recognition } = await bodyOf(await recognise(atelier.unavailableItems.stolen.serial));
      assert.deepEqual([recognition.status, recognition.reportedMissing, recognition.registered], ['stolen', true, false]);
    });

    it('reads the serial from the warranty card link a scanner types', async () => {
      const link = buildDigitalLink({ gtin: soldHere.gtin, serial: soldHere.serial, baseUrl: 'https://id.maison-fixture.example' });
      const response = await recognise(link);
      assert.equal(response.status, 200);
      assert.equal((await bodyOf(response)).recognition.serial, soldHere.serial);
    });

    it('each lookup is recorded by the brand, as this shop\'s retailer', async () => {
      const before = await atelier.db.selectFrom('audit_log').select('id').where('operation', '=', 'recognisePiece').execute();
      await recognise(soldElsewhere.serial);
      const rows = await atelier.db.selectFrom('audit_log').select(['retailer_id', 'target_id']).where('operation', '=', 'recognisePiece').execute();
      assert.equal(rows.length, before.length + 1);
      assert.ok(rows.some((row) => row.retailer_id === atelier.retailers[0]!.id && row.target_id === soldElsewhere.serial));
    });

    it('names the serial field for a missing, empty, overlong or malformed serial, without asking the brand', async () => {
      const cases: Array<[string, string]> = [
        ['/recognition', 'required'],
        ['/recognition?serial=', 'required'],
        ['/recognition?serial=%20%20', 'required'],
        [`/recognition?serial=${'A'.repeat(33)}`, 'too_long'],
        [`/recognition?serial=${'A'.repeat(5_000)}`, 'too_long'],
        ['/recognition?serial=AB', 'too_short'],
        ['/recognition?serial=AB%20CD', 'invalid_format'],
        ['/recognition?serial=https%3A%2F%2Fshop.example%2Fwatches', 'invalid_format'],
      ];
      const calls = await brandCallsDuring(async () => {
        for (const [path, code] of cases) {
          const response = await get(path);
          assert.equal(response.status, 422, path);
          assert.match(response.headers.get('Content-Type') ?? '', /application\/problem\+json/);
          const body = await bodyOf(response);
          assert.deepEqual(body.errors.map((error: { path: string; code: string }) => [error.path, error.code]), [['serial', code]], path);
          assert.ok(body.errors[0].message.length > 0);
        }
      });
      assert.deepEqual(calls, []);
    });

    it('says no piece of the brand has a serial it does not know', async () => {
      const response = await recognise('ZZ-404404');
      assert.equal(response.status, 404);
      const body = await bodyOf(response);
      assert.equal(body.code, 'unknown_serial');
      assert.match(body.detail, /No piece of the brand has the serial number ZZ-404404/);
    });

    it("says what to do when the brand's service does not answer", async () => {
      app.setAtelierReachable(false);
      try {
        for (const response of [await get('/stock'), await recognise(soldHere.serial)]) {
          assert.equal(response.status, 502);
          const body = await bodyOf(response);
          assert.equal(body.code, 'upstream_unavailable');
          assert.match(body.detail, /did not answer: try again in a moment/);
        }
      } finally {
        app.setAtelierReachable(true);
      }
    });

    it('requires the session token App Bridge sends', async () => {
      assert.equal((await app.app.request('/api/stock')).status, 401);
      assert.equal((await app.app.request(`/api/recognition?serial=${soldHere.serial}`)).status, 401);
    });
  });

  describe('a shop whose retailer key the brand no longer accepts', () => {
    before(() =>
      app.connections.save(
        { shop: testShop, apiUrl: testAtelierApiUrl, retailerKey: 'rk_revokedrevokedrevoked0000', retailerId: atelier.retailers[0]!.id, retailerName: atelier.retailers[0]!.name, brandName: atelier.brand.name },
        new Date(),
      ),
    );

    it('is told to ask the brand for its retailer key, and the key is not logged', async () => {
      for (const response of [await get('/stock'), await recognise(soldHere.serial)]) {
        assert.equal(response.status, 409);
        const body = await bodyOf(response);
        assert.equal(body.code, 'retailer_key_refused');
        assert.match(body.detail, /Ask the brand for your retailer key/);
      }
      assert.ok(app.logger.entries.some((entry) => entry.event === 'brand_call_failed' && entry.fields['operation'] === 'recognisePiece'));
      assert.ok(!JSON.stringify(app.logger.entries).includes('rk_revoked'));
    });
  });
});
