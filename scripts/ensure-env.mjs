#!/usr/bin/env node
// Bootstraps the toolchain the workspace needs, then runs a command inside it.
//
//   node scripts/ensure-env.mjs [--browser] -- <command> [args...]
//
// Plain JavaScript on purpose: this is the one file that must run on the machine's own
// Node (20 on a fresh Debian machine) before Node 24 exists. It:
//   1. installs Node 24 from the npm registry package `node@24` into $HOME/.node24 when the
//      running Node is older than the workspace needs (type stripping, node:sqlite);
//   2. with --browser, makes sure a Chromium binary exists for the browser tests, installing
//      Debian's `chromium` when running as root;
//   3. runs the command with Node 24's bin directory first on PATH and PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD
//      set, so no tool ever tries to download a browser of its own.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

// Node 22.13 is the first release line with node:sqlite unflagged; type stripping is checked apart.
const minimumNodeVersion = [22, 13, 0];
const node24Prefix = path.join(homedir(), '.node24');
const node24BinDir = path.join(node24Prefix, 'node_modules', 'node', 'bin');
const node24Binary = path.join(node24BinDir, 'node');
const defaultChromiumPath = '/usr/bin/chromium';

function fail(message) {
  console.error(`ensure-env: ${message}`);
  process.exit(1);
}

function parseArguments(argv) {
  const separator = argv.indexOf('--');
  const options = separator === -1 ? argv : argv.slice(0, separator);
  const command = separator === -1 ? [] : argv.slice(separator + 1);
  for (const option of options) {
    if (option !== '--browser') fail(`unknown option ${option}; usage: ensure-env.mjs [--browser] -- <command...>`);
  }
  if (command.length === 0) fail('no command given; usage: ensure-env.mjs [--browser] -- <command...>');
  return { needsBrowser: options.includes('--browser'), command };
}

function isAtLeast(version, minimum) {
  const parts = version.split('.').map(Number);
  for (let index = 0; index < minimum.length; index += 1) {
    const part = parts[index] ?? 0;
    if (part !== minimum[index]) return part > minimum[index];
  }
  return true;
}

function run(command, args, options = {}) {
  console.error(`ensure-env: $ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

/** Returns the directory to put first on PATH, or undefined when the running Node is recent enough. */
function ensureNode() {
  // Type stripping is on by default only from Node 22.18 / 23.6; an older 22.x needs Node 24 too.
  const stripsTypes = Boolean(process.features.typescript);
  if (isAtLeast(process.versions.node, minimumNodeVersion) && stripsTypes) return undefined;
  if (!existsSync(node24Binary)) {
    console.error(`ensure-env: Node ${process.versions.node} cannot run the workspace's TypeScript (needs ${minimumNodeVersion.join('.')}+ with type stripping); installing Node 24 into ${node24Prefix}`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const status = run(npm, ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', node24Prefix, 'node@24']);
    if (status !== 0 || !existsSync(node24Binary)) {
      fail(`installing Node 24 failed; run it yourself: npm install --prefix "${node24Prefix}" node@24`);
    }
  }
  return node24BinDir;
}

function ensureChromium() {
  const chromiumPath = process.env.CHROMIUM_PATH || defaultChromiumPath;
  if (existsSync(chromiumPath)) return chromiumPath;
  if (process.env.CHROMIUM_PATH) fail(`CHROMIUM_PATH is set to ${chromiumPath}, which does not exist`);
  const installCommand = 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium';
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    fail(`the browser tests need Chromium at ${chromiumPath}. Install it with:\n  sudo sh -c '${installCommand}'\nor point CHROMIUM_PATH at an existing Chromium binary.`);
  }
  const environment = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update'], { env: environment }) !== 0 ||
      run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { env: environment }) !== 0 ||
      !existsSync(chromiumPath)) {
    fail(`installing Chromium failed; run it yourself: ${installCommand}`);
  }
  return chromiumPath;
}

const { needsBrowser, command } = parseArguments(process.argv.slice(2));
const environment = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
const binDirToPrepend = ensureNode();
if (binDirToPrepend) environment.PATH = `${binDirToPrepend}${path.delimiter}${environment.PATH ?? ''}`;
if (needsBrowser) environment.CHROMIUM_PATH = ensureChromium();

const [executable, ...args] = command;
const child = spawn(executable, args, { stdio: 'inherit', env: environment });
// Ctrl-C reaches the whole foreground process group, so the child already has SIGINT: stay
// alive until it has shut down cleanly instead of leaving it orphaned. SIGTERM is ours alone
// (a CI runner, a test harness) and is passed on.
const ignoreInterrupt = () => {};
const forwardTermination = () => child.kill('SIGTERM');
process.on('SIGINT', ignoreInterrupt);
process.on('SIGTERM', forwardTermination);
child.on('error', (error) => fail(`could not run ${executable}: ${error.message}`));
child.on('exit', (status, signal) => {
  process.off('SIGINT', ignoreInterrupt);
  process.off('SIGTERM', forwardTermination);
  // Mirror a death by signal so callers see the same outcome as running the command directly.
  if (signal) process.kill(process.pid, signal);
  else process.exit(status ?? 1);
});
