// Starts the Shopify storefront example (examples/shopify-storefront/scripts/start.ts) as a real
// process tree on a temporary data directory and free ports: the Atelier server from its CLI, the
// Shopify app from its own main, and the storefront stand-in with its app proxy. Also Chromium, a
// client with the brand's secret key, and the e-mails the server writes.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { Browser } from 'playwright-core';
import { createClient, type AtelierClient } from '@atelier/client';
import { readDemoCredentials, type DemoCredentials } from '@atelier/example-brand-site/demo-credentials';
import { productPath } from '@atelier/example-shopify-storefront/settings';
import { launchChromium } from './chromium.ts';
import { freePort } from './ports.ts';

const launcher = fileURLToPath(new URL('../../examples/shopify-storefront/scripts/start.ts', import.meta.url));
// Cold start: migrating and seeding 500 pieces, then the app and the storefront.
const readyTimeoutMs = 120_000;
const readinessPollIntervalMs = 250;
const stopTimeoutMs = 15_000;
const outputKeptChars = 20_000;
const mailPollIntervalMs = 200;

export interface StorefrontStack {
  productUrl: string;
  storefrontOrigin: string;
  appUrl: string;
  atelierApi: string;
  /** The app's client secret the launcher was given: webhooks are signed with it. */
  apiSecret: string;
  mailDir: string;
  credentials: DemoCredentials;
  /** The brand's back office: `@atelier/client` with the secret key. */
  staff: AtelierClient;
  browser: Browser;
  /** Runs a test body; on failure prints the launcher's output (the servers' logs say why). */
  explainFailure(body: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    // The launcher leads its own process group: this reaches the server and the app too.
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function answersOk(url: string): Promise<boolean> {
  try {
    const response = await fetch(url);
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

export async function startStorefrontStack(): Promise<StorefrontStack> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'atelier-e2e-shopify-'));
  const ports = { atelier: await freePort(), app: await freePort(), storefront: await freePort() };
  // A secret of this run only: a webhook signed with anything else would be refused.
  const apiSecret = randomBytes(24).toString('base64url');
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    ATELIER_PORT: String(ports.atelier),
    APP_PORT: String(ports.app),
    STOREFRONT_PORT: String(ports.storefront),
    SHOPIFY_API_SECRET: apiSecret,
  };
  // The test reads the e-mails the server writes, so mail must not go out through SMTP.
  delete environment['SMTP_URL'];
  const child = spawn(process.execPath, [launcher], { env: environment, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-outputKeptChars);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A test process that is interrupted or crashes never reaches its `after` hooks.
  const killOnExit = () => signalGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  let browser: Browser | undefined;
  const stop = async (): Promise<void> => {
    await browser?.close();
    if (!hasExited(child)) {
      signalGroup(child, 'SIGTERM');
      const stoppedInTime = await Promise.race([exited.then(() => true), delay(stopTimeoutMs).then(() => false)]);
      if (!stoppedInTime) signalGroup(child, 'SIGKILL');
    }
    signalGroup(child, 'SIGKILL');
    process.off('exit', killOnExit);
    await rm(dataDir, { recursive: true, force: true });
  };

  const storefrontOrigin = `http://127.0.0.1:${ports.storefront}`;
  const productUrl = `${storefrontOrigin}${productPath}`;
  try {
    const deadline = Date.now() + readyTimeoutMs;
    // The launcher starts the storefront last, once the shop is connected: its page answering means all is up.
    while (!(await answersOk(productUrl))) {
      if (hasExited(child)) throw new Error('the example stopped before it was ready');
      if (Date.now() > deadline) throw new Error(`the example was not ready within ${readyTimeoutMs / 1000} s`);
      await delay(readinessPollIntervalMs);
    }
    const atelierDir = path.join(dataDir, 'atelier');
    const credentials = await readDemoCredentials(atelierDir);
    const atelierApi = `http://127.0.0.1:${ports.atelier}`;
    browser = await launchChromium();
    return {
      productUrl,
      storefrontOrigin,
      appUrl: `http://127.0.0.1:${ports.app}`,
      atelierApi,
      apiSecret,
      mailDir: path.join(atelierDir, 'mail'),
      credentials,
      staff: createClient({ baseUrl: atelierApi, secretKey: credentials.secretKey }),
      browser,
      async explainFailure(body) {
        try {
          await body();
        } catch (error) {
          console.error(`--- example output ---\n${output}`);
          throw error;
        }
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}:\n${output}`, { cause: error });
  }
}

function isTo(message: ParsedMail, address: string): boolean {
  const to = message.to === undefined ? [] : Array.isArray(message.to) ? message.to : [message.to];
  return to.some((list) => list.value.some((mailbox) => mailbox.address?.toLowerCase() === address.toLowerCase()));
}

/** Waits until `count` messages to `address` were written, and returns them oldest first. */
export async function waitForMessagesTo(mailDir: string, address: string, count: number, timeoutMs: number): Promise<ParsedMail[]> {
  const deadline = Date.now() + timeoutMs;
  let found: ParsedMail[];
  do {
    let names: string[] = [];
    try {
      // The server names each file by the time it wrote it: sorted names are in sending order.
      names = (await readdir(mailDir)).filter((name) => name.endsWith('.eml')).sort();
    } catch {
      // No message written yet.
    }
    const messages = await Promise.all(names.map(async (name) => simpleParser(await readFile(path.join(mailDir, name)))));
    found = messages.filter((message) => isTo(message, address));
    if (found.length >= count) return found;
    await delay(mailPollIntervalMs);
  } while (Date.now() < deadline);
  throw new Error(`${found.length} of ${count} e-mails to ${address} appeared in ${mailDir} within ${timeoutMs / 1000} s`);
}
