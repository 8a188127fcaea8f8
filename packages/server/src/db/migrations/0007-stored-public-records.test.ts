/** Migration 0007 rolled back and applied again: nothing of it is left behind, and appends still work either way. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { Migrator } from 'kysely/migration';
import { appendProvenanceEvent } from '../../features/provenance/events.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { migrations } from './index.ts';

describeEachDatabase('migration 0007-stored-public-records', (database) => {
  let server: TestServer;
  before(async () => {
    server = await createTestServer({ database });
  });
  after(() => server.close());

  const migrator = () => new Migrator({ db: server.db, provider: { getMigrations: async () => migrations } });

  async function tableExists(): Promise<boolean> {
    const tables = await server.db.introspection.getTables();
    return tables.some((table) => table.name === 'provenance_public_records');
  }

  async function append(): Promise<void> {
    const item = server.items[0]!;
    await appendProvenanceEvent(
      server.db,
      { brandId: server.brand.id, itemId: item.id, type: 'modified', occurredAt: server.clock.now().toISOString(), place: { retailerId: null, country: null, city: null }, details: { what: 'Strap', retailerName: 'Test' } },
      server.clock.now(),
    );
  }

  it('rolls back to a schema without the table or its triggers, and applies again', async () => {
    // Down to the migration before it: later ones go first.
    const down = await migrator().migrateTo('0006-service-types');
    assert.equal(down.error, undefined);
    assert.equal(down.results?.at(-1)?.migrationName, '0007-stored-public-records');
    assert.equal(await tableExists(), false);
    // A trigger left behind would fail every append, since its table is gone.
    await append();
    await server.db.updateTable('items').set({ status: 'lost' }).where('id', '=', server.items[1]!.id).execute();

    const up = await migrator().migrateToLatest();
    assert.equal(up.error, undefined);
    assert.equal(await tableExists(), true);
    await append();
  });
});
