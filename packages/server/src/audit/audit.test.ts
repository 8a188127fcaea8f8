/**
 * The audit log: every write by a person or a server key, and every read of personal data, appends
 * exactly one row — checked for every operation of the contract, as every principal of the access
 * matrix, with the matrix's requests — and nothing else does; the rows cannot be changed; admins
 * read them filtered, a page at a time, and export them as CSV a spreadsheet cannot run.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, it } from 'node:test';
import { operations, type Access, type AuditEntry, type AuditLogPage } from '@atelier/client/contract';
import { hashApiKey } from '../api-keys.ts';
import { accessMatrix, matrixPrincipals, type MatrixPrincipal } from '../access/access-matrix.ts';
import { matrixCallers, otherBrandId, TestStaffSessions, type MatrixCaller, type MatrixCallers } from '../access/matrix-principals.ts';
import { matrixItemCount, operationRequests, requestContext, send, type RequestContext } from '../access/operation-requests.ts';
import { authorize, type Caller, type Principal } from '../http/principal.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../testing/index.ts';
import { isAudited, personalDataReads } from './audited-operations.ts';
import { recordAudit } from './record-audit.ts';

const unlimited = { requestsPerWindow: 1_000_000, windowSeconds: 60 };
const unlimitedRateLimits = {
  publishable: { name: 'publishable', ...unlimited },
  secret: { name: 'secret', ...unlimited },
  retailer: { name: 'retailer', ...unlimited },
  staff: { name: 'staff', ...unlimited },
  owner: { name: 'owner', ...unlimited },
  anonymous: { name: 'anonymous', ...unlimited },
};

/** Which principals act for which retailer, as the matrix's callers are made. */
function retailerOf(server: TestServer, principal: MatrixPrincipal): string | null {
  if (principal === 'retailerKey' || principal === 'retailerManager' || principal === 'retailerAssociate') return server.retailers[0]!.id;
  if (principal === 'otherRetailerManager') return server.retailers[1]!.id;
  return null;
}

/** Whether the contract's `access` lets `principal` through to the handler (which may still refuse, 403 or 404, and is audited then too). */
function admits(access: Access, principal: MatrixPrincipal): boolean {
  const as: Record<MatrixPrincipal, Pick<Principal, 'kind'> & { role?: string } | undefined> = {
    publishableKey: { kind: 'publishableKey' },
    secretKey: { kind: 'secretKey' },
    otherBrandSecretKey: { kind: 'secretKey' },
    retailerKey: { kind: 'retailerKey' },
    admin: { kind: 'brandStaff', role: 'admin' },
    serviceDesk: { kind: 'brandStaff', role: 'serviceDesk' },
    concierge: { kind: 'brandStaff', role: 'concierge' },
    analyst: { kind: 'brandStaff', role: 'analyst' },
    retailerManager: { kind: 'retailerStaff', role: 'manager' },
    otherRetailerManager: { kind: 'retailerStaff', role: 'manager' },
    retailerAssociate: { kind: 'retailerStaff', role: 'associate' },
    owner: { kind: 'owner' },
    none: undefined,
  };
  const caller = as[principal];
  if (!caller) return false;
  try {
    authorize(caller as Principal, access);
    return true;
  } catch {
    return false;
  }
}

async function actorOf(server: TestServer, caller: MatrixCaller): Promise<{ kind: 'key' | 'person'; id: string }> {
  if (caller.personId) return { kind: 'person', id: caller.personId };
  const key = caller.headers['Authorization']?.replace(/^Bearer /, '') ?? '';
  const row = await server.db.selectFrom('api_keys').select('id').where('key_hash', '=', hashApiKey(key)).executeTakeFirstOrThrow();
  return { kind: 'key', id: row.id };
}

