import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { getBrandConfig } from './service.ts';

describeEachDatabase('brand configuration', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
  });
  afterEach(() => server.close());

  it("gives the calling brand's name, locales with the first as default, policy and retailers", async () => {
    const config = await getBrandConfig(server.db, server.brand.id);
    assert.equal(config.name, server.brand.name);
    assert.deepEqual(config.locales, ['en', 'fr', 'zh-Hant']);
    assert.equal(config.defaultLocale, 'en');
    assert.deepEqual(config.warrantyPolicy, { baseMonths: 24, monthsAddedPerService: 12, serviceIntervalMonths: 36 });
    assert.deepEqual(
      config.retailers.map((retailer) => retailer.id).sort(),
      server.retailers.map((retailer) => retailer.id).sort(),
    );
  });
});
