// End to end, the retailer desk as the brand and two boutiques live it, in Chromium against the
// real server (`pnpm demo`'s process tree) and its console: the brand admin delivers three pieces
// to a boutique from the Stock page; the boutique's manager sees them in stock and registers one
// as a gift from there, registers another by mistake and voids it, so it is back in stock; the
// recipient confirms from the e-mail; another boutique's manager, on a phone and with the
// keyboard, looks the piece up and recognises it without any personal data; the first boutique's
// benchmarks count the sale. Every desk page passes axe as the person reaches it.
// Then service at the counter: the manager takes another piece in for its owner, who confirms the
// address from the one e-mail it gets (which names no piece); the desk then sees it confirmed, and
// records a strap change into the piece's history.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { confirmationLinkFor, openConfirmationLink } from './support/activation.ts';
import { accessibilityViolations } from './support/axe.ts';
import { consoleUrl, signInToConsole } from './support/console-sign-in.ts';
import { demoStackForThisFile, type DemoStack } from './support/demo-stack.ts';
import { tabTo } from './support/keyboard.ts';
import { trackerLink, waitForMessage } from './support/mailbox.ts';

const mailTimeoutMs = 15_000;
/** Pieces the demo keeps with the brand (never delivered): MA-240001 + their index in the catalogue. */
const delivered = ['MA-240300', 'MA-240301', 'MA-240302'];
const buyer = { name: 'Henri Giverny', email: 'henri.giverny@e2e-client.example' };
const recipient = { name: 'Camille Giverny', email: 'camille.giverny@e2e-client.example' };
/** Registered by mistake (the wrong piece scanned), then voided. */
const mistakenBuyer = { name: 'Paul Mercier', email: 'paul.mercier@e2e-client.example' };
/** An associate's phone at the counter. */
const phoneViewport = { width: 375, height: 740 };
const serviceClient = { name: 'Louise Armand', email: 'louise.armand@e2e-client.example' };

const started = demoStackForThisFile();

test('the brand delivers, a boutique sells a gift and voids a mistaken sale, the recipient confirms, another boutique recognises the piece on a phone without personal data', async () => {
  const stack = started();
  await stack.explainFailure(() => deskJourney(stack));
});

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

/** Fails naming each rule broken on the page as it stands. */
async function assertAccessible(page: Page, what: string): Promise<void> {
  assert.deepEqual(await accessibilityViolations(page), [], `${what}: axe finds no violation`);
}

