/**
 * Every operation of the contract is served: the client and the OpenAPI document promise each
 * one, so an operation whose route a feature forgot (or registered twice) must fail here, by name,
 * rather than answer 404 to the first caller.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { operations } from '@atelier/client/contract';
import { createTestServer, type TestServer } from '../testing/harness.ts';
import { toHonoPath } from './register-operations.ts';

describe('route coverage', () => {
  let server: TestServer;
  // The routes are registered alike on either database; SQLite alone is enough to read them.
  before(async () => {
    server = await createTestServer({ database: 'sqlite', itemCount: 1 });
  });
  after(() => server.close());

  it('registers exactly one route for every operation of the contract', () => {
    const problems: string[] = [];
    for (const operation of operations) {
      const path = toHonoPath(operation.path);
      const registered = server.app.routes.filter((route) => route.method === operation.method && route.path === path).length;
      if (registered !== 1) problems.push(`${operation.id} (${operation.method} ${operation.path}): ${registered} routes, expected 1`);
    }
    assert.deepEqual(problems, [], `operations not served by exactly one route:\n${problems.join('\n')}`);
  });
});
