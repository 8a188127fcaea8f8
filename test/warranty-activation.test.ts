// End to end, as a buyer and a brand live it: the real API server (its CLI, on SQLite in a
// temporary data directory) and the example brand site; a buyer activates a warranty through the
// page in Chromium, follows the link of the e-mail the server wrote, sees the page confirm it,
// and the brand's registry, read with the secret key, holds an active warranty.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { createClient } from '@atelier/client';
import { readDemoCredentials, type DemoCredentials } from '@atelier/example-brand-site/demo-credentials';
import { startDemo, type DemoProcess } from './support/demo-process.ts';
import { confirmationLink, waitForMessageTo } from './support/mailbox.ts';
import { freePort } from './support/ports.ts';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps dialling Google's hosts, which a closed
// network refuses; --no-sandbox because CI runs as root.
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const uiTimeoutMs = 20_000;
const mailTimeoutMs = 20_000;
const buyerEmail = 'ines.moreau@example.com';
const millisecondsPerDay = 86_400_000;

let dataDir: string;
let demo: DemoProcess | undefined;
let browser: Browser | undefined;
let credentials: DemoCredentials;

before(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'atelier-e2e-'));
  demo = await startDemo({ dataDir, apiPort: await freePort(), sitePort: await freePort() });
  credentials = await readDemoCredentials(dataDir);
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  await demo?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

test('a buyer activates a warranty on the brand site, confirms it from the e-mail, and the registry shows it active', async () => {
  try {
    await activateAndConfirm();
  } catch (error) {
    console.error(`--- demo output ---\n${demo?.output() ?? ''}`);
    throw error;
  }
});

async function activateAndConfirm(): Promise<void> {
  assert.ok(demo && browser, 'the demo and the browser started');
  const piece = credentials.samplePieces[0];
  assert.ok(piece, 'the demo seed lists a sample piece');
  // Any day after the piece was made and not in the future will do; yesterday is always both.
  const purchaseDate = new Date(Date.now() - millisecondsPerDay).toISOString().slice(0, 10);

  const buyerContext = await browser.newContext();
  const page = await buyerContext.newPage();
  page.setDefaultTimeout(uiTimeoutMs);
  await page.goto(demo.siteUrl);

  const widget = page.locator('atelier-warranty-activation');
  await widget.getByLabel('Serial number').fill(piece.serial);
  await widget.getByLabel('Warranty card code').fill(piece.cardCode);
  await widget.getByLabel('Purchase date').fill(purchaseDate);
  await widget.getByLabel('Where did you buy it?').selectOption({ label: 'Horlogerie du Rhône — Genève' });
  await widget.getByLabel(/^Full name/).fill('Inès Moreau');
  await widget.getByLabel(/^E-mail/).fill(buyerEmail);
  await widget.getByLabel('Country of residence').selectOption('CH');
  await widget.getByLabel('Preferred language').selectOption('en');
  await widget.getByLabel('Send me service messages').check();
  await widget.getByRole('button', { name: 'Activate warranty' }).click();

  await widget.getByRole('heading', { name: 'Almost done: check your inbox' }).waitFor();
  const pending = await createClient({ baseUrl: demo.apiBase, secretKey: credentials.secretKey }).items.get(piece.serial);
  assert.equal(pending.warranty?.status, 'pending_confirmation', 'the warranty waits for the buyer to confirm');

  const message = await waitForMessageTo(path.join(dataDir, 'mail'), buyerEmail, mailTimeoutMs);
  const link = new URL(confirmationLink(message));
  assert.equal(`${link.origin}${link.pathname}`, demo.siteUrl, 'the e-mail links back to the page that hosts the widget');

  // The buyer opens the link from their mail client: a new tab on the activation page.
  const confirmationPage = await buyerContext.newPage();
  confirmationPage.setDefaultTimeout(uiTimeoutMs);
  await confirmationPage.goto(link.href);
  const confirmedWidget = confirmationPage.locator('atelier-warranty-activation');
  await confirmedWidget.getByRole('heading', { name: 'Your warranty is active' }).waitFor();
  assert.match(await confirmedWidget.getByRole('heading', { name: 'Your warranty is active' }).locator('..').innerText(), new RegExp(piece.serial));

  const item = await createClient({ baseUrl: demo.apiBase, secretKey: credentials.secretKey }).items.get(piece.serial);
  assert.equal(item.serial, piece.serial);
  assert.equal(item.warranty?.status, 'active');
  assert.equal(item.warranty?.purchaseDate, purchaseDate);
  assert.equal(item.warranty?.ownerCountry, 'CH');
  assert.equal(item.warranty?.retailer?.name, 'Horlogerie du Rhône');
  await buyerContext.close();
}