describeEachDatabase('audit log: one row per audited call', (database) => {
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

  async function rowsOf(operationId: string) {
    return server.db.selectFrom('audit_log').selectAll().where('operation', '=', operationId).execute();
  }

  for (const operation of operations) {
    const audited = operation.method !== 'GET' || personalDataReads.has(operation.id);
    it(`${operation.id}: ${audited ? 'one row for each call by a server key or a person that reaches the handler' : 'no row (neither a write nor a read of personal data)'}`, async () => {
      const expected = accessMatrix[operation.id];
      const build = operationRequests[operation.id];
      assert.ok(expected && build, `${operation.id} needs its access matrix row and request builder`);
      for (const principal of matrixPrincipals) {
        const before = new Set((await rowsOf(operation.id)).map((row) => row.id));
        const response = await send(server, operation, await build(context, callers[principal]), callers[principal]);
        const added = (await rowsOf(operation.id)).filter((row) => !before.has(row.id));
        // An owner's acts in their space are not the staff's log (audited-operations.ts).
        const shouldRecord: boolean = audited && admits(operation.access, principal) && principal !== 'publishableKey' && principal !== 'owner';
        assert.equal(added.length, shouldRecord ? 1 : 0, `${operation.id} as ${principal} (${response.status}): ${added.length} rows`);
        const [row] = added;
        if (!row) continue;
        const actor = await actorOf(server, callers[principal]);
        assert.deepEqual([row.actor_kind, row.actor_id], [actor.kind, actor.id], principal);
        assert.equal(row.brand_id, principal === 'otherBrandSecretKey' ? otherBrandId : server.brand.id);
        assert.equal(row.retailer_id, retailerOf(server, principal), principal);
        assert.equal(row.at, server.clock.now().toISOString());
        if (response.ok) {
          assert.equal(row.outcome, 'ok');
        } else {
          assert.equal(row.outcome, ((await response.json()) as { code: string }).code, `${principal}: the error code answered`);
        }
        const isList = operation.id.startsWith('list') || operation.id.startsWith('export');
        if (!isList && response.ok) assert.ok(row.target_kind && row.target_id, `${operation.id} names its target`);
      }
    });
  }

  it('declares audited exactly the writes and the personal-data reads, never for a publishable key', () => {
    const secretKey = { kind: 'secretKey' } as const;
    for (const operation of operations) {
      assert.equal(isAudited(operation, secretKey), operation.method !== 'GET' || personalDataReads.has(operation.id), operation.id);
      assert.equal(isAudited(operation, { kind: 'publishableKey' }), false, operation.id);
    }
    const ids = new Set<string>(operations.map((operation) => operation.id));
    for (const id of personalDataReads) assert.ok(ids.has(id), `personalDataReads names ${id}, which is no operation`);
  });
});

