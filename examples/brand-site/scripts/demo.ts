// `pnpm demo`: the reference API server and Maison Aubert's site, side by side, on a demo
// database that survives restarts. Runs the migrations and the (idempotent) demo seed, starts
// both, gives the listing page's piece its service and modification (once), prints where
// everything is, and stops both cleanly on Ctrl-C. The staff console is built first (the API
// server serves it at /console/).
//
// Environment: DATA_DIR (default <repo>/data/demo), PORT (API, default 8787), SITE_PORT (site,
// default 5173), SMTP_URL (send real mail instead of writing .eml files).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import { build as viteBuild, createServer as createViteServer, type ViteDevServer } from 'vite';
import { buildDigitalLink, createClient } from '@atelier/client';
import { readDemoCredentials, type DemoCredentials } from './demo-credentials.ts';
import { ensureListedPieceHistory, type ListedPieceHistory } from './listed-piece.ts';

const defaultApiPort = 8787;
const defaultSitePort = 5173;
// Both servers listen on loopback only: the demo holds keys and personal data of test buyers.
const loopbackHost = '127.0.0.1';
const serverReadyTimeoutMs = 30_000;
const serverReadyPollIntervalMs = 200;
const serverStopTimeoutMs = 10_000;
const samplePiecesToPrint = 5;
/**
 * The owner the demo seed gives its already-covered piece (`insertCoveredPiece` in
 * packages/server/src/seed/demo.ts): signing in as them shows a piece with its history at once.
 */
const demoOwnerEmail = 'helene.marchand@example.com';

const siteRoot = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = path.resolve(siteRoot, '..', '..');
const serverCli = fileURLToPath(new URL('../bin/atelier-server.js', import.meta.resolve('@atelier/server')));
const consoleRoot = path.join(repoRoot, 'packages', 'console');

function portFromEnvironment(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`${name} must be a port number between 1 and 65535, got "${raw}"`);
  }
  return port;
}

/** Runs a one-off CLI command; its output is shown only if it fails, the banner says the rest. */
function runCli(args: string[], environment: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [serverCli, ...args], { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.once('error', reject);
    child.once('close', (status, signal) => {
      if (status === 0) return resolve();
      process.stderr.write(Buffer.concat(output));
      reject(new Error(`atelier-server ${args.join(' ')} failed (${signal ?? `exit code ${status}`})`));
    });
  });
}

async function waitUntilReady(apiBase: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + serverReadyTimeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error('the API server stopped while starting; see its output above');
    }
    try {
      const response = await fetch(`${apiBase}/readyz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await delay(serverReadyPollIntervalMs);
  }
  throw new Error(`the API server did not answer ${apiBase}/readyz within ${serverReadyTimeoutMs / 1000} s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const forceKill = setTimeout(() => child.kill('SIGKILL'), serverStopTimeoutMs);
    child.once('exit', () => {
      clearTimeout(forceKill);
      resolve();
    });
    // SIGTERM lets the server drain in-flight requests and close its database.
    child.kill('SIGTERM');
  });
}

/** The newest modification time under `target` (a file, or a folder walked whole). */
async function newestChange(target: string): Promise<number> {
  const entries = await readdir(target, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (!entries) return (await stat(target).catch(() => undefined))?.mtimeMs ?? Number.POSITIVE_INFINITY;
  const times = await Promise.all(entries.filter((entry) => entry.isFile()).map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).mtimeMs));
  return Math.max(0, ...times);
}

/**
 * Builds packages/console into its dist/, which the API server serves at /console/, unless the
 * build is newer than every source (a restart, or each end-to-end file's demo, then starts at once).
 */
