// End to end on a retailer's Shopify storefront, with nothing of ours mocked: the storefront
// example (examples/shopify-storefront) runs the Atelier server, the Shopify app and a local
// stand-in for Shopify's storefront and app proxy. The shop sells a piece (a signed orders/paid
// webhook, as Shopify delivers it), the app registers the sale with the brand, and the buyer, on
// the shop's product page in Chromium, activates the warranty through the Atelier block with no
// card code (the registered sale is the proof), every call going through the app proxy; the
// e-mailed link brings them back to the page, which confirms it, and the brand's registry holds an
// active warranty sold by that retailer.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page, Request } from 'playwright-core';
import { deliverPaidOrder } from '@atelier/example-shopify-storefront/paid-order';
import { appProxyPathPrefix, demoBrandName, exampleRetailerId, exampleShop } from '@atelier/example-shopify-storefront/settings';
import { openConfirmationLink, openPage, uiTimeoutMs, yesterday } from './support/activation.ts';
import { confirmationLink, waitForMessagesTo } from './support/mailbox.ts';
import { fillDateField } from './support/date-field.ts';
import { startStorefrontStack, type StorefrontStack } from './support/shopify-storefront-stack.ts';

const mailTimeoutMs = 20_000;
const buyer = { customerId: 620_001, firstName: 'Inès', lastName: 'Moreau', email: 'ines.moreau@example.com', country: 'CH', locale: 'en' };
const retailerLabel = 'Horlogerie du Rhône — Genève';

let stack: StorefrontStack | undefined;

before(async () => {
  stack = await startStorefrontStack();
});

after(async () => {
  await stack?.stop();
});

test('the storefront page shows the activation block through the app proxy, and a buyer activates a piece the orders/paid webhook pre-registered', async () => {
  assert.ok(stack, 'the example and the browser started');
  await stack.explainFailure(() => sellThenActivate(stack!));
});

/** Fills the block's form as the buyer: no card code, the e-mail the shop has for them. */
async function submitActivationWithoutCardCode(page: Page, serial: string, purchaseDate: string): Promise<void> {
  const widget = page.locator('atelier-warranty-activation');
  await widget.getByLabel('Serial number').fill(serial);
  await fillDateField(widget, 'purchaseDate', purchaseDate);
  await widget.getByLabel('Where did you buy it?').selectOption({ label: retailerLabel });
  await widget.getByLabel(/^Full name/).fill(`${buyer.firstName} ${buyer.lastName}`);
  await widget.getByLabel(/^E-mail/).fill(buyer.email);
  await widget.getByLabel('Country of residence').selectOption(buyer.country);
  await widget.getByLabel('Preferred language').selectOption('en');
  await widget.getByRole('button', { name: 'Activate warranty' }).click();
  await widget.getByRole('heading', { name: 'Almost done: check your inbox' }).waitFor();
}

async function sellThenActivate(stack: StorefrontStack): Promise<void> {
  const piece = stack.credentials.samplePieces[1];
  assert.ok(piece, 'the demo seed lists sample pieces');
  const purchaseDate = yesterday();

  // The shop's checkout: Shopify delivers orders/paid, signed with the app's secret.
  const paid = await deliverPaidOrder(
    { appUrl: stack.appUrl, apiSecret: stack.apiSecret, shop: exampleShop },
    {
      orderId: 5_720_001,
      buyer,
      lines: [{ lineItemId: 14_001, title: 'Navigatrice Bronze', vendor: demoBrandName, serial: piece.serial }],
      processedAt: new Date(`${purchaseDate}T15:00:00Z`),
    },
  );
  assert.equal(paid.status, 200, await paid.text());
  const sold = await stack.staff.items.get(piece.serial);
  assert.equal(sold.warranty?.status, 'pending_confirmation', 'the sale is registered and waits for the buyer');
  assert.equal(sold.warranty?.retailer?.id, exampleRetailerId, 'registered as a sale of the shop\'s retailer');
  const [saleMail] = await waitForMessagesTo(stack.mailDir, buyer.email, 1, mailTimeoutMs);
  assert.match(saleMail?.text ?? '', new RegExp(piece.serial), 'the buyer is asked to confirm the piece they bought');

  const context = await stack.browser.newContext();
  const browserRequests: string[] = [];
  context.on('request', (request: Request) => browserRequests.push(request.url()));
  const page = await openPage(context, stack.productUrl);
  const block = page.locator('[data-atelier-widget="atelier-warranty-activation"]');
  await block.scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-atelier-widget="atelier-warranty-activation"][data-atelier-state="ready"]', { timeout: uiTimeoutMs });
  await page.locator('atelier-warranty-activation').getByRole('button', { name: 'Activate warranty' }).waitFor();

  await submitActivationWithoutCardCode(page, piece.serial, purchaseDate);

  const apiCalls = browserRequests.filter((url) => url.includes('/v1/'));
  assert.ok(apiCalls.length > 0, 'the block called the brand API');
  for (const url of apiCalls) {
    assert.ok(url.startsWith(`${stack.storefrontOrigin}${appProxyPathPrefix}/v1/`), `${url} went through the shop's app proxy`);
  }
  assert.ok(
    browserRequests.every((url) => !url.startsWith(stack.atelierApi) && !url.startsWith(stack.appUrl)),
    'the page reaches neither the brand API nor the app directly',
  );

  // The activation sent the buyer a fresh link; it brings them back to the shop's product page.
  const messages = await waitForMessagesTo(stack.mailDir, buyer.email, 2, mailTimeoutMs);
  const link = new URL(confirmationLink(messages.at(-1)!));
  assert.equal(`${link.origin}${link.pathname}`, stack.productUrl, 'the e-mail links back to the page with the block');

  const confirmationPage = await openConfirmationLink(context, link);
  const confirmed = confirmationPage.locator('atelier-warranty-activation').getByRole('heading', { name: 'Your warranty is active' });
  assert.match(await confirmed.locator('..').innerText(), new RegExp(piece.serial));

  const item = await stack.staff.items.get(piece.serial);
  assert.equal(item.warranty?.status, 'active');
  assert.equal(item.warranty?.purchaseDate, purchaseDate);
  assert.equal(item.warranty?.retailer?.id, exampleRetailerId);
  assert.equal(item.warranty?.ownerCountry, buyer.country);
  await context.close();
}