/** From the piece's row in Stock: the sale form with the serial filled in, the buyer typed, registered. */
async function registerSaleFromStock(boutique: Page, serial: string, person: { name: string; email: string }, giftTo?: { name: string; email: string }): Promise<void> {
  await boutique.getByRole('link', { name: 'Stock' }).click();
  await boutique.getByRole('link', { name: `Register the sale of ${serial}` }).click();
  await boutique.getByRole('heading', { name: 'Register a sale' }).waitFor();
  await boutique.locator('wa-input[name="buyer.name"] input').fill(person.name);
  await boutique.locator('wa-input[name="buyer.email"] input').fill(person.email);
  await choose(boutique, 'Country of residence', 'France');
  if (giftTo) {
    await boutique.locator('wa-checkbox[name="gift"]').click();
    await boutique.locator('wa-input[name="gift.recipientName"] input').fill(giftTo.name);
    await boutique.locator('wa-input[name="gift.recipientEmail"] input').fill(giftTo.email);
  }
  await boutique.getByRole('button', { name: 'Register the sale' }).click();
  await boutique.getByText(`${serial} is registered as sold by your boutique`, { exact: false }).waitFor();
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
  const boutique = await signInToConsole(stack, firstManager.email, firstContext);
  await boutique.getByRole('link', { name: 'Benchmarks' }).click();
  await boutique.getByRole('heading', { name: 'All figures' }).waitFor();
  const salesBefore = await sampleOf(boutique, 'Sales confirmed by the buyer');

  // The brand admin delivers three pieces to that boutique from the Stock page.
  const adminContext = await stack.browser.newContext();
  const admin = await signInToConsole(stack, adminAddress, adminContext);
  await admin.getByRole('link', { name: 'Stock' }).click();
  await admin.getByRole('heading', { name: 'Record a delivery or a return' }).waitFor();
  await choose(admin, 'Retailer', new RegExp(firstManager.retailerName ?? 'Bijouterie Lumière'));
  await admin.getByLabel('Serial numbers').fill(delivered.join('\n'));
  await admin.getByRole('button', { name: 'Record', exact: true }).click();
  await admin.getByText(/3 pieces delivered to/).waitFor();

  // The manager sees them in stock and registers the first as a gift, from its row.
  await boutique.getByRole('link', { name: 'Stock' }).click();
  for (const serial of delivered) await boutique.getByRole('cell', { name: serial, exact: true }).waitFor();
  await assertAccessible(boutique, 'Stock');
  await registerSaleFromStock(boutique, delivered[0]!, buyer, recipient);
  await assertAccessible(boutique, 'Sales, after a registration');

  // The wrong piece scanned: registered, then voided from the recent sales with a reason; back in stock.
  await registerSaleFromStock(boutique, delivered[1]!, mistakenBuyer);
  await boutique.getByRole('button', { name: new RegExp(`^Void\\W+${delivered[1]}$`) }).click();
  // The dialog's reason and button are slotted into it, not its DOM descendants: found on the page.
  await boutique.getByRole('dialog', { name: 'Void this sale?' }).waitFor();
  await boutique.getByRole('textbox', { name: /^Why/ }).fill('Wrong piece scanned');
  await boutique.getByRole('button', { name: 'Void the sale' }).click();
  await boutique.getByText(`The sale of ${delivered[1]} is voided`).waitFor();
  await boutique.getByRole('row', { name: new RegExp(`${delivered[1]}.*Voided`) }).waitFor();
  await boutique.getByRole('link', { name: 'Stock' }).click();
  await boutique.getByRole('cell', { name: delivered[1], exact: true }).waitFor();
  assert.equal(await boutique.getByRole('cell', { name: delivered[0], exact: true }).count(), 0, 'the gift sold stays out of stock');

  // The recipient confirms from the e-mail, on the brand's site.
  const recipientContext = await stack.browser.newContext();
  const confirmation = await openConfirmationLink(recipientContext, await confirmationLinkFor(stack, recipient.email));
  await confirmation.locator('atelier-warranty-activation').getByRole('heading', { name: 'Your warranty is active' }).waitFor();

  // Another boutique's manager, on a phone and with the keyboard, looks the piece up: recognised,
  // with nothing that names or reaches a person, on the page or in the API's answer.
  const secondContext = await stack.browser.newContext({ viewport: phoneViewport });
  const other = await signInToConsole(stack, secondManager.email, secondContext);
  await other.goto(consoleUrl(stack, 'recognise'));
  const serialInput = other.getByRole('textbox', { name: 'Serial number' });
  await tabTo(other, serialInput, 'the serial field');
  await other.keyboard.type(delivered[0]!);
  await other.keyboard.press('Enter');
  await other.getByText('Registered', { exact: true }).waitFor();
  await other.getByText('Not shared with your boutique.').waitFor();
  const shown = await other.locator('console-recognition').innerText();
  const personal = [buyer.name, buyer.email, recipient.name, recipient.email, 'Giverny'];
  assert.deepEqual(personal.filter((value) => shown.toLowerCase().includes(value.toLowerCase())), [], 'the page names no buyer or recipient');
  assert.ok(await other.evaluate((width) => document.documentElement.scrollWidth <= width, phoneViewport.width), 'nothing wider than the phone');
  await assertAccessible(other, 'Look up a piece, on a phone');
  const lookup = await other.request.get(consoleUrl(stack).replace('/console/', `/v1/recognition/${delivered[0]}`));
  assert.equal(lookup.status(), 200, await lookup.text());
  const recognised = (await lookup.json()) as Record<string, unknown>;
  assert.equal(recognised['registered'], true);
  const leaked = stringsIn(recognised).filter((text) => personal.some((value) => text.toLowerCase().includes(value.toLowerCase())));
  assert.deepEqual(leaked, [], 'no name or address of the buyer or the recipient');

  // The first boutique's benchmarks count the new sale.
  await boutique.getByRole('link', { name: 'Benchmarks' }).click();
  await boutique.getByRole('heading', { name: 'All figures' }).waitFor();
  assert.equal(await sampleOf(boutique, 'Sales confirmed by the buyer'), salesBefore + 1, 'the gift counts; the voided sale does not');
  await assertAccessible(boutique, 'Benchmarks');
  await boutique.getByRole('link', { name: 'Notes' }).click();
  await boutique.getByRole('heading', { name: 'Notes' }).waitFor();
  await assertAccessible(boutique, 'Notes');

  await serviceAtTheCounter(stack, boutique, delivered[1]!);
}

