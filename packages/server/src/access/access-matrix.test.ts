/**
 * The access matrix, enforced: every operation of the contract called through the real HTTP app
 * as every principal of access-matrix.ts, with a valid request for it (operation-requests.ts),
 * answers what the table says. Then the scoping the table cannot show: a retailer's listing holds
 * its own rows only.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, it } from 'node:test';
import { operations, type RepairList } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../testing/index.ts';
import { accessMatrix, accessMatrixMarkdown, matrixPrincipals, type AccessOutcome, type MatrixPrincipal } from './access-matrix.ts';
import { matrixCallers, TestStaffSessions, type MatrixCallers } from './matrix-principals.ts';
import { matrixItemCount, operationRequests, requestContext, send, type RequestContext } from './operation-requests.ts';

/** The matrix makes a few hundred calls per principal from one address: no request budget may interfere. */
const unlimited = { requestsPerWindow: 1_000_000, windowSeconds: 60 };
const unlimitedRateLimits = {
  publishable: { name: 'publishable', ...unlimited },
  secret: { name: 'secret', ...unlimited },
  retailer: { name: 'retailer', ...unlimited },
  staff: { name: 'staff', ...unlimited },
  owner: { name: 'owner', ...unlimited },
  anonymous: { name: 'anonymous', ...unlimited },
};

function outcomeOf(status: number): AccessOutcome | number {
  return status >= 200 && status < 300 ? 'allow' : status;
}

describeEachDatabase('access matrix', (database) => {
  const sessions = new TestStaffSessions();
  let server: TestServer;
  let callers: MatrixCallers;
  let context: RequestContext;
  before(async () => {
    server = await createTestServer({
      database,
      itemCount: matrixItemCount,
      serverOptions: { authenticateSession: sessions.authenticate, rateLimits: unlimitedRateLimits },
    });
    callers = await matrixCallers(server, sessions);
    context = requestContext(server);
  });
  after(() => server.close());

  it('has a row and a request for every operation of the contract, and nothing for an operation that is gone', () => {
    const operationIds = operations.map((operation) => operation.id).sort();
    assert.deepEqual(Object.keys(accessMatrix).sort(), operationIds, 'access-matrix.ts: one row per operation of @atelier/client/contract');
    assert.deepEqual(Object.keys(operationRequests).sort(), operationIds, 'operation-requests.ts: one request builder per operation');
  });

  it("is the table of the server README's Access section", async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const table = accessMatrixMarkdown();
    assert.ok(readme.includes(table), `README.md › Access must show the matrix as it is now; paste:\n${table}`);
  });

  for (const operation of operations) {
    it(`${operation.id} (${operation.method} ${operation.path}) answers each principal as the table says`, async () => {
      const expected = accessMatrix[operation.id];
      const build = operationRequests[operation.id];
      assert.ok(expected, `no row for ${operation.id} in access-matrix.ts`);
      assert.ok(build, `no request builder for ${operation.id} in operation-requests.ts`);
      const actual = {} as Record<MatrixPrincipal, AccessOutcome | number>;
      const surprises: string[] = [];
      for (const principal of matrixPrincipals) {
        const response = await send(server, operation, await build(context, callers[principal]), callers[principal]);
        actual[principal] = outcomeOf(response.status);
        if (actual[principal] !== expected[principal]) surprises.push(`${principal}: ${response.status} ${await response.text()}`);
      }
      assert.deepEqual(actual, expected, `${operation.id}:\n${surprises.join('\n')}`);
    });
  }

  it("lists to a retailer the repairs left with it only, to the brand every retailer's", async () => {
    const first = await Promise.all([1, 2].map(() => operationRequests['getRepair']!(context, callers.secretKey)));
    const second = await operationRequests['getRepair']!(context, callers.secretKey);
    await server.db.updateTable('repair_orders').set({ retailer_id: server.retailers[1]!.id }).where('tracking_code', '=', second.params!['trackingCode']!).execute();
    const listRepairs = operations.find((operation) => operation.id === 'listRepairs')!;

    async function listedCodes(principal: MatrixPrincipal): Promise<Set<string>> {
      const codes = new Set<string>();
      let cursor: string | null = null;
      do {
        const query: Record<string, string> = cursor === null ? { limit: '100' } : { limit: '100', cursor };
        const response = await send(server, listRepairs, { query }, callers[principal]);
        assert.equal(response.status, 200, await response.clone().text());
        const page = (await response.json()) as RepairList;
        for (const repair of page.repairs) codes.add(repair.trackingCode);
        cursor = page.nextCursor;
      } while (cursor !== null);
      return codes;
    }
    const retailerOwnRows = async (retailerId: string) =>
      new Set((await server.db.selectFrom('repair_orders').select('tracking_code').where('retailer_id', '=', retailerId).execute()).map((row) => row.tracking_code));
    const [firstRows, secondRows] = [await retailerOwnRows(server.retailers[0]!.id), await retailerOwnRows(server.retailers[1]!.id)];
    for (const { params } of first) assert.ok(firstRows.has(params!['trackingCode']!));

    for (const principal of ['retailerKey', 'retailerManager', 'retailerAssociate'] as const) assert.deepEqual(await listedCodes(principal), firstRows, principal);
    assert.deepEqual(await listedCodes('otherRetailerManager'), secondRows);
    const everyRow = await listedCodes('secretKey');
    for (const code of [...firstRows, ...secondRows]) assert.ok(everyRow.has(code), `the brand sees ${code}`);
    assert.deepEqual(await listedCodes('otherBrandSecretKey'), new Set());
  });
});
