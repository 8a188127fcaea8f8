import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { migrateToLatest, openDatabase } from './db/database.ts';
import { testApiKey, testApiSecret, testAppUrl, testScopes } from './testing/harness.ts';

const run = promisify(execFile);
const script = new URL('./backfill-prices.ts', import.meta.url).pathname;

describe('prices:backfill (the operator\'s one-off step)', () => {
  let dataDir: string;
  const env = () => ({
    PATH: process.env['PATH'],
    // It imports @atelier/client, which a test run may resolve to its sources (the @atelier/source condition).
    ...(process.env['NODE_OPTIONS'] ? { NODE_OPTIONS: process.env['NODE_OPTIONS'] } : {}),
    SHOPIFY_API_KEY: testApiKey,
    SHOPIFY_API_SECRET: testApiSecret,
    SHOPIFY_APP_URL: testAppUrl.href,
    SCOPES: testScopes.join(','),
    ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    DATA_DIR: dataDir,
  });
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'atelier-prices-backfill-'));
    // No unit waiting for its price: the run needs no Shopify (the backfill itself: sales/price-backfill.test.ts).
    const db = openDatabase({ dataDir });
    await migrateToLatest(db);
    await db.destroy();
  });
  after(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs with the app\'s environment, says what it did and exits 0 when nothing is left', async () => {
    const { stdout } = await run(process.execPath, [script], { env: env() });
    assert.match(stdout, /0 found in their Shopify orders, 0 not found \(left as "price not recorded"\); 0 sent to the brand, 0 refused by the brand \(see the log\); 0 left for another run/);
  });

  it('names a missing variable and exits 2, before touching anything', async () => {
    const { SHOPIFY_API_SECRET: _unused, ...withoutSecret } = env();
    await assert.rejects(run(process.execPath, [script], { env: withoutSecret }), (error: { code: number; stderr: string }) => {
      assert.equal(error.code, 2);
      assert.match(error.stderr, /prices:backfill: .*SHOPIFY_API_SECRET/);
      return true;
    });
  });
});
