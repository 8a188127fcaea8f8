import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import type { Catalogue } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';

describeEachDatabase('the brand’s catalogue for its staff', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 1 });
  });
  afterEach(() => server.close());

  it('lists the brand’s models by collection and name, with each collection and category once', async () => {
    await server.db
      .insertInto('models')
      .values({ id: 'mdl_lune', brand_id: server.brand.id, reference: '3105R-OR', name: 'Lune d’Or 36', collection: 'Lune d’Or', calibre: 'AU-27', category: 'dress' })
      .execute();
    const response = await server.request('/v1/catalogue', { key: 'secret' });
    assert.equal(response.status, 200);
    const catalogue = (await response.json()) as Catalogue;
    const stored = await server.db.selectFrom('models').select('reference').where('brand_id', '=', server.brand.id).execute();
    assert.deepEqual(catalogue.models.map((model) => model.reference).sort(), stored.map((model) => model.reference).sort());
    assert.deepEqual(catalogue.collections, ['Lune d’Or', 'Méridienne']);
    assert.deepEqual(catalogue.categories, ['dress']);
    const lune = catalogue.models.find((model) => model.reference === '3105R-OR');
    assert.deepEqual(lune, { reference: '3105R-OR', name: 'Lune d’Or 36', collection: 'Lune d’Or', category: 'dress' });
    const order = catalogue.models.map((model) => `${model.collection}\u0000${model.name}`);
    assert.deepEqual(order, [...order].sort());
  });

  it('is not for pages or a retailer’s systems', async () => {
    assert.equal((await server.request('/v1/catalogue', { key: 'publishable' })).status, 403);
    assert.equal((await server.request('/v1/catalogue', { key: 'retailer' })).status, 403);
  });
});