describeEachDatabase('audit log: rows, their reading and export', (database) => {
  const sessions = new TestStaffSessions();
  let server: TestServer;
  let callers: MatrixCallers;
  beforeEach(async () => {
    server = await createTestServer({ database, serverOptions: { authenticateSession: sessions.authenticate } });
    callers = await matrixCallers(server, sessions);
  });
  afterEach(() => server.close());

  function asAdmin(path: string): Promise<Response> {
    return server.request(path, { headers: { Cookie: callers.admin.headers['Cookie']! } });
  }

  async function page(query: string): Promise<AuditLogPage> {
    const response = await asAdmin(`/v1/audit-log?${query}`);
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as AuditLogPage;
  }

  async function auditRows(): Promise<number> {
    const counted = await server.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(counted.n);
  }

  const theftReport = (serial: string, init: { headers?: Record<string, string> } = {}) =>
    server.request(`/v1/items/${serial}/theft-reports`, { key: 'secret', body: { country: 'FR' }, ...init });

  it('records a write refused by its rules with the error code, and adds nothing for an idempotent replay', async () => {
    const serial = server.unavailableItems.stolen.serial;
    assert.equal((await theftReport(serial)).status, 409);
    const [refused] = (await page('operation=reportStolen')).entries;
    assert.equal(refused?.outcome, 'already_reported_stolen');
    assert.deepEqual(refused?.target, { kind: 'item', id: serial });

    const fresh = server.items[0]!.serial;
    const headers = { 'Idempotency-Key': 'theft-1' };
    assert.equal((await theftReport(fresh, { headers })).status, 201);
    assert.equal((await theftReport(fresh, { headers })).headers.get('Idempotent-Replayed'), 'true');
    const rows = (await page(`targetId=${fresh}`)).entries;
    assert.deepEqual(rows.map((row) => [row.operation, row.outcome]), [['reportStolen', 'ok']]);
  });

  it('refuses to change or delete a row, on the database itself', async () => {
    assert.equal((await theftReport(server.items[0]!.serial)).status, 201);
    await assert.rejects(server.db.updateTable('audit_log').set({ outcome: 'nothing happened' }).execute(), /append-only/);
    await assert.rejects(server.db.deleteFrom('audit_log').execute(), /append-only/);
    assert.equal(await auditRows(), 1);
    assert.equal((await server.db.selectFrom('audit_log').select('outcome').executeTakeFirstOrThrow()).outcome, 'ok');
  });

  it('filters by actor, operation, target and time, and pages newest first without repeating or skipping a row', async () => {
    const serials = server.items.slice(0, 6).map((item) => item.serial);
    for (const [index, serial] of serials.entries()) {
      server.clock.set(`2026-11-25T1${index}:00:00.000Z`);
      assert.equal((await theftReport(serial)).status, 201);
    }
    server.clock.set('2026-11-25T18:00:00.000Z');
    const repair = await server.request(`/v1/repairs?limit=1`, { headers: { Cookie: callers.serviceDesk.headers['Cookie']! } });
    assert.equal(repair.status, 200);

    const all: AuditEntry[] = [];
    let cursor: string | null = null;
    do {
      const current: AuditLogPage = await page(cursor === null ? 'limit=3' : `limit=3&cursor=${cursor}`);
      all.push(...current.entries);
      cursor = current.nextCursor;
    } while (cursor !== null);
    assert.deepEqual(
      all.map((entry) => entry.target?.id ?? entry.operation),
      ['listRepairs', ...serials.toReversed()],
      'newest first, each once',
    );

    const secretKeyId = all.find((entry) => entry.operation === 'reportStolen')!.actor.id;
    assert.deepEqual((await page(`actorId=${callers.serviceDesk.personId}`)).entries.map((entry) => entry.operation), ['listRepairs']);
    assert.equal((await page(`actorId=${secretKeyId}`)).entries.length, 6);
    assert.equal((await page('operation=listRepairs')).entries.length, 1);
    assert.deepEqual((await page(`targetKind=item&targetId=${serials[2]}`)).entries.map((entry) => entry.at), ['2026-11-25T12:00:00.000Z']);
    const window = await page(`from=${encodeURIComponent('2026-11-25T13:00:00+01:00')}&to=2026-11-25T14:00:00Z`);
    assert.deepEqual(window.entries.map((entry) => entry.target?.id), [serials[3], serials[2]], 'from included, to excluded, offsets read as instants');

    const unknown = await asAdmin('/v1/audit-log?cursor=bm90LWEtY3Vyc29y');
    assert.equal(unknown.status, 422);
    assert.equal(((await unknown.json()) as { errors: { path: string }[] }).errors[0]?.path, 'cursor');
    const badLimit = await asAdmin('/v1/audit-log?limit=1000');
    assert.equal(badLimit.status, 422);
  });

  it("shows a brand's admins its own rows only", async () => {
    assert.equal((await theftReport(server.items[0]!.serial)).status, 201);
    const otherBrandCaller: Caller = {
      kind: 'secretKey',
      brandId: otherBrandId,
      ip: '192.0.2.9',
      clientNetwork: 'x',
      actor: { kind: 'key', id: 'key_other' },
    };
    await recordAudit(server.db, otherBrandCaller, { operation: 'registerSale', target: { kind: 'item', id: 'OTHER-1' } }, server.clock.now());
    const entries = (await page('')).entries;
    assert.deepEqual(entries.map((entry) => entry.operation), ['reportStolen']);
  });

  it('exports the selection as CSV with a header, quoting, and formulas made text', async () => {
    assert.equal((await theftReport(server.items[0]!.serial)).status, 201);
    const staff: Caller = {
      kind: 'retailerStaff',
      role: 'manager',
      retailerId: server.retailers[0]!.id,
      brandId: server.brand.id,
      ip: '2001:db8::1',
      clientNetwork: 'x',
      actor: { kind: 'person', id: 'psn_1' },
      sessionId: 'ses_1',
    };
    const hostileTargets = ['=HYPERLINK("https://evil.example","x")', '+1', '-2+3', '@SUM(A1)', 'plain, with "quotes"'];
    for (const id of hostileTargets) await recordAudit(server.db, staff, { operation: 'registerSale', target: { kind: 'item', id } }, server.clock.now());

    const response = await asAdmin('/v1/audit-log.csv?operation=registerSale');
    assert.equal(response.status, 200, await response.clone().text());
    assert.equal(response.headers.get('Content-Type'), 'text/csv; charset=utf-8');
    assert.equal(response.headers.get('Content-Disposition'), 'attachment; filename="audit-log.csv"');
    const csv = await response.text();
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines[0], 'at,actor_kind,actor_id,retailer_id,operation,target_kind,target_id,ip,outcome,id');
    assert.equal(lines.length, 1 + hostileTargets.length);
    const targetCells = lines.slice(1).map((line) => line.split(',').slice(6).join(',').replace(/,2001:db8::1,ok,aud_.*$/, ''));
    assert.deepEqual(targetCells.toSorted(), [`"'=HYPERLINK(""https://evil.example"",""x"")"`, "'+1", "'-2+3", "'@SUM(A1)", '"plain, with ""quotes"""'].toSorted());
    for (const line of lines.slice(1)) assert.match(line, new RegExp(`^2026-11-25T10:00:00.000Z,person,psn_1,${server.retailers[0]!.id},registerSale,item,`));

    const everything = await (await asAdmin('/v1/audit-log.csv')).text();
    assert.equal(everything.trimEnd().split('\r\n').length, 1 + hostileTargets.length + 2, 'the theft report, the rows above, and the first export');
  });
});
