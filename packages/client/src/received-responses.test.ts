/**
 * A client deployed today keeps working when tomorrow's server adds an enum value or a field:
 * responses are parsed as received (contract/received.ts), requests stay strict.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { activateWarranty, isKnownValue, operations, receivedIssues, warrantyStatuses } from './contract/index.ts';
import type { Received, RepairStatus, Warranty, WarrantyStatus } from './contract/index.ts';
import { createClient, ResponseValidationError, ValidationError } from './index.ts';
import { activationRequest, activationResponse } from './testing/fixtures.ts';
import { json, scriptedFetch } from './testing/scripted-fetch.ts';

const baseUrl = 'https://api.atelier.test';

/** The answer of a newer server: a status this client does not know, and fields it has never seen. */
const newerActivationResponse = {
  ...activationResponse,
  warranty: { ...activationResponse.warranty, status: 'transferred_to_heir', loyaltyTier: 'gold' },
  concierge: { name: 'Claire' },
};

describe('responses from a newer server', () => {
  it('pass with a new enum value and new fields, which are kept', async () => {
    const fake = scriptedFetch(() => json(newerActivationResponse, { status: 201 }));
    const client = createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch });
    const answer = await client.warranties.activate(activationRequest);
    assert.equal(answer.warranty.status, 'transferred_to_heir');
    assert.equal(isKnownValue(warrantyStatuses, answer.warranty.status), false);
    assert.equal((answer.warranty as Record<string, unknown>).loyaltyTier, 'gold');
    assert.deepEqual((answer as Record<string, unknown>).concierge, { name: 'Claire' });
  });

  it('still fail when a field the contract requires is missing or of another type', async () => {
    const { coverageEnd: _missing, ...withoutCoverageEnd } = activationResponse.warranty;
    const fake = scriptedFetch(() => json({ ...activationResponse, warranty: { ...withoutCoverageEnd, gift: 'no' } }, { status: 201, headers: { 'x-request-id': 'req_42' } }));
    const client = createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch });
    await assert.rejects(client.warranties.activate(activationRequest), (error) => {
      assert.ok(error instanceof ResponseValidationError);
      assert.deepEqual(error.fieldErrors.map((fieldError) => fieldError.path).sort(), ['warranty.coverageEnd', 'warranty.gift']);
      assert.equal(error.requestId, 'req_42');
      return true;
    });
  });

  it('still fail when an enum field holds something other than a string', async () => {
    const fake = scriptedFetch(() => json({ ...activationResponse, warranty: { ...activationResponse.warranty, status: 3 } }, { status: 201 }));
    const client = createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch });
    await assert.rejects(client.warranties.activate(activationRequest), (error) => {
      assert.ok(error instanceof ResponseValidationError);
      assert.deepEqual(error.fieldErrors.map((fieldError) => fieldError.path), ['warranty.status']);
      return true;
    });
  });

  it('leave the contract itself strict: the server may not answer a value it does not declare', () => {
    assert.equal(z.safeParse(activateWarranty.response, newerActivationResponse).success, false);
    assert.deepEqual(receivedIssues(activateWarranty.response, newerActivationResponse), []);
  });

  it('are described by schemas that only check, so the body as sent is what the contract says', () => {
    // The client hands over the body as sent (unknown fields kept) once it passes: that is only the
    // contract's value if no response schema transforms, defaults or refuses unknown fields.
    const reshaping: string[] = [];
    const visit = (schema: z.ZodMiniType, path: string): void => {
      const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
      if (['pipe', 'transform', 'default', 'prefault', 'catch', 'success'].includes(def.type)) reshaping.push(`${path} (${def.type})`);
      if ((def.catchall as z.ZodMiniType | undefined)?._zod.def.type === 'never') reshaping.push(`${path} (refuses unknown fields)`);
      for (const [key, child] of Object.entries(def.shape ?? {})) visit(child as z.ZodMiniType, `${path}.${key}`);
      for (const key of ['element', 'innerType', 'in', 'out', 'valueType', 'left', 'right']) if (def[key]) visit(def[key] as z.ZodMiniType, path);
      for (const option of (def.options as z.ZodMiniType[] | undefined) ?? []) visit(option, path);
    };
    for (const operation of operations) visit(operation.response, operation.id);
    assert.deepEqual(reshaping, []);
  });
});

describe('requests', () => {
  it('stay strictly validated: a value the contract does not name is refused before sending', async () => {
    const fake = scriptedFetch(() => json(activationResponse, { status: 201 }));
    const client = createClient({ baseUrl, publishableKey: 'pk_test', fetch: fake.fetch });
    const input = { ...activationRequest, owner: { ...activationRequest.owner, language: 'xx' as 'en' } };
    await assert.rejects(client.warranties.activate(input), (error) => {
      assert.ok(error instanceof ValidationError);
      assert.deepEqual(error.fieldErrors.map((fieldError) => fieldError.path), ['owner.language']);
      return true;
    });
    assert.equal(fake.requests.length, 0);
  });
});

// Type-level: what callers must write. These lines fail `pnpm typecheck` if the types regress.
export function statusLabel(warranty: Received<Warranty>): string {
  const labels: Record<WarrantyStatus, string> = { pending_confirmation: 'Pending', active: 'Active', expired: 'Expired', void: 'Void' };
  // @ts-expect-error a status this client does not know must be handled before looking it up
  void labels[warranty.status];
  return isKnownValue(warrantyStatuses, warranty.status) ? labels[warranty.status] : `Other (${warranty.status})`;
}
export function isFinished(status: Received<{ status: RepairStatus }>['status']): boolean {
  switch (status) {
    case 'returned':
    case 'cancelled':
      return true;
    case 'requested':
    case 'received':
    case 'diagnosed':
    case 'awaiting_approval':
    case 'approved':
    case 'declined':
    case 'in_repair':
    case 'quality_control':
    case 'ready':
      return false;
    default: {
      // @ts-expect-error an exhaustive switch over known statuses still leaves the unknown ones
      const exhausted: never = status;
      return exhausted;
    }
  }
}
// @ts-expect-error a typo in a value you write is still caught: only a response makes an unknown value
export const typo: Received<Warranty>['status'] = 'actve';
