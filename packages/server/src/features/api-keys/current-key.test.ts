/** GET /v1/api-keys/current: a server integration learns its brand and retailer from its key alone. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';

describeEachDatabase('the calling key', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
  });
  afterEach(() => server.close());

  async function current(key: 'secret' | 'retailer' | 'otherRetailer' | 'publishable'): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await server.request('/v1/api-keys/current', { key });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it("names a retailer key's own retailer, and each retailer key its own", async () => {
    const first = await current('retailer');
    assert.equal(first.status, 200);
    assert.deepEqual(first.body, {
      kind: 'retailer',
      brand: { id: server.brand.id, name: server.brand.name },
      retailer: { id: server.retailers[0]!.id, name: server.retailers[0]!.name },
    });
    const other = await current('otherRetailer');
    assert.equal((other.body['retailer'] as { id: string }).id, server.retailers[1]!.id);
  });

  it("says the brand's secret key is the brand's, with no retailer", async () => {
    const secret = await current('secret');
    assert.equal(secret.status, 200);
    assert.equal(secret.body['kind'], 'secret');
    assert.equal(secret.body['retailer'], null);
  });

  it('is not open to a publishable key', async () => {
    const response = await server.request('/v1/api-keys/current', { key: 'publishable', headers: { Origin: server.keys.origin } });
    assert.equal(response.status, 403);
  });
});
