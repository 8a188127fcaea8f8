import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { migrateToLatest, openDatabase } from './db/database.ts';
import { SecretBox } from './secret-box.ts';
import { DatabaseSessionStorage } from './sessions/session-storage.ts';
import { offlineSession, testApiKey, testApiSecret, testAppUrl, testScopes } from './testing/harness.ts';

const run = promisify(execFile);
const script = new URL('./migrate-offline-tokens.ts', import.meta.url).pathname;
const encryptionKey = Buffer.alloc(32, 7);

describe('tokens:migrate (the operator\'s migration step)', () => {
  let dataDir: string;
  const env = () => ({
    PATH: process.env['PATH'],
    SHOPIFY_API_KEY: testApiKey,
    SHOPIFY_API_SECRET: testApiSecret,
    SHOPIFY_APP_URL: testAppUrl.href,
    SCOPES: testScopes.join(','),
    ENCRYPTION_KEY: encryptionKey.toString('base64'),
    DATA_DIR: dataDir,
  });
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'atelier-tokens-migrate-'));
    const db = openDatabase({ dataDir });
    await migrateToLatest(db);
    // Only expiring tokens: nothing to migrate, so the run needs no Shopify.
    await new DatabaseSessionStorage({ db, box: new SecretBox(encryptionKey) }).storeSession(offlineSession());
    await db.destroy();
  });
  after(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs with the app\'s environment and says what it did', async () => {
    const { stdout } = await run(process.execPath, [script], { env: env() });
    assert.match(stdout, /0 shop\(s\) migrated, 0 refused by Shopify .*, 0 left for another run/);
  });

  it('names a missing variable and exits 2, before touching anything', async () => {
    const { ENCRYPTION_KEY: _unused, ...withoutKey } = env();
    await assert.rejects(run(process.execPath, [script], { env: withoutKey }), (error: { code: number; stderr: string }) => {
      assert.equal(error.code, 2);
      assert.match(error.stderr, /ENCRYPTION_KEY is required/);
      return true;
    });
  });
});