/** The boutique takes `serial` in for its owner; the owner confirms the address from the e-mail; the desk sees it, and records a modification. */
async function serviceAtTheCounter(stack: DemoStack, boutique: Page, serial: string): Promise<void> {
  await boutique.getByRole('link', { name: 'Service' }).click();
  await boutique.getByRole('heading', { name: 'Take a piece in' }).waitFor();
  const takeIn = boutique.locator('console-take-in-form');
  await takeIn.getByLabel('Serial number').fill(serial);
  await choose(boutique, 'Service', /^Full service/);
  await select(boutique, 'Service centre').click();
  await boutique.getByRole('option').first().click();
  await takeIn.locator('wa-textarea[name="description"] textarea').fill('Stops overnight.');
  await takeIn.locator('wa-input[name="contact.name"] input').fill(serviceClient.name);
  await takeIn.locator('wa-input[name="contact.email"] input').fill(serviceClient.email);
  await boutique.getByRole('button', { name: 'Take the piece in' }).click();
  await boutique.getByText('Piece taken in').waitFor();
  const trackingCode = (await takeIn.locator('.tracking-code').innerText()).trim();
  const row = boutique.getByRole('row', { name: new RegExp(trackingCode) });
  await row.getByText('Not yet confirmed').waitFor();
  await assertAccessible(boutique, 'Service');

  // The one e-mail the address gets asks to confirm it, and names no piece.
  const request = await waitForMessage(stack.mailDir, { to: serviceClient.email, subject: /please confirm your e-mail address/ }, mailTimeoutMs);
  assert.ok(!(request.text ?? '').replace(trackerLink(request), '').includes(serial), 'the request names no serial');
  const ownerContext = await stack.browser.newContext();
  const tracker = await ownerContext.newPage();
  await tracker.goto(trackerLink(request));
  await tracker.locator('atelier-service-tracker').getByRole('heading', { name: `Repair ${trackingCode}` }).waitFor();

  // Back at the counter, the list says the owner confirmed.
  await boutique.getByRole('link', { name: 'Notes' }).click();
  await boutique.getByRole('link', { name: 'Service' }).click();
  await boutique.getByRole('row', { name: new RegExp(trackingCode) }).getByText('Confirmed', { exact: true }).waitFor();

  // A strap changed at the counter joins the piece's public history.
  const modification = boutique.locator('console-modification-form');
  await modification.getByLabel('Serial number').fill(serial);
  await choose(boutique, 'What was done', 'Strap replaced');
  await modification.locator('wa-input[name="detail"] input').fill('black alligator');
  await boutique.getByRole('button', { name: 'Record the modification' }).click();
  await boutique.getByText(`Recorded in the history of ${serial}`).waitFor();
  await modification.getByText(/Strap replaced — black alligator/).waitFor();
}
