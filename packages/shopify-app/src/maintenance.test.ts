import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KyselyPlugin } from 'kysely';
import { migrateToLatest, openDatabase } from './db/database.ts';
import { dataRequestExportRetentionDays, maintenanceIntervalMs, pruneBatchRowsMax, webhookDeliveryRetentionDays } from './limits.ts';
import { recordingLogger } from './logger.ts';
import { pruneExpiredRecords, startMaintenance } from './maintenance.ts';
import { createTestApp, databaseKinds, postgresSkipReason, testShop, webhookRequest, type TestApp } from './testing/harness.ts';

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;
const start = new Date('2026-03-02T09:00:00.000Z');

/** The app's clock, moved by hand. */
function movableClock() {
  let current = start;
  return {
    now: () => current,
    moveTo(at: Date) {
      current = at;
    },
  };
}

function later(ms: number): Date {
  return new Date(start.getTime() + ms);
}

/** app/uninstalled needs no brand server and leaves the delivery log as any topic does. */
function uninstallDelivery(webhookId: string): Request {
  return webhookRequest('app/uninstalled', { domain: testShop }, { webhookId });
}

function wasDuplicate(app: TestApp, webhookId: string): boolean {
  return app.logger.entries.some((entry) => entry.event === 'webhook_duplicate' && entry.fields['webhookId'] === webhookId);
}

async function deliveryIds(app: TestApp): Promise<string[]> {
  const rows = await app.db.selectFrom('webhook_deliveries').select('webhook_id').orderBy('webhook_id').execute();
  return rows.map((row) => row.webhook_id);
}

for (const database of databaseKinds) {
  describe(`pruning expired records [${database}]`, async () => {
    const skip = database === 'postgres' ? await postgresSkipReason() : undefined;
    const clock = movableClock();
    let app: TestApp;
    before(async () => {
      if (skip) return;
      app = await createTestApp({ database, now: clock.now });
    });
    after(async () => {
      if (skip) return;
      await app.close();
    });

    it('forgets delivery ids past the retention window, keeps younger ones and still recognises their redelivery', { skip }, async () => {
      clock.moveTo(start);
      assert.equal((await app.app.request(uninstallDelivery('delivery-old'))).status, 200);
      // Shopify's last retry of a failure comes within 48 hours at most; this one lands just inside that.
      clock.moveTo(later(2 * dayMs - hourMs));
      assert.equal((await app.app.request(uninstallDelivery('delivery-recent'))).status, 200);

      const pruneAt = later(webhookDeliveryRetentionDays * dayMs + hourMs);
      clock.moveTo(pruneAt);
      const pruned = await pruneExpiredRecords(app.db, pruneAt);
      assert.equal(pruned.webhookDeliveries, 1);
      assert.deepEqual(await deliveryIds(app), ['delivery-recent']);

      assert.equal((await app.app.request(uninstallDelivery('delivery-recent'))).status, 200);
      assert.ok(wasDuplicate(app, 'delivery-recent'), 'a redelivery of a kept id is not processed again');
      assert.ok(!wasDuplicate(app, 'delivery-old'));
    });

    it('prunes every expired delivery id when they fill more than two batches, each statement deleting at most one batch', { skip }, async () => {
      await app.db.deleteFrom('webhook_deliveries').execute();
      const expiredCount = 2 * pruneBatchRowsMax + 7;
      const expiredAt = start.toISOString();
      const rows = Array.from({ length: expiredCount }, (_, i) => ({ webhook_id: `expired-${i}`, shop: testShop, topic: 'ORDERS_PAID', received_at: expiredAt }));
      for (let i = 0; i < rows.length; i += 250) await app.db.insertInto('webhook_deliveries').values(rows.slice(i, i + 250)).execute();
      const keptAt = later(webhookDeliveryRetentionDays * dayMs).toISOString();
      await app.db.insertInto('webhook_deliveries').values({ webhook_id: 'kept', shop: testShop, topic: 'ORDERS_PAID', received_at: keptAt }).execute();

      const deletedPerStatement: number[] = [];
      const watchDeletes: KyselyPlugin = {
        transformQuery: ({ node }) => node,
        transformResult: async ({ result }) => {
          if (result.numAffectedRows !== undefined) deletedPerStatement.push(Number(result.numAffectedRows));
          return result;
        },
      };
      const pruned = await pruneExpiredRecords(app.db.withPlugin(watchDeletes), later(webhookDeliveryRetentionDays * dayMs + hourMs));

      assert.equal(pruned.webhookDeliveries, expiredCount);
      assert.deepEqual(await deliveryIds(app), ['kept']);
      assert.ok(deletedPerStatement.length >= 3, `several statements, not one: ${deletedPerStatement.join(', ')}`);
      assert.ok(deletedPerStatement.every((count) => count <= pruneBatchRowsMax), `each deletes at most ${pruneBatchRowsMax}: ${deletedPerStatement.join(', ')}`);
    });

    it('deletes customer data exports once the merchant has had their time to answer, and keeps younger ones', { skip }, async () => {
      const request = (customerId: number) => webhookRequest('customers/data_request', { shop_domain: testShop, customer: { id: customerId, email: null }, data_request: { id: customerId } });
      clock.moveTo(start);
      assert.equal((await app.app.request(request(401))).status, 200);
      clock.moveTo(later(30 * dayMs));
      assert.equal((await app.app.request(request(402))).status, 200);

      const pruned = await pruneExpiredRecords(app.db, later(dataRequestExportRetentionDays * dayMs + hourMs));
      assert.equal(pruned.dataRequestExports, 1);
      const left = await app.db.selectFrom('data_request_exports').select('customer_id').execute();
      assert.deepEqual(left.map((row) => row.customer_id), ['402']);
    });
  });
}

describe('maintenance while the app runs', () => {
  it('prunes at start-up and on its timer; a failing run is logged and the next one retries', async (t) => {
    t.mock.timers.enable({ apis: ['setInterval'] });
    // Not migrated yet: the first run fails on the missing tables, as it would on a database that is down.
    const db = openDatabase({ dataDir: ':memory:' });
    t.after(() => db.destroy());
    const logger = recordingLogger();
    const pruneAt = later(webhookDeliveryRetentionDays * dayMs + hourMs);
    const maintenance = startMaintenance({ db, logger, now: () => pruneAt });
    await maintenance.settled();
    assert.deepEqual(logger.entries.map((entry) => [entry.level, entry.event]), [['error', 'maintenance_failed']]);

    await migrateToLatest(db);
    await db.insertInto('webhook_deliveries').values({ webhook_id: 'expired', shop: testShop, topic: 'ORDERS_PAID', received_at: start.toISOString() }).execute();
    t.mock.timers.tick(maintenanceIntervalMs);
    await maintenance.settled();
    assert.deepEqual(logger.entries.at(-1), { level: 'info', event: 'maintenance_pruned', fields: { webhookDeliveries: 1, dataRequestExports: 0 } });
    assert.deepEqual(await db.selectFrom('webhook_deliveries').select('webhook_id').execute(), []);

    await maintenance.stop();
    await db.insertInto('webhook_deliveries').values({ webhook_id: 'expired-after-stop', shop: testShop, topic: 'ORDERS_PAID', received_at: start.toISOString() }).execute();
    t.mock.timers.tick(maintenanceIntervalMs);
    await maintenance.settled();
    assert.equal((await db.selectFrom('webhook_deliveries').select('webhook_id').execute()).length, 1, 'no run after stop');
  });
});
