// Starts the Shopify storefront example (examples/shopify-storefront/scripts/start.ts) as a real
// process tree on a temporary data directory and free ports: the Atelier server from its CLI, the
// Shopify app from its own main, and the storefront stand-in with its app proxy. Also Chromium, a
// client with the brand's secret key, and the e-mails the server writes.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { createClient, type AtelierClient } from '@atelier/client';
import { readDemoCredentials, type DemoCredentials } from '@atelier/example-brand-site/demo-credentials';
import { productPath } from '@atelier/example-shopify-storefront/settings';
import { launchChromium } from './chromium.ts';
import { answersOk, startLauncher } from './launcher-process.ts';
import { freePort } from './ports.ts';

const launcherScript = fileURLToPath(new URL('../../examples/shopify-storefront/scripts/start.ts', import.meta.url));
// Cold start: migrating and seeding 500 pieces, then the app and the storefront.
const readyTimeoutMs = 120_000;
const readinessPollIntervalMs = 250;

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
  const launcher = startLauncher(launcherScript, environment);

  let browser: Browser | undefined;
  const stop = async (): Promise<void> => {
    await browser?.close();
    await launcher.stop();
    await rm(dataDir, { recursive: true, force: true });
  };

  const storefrontOrigin = `http://127.0.0.1:${ports.storefront}`;
  const productUrl = `${storefrontOrigin}${productPath}`;
  try {
    const deadline = Date.now() + readyTimeoutMs;
    // The launcher starts the storefront last, once the shop is connected: its page answering means all is up.
    while (!(await answersOk(productUrl))) {
      if (launcher.hasExited()) throw new Error('the example stopped before it was ready');
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
          console.error(`--- example output ---\n${launcher.output()}`);
          throw error;
        }
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}:\n${launcher.output()}`, { cause: error });
  }
}
