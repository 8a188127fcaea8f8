// scripts/ensure-env.mjs is what makes the README's commands work on a machine with only Node 20:
// these tests run it as the root scripts do and check what a person would notice.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ensureEnv = fileURLToPath(new URL('../scripts/ensure-env.mjs', import.meta.url));
// Debian's Node, older than the workspace needs, when the machine has it.
const oldSystemNode = '/usr/bin/node';

function runEnsureEnv(args: string[], options: { node?: string; env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync(options.node ?? process.execPath, [ensureEnv, ...args], { encoding: 'utf8', env: { ...process.env, ...options.env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function systemNodeVersion(): string | undefined {
  const result = spawnSync(oldSystemNode, ['-p', 'process.versions.node'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

describe('ensure-env', () => {
  test('runs the command and passes its exit status through', () => {
    const result = runEnsureEnv(['--', process.execPath, '-e', 'process.exit(7)']);
    assert.equal(result.status, 7);
  });

  test('tells the command not to download browsers', () => {
    const result = runEnsureEnv(['--', process.execPath, '-p', 'process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD']);
    assert.equal(result.stdout.trim(), '1');
  });

  test('refuses to run without a command, with the usage', () => {
    const result = runEnsureEnv(['--browser']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /usage: ensure-env\.mjs \[--browser\] -- <command\.\.\.>/);
  });

  test('with --browser, names CHROMIUM_PATH when it points at nothing', () => {
    const result = runEnsureEnv(['--browser', '--', process.execPath, '-e', ''], { env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /CHROMIUM_PATH is set to \/nonexistent\/chromium, which does not exist/);
  });

  test('with --browser, hands the Chromium it found to the command', () => {
    const result = runEnsureEnv(['--browser', '--', process.execPath, '-p', 'process.env.CHROMIUM_PATH'], { env: { CHROMIUM_PATH: process.execPath } });
    assert.equal(result.status, 0);
    assert.equal(result.stdout.trim(), process.execPath);
  });

  describe('on a Node too old for the workspace', () => {
    const version = systemNodeVersion();
    const [major = 0, minor = 0] = (version ?? '0.0').split('.').map(Number);
    const skip = version === undefined || major > 22 || (major === 22 && minor >= 13) ? `needs an old Node at ${oldSystemNode}` : false;
    let home: string;

    before(async () => {
      // A stand-in for the Node 24 that ensure-env installs into ~/.node24, so no download happens.
      home = await mkdtemp(path.join(tmpdir(), 'atelier-ensure-env-'));
      const binDir = path.join(home, '.node24', 'node_modules', 'node', 'bin');
      await mkdir(binDir, { recursive: true });
      await writeFile(path.join(binDir, 'node'), '#!/bin/sh\necho "stand-in node 24"\n');
      await chmod(path.join(binDir, 'node'), 0o755);
    });

    after(() => rm(home, { recursive: true, force: true }));

    test('runs the command with ~/.node24 first on PATH', { skip }, () => {
      const result = runEnsureEnv(['--', 'node', '--version'], { node: oldSystemNode, env: { HOME: home } });
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout.trim(), 'stand-in node 24');
    });
  });
});
