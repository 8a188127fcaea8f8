// @atelier/client and @atelier/widgets as a brand's developer gets them from npm, outside this
// workspace: packed with `npm pack` (and with `pnpm pack`, which must give the same package),
// installed from the tarballs into a fresh app in a temporary folder (no workspace, no links; the
// registry only for React, Vite and TypeScript, through the machine's npm cache), then
// (a) the client in plain Node against the real server binary, (b) a Vite + React 19 + TypeScript
// app using a widget through the React component and one as plain JSX, type-checked with
// `tsc --noEmit`, built and rendered in Chromium, (c) a production build of a page that only does
// `import '@atelier/widgets'`, where every tag must be defined. publint and arethetypeswrong
// (esm-only) must find nothing. Prints how long each step took.
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { packPackage, publishedPackages, tarballProblems } from '../scripts/published-packages.ts';
import { launchChromium } from './support/chromium.ts';
import { serveFolder, type StaticSite } from './support/static-site.ts';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const testDir = fileURLToPath(new URL('.', import.meta.url));
const appTemplate = join(testDir, 'packed-app');
const serverCli = join(repositoryRoot, 'packages/server/bin/atelier-server.js');
/**
 * The demo seed writes months of history (sales, repairs, stock, owners, segments) before the server
 * listens: on a busy 2-core machine that took 109 s on 2026-12-07 (CI failed at 60 s), so the wait
 * matches the demo launcher's (support/demo-process.ts).
 */
const serverReadyTimeoutMs = 180_000;
const elementsReadyTimeoutMs = 30_000;

/**
 * The app's environment: this process's minus what pnpm adds for its scripts (npm_* settings a
 * plain `npm` would read, and the workspace's `@atelier/source` condition, which would send Node to
 * the shipped TypeScript sources).
 */
const outsideEnvironment: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(npm_|pnpm_)/i.test(name) && name !== 'NODE_OPTIONS'),
);

function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: options.cwd, env: options.env ?? outsideEnvironment, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed in ${options.cwd}:\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

