import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RepairSummary } from './contract/index.ts';
import { ApiError, createClient } from './index.ts';
import { json, scriptedFetch } from './testing/scripted-fetch.ts';

const baseUrl = 'https://api.atelier.test';

function repair(trackingCode: string, status = 'received'): RepairSummary {
  return {
    trackingCode,
    status: status as RepairSummary['status'],
    statusSince: '2026-11-02T09:00:00.000Z',
    serial: 'MA-240123',
    modelName: 'Chronographe Lune',
    serviceType: 'full_service',
    serviceCentreId: 'svc_paris',
    serviceCentreName: 'Paris',
    contactName: 'Jeanne Martin',
    contactConfirmation: 'not_required',
    droppedOffAtRetailerId: null,
    flaggedItemStatus: null,
    bookedByNonOwner: false,
    promisedDate: null,
    createdAt: '2026-11-01T09:00:00.000Z',
  };
}

/** Three pages of the service desk's list, answered by cursor. */
const pages: Record<string, { repairs: RepairSummary[]; nextCursor: string | null }> = {
  first: { repairs: [repair('AAAA-AAAA-AAA1'), repair('AAAA-AAAA-AAA2')], nextCursor: 'c2' },
  c2: { repairs: [repair('AAAA-AAAA-AAA3', 'picked_up_by_courier')], nextCursor: 'c3' },
  c3: { repairs: [repair('AAAA-AAAA-AAA4')], nextCursor: null },
};

function byCursor(request: Request): Response {
  return json(pages[new URL(request.url).searchParams.get('cursor') ?? 'first']);
}

describe('repairs.listAll', () => {
  it('yields every repair of every page in order, sending each page’s cursor and the same filters', async () => {
    const fake = scriptedFetch(byCursor);
    const client = createClient({ baseUrl, secretKey: 'sk_test', fetch: fake.fetch });
    const codes: string[] = [];
    for await (const summary of client.repairs.listAll({ status: ['received', 'diagnosed'], limit: 2 })) codes.push(summary.trackingCode);
    assert.deepEqual(codes, ['AAAA-AAAA-AAA1', 'AAAA-AAAA-AAA2', 'AAAA-AAAA-AAA3', 'AAAA-AAAA-AAA4']);
    assert.deepEqual(
      fake.requests.map((request) => new URL(request.url).search),
      ['?status=received%2Cdiagnosed&limit=2', '?status=received%2Cdiagnosed&limit=2&cursor=c2', '?status=received%2Cdiagnosed&limit=2&cursor=c3'],
    );
  });

  it('fetches no further page once the caller stops', async () => {
    const fake = scriptedFetch(byCursor);
    const client = createClient({ baseUrl, secretKey: 'sk_test', fetch: fake.fetch });
    for await (const summary of client.repairs.listAll()) {
      assert.equal(summary.trackingCode, 'AAAA-AAAA-AAA1');
      break;
    }
    assert.equal(fake.requests.length, 1);
  });

  it('starts from a given cursor', async () => {
    const fake = scriptedFetch(byCursor);
    const client = createClient({ baseUrl, secretKey: 'sk_test', fetch: fake.fetch });
    const codes: string[] = [];
    for await (const summary of client.repairs.listAll({ cursor: 'c3' })) codes.push(summary.trackingCode);
    assert.deepEqual(codes, ['AAAA-AAAA-AAA4']);
  });

  it('stops with the error of the page that failed, after the items before it', async () => {
    const fake = scriptedFetch(byCursor, () => json({ type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden' }, { status: 403 }));
    const client = createClient({ baseUrl, secretKey: 'sk_test', fetch: fake.fetch, retry: 0 });
    const codes: string[] = [];
    await assert.rejects(
      (async () => {
        for await (const summary of client.repairs.listAll()) codes.push(summary.trackingCode);
      })(),
      (error) => error instanceof ApiError && error.code === 'forbidden',
    );
    assert.deepEqual(codes, ['AAAA-AAAA-AAA1', 'AAAA-AAAA-AAA2']);
  });
});
