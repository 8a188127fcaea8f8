/**
 * shopify.web.toml and shopify.app.toml, read as Shopify CLI reads them, agree with each other and
 * with the app: what the CLI starts exists, and every path Shopify will call is one the app serves.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { parse } from 'smol-toml';
import { oauthCallbackPath } from './admin/oauth.ts';
import { loadConfig } from './config.ts';
import { cliDevListenHost, fromShopifyCliEnvironment } from './dev-environment.ts';
import { shopifyApiVersion } from './shopify.ts';
import { createTestApp, testApiKey, testApiSecret, testShop, webhookRequest, type TestApp } from './testing/harness.ts';

const packageDir = new URL('../', import.meta.url);
const readToml = (name: string) => parse(readFileSync(new URL(name, packageDir), 'utf8')) as Record<string, unknown>;

interface WebToml {
  name?: string;
  roles: string[];
  webhooks_path: string;
  auth_callback_path?: string | string[];
  port?: number;
  commands: { dev: string; build?: string; predev?: string };
}

interface AppToml {
  application_url: string;
  embedded: boolean;
  access_scopes: { scopes: string };
  auth: { redirect_urls: string[] };
  webhooks: { api_version: string; subscriptions: Array<{ topics?: string[]; compliance_topics?: string[]; uri: string }> };
  app_proxy: { url: string; subpath: string; prefix: string };
}

/** Shopify CLI's own rules for shopify.web.toml (its WebConfigurationSchema). */
const cliWebRoles = ['frontend', 'backend', 'background'];
const cliWebKeys = ['name', 'roles', 'type', 'webhooks_path', 'auth_callback_path', 'port', 'commands', 'hmr_server'];

const web = readToml('shopify.web.toml') as unknown as WebToml;
const appToml = readToml('shopify.app.toml') as unknown as AppToml;
const packageJson = JSON.parse(readFileSync(new URL('package.json', packageDir), 'utf8')) as { scripts: Record<string, string> };

/** The package script a CLI command runs (`pnpm run dev`, `pnpm dev`), and the script's own command. */
function scriptOf(command: string): { name: string; command: string | undefined } {
  const match = /^pnpm (?:run )?([\w:-]+)$/.exec(command.trim());
  assert.ok(match, `"${command}" runs a package script with pnpm`);
  return { name: match[1]!, command: packageJson.scripts[match[1]!] };
}

