// End to end, as a buyer and a brand live it: the real API server (its CLI, on SQLite in a
// temporary data directory) and the example brand site; a buyer activates a warranty through the
// page in Chromium, follows the link of the e-mail the server wrote, sees the page confirm it,
// and the brand's registry, read with the secret key, holds an active warranty.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { confirmationLinkFor, openConfirmationLink, openPage, submitActivation, yesterday, type Buyer } from './support/activation.ts';
import { demoStackForThisFile, type DemoStack } from './support/demo-stack.ts';

const buyer: Buyer = { name: 'Inès Moreau', email: 'ines.moreau@example.com', country: 'CH', retailerLabel: 'Horlogerie du Rhône — Genève' };

const started = demoStackForThisFile();

test('a buyer activates a warranty on the brand site, confirms it from the e-mail, and the registry shows it active', async () => {
  const stack = started();
  await stack.explainFailure(() => activateAndConfirm(stack));
});

async function activateAndConfirm(stack: DemoStack): Promise<void> {
  const piece = stack.credentials.samplePieces[0];
  assert.ok(piece, 'the demo seed lists a sample piece');
  const purchaseDate = yesterday();

  const buyerContext = await stack.browser.newContext();
  const page = await openPage(buyerContext, stack.demo.siteUrl);
  await submitActivation(page, piece, buyer, purchaseDate);
  const pending = await stack.staff.items.get(piece.serial);
  assert.equal(pending.warranty?.status, 'pending_confirmation', 'the warranty waits for the buyer to confirm');

  const link = await confirmationLinkFor(stack, buyer.email);
  assert.equal(`${link.origin}${link.pathname}`, stack.demo.siteUrl, 'the e-mail links back to the page that hosts the widget');

  // The buyer opens the link from their mail client: a new tab on the activation page.
  const confirmationPage = await openConfirmationLink(buyerContext, link);
  const confirmed = confirmationPage.locator('atelier-warranty-activation').getByRole('heading', { name: 'Your warranty is active' });
  assert.match(await confirmed.locator('..').innerText(), new RegExp(piece.serial));

  const item = await stack.staff.items.get(piece.serial);
  assert.equal(item.serial, piece.serial);
  assert.equal(item.warranty?.status, 'active');
  assert.equal(item.warranty?.purchaseDate, purchaseDate);
  assert.equal(item.warranty?.ownerCountry, 'CH');
  assert.equal(item.warranty?.retailer?.name, 'Horlogerie du Rhône');
  await buyerContext.close();
}
