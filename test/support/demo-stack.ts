// What every end-to-end file shares: one demo (API server + example site) on a temporary data
// directory and free ports, its demo credentials, a client with the brand's secret key, and
// Chromium. Start it in `before` and stop it in `after`: one stack per file keeps the suite fast.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { after, before } from 'node:test';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createClient, type AtelierClient } from '@atelier/client';
import { readDemoCredentials, type DemoCredentials } from '@atelier/example-brand-site/demo-credentials';
import { launchChromium } from './chromium.ts';
import { startDemo, type DemoProcess } from './demo-process.ts';
import { freePort } from './ports.ts';

export interface DemoStack {
  dataDir: string;
  /** Where the server writes its e-mails as .eml files. */
  mailDir: string;
  demo: DemoProcess;
  credentials: DemoCredentials;
  /** The brand's back office: `@atelier/client` with the secret key. */
  staff: AtelierClient;
  browser: Browser;
  /** A page of the example site, e.g. `provenance.html?serial=…`. */
  pageUrl(relative: string): string;
  /** Runs a test body; on failure prints the demo's output, which says why far more often than the assertion. */
  explainFailure(body: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * What the browser showed when a test failed, one PNG per open page in the system's temporary
 * directory: a timeout says what was awaited, the picture says what was there instead.
 */
let failureScreenshotsTaken = 0;
async function screenshotOpenPages(browser: Browser): Promise<void> {
  for (const page of browser.contexts().flatMap((context) => context.pages())) {
    failureScreenshotsTaken += 1;
    const file = path.join(tmpdir(), `atelier-e2e-failure-${process.pid}-${failureScreenshotsTaken}.png`);
    try {
      await page.screenshot({ path: file, fullPage: true });
      console.error(`--- screenshot of ${page.url()}: ${file}`);
    } catch {
      // A page that closed or crashed has nothing to show.
    }
  }
}

export async function startDemoStack(): Promise<DemoStack> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'atelier-e2e-'));
  let demo: DemoProcess | undefined;
  let browser: Browser | undefined;
  const stop = async (): Promise<void> => {
    await browser?.close();
    await demo?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    demo = await startDemo({ dataDir, apiPort: await freePort(), sitePort: await freePort() });
    const credentials = await readDemoCredentials(dataDir);
    browser = await launchChromium();
    const started = demo;
    const openedBrowser = browser;
    return {
      dataDir,
      mailDir: path.join(dataDir, 'mail'),
      demo: started,
      credentials,
      staff: createClient({ baseUrl: started.apiBase, secretKey: credentials.secretKey }),
      browser,
      pageUrl: (relative) => new URL(relative, started.siteUrl).href,
      async explainFailure(body) {
        try {
          await body();
        } catch (error) {
          console.error(`--- demo output ---\n${started.output()}`);
          await screenshotOpenPages(openedBrowser);
          throw error;
        }
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * One stack for the calling test file: started before its first test, stopped after its last.
 * Returns the accessor its tests call, which fails the test plainly when the stack did not start.
 */
export function demoStackForThisFile(): () => DemoStack {
  let stack: DemoStack | undefined;
  before(async () => {
    stack = await startDemoStack();
  });
  after(async () => {
    await stack?.stop();
  });
  return () => {
    assert.ok(stack, 'the demo and the browser started');
    return stack;
  };
}
