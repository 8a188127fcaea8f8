import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Session } from '@shopify/shopify-api';
import { createTestApp, databaseKinds, postgresSkipReason, type TestApp } from '../testing/harness.ts';

for (const database of databaseKinds) {
  describe(`DatabaseSessionStorage [${database}]`, async () => {
    const skip = database === 'postgres' ? await postgresSkipReason() : undefined;
    let app: TestApp;
    before(async () => {
      if (!skip) app = await createTestApp({ database });
    });
    after(async () => {
      if (!skip) await app.close();
    });

    it('stores, replaces, finds by shop and deletes sessions, keeping every field', { skip }, async () => {
      const expires = new Date('2027-01-01T00:00:00.000Z');
      const offline = new Session({ id: 'offline_a.myshopify.com', shop: 'a.myshopify.com', state: '', isOnline: false, accessToken: 'shpat_one', scope: 'read_orders' });
      const online = new Session({
        id: 'a.myshopify.com_42',
        shop: 'a.myshopify.com',
        state: 'state',
        isOnline: true,
        accessToken: 'shpua_two',
        scope: 'read_orders',
        expires,
        onlineAccessInfo: { expires_in: 86_400, associated_user_scope: 'read_orders', associated_user: { id: 42, first_name: 'A', last_name: 'B', email: 'a@example.com', email_verified: true, account_owner: true, locale: 'en', collaborator: false } },
      });
      const storage = app.sessions;
      assert.equal(await storage.storeSession(offline), true);
      assert.equal(await storage.storeSession(online), true);
      await storage.storeSession(new Session({ ...offline, accessToken: 'shpat_rotated' }));

      const loaded = await storage.loadSession(online.id);
      assert.ok(loaded?.equals(online), 'the online session comes back equal');
      assert.equal((await storage.loadSession(offline.id))?.accessToken, 'shpat_rotated');
      assert.deepEqual((await storage.findSessionsByShop('a.myshopify.com')).map((s) => s.id).sort(), [online.id, offline.id].sort());
      assert.deepEqual(await storage.findSessionsByShop('b.myshopify.com'), []);

      await storage.deleteSessions([online.id]);
      assert.equal(await storage.loadSession(online.id), undefined);
      await storage.deleteSession(offline.id);
      assert.equal(await storage.loadSession(offline.id), undefined);
    });
  });
}