async function buildConsole(): Promise<void> {
  const built = (await stat(path.join(consoleRoot, 'dist', 'index.html')).catch(() => undefined))?.mtimeMs ?? 0;
  const inputs = [
    ...['src', 'index.html', 'vite.config.ts', 'package.json'].map((name) => path.join(consoleRoot, name)),
    // The contract and client it is built with, and the versions of everything else.
    path.join(repoRoot, 'packages', 'client', 'src'),
    path.join(repoRoot, 'pnpm-lock.yaml'),
  ];
  const sources = await Promise.all(inputs.map((input) => newestChange(input)));
  if (built > Math.max(...sources)) return;
  console.log('Building the staff console…');
  await viteBuild({ root: consoleRoot, configFile: path.join(consoleRoot, 'vite.config.ts'), logLevel: 'warn', clearScreen: false });
}

interface BannerOptions {
  siteUrl: string;
  apiBase: string;
  /** Where the console is served: the API's public origin (cookies and Origin checks are tied to it). */
  consoleUrl: string;
  dataDir: string;
  credentials: DemoCredentials;
  mailByFile: boolean;
  /** Null when the listed piece's history could not be prepared (the reason was printed). */
  listed: ListedPieceHistory | null;
}

function printBanner(options: BannerOptions): void {
  const { siteUrl, apiBase, consoleUrl, dataDir, credentials, mailByFile, listed } = options;
  const people = credentials.consolePeople ?? [];
  const emailWidth = Math.max(0, ...people.map((person) => person.email.length));
  const listedSerial = listed?.serial;
  const samples = credentials.samplePieces.slice(0, samplePiecesToPrint);
  const serialWidth = Math.max(...samples.map((sample) => sample.serial.length), 'serial'.length);
  const provenancePage = new URL('provenance.html', siteUrl).href;
  const { stolen } = credentials.specialPieces;
  const { lostPiece } = credentials;
  const lines = [
    '',
    'Atelier demo is running',
    `  Brand site (activate a warranty here): ${siteUrl}`,
    `  Check before you buy:                  ${provenancePage}`,
    `  A second-hand listing:                 ${new URL('listing.html', siteUrl).href}${listedSerial ? `  (${listedSerial}: sold, modified, serviced)` : ''}`,
    `  Book and follow a repair:              ${new URL('repair.html', siteUrl).href}`,
    `  Your pieces (the owner space):         ${new URL('my-pieces.html', siteUrl).href}`,
    `    sign in as ${demoOwnerEmail}${credentials.specialPieces.alreadyCovered ? ` (owner of ${credentials.specialPieces.alreadyCovered})` : ''}, or with the address of a piece you registered;`,
    ...(lostPiece ? [`    or as ${lostPiece.ownerEmail} (${lostPiece.ownerName}, who reported ${lostPiece.serial} lost);`] : []),
    `    the 8-digit code and the link arrive ${mailByFile ? `as .eml under ${path.join(dataDir, 'mail')}` : 'by e-mail'}`,
    `  Every widget in each state (gallery):  ${new URL('gallery.html', siteUrl).href}`,
    ...(stolen ? [`  A stolen piece to look up:             ${stolen}  (${provenancePage}?serial=${encodeURIComponent(stolen)})`] : []),
    ...(listed?.gtin
      ? [`  A warranty card's QR code (resolver):  ${buildDigitalLink({ gtin: listed.gtin, serial: listed.serial, baseUrl: apiBase })}`]
      : []),
    `  API:                                   ${apiBase}/v1  (OpenAPI: ${apiBase}/v1/openapi.json)`,
    `  Console for brand and retailer staff:  ${consoleUrl}`,
    ...(people.length > 0
      ? [
          `    type one of these addresses; the sign-in link arrives ${mailByFile ? `as .eml under ${path.join(dataDir, 'mail')}` : 'by e-mail'}:`,
          ...people.map((person) => `      ${person.email.padEnd(emailWidth)}  ${person.role}${person.retailerName ? `, ${person.retailerName}` : ''}`),
        ]
      : []),
    mailByFile
      ? `  E-mails are written as .eml files to:  ${path.join(dataDir, 'mail')}`
      : '  E-mails are sent through SMTP_URL',
    `  Keys and sample pieces:                ${path.join(dataDir, 'demo-credentials.json')}`,
    '',
    '  Pieces to register (serial, card code):',
    ...samples.map((sample) => `    ${sample.serial.padEnd(serialWidth)}  ${sample.cardCode}  ${sample.model}`),
    '',
    'Press Ctrl-C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const apiPort = portFromEnvironment('PORT', defaultApiPort);
  const sitePort = portFromEnvironment('SITE_PORT', defaultSitePort);
  const dataDir = path.resolve(process.env.DATA_DIR || path.join(repoRoot, 'data', 'demo'));
  // The confirmation e-mail links to PUBLIC_URL#atelier-confirmation=…, so it must be the page
  // that hosts the widget.
  const siteUrl = `http://localhost:${sitePort}/`;
  const apiBase = `http://${loopbackHost}:${apiPort}`;
  // The console's session cookie and its Origin check are tied to one origin: the one printed.
  const publicOrigin = `http://localhost:${apiPort}`;
  await mkdir(dataDir, { recursive: true });

  const serverEnvironment: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(apiPort),
    HOST: loopbackHost,
    PUBLIC_URL: siteUrl,
    PUBLIC_ORIGIN: publicOrigin,
    DEMO_SITE_ORIGINS: [`http://localhost:${sitePort}`, `http://127.0.0.1:${sitePort}`].join(','),
  };
  await buildConsole();
  await runCli(['migrate'], serverEnvironment);
  await runCli(['seed', '--demo'], serverEnvironment);
  const credentials = await readDemoCredentials(dataDir);

  let vite: ViteDevServer | undefined;
  const server = spawn(process.execPath, [serverCli, 'start'], { env: serverEnvironment, stdio: 'inherit' });
  // One shutdown, whoever asks first (Ctrl-C, SIGTERM, a failed start, the server dying).
  let stopping: Promise<never> | undefined;
  const stop = (exitCode: number): Promise<never> =>
    (stopping ??= Promise.allSettled([vite?.close(), stopChild(server)]).then(() => process.exit(exitCode)));
  // \`on\`, not \`once\`: Ctrl-C reaches pnpm too, which passes SIGINT on while this is shutting down,
  // and a second signal with no listener would kill it mid-shutdown ("Command failed with signal").
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  server.once('exit', (status, signal) => {
    if (stopping) return;
    console.error(`The API server stopped unexpectedly (${signal ?? `exit code ${status}`}).`);
    void stop(1);
  });

  let listed: ListedPieceHistory | null = null;
  try {
    await waitUntilReady(apiBase, server);
    try {
      const history = await ensureListedPieceHistory(createClient({ baseUrl: apiBase, secretKey: credentials.secretKey }));
      listed = history;
    } catch (error) {
      // The registry is the user's to play with (they may have reported that piece stolen): the
      // rest of the demo still works, and the listing shows whatever the piece's history is.
      console.error(`Could not record the listed piece's service and modification: ${error instanceof Error ? error.message : String(error)}`);
    }
    // Vite replaces %VITE_*% in index.html with these (see vite.config.ts).
    process.env.VITE_ATELIER_PUBLISHABLE_KEY = credentials.publishableKey;
    process.env.VITE_ATELIER_API_BASE = apiBase;
    vite = await createViteServer({
      root: siteRoot,
      configFile: path.join(siteRoot, 'vite.config.ts'),
      server: { host: loopbackHost, port: sitePort, strictPort: true },
      clearScreen: false,
    });
    await vite.listen();
  } catch (error) {
    console.error(`Could not start the demo: ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
  printBanner({ siteUrl, apiBase, consoleUrl: `${publicOrigin}/console/`, dataDir, credentials, mailByFile: !process.env.SMTP_URL, listed });
}

try {
  await main();
} catch (error) {
  console.error(`Could not start the demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
