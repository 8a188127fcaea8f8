/** Migration 0008 on a database with consents recorded the old way (at submission): they stay, and it rolls back cleanly. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { Migrator } from 'kysely/migration';
import { activateWarranty, confirmWarranty } from '../../features/warranties/service.ts';
import { activation, tokenSentTo } from '../../features/warranties/testing.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { migrations } from './index.ts';

const migrationName = '0008-pending-consents';

describeEachDatabase(`migration ${migrationName}`, (database) => {
  let server: TestServer;
  before(async () => {
    server = await createTestServer({ database });
  });
  after(() => server.close());

  const migrator = () => new Migrator({ db: server.db, provider: { getMigrations: async () => migrations } });

  async function hasPendingConsentsColumn(): Promise<boolean> {
    const tables = await server.db.introspection.getTables();
    return tables.some((table) => table.name === 'warranties' && table.columns.some((column) => column.name === 'pending_consents'));
  }

  /** Every consent, in the columns it had when 0008 shipped (`wording` came with 0029, rolled back with it). */
  async function allConsents() {
    const rows = await server.db.selectFrom('consents').selectAll().orderBy('id').execute();
    return rows.map(({ wording: _wording, ...row }) => ({ ...row }));
  }

  it('rolls back, then applies again keeping every consent recorded before it, with no consent waiting on older registrations', async () => {
    await activateWarranty(server.deps, server.brand.id, activation(server.items[0]!, { consents: { service: true, marketing: true } }));
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'jeanne@example.com'));
    // Down to the migration before it (later ones roll back first).
    const down = await migrator().migrateTo('0007-stored-public-records');
    assert.equal(down.error, undefined);
    assert.equal(down.results?.at(-1)?.migrationName, migrationName);
    assert.equal(await hasPendingConsentsColumn(), false);

    // A consent recorded at submission, as before this change.
    const oldStyle = await server.db.selectFrom('owners').select('id').where('email_normalized', '=', 'jeanne@example.com').executeTakeFirstOrThrow();
    await server.db
      .insertInto('consents')
      .values({ id: 'cns_before_0008', owner_id: oldStyle.id, channel: 'email', purpose: 'marketing', granted: 1, recorded_at: '2026-01-02T03:04:05.000Z', source: 'warranty_activation' })
      .execute();
    const before = await allConsents();
    assert.equal(before.length, 3);

    const up = await migrator().migrateToLatest();
    assert.equal(up.error, undefined);
    assert.equal(await hasPendingConsentsColumn(), true);
    assert.deepEqual(await allConsents(), before);
    const waiting = await server.db.selectFrom('warranties').select('pending_consents').where('pending_consents', 'is not', null).execute();
    assert.equal(waiting.length, 0);

    // And the new rule works on the migrated schema.
    const owner = { name: 'Paul Ricard', email: 'paul@example.net', country: 'FR', language: 'en' } as const;
    await activateWarranty(server.deps, server.brand.id, activation(server.items[1]!, { owner, consents: { service: true, marketing: false } }));
    await confirmWarranty(server.deps, server.brand.id, tokenSentTo(server, 'paul@example.net'));
    assert.equal((await allConsents()).length, 5);
  });
});
