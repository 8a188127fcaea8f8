// End to end, the retailer desk as the brand and two boutiques live it, in Chromium against the
// real server (`pnpm demo`'s process tree) and its console: the brand admin delivers three pieces
// to a boutique from the Stock page; the boutique's manager sees them in stock and registers one
// as a gift from there; the recipient confirms from the e-mail; another boutique looks the piece
// up and recognises it without any personal data; the first boutique's benchmarks count the sale.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { confirmationLinkFor, openConfirmationLink } from './support/activation.ts';
import { demoStackForThisFile, type DemoStack } from './support/demo-stack.ts';
import { waitForMessage } from './support/mailbox.ts';

const mailTimeoutMs = 15_000;
/** Pieces the demo keeps with the brand (never delivered): MA-240001 + their index in the catalogue. */
const delivered = ['MA-240300', 'MA-240301', 'MA-240302'];
const buyer = { name: 'Henri Giverny', email: 'henri.giverny@e2e-client.example' };
const recipient = { name: 'Camille Giverny', email: 'camille.giverny@e2e-client.example' };

const started = demoStackForThisFile();

test('the brand delivers, a boutique sells a gift, the recipient confirms, another boutique recognises the piece without personal data', async () => {
  const stack = started();
  await stack.explainFailure(() => deskJourney(stack));
});

function consoleUrl(stack: DemoStack, path = ''): string {
  const { port } = new URL(stack.demo.apiBase);
  return `http://localhost:${port}/console/${path}`;
}

async function signIn(stack: DemoStack, context: BrowserContext, address: string): Promise<Page> {
  const signInPage = await context.newPage();
  await signInPage.goto(consoleUrl(stack));
  await signInPage.getByLabel('Work e-mail').fill(address);
  await signInPage.getByRole('button', { name: 'E-mail me a link' }).click();
  await signInPage.getByText('Check your inbox').waitFor();
  const message = await waitForMessage(stack.mailDir, { to: address, subject: /sign-in link/ }, mailTimeoutMs);
  const link = /https?:\/\/\S+#sign-in=[\w-]+/.exec(message.text ?? '')?.[0];
  assert.ok(link, 'the e-mail holds a sign-in link');
  // Opened from the e-mail: a new tab, as a mail client would.
  await signInPage.close();
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}

function select(page: Page, label: string) {
  return page.getByRole('combobox', { name: new RegExp(`^${label}( \\*)?$`) });
}

async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await select(page, label).click();
  await page.getByRole('option', { name: option }).click();
}

/** The benchmarks table's "based on" count for a figure, as the page shows it. */
async function sampleOf(page: Page, figure: string): Promise<number> {
  const row = page.getByRole('row', { name: new RegExp(figure) });
  return Number((await row.getByRole('cell').nth(2).innerText()).trim());
}

/** Every string anywhere in a JSON value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

async function deskJourney(stack: DemoStack): Promise<void> {
  const people = stack.credentials.consolePeople ?? [];
  const adminAddress = people.find((person) => person.role === 'admin')?.email;
  const [firstManager, secondManager] = people.filter((person) => person.role === 'manager');
  assert.ok(adminAddress && firstManager && secondManager, 'the demo seeds an admin and two boutique managers');

  // The first boutique's figures before: its sales in the year so far.
  const firstContext = await stack.browser.newContext();
  const boutique = await signIn(stack, firstContext, firstManager.email);
  await boutique.getByRole('link', { name: 'Benchmarks' }).click();
  await boutique.getByRole('heading', { name: 'All figures' }).waitFor();
  const salesBefore = await sampleOf(boutique, 'Sales confirmed by the buyer');

  // The brand admin delivers three pieces to that boutique from the Stock page.
  const adminContext = await stack.browser.newContext();
  const admin = await signIn(stack, adminContext, adminAddress);
  await admin.getByRole('link', { name: 'Stock' }).click();
  await admin.getByRole('heading', { name: 'Record a delivery or a return' }).waitFor();
  await choose(admin, 'Retailer', new RegExp(firstManager.retailerName ?? 'Bijouterie Lumière'));
  await admin.getByLabel('Serial numbers').fill(delivered.join('\n'));
  await admin.getByRole('button', { name: 'Record', exact: true }).click();
  await admin.getByText(/3 pieces delivered to/).waitFor();

  // The manager sees them in stock and registers the first as a gift, from its row.
  await boutique.getByRole('link', { name: 'Stock' }).click();
  for (const serial of delivered) await boutique.getByRole('cell', { name: serial, exact: true }).waitFor();
  await boutique.getByRole('link', { name: `Register the sale of ${delivered[0]}` }).click();
  await boutique.getByRole('heading', { name: 'Register a sale' }).waitFor();
  await boutique.locator('wa-input[name="buyer.name"] input').fill(buyer.name);
  await boutique.locator('wa-input[name="buyer.email"] input').fill(buyer.email);
  await choose(boutique, 'Country of residence', 'France');
  await boutique.locator('wa-checkbox[name="gift"]').click();
  await boutique.locator('wa-input[name="gift.recipientName"] input').fill(recipient.name);
  await boutique.locator('wa-input[name="gift.recipientEmail"] input').fill(recipient.email);
  await boutique.getByRole('button', { name: 'Register the sale' }).click();
  await boutique.getByText(`${delivered[0]} is registered as sold by your boutique`, { exact: false }).waitFor();

  // The recipient confirms from the e-mail, on the brand's site.
  const recipientContext = await stack.browser.newContext();
  const confirmation = await openConfirmationLink(recipientContext, await confirmationLinkFor(stack, recipient.email));
  await confirmation.locator('atelier-warranty-activation').getByRole('heading', { name: 'Your warranty is active' }).waitFor();

  // Another boutique looks the piece up: recognised, with nothing that names or reaches a person.
  const secondContext = await stack.browser.newContext();
  const other = await signIn(stack, secondContext, secondManager.email);
  const lookup = await other.request.get(consoleUrl(stack).replace('/console/', `/v1/recognition/${delivered[0]}`));
  assert.equal(lookup.status(), 200, await lookup.text());
  const recognised = (await lookup.json()) as Record<string, unknown>;
  assert.equal(recognised['registered'], true);
  const personal = [buyer.name, buyer.email, recipient.name, recipient.email, 'Giverny'];
  const leaked = stringsIn(recognised).filter((text) => personal.some((value) => text.toLowerCase().includes(value.toLowerCase())));
  assert.deepEqual(leaked, [], 'no name or address of the buyer or the recipient');

  // The first boutique's benchmarks count the new sale.
  await boutique.getByRole('link', { name: 'Benchmarks' }).click();
  await boutique.getByRole('heading', { name: 'All figures' }).waitFor();
  assert.equal(await sampleOf(boutique, 'Sales confirmed by the buyer'), salesBefore + 1);
}