describe('shopify.web.toml and shopify.app.toml', () => {
  let app: TestApp;
  before(async () => {
    app = await createTestApp({ database: 'sqlite' });
  });
  after(async () => {
    await app.close();
  });

  it('shopify.web.toml is what the current CLI accepts, and `shopify app dev` starts one process that is both frontend and backend', () => {
    for (const key of Object.keys(web)) assert.ok(cliWebKeys.includes(key), `the CLI knows the key ${key}`);
    assert.deepEqual([...web.roles].sort(), ['backend', 'frontend']);
    for (const role of web.roles) assert.ok(cliWebRoles.includes(role));
    assert.equal(typeof web.commands.dev, 'string');
    assert.match(web.webhooks_path, /^\//);
  });

  it('the dev and build commands run package scripts that exist, and dev starts the app', () => {
    const dev = scriptOf(web.commands.dev);
    assert.ok(dev.command, `package.json has a "${dev.name}" script`);
    const files = dev.command.split('&&').map((step) => /^node (\S+)$/.exec(step.trim())?.[1]);
    for (const file of files) assert.ok(file && existsSync(new URL(file, packageDir)), `each step of the dev script runs a file of the package (${dev.command})`);
    assert.match(readFileSync(new URL(files.at(-1)!, packageDir), 'utf8'), /import\('\.\/main\.ts'\)/, 'the dev script ends by starting the app (main.ts)');
    if (web.commands.build) assert.ok(scriptOf(web.commands.build).command, 'the build command names a real script');
  });

  it('the variables the CLI gives the dev command make a valid configuration', () => {
    const tunnel = 'https://quiet-river-1234.trycloudflare.com';
    const cliEnv = { HOST: tunnel, APP_URL: tunnel, PORT: '51234', SHOPIFY_API_KEY: testApiKey, SHOPIFY_API_SECRET: testApiSecret, SCOPES: appToml.access_scopes.scopes, ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64') };
    const config = loadConfig(fromShopifyCliEnvironment(cliEnv));
    assert.equal(config.appUrl.origin, tunnel);
    assert.equal(config.host, cliDevListenHost, 'listens where the tunnel connects, not on the tunnel URL');
    assert.equal(config.port, 51_234);
    assert.deepEqual(config.scopes, appToml.access_scopes.scopes.split(','));
  });

  it('webhooks: every subscription goes to the web\'s webhooks_path, the app serves it, and each topic has a handler', async () => {
    const subscriptions = appToml.webhooks.subscriptions;
    assert.equal(appToml.webhooks.api_version, shopifyApiVersion, 'payloads are written against the version the app queries');
    for (const subscription of subscriptions) assert.equal(subscription.uri, web.webhooks_path);
    const topics = subscriptions.flatMap((s) => s.topics ?? []);
    const complianceTopics = subscriptions.flatMap((s) => s.compliance_topics ?? []);
    for (const topic of ['orders/paid', 'app/uninstalled', 'app/scopes_update']) assert.ok(topics.includes(topic), `${topic} is subscribed`);
    assert.deepEqual(complianceTopics.sort(), ['customers/data_request', 'customers/redact', 'shop/redact']);

    const unsigned = await app.app.request(web.webhooks_path, { method: 'POST', body: '{}', headers: { 'X-Shopify-Hmac-Sha256': 'x', 'X-Shopify-Topic': 'orders/paid', 'X-Shopify-Shop-Domain': testShop, 'X-Shopify-Webhook-Id': 'w', 'X-Shopify-API-Version': '2026-10' } });
    assert.equal(unsigned.status, 401, 'the path is served, and checks the signature');
    for (const topic of [...topics, ...complianceTopics]) {
      const delivery = new URL(webhookRequest(topic, {}).url).pathname;
      assert.equal(delivery, web.webhooks_path);
      const response = await app.app.request(webhookRequest(topic, {}));
      // 204 is the answer for a topic without a handler; an empty payload gets 200 or 422 from a handler.
      assert.notEqual(response.status, 204, `${topic} reaches a handler`);
      assert.ok(response.status < 500, `${topic} answers ${response.status}`);
    }
  });

  it('the app URL, the OAuth callback and the app proxy URL are paths the app serves', async () => {
    assert.equal(appToml.embedded, true);
    const home = new URL(appToml.application_url);
    assert.equal((await app.app.request(`${home.pathname}?shop=${testShop}&host=abc&embedded=1`)).status, 200);

    const callbackPaths = [web.auth_callback_path ?? []].flat();
    assert.deepEqual(callbackPaths, [oauthCallbackPath]);
    for (const redirect of appToml.auth.redirect_urls) {
      const url = new URL(redirect);
      assert.equal(url.origin, home.origin, 'redirects to the app itself');
      assert.ok(callbackPaths.includes(url.pathname), `${url.pathname} is the web's auth callback`);
      assert.equal((await app.app.request(url.pathname)).status, 400, 'the callback is served (and refuses a request without Shopify\'s parameters)');
    }

    const proxy = new URL(appToml.app_proxy.url);
    assert.equal(proxy.origin, home.origin);
    assert.equal((await app.app.request(`${proxy.pathname}/customer`)).status, 401, 'the proxy path is served, and checks the signature');
    assert.equal(`/${appToml.app_proxy.prefix}/${appToml.app_proxy.subpath}`, '/apps/atelier', 'the storefront path the theme blocks call');
  });
});
