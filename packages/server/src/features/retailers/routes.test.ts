import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { RetailerList } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';

describeEachDatabase('the brand’s retailers for its staff', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 1 });
  });
  afterEach(() => server.close());

  it('lists the brand’s retailers to a brand key, by country, city and name', async () => {
    const response = await server.request('/v1/retailers', { key: 'secret' });
    assert.equal(response.status, 200);
    const { retailers } = (await response.json()) as RetailerList;
    assert.deepEqual(retailers.map((retailer) => retailer.id).sort(), server.retailers.map((retailer) => retailer.id).sort());
    const order = retailers.map((retailer) => `${retailer.country} ${retailer.city} ${retailer.name}`);
    assert.deepEqual(order, [...order].sort());
  });

  it('is not for pages or a retailer’s systems', async () => {
    assert.equal((await server.request('/v1/retailers', { key: 'publishable' })).status, 403);
    assert.equal((await server.request('/v1/retailers', { key: 'retailer' })).status, 403);
  });
});
