import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

const valid = {
  SHOPIFY_API_KEY: 'client-id',
  SHOPIFY_API_SECRET: 'client-secret-0123456789',
  SHOPIFY_APP_URL: 'https://atelier-app.example.com',
  SCOPES: 'read_orders,read_customers',
  ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
};

describe('loadConfig', () => {
  it('reads a complete environment, SQLite under ./data by default', () => {
    const config = loadConfig(valid);
    assert.deepEqual(config.scopes, ['read_orders', 'read_customers']);
    assert.equal(config.appUrl.host, 'atelier-app.example.com');
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.dataDir, './data');
    assert.equal(config.encryptionKey.length, 32);
  });

  for (const name of Object.keys(valid)) {
    it(`names ${name} when it is missing`, () => {
      assert.throws(() => loadConfig({ ...valid, [name]: undefined }), (error: Error) => error instanceof ConfigError && error.message.startsWith(`${name} is required`));
    });
  }

  it('names a malformed variable without echoing its value', () => {
    const badKey = 'not-a-32-byte-key';
    assert.throws(() => loadConfig({ ...valid, ENCRYPTION_KEY: badKey }), (error: Error) => /^ENCRYPTION_KEY must be 32 random bytes/.test(error.message) && !error.message.includes(badKey));
    assert.throws(() => loadConfig({ ...valid, DATABASE_URL: 'mysql://u:secret@db/app' }), (error: Error) => /^DATABASE_URL must be a URL/.test(error.message) && !error.message.includes('secret'));
    assert.throws(() => loadConfig({ ...valid, SCOPES: 'read orders' }), (error: Error) => error.message.startsWith('SCOPES must be a comma-separated list'));
  });
});
