/** Migration 0006 on a database that already has centres: what they offered is kept, each service with its category. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { listServiceCentres } from '../../features/service-network/directory.ts';
import { insertBrand } from '../../seed/building-blocks.ts';
import { demoBrand } from '../../seed/demo-catalogue.ts';
import { describeEachDatabase } from '../../testing/harness.ts';
import { createTestDatabase } from '../../testing/postgres.ts';
import { openDatabase, type Db } from '../database.ts';
import { migrations } from './index.ts';

const migrationName = '0006-service-types';

function migratorUpTo(db: Db, lastName: string): Migrator {
  const names = Object.keys(migrations).sort();
  const kept = Object.fromEntries(names.slice(0, names.indexOf(lastName) + 1).map((name) => [name, migrations[name]!]));
  return new Migrator({ db, provider: { getMigrations: async () => kept } });
}

describeEachDatabase(`migration ${migrationName}`, (database) => {
  let db: Db;
  let dropDatabase: (() => Promise<void>) | undefined;
  before(async () => {
    if (database === 'postgres') {
      const created = await createTestDatabase();
      db = openDatabase({ databaseUrl: created.url });
      dropDatabase = created.drop;
    } else {
      db = openDatabase({ dataDir: ':memory:' });
    }
    const before = await migratorUpTo(db, '0005-repair-tracker-links').migrateToLatest();
    if (before.error) throw before.error;
    await insertBrand(db, demoBrand, new Date('2026-11-25T10:00:00.000Z'));
    // Centres as they were stored until now: a JSON object of turnarounds per free-text code.
    const centres = [
      { id: 'svc_paris', city: 'Paris', services: { full_service: 30, cleaning: 3, stone_setting: 21 } },
      { id: 'svc_lyon', city: 'Lyon', services: { full_service: 35, restoration: 90 } },
      { id: 'svc_empty', city: 'Nice', services: {} },
    ];
    for (const centre of centres) {
      await sql`insert into service_centres (id, brand_id, name, country, city, address, services)
        values (${centre.id}, ${demoBrand.id}, ${`Atelier ${centre.city}`}, 'FR', ${centre.city}, '1 rue Principale', ${JSON.stringify(centre.services)})`.execute(db);
    }
    const result = await migratorUpTo(db, migrationName).migrateToLatest();
    if (result.error) throw result.error;
  });
  after(async () => {
    await db.destroy();
    await dropDatabase?.();
  });

  it('makes each code a centre offered a service type of its brand, jewellery services as jewellery', async () => {
    const types = await db.selectFrom('service_types').select(['code', 'category']).where('brand_id', '=', demoBrand.id).orderBy('code').execute();
    assert.deepEqual(
      types.map((type) => [type.code, type.category]),
      [
        ['cleaning', 'jewellery'],
        ['full_service', 'watch'],
        ['restoration', 'watch'],
        ['stone_setting', 'jewellery'],
      ],
    );
  });

  it('keeps every centre’s services and turnarounds, and the filter by service', async () => {
    const centres = await listServiceCentres({ db }, demoBrand.id, {});
    const offered = Object.fromEntries(centres.map((centre) => [centre.id, centre.services.map((service) => `${service.serviceType}:${service.category}:${service.standardTurnaroundDays}`)]));
    assert.deepEqual(offered, {
      svc_lyon: ['full_service:watch:35', 'restoration:watch:90'],
      svc_empty: [],
      svc_paris: ['full_service:watch:30', 'cleaning:jewellery:3', 'stone_setting:jewellery:21'],
    });
    assert.deepEqual(
      (await listServiceCentres({ db }, demoBrand.id, { service: 'full_service' })).map((centre) => centre.id),
      ['svc_lyon', 'svc_paris'],
    );
  });

  it('rolls back to the JSON column with the same services', async () => {
    const down = await migratorUpTo(db, migrationName).migrateDown();
    if (down.error) throw down.error;
    const rows = await sql<{ id: string; services: string }>`select id, services from service_centres order by id`.execute(db);
    assert.deepEqual(
      rows.rows.map((row) => [row.id, JSON.parse(row.services) as unknown]),
      [
        ['svc_empty', {}],
        ['svc_lyon', { full_service: 35, restoration: 90 }],
        ['svc_paris', { full_service: 30, cleaning: 3, stone_setting: 21 }],
      ],
    );
    const again = await migratorUpTo(db, migrationName).migrateToLatest();
    if (again.error) throw again.error;
    assert.equal((await listServiceCentres({ db }, demoBrand.id, { service: 'cleaning' })).length, 1);
  });
});
