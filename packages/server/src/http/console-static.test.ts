/** The console at /console/: its build's files with the right types and caching, its routes, its own CSP. */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestServer, type TestServer } from '../testing/harness.ts';
import { consoleNotBuiltMessage } from './console-static.ts';

const indexHtml = '<!doctype html><html lang="en"><title>Atelier console</title><script type="module" src="/console/assets/index-Ab12Cd.js"></script>';
const moduleJs = 'export const console = true;';
const styleCss = ':root { --x: 1; }';

function directivesOf(response: Response): Map<string, string> {
  const policy = response.headers.get('Content-Security-Policy') ?? '';
  return new Map(policy.split(';').map((directive) => {
    const [name = '', ...values] = directive.trim().split(/\s+/);
    return [name, values.join(' ')];
  }));
}

describe('the console at /console/', () => {
  let distDir: string;
  let server: TestServer;
  before(async () => {
    distDir = await mkdtemp(path.join(tmpdir(), 'atelier-console-dist-'));
    await mkdir(path.join(distDir, 'assets'));
    await writeFile(path.join(distDir, 'index.html'), indexHtml);
    await writeFile(path.join(distDir, 'assets', 'index-Ab12Cd.js'), moduleJs);
    await writeFile(path.join(distDir, 'assets', 'index-Ef34Gh.css'), styleCss);
    server = await createTestServer({ database: 'sqlite', itemCount: 1, serverOptions: { consoleDistDir: distDir } });
  });
  after(async () => {
    await server.close();
    await rm(distDir, { recursive: true, force: true });
  });

  it('answers the page for the console’s root and for every client-side route, never cached', async () => {
    for (const route of ['/console/', '/console/people', '/console/audit/anything?x=1']) {
      const response = await server.request(route);
      assert.equal(response.status, 200, route);
      assert.equal(response.headers.get('Content-Type'), 'text/html; charset=utf-8');
      assert.equal(response.headers.get('Cache-Control'), 'no-cache');
      assert.equal(await response.text(), indexHtml);
    }
  });

  it('sends /console to /console/', async () => {
    const response = await server.request('/console');
    assert.equal(response.status, 308);
    assert.equal(response.headers.get('Location'), '/console/');
  });

  it('serves hashed assets with their types, cached for a year', async () => {
    const script = await server.request('/console/assets/index-Ab12Cd.js');
    assert.equal(script.status, 200);
    assert.equal(script.headers.get('Content-Type'), 'text/javascript; charset=utf-8');
    assert.equal(script.headers.get('Cache-Control'), 'public, max-age=31536000, immutable');
    assert.equal(script.headers.get('X-Content-Type-Options'), 'nosniff');
    assert.equal(await script.text(), moduleJs);
    const style = await server.request('/console/assets/index-Ef34Gh.css');
    assert.equal(style.headers.get('Content-Type'), 'text/css; charset=utf-8');
  });

  it('answers a missing asset with 404, not with the page a module cannot be', async () => {
    const response = await server.request('/console/assets/index-Old000.js');
    assert.equal(response.status, 404);
    assert.equal((await response.json() as { code: string }).code, 'not_found');
  });

  it('never serves a file from outside the build', async () => {
    for (const attempt of ['/console/../package.json', '/console/%2e%2e/package.json', '/console/assets/..%2f..%2findex.html']) {
      const response = await server.request(attempt);
      const body = await response.text();
      assert.ok(response.status === 404 || body === indexHtml, `${attempt} answered ${response.status}`);
      assert.ok(!body.includes('"name"'), `${attempt} leaked a file`);
    }
  });

  it('gives the page a CSP of its own: same-origin scripts and styles, nothing inline, no framing', async () => {
    const directives = directivesOf(await server.request('/console/people'));
    assert.equal(directives.get('script-src'), "'self'");
    assert.equal(directives.get('style-src'), "'self'");
    assert.equal(directives.get('default-src'), "'self'");
    assert.equal(directives.get('frame-ancestors'), "'none'");
    assert.equal(directives.get('object-src'), "'none'");
    // The API keeps its own, which forbids everything.
    assert.equal(directivesOf(await server.request('/v1/openapi.json')).get('default-src'), "'none'");
  });
});

describe('the console before it is built', () => {
  let server: TestServer;
  before(async () => {
    server = await createTestServer({ database: 'sqlite', itemCount: 1, serverOptions: { consoleDistDir: path.join(tmpdir(), 'atelier-console-never-built') } });
  });
  after(() => server.close());

  it('says how to build it rather than failing obscurely', async () => {
    const response = await server.request('/console/people');
    assert.equal(response.status, 503);
    assert.equal(await response.text(), consoleNotBuiltMessage);
    assert.match(consoleNotBuiltMessage, /pnpm --filter @atelier\/console build/);
  });
});
