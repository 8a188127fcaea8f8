/** The demo seed: what `pnpm demo` shows must be there, once, with working card codes. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { migrateToLatest, openDatabase, type Db } from '../db/database.ts';
import { verifyCardCode } from '../features/warranties/card-code.ts';
import { createTestDatabase } from '../testing/postgres.ts';
import { describeEachDatabase } from '../testing/harness.ts';
import { normalizeGtin } from '@atelier/client';
import { demoModels } from './demo-catalogue.ts';
import { seedDemo, type DemoSeedResult } from './demo.ts';

const now = new Date('2026-11-25T10:00:00.000Z');

async function count(db: Db, table: 'models' | 'items' | 'retailers' | 'service_centres' | 'api_keys' | 'warranties'): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

describeEachDatabase('the demo seed', (database) => {
  let db: Db;
  let dropDatabase: (() => Promise<void>) | undefined;
  let dataDir: string;
  let first: DemoSeedResult;
  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'atelier-seed-'));
    if (database === 'postgres') {
      const created = await createTestDatabase();
      db = openDatabase({ databaseUrl: created.url });
      dropDatabase = created.drop;
    } else {
      db = openDatabase({ dataDir: ':memory:' });
    }
    await migrateToLatest(db);
    first = await seedDemo(db, { dataDir, now });
  });
  after(async () => {
    await db.destroy();
    await dropDatabase?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates the catalogue the brief asks for', async () => {
    assert.equal(first.created, true);
    assert.ok((await count(db, 'models')) >= 20);
    assert.equal(await count(db, 'items'), 500);
    assert.equal(await count(db, 'service_centres'), 4);
    const retailers = await db.selectFrom('retailers').select('country').execute();
    assert.equal(retailers.length, 6);
    assert.equal(new Set(retailers.map((r) => r.country)).size, 4);
  });

  it('stores card codes hashed, and the printed codes open their pieces', async () => {
    for (const piece of first.credentials.samplePieces) {
      const item = await db.selectFrom('items').select(['card_code_hash', 'status']).where('serial', '=', piece.serial).executeTakeFirstOrThrow();
      assert.ok(!item.card_code_hash.includes(piece.cardCode));
      assert.equal(await verifyCardCode(piece.cardCode, item.card_code_hash), true);
      assert.equal(item.status, 'in_stock');
    }
  });

  it('binds the publishable key to the demo site and keeps the credentials file private', async () => {
    assert.deepEqual(first.credentials.allowedOrigins, ['http://localhost:5173', 'http://127.0.0.1:5173']);
    assert.match(first.credentials.publishableKey, /^pk_/);
    assert.match(first.credentials.secretKey, /^sk_/);
    assert.equal(statSync(first.credentialsFile).mode & 0o077, 0);
  });

  it('puts pieces in the special states the demo shows', async () => {
    const statusOf = async (serial: string) => (await db.selectFrom('items').select('status').where('serial', '=', serial).executeTakeFirstOrThrow()).status;
    const { stolen, destroyed, alreadyCovered } = first.credentials.specialPieces;
    assert.equal(await statusOf(stolen), 'stolen');
    assert.equal(await statusOf(destroyed), 'destroyed');
    const warranty = await db
      .selectFrom('warranties')
      .innerJoin('items', 'items.id', 'warranties.item_id')
      .select(['warranties.status', 'warranties.covering_item_id'])
      .where('items.serial', '=', alreadyCovered)
      .executeTakeFirstOrThrow();
    assert.equal(warranty.status, 'active');
    assert.ok(warranty.covering_item_id);
  });

  it("gives every piece its model's GTIN, one valid GTIN per model, under GS1's example prefix", async () => {
    const pieces = await db.selectFrom('items').innerJoin('models', 'models.id', 'items.model_id').select(['items.gtin', 'models.reference']).execute();
    const gtinByModel = new Map<string, Set<string | null>>();
    for (const piece of pieces) gtinByModel.set(piece.reference, (gtinByModel.get(piece.reference) ?? new Set()).add(piece.gtin));
    assert.equal(gtinByModel.size, demoModels.length);
    for (const model of demoModels) {
      assert.deepEqual([...(gtinByModel.get(model.reference) ?? [])], [normalizeGtin(model.gtin)], model.reference);
      assert.match(model.gtin, /^9506000\d{6}$/, `${model.reference}: a GTIN-13 under the demonstration prefix`);
    }
    assert.equal(new Set(demoModels.map((model) => model.gtin)).size, demoModels.length, 'no two models share a GTIN');
  });

  it('gives GTINs to the pieces of a demo database seeded before pieces had them', async () => {
    const sample = first.credentials.samplePieces[0]!.serial;
    const gtinOf = async () => (await db.selectFrom('items').select('gtin').where('serial', '=', sample).executeTakeFirstOrThrow()).gtin;
    const gtin = await gtinOf();
    await db.updateTable('items').set({ gtin: null }).execute();
    await seedDemo(db, { dataDir, now });
    assert.equal(await gtinOf(), gtin);
    const withoutGtin = await db.selectFrom('items').select('id').where('gtin', 'is', null).execute();
    assert.equal(withoutGtin.length, 0);
  });

  it('changes nothing when run again', async () => {
    const again = await seedDemo(db, { dataDir, now });
    assert.equal(again.created, false);
    assert.deepEqual(again.credentials, first.credentials);
    assert.equal(await count(db, 'items'), 500);
    assert.equal(await count(db, 'api_keys'), 2);
    assert.equal(await count(db, 'warranties'), 1);
  });
});
