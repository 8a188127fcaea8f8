/** A brand admin's API keys through HTTP: created and shown once, stored hashed, listed without the key, revoked. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { ApiKey, ApiKeyList, CreatedApiKey } from '@atelier/client/contract';
import { hashApiKey } from '../../api-keys.ts';
import { matrixCallers, TestStaffSessions, type MatrixCallers } from '../../access/matrix-principals.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';

interface Problem {
  code: string;
  errors?: { path: string; code: string }[];
}

describeEachDatabase('API key routes', (database) => {
  let server: TestServer;
  let callers: MatrixCallers;
  beforeEach(async () => {
    const sessions = new TestStaffSessions();
    server = await createTestServer({ database, serverOptions: { authenticateSession: sessions.authenticate } });
    callers = await matrixCallers(server, sessions);
  });
  afterEach(() => server.close());

  function asAdmin(path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
    return server.request(path, { method: init.method ?? (init.body === undefined ? 'GET' : 'POST'), headers: callers.admin.headers, body: init.body });
  }

  async function created(body: unknown): Promise<CreatedApiKey> {
    const response = await asAdmin('/v1/api-keys', { body });
    assert.equal(response.status, 201, await response.clone().text());
    return (await response.json()) as CreatedApiKey;
  }

  async function problem(response: Response, status: number): Promise<Problem> {
    assert.equal(response.status, status, await response.clone().text());
    return (await response.json()) as Problem;
  }

  it('shows a new publishable key once, stores only its SHA-256, and the key works from its origin', async () => {
    server.clock.advance(60_000);
    const key = await created({ kind: 'publishable', label: 'Brand site', allowedOrigins: ['https://shop.example.com/', 'http://localhost:5173'] });
    assert.match(key.key, /^pk_/);
    assert.deepEqual(key.allowedOrigins, ['https://shop.example.com', 'http://localhost:5173']);
    assert.equal(key.keyPrefix, key.key.slice(0, key.keyPrefix.length));
    const row = await server.db.selectFrom('api_keys').selectAll().where('id', '=', key.id).executeTakeFirstOrThrow();
    assert.equal(row.key_hash, hashApiKey(key.key));
    assert.ok(!Object.values(row).includes(key.key), 'the key itself is stored nowhere');

    const listed = (await (await asAdmin('/v1/api-keys')).json()) as ApiKeyList;
    const entry = listed.apiKeys.find((apiKey) => apiKey.id === key.id);
    assert.ok(entry);
    assert.ok(!('key' in entry), 'a listing never shows the key');
    assert.ok(!JSON.stringify(listed).includes(key.key));
    assert.equal(listed.apiKeys[0]!.id, key.id, 'newest first');

    const fromSite = await server.request('/v1/brand', { headers: { Authorization: `Bearer ${key.key}`, Origin: 'https://shop.example.com' } });
    assert.equal(fromSite.status, 200);
    const fromElsewhere = await server.request('/v1/brand', { headers: { Authorization: `Bearer ${key.key}`, Origin: 'https://evil.example' } });
    assert.equal((await problem(fromElsewhere, 403)).code, 'origin_not_allowed');
  });

  it("creates a retailer key acting for that retailer only, and a secret key for the whole brand", async () => {
    const retailerKey = await created({ kind: 'retailer', label: 'Paris POS', retailerId: server.retailers[1]!.id });
    assert.match(retailerKey.key, /^rk_/);
    assert.equal(retailerKey.retailerId, server.retailers[1]!.id);
    const ownSale = { serial: server.items[0]!.serial, purchaseDate: '2026-11-24', buyer: { name: 'Ada', email: 'ada@example.com', country: 'FR', language: 'fr' } };
    const forAnother = await server.request('/v1/sales', { headers: { Authorization: `Bearer ${retailerKey.key}` }, body: { ...ownSale, retailerId: server.retailers[0]!.id } });
    assert.equal((await problem(forAnother, 403)).code, 'forbidden');
    const forItself = await server.request('/v1/sales', { headers: { Authorization: `Bearer ${retailerKey.key}` }, body: { ...ownSale, retailerId: server.retailers[1]!.id } });
    assert.equal(forItself.status, 201, await forItself.text());

    const secret = await created({ kind: 'secret', label: 'ERP' });
    assert.match(secret.key, /^sk_/);
    assert.equal(secret.retailerId, null);
    assert.deepEqual(secret.allowedOrigins, []);
    assert.equal((await server.request('/v1/service-metrics', { headers: { Authorization: `Bearer ${secret.key}` } })).status, 200);
  });

  it('refuses a key without what its kind needs, or with what it must not have, naming the field', async () => {
    const cases: [unknown, string, string][] = [
      [{ kind: 'publishable', label: 'Site' }, 'allowedOrigins', 'required'],
      [{ kind: 'publishable', label: 'Site', allowedOrigins: ['https://shop.example.com/activate'] }, 'allowedOrigins.0', 'invalid_format'],
      [{ kind: 'publishable', label: 'Site', allowedOrigins: ['shop.example.com'] }, 'allowedOrigins.0', 'invalid_format'],
      [{ kind: 'secret', label: 'ERP', allowedOrigins: ['https://shop.example.com'] }, 'allowedOrigins', 'invalid_value'],
      [{ kind: 'secret', label: 'ERP', retailerId: server.retailers[0]!.id }, 'retailerId', 'invalid_value'],
      [{ kind: 'retailer', label: 'POS' }, 'retailerId', 'required'],
      [{ kind: 'retailer', label: '  ', retailerId: server.retailers[0]!.id }, 'label', 'required'],
      [{ kind: 'master', label: 'x' }, 'kind', 'invalid_value'],
    ];
    for (const [body, path, code] of cases) {
      const refused = await problem(await asAdmin('/v1/api-keys', { body }), 422);
      assert.equal(refused.code, 'validation_failed', JSON.stringify(body));
      assert.deepEqual(refused.errors?.map((error) => [error.path, error.code]), [[path, code]], JSON.stringify(body));
    }
    const unknownRetailer = await problem(await asAdmin('/v1/api-keys', { body: { kind: 'retailer', label: 'POS', retailerId: 'ret_nope' } }), 422);
    assert.equal(unknownRetailer.code, 'unknown_retailer');
    assert.deepEqual(unknownRetailer.errors?.map((error) => error.path), ['retailerId']);
    const count = await server.db.selectFrom('api_keys').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 5, 'the fixture’s four keys and the second brand’s; nothing created');
  });

  it('revokes a key: refused at once on this instance, revoking again answers it unchanged, unknown and foreign ids are 404', async () => {
    const key = await created({ kind: 'secret', label: 'Old ERP' });
    const bearer = { Authorization: `Bearer ${key.key}` };
    assert.equal((await server.request('/v1/service-metrics', { headers: bearer })).status, 200, 'looked up, so cached');

    const revoked = await asAdmin(`/v1/api-keys/${key.id}`, { method: 'DELETE' });
    assert.equal(revoked.status, 200, await revoked.clone().text());
    const view = (await revoked.json()) as ApiKey;
    assert.equal(view.revokedAt, server.clock.now().toISOString());
    assert.equal((await problem(await server.request('/v1/service-metrics', { headers: bearer }), 401)).code, 'invalid_api_key');

    server.clock.set('2026-11-26T10:00:00.000Z');
    const again = (await (await asAdmin(`/v1/api-keys/${key.id}`, { method: 'DELETE' })).json()) as ApiKey;
    assert.equal(again.revokedAt, view.revokedAt, 'the first revocation time stays');

    assert.equal((await problem(await asAdmin('/v1/api-keys/key_nope', { method: 'DELETE' }), 404)).code, 'unknown_api_key');
    const otherBrandKey = await server.db.selectFrom('api_keys').select('id').where('brand_id', '!=', server.brand.id).executeTakeFirstOrThrow();
    assert.equal((await problem(await asAdmin(`/v1/api-keys/${otherBrandKey.id}`, { method: 'DELETE' }), 404)).code, 'unknown_api_key');
    const stillActive = await server.db.selectFrom('api_keys').select('revoked_at').where('id', '=', otherBrandKey.id).executeTakeFirstOrThrow();
    assert.equal(stillActive.revoked_at, null);
  });
});
