/**
 * Rate-limit counters counted in memory and synced in batches still share one budget between
 * instances, through the database, on both databases.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { fixedClock } from '../clock.ts';
import { silentLogger } from '../logger.ts';
import { createTestServer, describeEachDatabase, fixtureNow, type TestServer } from '../testing/harness.ts';
import { inlineRunner } from '../threads/procedure-threads.ts';
import { SharedCounters } from './shared-counters.ts';

const windowMs = 60_000;
/** Long enough that no timer syncs during a test: each test syncs by hand. */
const manualSyncIntervalMs = 60 * 60 * 1000;

describeEachDatabase('shared rate-limit counters', (database) => {
  let server: TestServer;
  let instances: SharedCounters[];
  const clock = fixedClock(fixtureNow);
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 1 });
    const instance = () => new SharedCounters({ writer: inlineRunner(server.db), clock, logger: silentLogger, syncIntervalMs: manualSyncIntervalMs });
    instances = [instance(), instance()];
  });
  afterEach(async () => {
    await Promise.all(instances.map((counters) => counters.close()));
    await server.close();
  });

  it('counts exactly on one instance, with one database write per window until it syncs', async () => {
    const [first] = instances as [SharedCounters, SharedCounters];
    const counts = [];
    for (let request = 0; request < 5; request++) counts.push((await first.increment('rate:key:k1:publishable', windowMs, clock.now())).count);
    assert.deepEqual(counts, [1, 2, 3, 4, 5]);
    const stored = async () => Number((await server.db.selectFrom('rate_limit_counters').select('count').where('key', '=', 'rate:key:k1:publishable').executeTakeFirst())?.count);
    assert.equal(await stored(), 1, 'only the first count of the window was written at once');
    await first.sync();
    assert.equal(await stored(), 5);
  });

  it('shares one budget between instances: each sees the other’s counts once they are synced', async () => {
    const [first, second] = instances as [SharedCounters, SharedCounters];
    const key = 'lookup:provenance-address:address:abc';
    for (let request = 0; request < 3; request++) await first.increment(key, windowMs, clock.now());
    await first.sync();
    assert.equal((await second.increment(key, windowMs, clock.now())).count, 4, 'a new window on the second instance starts from the shared count');
    await first.increment(key, windowMs, clock.now());
    await first.sync();
    await second.increment(key, windowMs, clock.now());
    await second.sync();
    assert.equal((await second.increment(key, windowMs, clock.now())).count, 7, 'the sync brought in the first instance’s later count');
  });

  it('starts a new window from zero', async () => {
    const [first] = instances as [SharedCounters, SharedCounters];
    await first.increment('rate:ip:x:anonymous', windowMs, clock.now());
    await first.increment('rate:ip:x:anonymous', windowMs, clock.now());
    const later = new Date(clock.now().getTime() + windowMs);
    assert.equal((await first.increment('rate:ip:x:anonymous', windowMs, later)).count, 1);
  });
});
