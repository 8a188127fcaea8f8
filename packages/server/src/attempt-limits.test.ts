/** The exact-limit primitive on both databases: a budget is never exceeded, however the attempts race. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { admitAttempt, countAttempt } from './attempt-limits.ts';
import { pruneAttemptCounters } from './db/attempt-counters.ts';
import { AtelierError } from './errors.ts';
import type { AttemptLimit } from './limits.ts';
import { createTestServer, describeEachDatabase, type TestServer } from './testing/index.ts';

const perSubject: AttemptLimit = { name: 'test-subject', attemptsPerWindow: 5, windowSeconds: 600 };
const perNetwork: AttemptLimit = { name: 'test-network', attemptsPerWindow: 8, windowSeconds: 3600 };

describeEachDatabase('exact attempt limits', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 1 });
  });
  afterEach(() => server.close());

  it('admits exactly the budget out of 40 concurrent attempts', async () => {
    const admissions = await Promise.all(
      Array.from({ length: 40 }, () => countAttempt(server.db, server.clock.now(), [{ limit: perSubject, subject: 'piece-1' }])),
    );
    assert.equal(admissions.filter((admission) => admission.admitted).length, perSubject.attemptsPerWindow);
  });

  it('admits exactly the tighter budget when attempts fall under two and race', async () => {
    const admissions = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        countAttempt(server.db, server.clock.now(), [
          { limit: perSubject, subject: `piece-${index % 3}` },
          { limit: perNetwork, subject: 'network-a' },
        ]),
      ),
    );
    assert.equal(admissions.filter((admission) => admission.admitted).length, perNetwork.attemptsPerWindow);
  });

  it('opens the window at the first attempt, keeps counting refusals, and starts afresh once it ended', async () => {
    const attempt = () => countAttempt(server.db, server.clock.now(), [{ limit: perSubject, subject: 'piece-1' }]);
    for (let index = 0; index < perSubject.attemptsPerWindow; index++) assert.equal((await attempt()).admitted, true);
    server.clock.advance(60_000);
    const refused = await attempt();
    assert.equal(refused.admitted, false);
    assert.deepEqual(refused.exceeded, [perSubject]);
    assert.equal(refused.retryAfterSeconds, perSubject.windowSeconds - 60, 'the window runs from the first attempt');

    server.clock.advance((perSubject.windowSeconds - 60) * 1000 - 1);
    assert.equal((await attempt()).admitted, false, 'still inside the window');
    server.clock.advance(1);
    assert.equal((await attempt()).admitted, true, 'a new window');
  });

  it('counts each subject on its own', async () => {
    for (let index = 0; index < perSubject.attemptsPerWindow + 2; index++) {
      await countAttempt(server.db, server.clock.now(), [{ limit: perSubject, subject: 'stranger' }]);
    }
    assert.equal((await countAttempt(server.db, server.clock.now(), [{ limit: perSubject, subject: 'owner' }])).admitted, true);
  });

  it('throws too_many_attempts with Retry-After until every spent window has ended', async () => {
    const budgets = [
      { limit: perSubject, subject: 'piece-1' },
      { limit: { ...perNetwork, attemptsPerWindow: 1 }, subject: 'network-a' },
    ];
    await admitAttempt(server.db, server.clock.now(), budgets);
    const refusal = await admitAttempt(server.db, server.clock.now(), budgets, 'Too many tries of this.').then(
      () => assert.fail('expected a refusal'),
      (error: unknown) => error,
    );
    assert.ok(refusal instanceof AtelierError);
    assert.equal(refusal.code, 'too_many_attempts');
    assert.equal(refusal.status, 429);
    assert.equal(refusal.message, 'Too many tries of this.');
    assert.equal(refusal.headers?.['Retry-After'], String(perNetwork.windowSeconds));
  });

  it('prunes ended windows only', async () => {
    await countAttempt(server.db, server.clock.now(), [{ limit: perSubject, subject: 'short' }, { limit: perNetwork, subject: 'long' }]);
    server.clock.advance(perSubject.windowSeconds * 1000 + 1);
    await pruneAttemptCounters(server.db, server.clock.now());
    const keys = await server.db.selectFrom('attempt_counters').select('key').execute();
    assert.deepEqual(keys.map((row) => row.key), ['attempt:test-network:long']);
  });
});