async function timed<T>(label: string, step: () => Promise<T> | T): Promise<T> {
  const startedAt = performance.now();
  try {
    return await step();
  } finally {
    console.log(`packed-packages: ${label}: ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  }
}

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestModification(join(path, entry))));
}

/** Builds a package unless its dist/ is newer than everything it is built from (a rerun is then quick). */
async function buildIfStale(pkg: { name: string; dir: string }): Promise<void> {
  const inputs = ['src', 'scripts', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'custom-elements.json'].map((input) => join(pkg.dir, input));
  const outputs = ['dist/index.js', 'dist/index.d.ts'].map((output) => join(pkg.dir, output));
  const built = outputs.every((output) => existsSync(output)) ? Math.min(...outputs.map((output) => statSync(output).mtimeMs)) : 0;
  if (built > Math.max(...inputs.map(newestModification))) return;
  await timed(`build ${pkg.name}`, () => run('pnpm', ['--filter', pkg.name, 'run', 'build'], { cwd: repositoryRoot, env: process.env }));
}

/** The version the workspace itself uses, so the app installs what is already in the npm cache more often. */
function workspaceVersion(fromDir: string, name: string): string {
  return (JSON.parse(readFileSync(join(fromDir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

interface RunningServer {
  apiBase: string;
  secretKey: string;
  serial: string;
  stop(): Promise<void>;
}

/** The real `atelier-server` binary: demo seed, then `start` on a free port. */
async function startServer(dataDir: string): Promise<RunningServer> {
  const environment: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' };
  delete environment['DATABASE_URL'];
  delete environment['SMTP_URL'];
  await run(process.execPath, [serverCli, 'seed', '--demo'], { cwd: repositoryRoot, env: environment });
  const credentials = JSON.parse(readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8')) as { secretKey: string; samplePieces: { serial: string }[] };
  const server: ChildProcess = spawn(process.execPath, [serverCli, 'start'], { cwd: repositoryRoot, env: environment, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('atelier-server did not log "listening"')), serverReadyTimeoutMs);
    createInterface({ input: server.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { event?: string; port?: number };
        if (entry.event === 'listening' && entry.port) {
          clearTimeout(timer);
          resolve(entry.port);
        }
      } catch {
        // Not a log line.
      }
    });
    server.once('exit', (code) => reject(new Error(`atelier-server exited with ${String(code)} before listening`)));
  });
  return {
    apiBase: `http://127.0.0.1:${port}`,
    secretKey: credentials.secretKey,
    serial: credentials.samplePieces[0]!.serial,
    stop: () =>
      new Promise<void>((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      }),
  };
}

describe('the published packages, installed outside the workspace', () => {
  let workDir: string;
  let appDir: string;
  const tarballs = new Map<string, { npm: string; pnpm: string }>();
  let browser: Browser | undefined;
  const sites: StaticSite[] = [];

  before(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'atelier-packed-'));
    appDir = join(workDir, 'app');
    const packs = { npm: join(appDir, 'packs'), pnpm: join(workDir, 'pnpm-packs') };
    mkdirSync(packs.npm, { recursive: true });
    mkdirSync(packs.pnpm, { recursive: true });
    for (const pkg of publishedPackages()) await buildIfStale(pkg);
    await timed('pack with npm and pnpm', () => {
      for (const pkg of publishedPackages()) tarballs.set(pkg.name, { npm: packPackage(pkg, 'npm', packs.npm), pnpm: packPackage(pkg, 'pnpm', packs.pnpm) });
    });

    cpSync(appTemplate, appDir, { recursive: true });
    const widgetsDir = join(repositoryRoot, 'packages/widgets');
    const reactVersion = workspaceVersion(widgetsDir, 'react');
    const dependency = (name: string) => `file:packs/${tarballs.get(name)!.npm.split('/').at(-1)!}`;
    writeFileSync(
      join(appDir, 'package.json'),
      JSON.stringify(
        {
          name: 'brand-app',
          private: true,
          type: 'module',
          dependencies: {
            '@atelier/client': dependency('@atelier/client'),
            '@atelier/widgets': dependency('@atelier/widgets'),
            react: reactVersion,
            'react-dom': reactVersion,
          },
          devDependencies: {
            '@types/node': workspaceVersion(repositoryRoot, '@types/node'),
            '@types/react': workspaceVersion(widgetsDir, '@types/react'),
            '@types/react-dom': `^${reactVersion.split('.')[0]!}`,
            typescript: workspaceVersion(repositoryRoot, 'typescript'),
            vite: workspaceVersion(widgetsDir, 'vite'),
          },
        },
        null,
        2,
      ),
    );
    await timed('npm install (tarballs, React, Vite, TypeScript)', () =>
      run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=error'], { cwd: appDir }),
    );
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    for (const site of sites) await site.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('packs with npm and pnpm alike: same files, same package.json, nothing npm cannot install', async () => {
    for (const [name, { npm, pnpm }] of tarballs) {
      assert.deepEqual(tarballProblems(npm), [], `${name} packed with npm`);
      const list = async (tarball: string) => (await run('tar', ['-tzf', tarball], { cwd: workDir })).split('\n').filter(Boolean).sort();
      assert.deepEqual(await list(pnpm), await list(npm), `${name}: pnpm pack and npm pack ship the same files`);
      const manifest = async (tarball: string) => JSON.parse(await run('tar', ['-xOzf', tarball, 'package/package.json'], { cwd: workDir })) as unknown;
      assert.deepEqual(await manifest(pnpm), await manifest(npm), `${name}: pnpm pack and npm pack write the same package.json`);
    }
    // From the tarball, not from a registry: npm found @atelier/client's range satisfied by it.
    const lock = JSON.parse(readFileSync(join(appDir, 'package-lock.json'), 'utf8')) as { packages: Record<string, { resolved?: string; link?: boolean }> };
    for (const name of tarballs.keys()) {
      const installed = lock.packages[`node_modules/${name}`];
      assert.ok(installed?.resolved?.startsWith('file:') && !installed.link, `${name} is installed from its tarball, as a copy`);
    }
    assert.equal(lock.packages['node_modules/@atelier/widgets/node_modules/@atelier/client'], undefined, 'the widgets use the app’s @atelier/client');
  });

  it('is clean for publint (strict) and arethetypeswrong (esm-only profile)', async () => {
    const bin = (name: string) => join(testDir, 'node_modules/.bin', name);
    for (const [name, { npm }] of tarballs) {
      await timed(`publint + attw ${name}`, async () => {
        const publint = await run(bin('publint'), ['run', '--strict', npm], { cwd: workDir, env: process.env });
        assert.match(publint, /All good/, `publint on ${name}`);
        await run(bin('attw'), ['--profile', 'esm-only', '--format', 'ascii', npm], { cwd: workDir, env: process.env });
      });
    }
  });

  it('(a) the client, imported in plain Node, calls a running server; its CLI runs', async () => {
    const server = await timed('start atelier-server (demo seed)', () => startServer(join(workDir, 'server-data')));
    try {
      const output = await timed('client call from the app', () => run(process.execPath, ['client-call.ts', server.apiBase, server.secretKey, server.serial], { cwd: appDir }));
      assert.deepEqual(JSON.parse(output.trim()), { serial: server.serial, unknownSerialCode: 'unknown_serial' });
      // The staff CLI from the package's bin runs the compiled dist/, not the shipped TypeScript.
      const usage = await run(join(appDir, 'node_modules/.bin/atelier'), ['--help'], { cwd: appDir });
      assert.match(usage, /^Usage: atelier /);
    } finally {
      await server.stop();
    }
  });

  it('(b) a Vite + React 19 + TypeScript app type-checks, builds and renders widgets through the React component and plain JSX', async () => {
    await timed('tsc --noEmit (React app and Node script)', () => run(join(appDir, 'node_modules/.bin/tsc'), ['--noEmit', '-p', '.'], { cwd: appDir }));
    await timed('vite build (React app)', () => run(join(appDir, 'node_modules/.bin/vite'), ['build', 'react', '--outDir', '../out/react', '--emptyOutDir', '--logLevel', 'warn'], { cwd: appDir }));
    const site = await serveFolder(join(appDir, 'out/react'));
    sites.push(site);
    const page = await browser!.newPage();
    const consoleMessages: string[] = [];
    page.on('console', (message) => consoleMessages.push(message.text()));
    // The widgets' API calls go nowhere: this checks rendering and wiring, not the API.
    await page.route(/api\.example\.com/, (route) => route.abort());
    await page.goto(site.url);
    await page.waitForFunction(
      () => ['atelier-warranty-activation', 'atelier-provenance'].every((tag) => document.querySelector(tag)?.shadowRoot?.childElementCount),
      undefined,
      { timeout: elementsReadyTimeoutMs },
    );
    const rendered = await page.evaluate(() => {
      const activation = document.querySelector('atelier-warranty-activation') as HTMLElement & { publishableKey?: string; theme?: string; serial?: string };
      const provenance = document.querySelector('atelier-provenance') as HTMLElement & { serial?: string };
      return { key: activation.publishableKey, theme: activation.theme, serial: activation.serial, provenanceSerial: provenance.serial };
    });
    assert.deepEqual(rendered, { key: 'pk_test_outside', theme: 'dark', serial: 'MA-240001', provenanceSerial: 'MA-240001' });

    // The React component's typed callback and React 19's `on<event>` on the plain tag both receive the event.
    await page.evaluate(() => {
      const emit = (tag: string, type: string, detail: unknown) =>
        document.querySelector(tag)!.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
      emit('atelier-warranty-activation', 'atelier-warranty-activated', { warranty: { status: 'pending_confirmation' } });
      emit('atelier-provenance', 'atelier-provenance-loaded', { record: { serial: 'MA-240001' } });
    });
    await page.getByText('pending_confirmation').waitFor({ timeout: elementsReadyTimeoutMs });
    assert.ok(consoleMessages.includes('MA-240001'), `the plain JSX listener ran; console: ${consoleMessages.join(' | ')}`);
    await page.close();
  });

  it('(c) a production build of `import \'@atelier/widgets\'` defines every tag in Chromium', async () => {
    await timed('vite build (plain app)', () => run(join(appDir, 'node_modules/.bin/vite'), ['build', 'plain', '--outDir', '../out/plain', '--emptyOutDir', '--logLevel', 'warn'], { cwd: appDir }));
    const manifest = JSON.parse(readFileSync(join(appDir, 'node_modules/@atelier/widgets/custom-elements.json'), 'utf8')) as {
      modules: { exports?: { kind: string; name: string }[] }[];
    };
    const tags = manifest.modules.flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => entry.name));
    assert.ok(tags.length >= 4, `the manifest names the tags it defines: ${tags.join(', ')}`);
    const site = await serveFolder(join(appDir, 'out/plain'));
    sites.push(site);
    const page = await browser!.newPage();
    await page.goto(site.url);
    await page.waitForLoadState('load');
    const undefinedTags = await page.evaluate((names) => names.filter((tag) => !customElements.get(tag)), tags);
    assert.deepEqual(undefinedTags, [], 'every tag of the manifest is defined by the production bundle');
    await page.close();
  });
});
