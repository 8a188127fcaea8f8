/** The contract check every answer goes through, and its serialised form for a `checkedRoute`. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { operation } from '@atelier/client/contract';
import * as z from 'zod/mini';
import { checkedJson, checkResponse, ResponseContractViolation } from './checked-json.ts';

const getOwnerCount = operation({
  id: 'getOwnerCount',
  method: 'GET',
  path: '/v1/owner-count',
  access: { keys: ['publishable'] },
  response: z.object({ serial: z.string(), ownerCount: z.number() }),
});

describe('checked JSON', () => {
  it('serialises only the fields the contract names', () => {
    const answer = { serial: 'AT-1', ownerCount: 2, ownerEmail: 'owner@example.com' };
    assert.deepEqual(JSON.parse(checkedJson(getOwnerCount, answer)), { serial: 'AT-1', ownerCount: 2 });
  });

  it('refuses an answer the contract does not allow, naming the field but not its value', () => {
    const answer = { serial: 'owner@example.com', ownerCount: 'two' } as unknown as z.infer<typeof getOwnerCount.response>;
    assert.throws(
      () => checkedJson(getOwnerCount, answer),
      (error: unknown) =>
        error instanceof ResponseContractViolation &&
        error.operationId === 'getOwnerCount' &&
        error.paths === 'ownerCount' &&
        !error.message.includes('two'),
    );
  });

  it('gives the same answer checked in place or serialised', () => {
    const answer = { serial: 'AT-1', ownerCount: 0, extra: true };
    assert.equal(checkedJson(getOwnerCount, answer), JSON.stringify(checkResponse(getOwnerCount, answer)));
  });
});
