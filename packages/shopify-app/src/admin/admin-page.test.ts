import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { recordingLogger } from '../logger.ts';
import { createTestApp, testApiKey, testShop, type TestApp } from '../testing/harness.ts';
import { adminScriptRoute } from './admin-script.ts';

describe('admin page: what the server sends', () => {
  let app: TestApp;
  before(async () => {
    execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/build-admin.mjs', import.meta.url))]);
    app = await createTestApp({ database: 'sqlite' });
  });
  after(() => app.close());

  it('loads App Bridge first with the app\'s client id, then Polaris, then its own module, under a policy that runs no inline script', async () => {
    const response = await app.app.request(`/?shop=${testShop}`);
    assert.equal(response.status, 200);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)];
    assert.deepEqual(
      scripts.map(([, attributes]) => attributes!.trim()),
      [`src="https://cdn.shopify.com/shopifycloud/app-bridge.js" data-api-key="${testApiKey}"`, 'src="https://cdn.shopify.com/shopifycloud/polaris.js"', 'type="module" src="/admin.js"'],
    );
    assert.ok(scripts.every(([, , body]) => body === ''), 'no inline script');
    for (const tag of ['s-page', 's-section', 's-url-field', 's-password-field', 's-text-field', 's-button', 's-banner']) assert.ok(html.includes(`<${tag}`), tag);
    const policy = response.headers.get('Content-Security-Policy') ?? '';
    const scriptSources = /script-src ([^;]*)/.exec(policy)?.[1];
    assert.equal(scriptSources, "'self' https://cdn.shopify.com");
    assert.match(policy, new RegExp(`frame-ancestors https://${testShop} https://admin.shopify.com`));
  });

  it('serves the built module as JavaScript', async () => {
    const response = await app.app.request('/admin.js');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('Content-Type') ?? '', /^text\/javascript/);
    assert.match(await response.text(), /s-text-field/);
  });

  it('answers 503 naming the build step, and logs it, when the module was not built', async () => {
    const logger = recordingLogger();
    const server = new Hono().get('/admin.js', adminScriptRoute({ logger, file: new URL('./no-such-build.js', import.meta.url) }));
    const response = await server.request('/admin.js');
    assert.equal(response.status, 503);
    assert.equal(((await response.json()) as { code: string }).code, 'admin_script_not_built');
    assert.ok(logger.entries.some((entry) => entry.event === 'admin_script_missing'));
  });
});
