/** A unit of work: everything a request writes commits together; a feature's own transaction inside it still undoes only its part. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { createTestServer, describeEachDatabase, fixtureNow, type TestServer } from '../testing/harness.ts';
import { currentUnitOfWork, runUnitOfWork } from './unit-of-work.ts';

describeEachDatabase('unit of work', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 1 });
  });
  afterEach(() => server.close());

  const addOwner = (id: string) =>
    server.db
      .insertInto('owners')
      .values({ id, brand_id: server.brand.id, name: 'Ada', email: `${id}@example.com`, email_normalized: `${id}@example.com`, country: 'GB', language: 'en', customer_type: 'retail', created_at: fixtureNow, postal_address: null })
      .execute();
  const owners = async () => (await server.db.selectFrom('owners').select('id').orderBy('id').execute()).map((row) => row.id);

  it('commits every write of the unit, its own transactions included, and runs afterCommit after', async () => {
    const ran: string[] = [];
    await runUnitOfWork(server.db, async () => {
      await addOwner('own_a');
      await server.db.transaction().execute(() => addOwner('own_b'));
      currentUnitOfWork(server.db)!.afterCommit(async () => {
        ran.push(`after commit, ${(await owners()).length} owners`);
      });
    });
    assert.deepEqual(await owners(), ['own_a', 'own_b']);
    assert.deepEqual(ran, ['after commit, 2 owners']);
  });

  it('rolls a failed inner transaction back alone, as a savepoint, and the unit goes on', async () => {
    await runUnitOfWork(server.db, async () => {
      await addOwner('own_kept');
      await assert.rejects(
        server.db.transaction().execute(async () => {
          await addOwner('own_undone');
          await addOwner('own_kept');
        }),
      );
      await addOwner('own_after');
    });
    assert.deepEqual(await owners(), ['own_after', 'own_kept']);
  });

  it('keeps nothing when the work throws or its result is refused, and runs no afterCommit', async () => {
    let ran = false;
    await assert.rejects(
      runUnitOfWork(server.db, async () => {
        await addOwner('own_thrown');
        currentUnitOfWork(server.db)!.afterCommit(async () => {
          ran = true;
        });
        throw new Error('crash');
      }),
    );
    const refused = await runUnitOfWork(
      server.db,
      async () => {
        await addOwner('own_refused');
        return 503;
      },
      (status) => status < 500,
    );
    assert.equal(refused, 503);
    assert.deepEqual(await owners(), []);
    assert.equal(ran, false);
  });

  it('leaves statements made outside the unit, meanwhile, on their own', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const unit = runUnitOfWork(server.db, async () => {
      await addOwner('own_in_unit');
      entered();
      await held;
      throw new Error('rolled back');
    });
    await inside;
    assert.equal(currentUnitOfWork(server.db), undefined, 'the caller is not in the unit');
    // On SQLite the unit holds the one serving connection: this waits for it, then sees nothing.
    const outside = owners();
    release();
    await assert.rejects(unit);
    assert.deepEqual(await outside, []);
  });
});
