// A buyer activating a warranty on the example site's home page and confirming it from the
// e-mail, as the activation test checks it step by step and as other tests need it done.
import type { BrowserContext, Page } from 'playwright-core';
import type { DemoStack } from './demo-stack.ts';
import { confirmationLink, waitForMessageTo } from './mailbox.ts';
import { fillDateField } from './date-field.ts';

export const uiTimeoutMs = 20_000;
const mailTimeoutMs = 20_000;
const millisecondsPerDay = 86_400_000;

export interface Buyer {
  name: string;
  email: string;
  country: string;
  /** The label of the retailer in the widget's "Where did you buy it?" list. */
  retailerLabel: string;
  /** The language the brand writes to them in (default English). */
  language?: string;
}

export interface PieceToActivate {
  serial: string;
  cardCode: string;
}

/** Any day after the piece was made and not in the future will do; yesterday is always both. */
export function yesterday(): string {
  return new Date(Date.now() - millisecondsPerDay).toISOString().slice(0, 10);
}

export async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(uiTimeoutMs);
  await page.goto(url);
  return page;
}

/** Fills the activation form by its labels (through the widget's shadow root), submits, and waits for "check your inbox". */
export async function submitActivation(page: Page, piece: PieceToActivate, buyer: Buyer, purchaseDate: string): Promise<void> {
  const widget = page.locator('atelier-warranty-activation');
  await widget.getByLabel('Serial number').fill(piece.serial);
  await widget.getByLabel('Warranty card code').fill(piece.cardCode);
  await fillDateField(widget, 'purchaseDate', purchaseDate);
  await widget.getByLabel('Where did you buy it?').selectOption({ label: buyer.retailerLabel });
  await widget.getByLabel(/^Full name/).fill(buyer.name);
  await widget.getByLabel(/^E-mail/).fill(buyer.email);
  await widget.getByLabel('Country of residence').selectOption(buyer.country);
  await widget.getByLabel('Preferred language').selectOption(buyer.language ?? 'en');
  await widget.getByLabel('Send me service messages').check();
  await widget.getByRole('button', { name: 'Activate warranty' }).click();
  await widget.getByRole('heading', { name: 'Almost done: check your inbox' }).waitFor();
}

/** The confirmation link of the e-mail the server wrote to `email`. */
export async function confirmationLinkFor(stack: DemoStack, email: string): Promise<URL> {
  return new URL(confirmationLink(await waitForMessageTo(stack.mailDir, email, mailTimeoutMs)));
}

/** Opens the e-mailed link in a new tab, as from a mail client, and waits for the widget to say the warranty is active. */
export async function openConfirmationLink(context: BrowserContext, link: URL): Promise<Page> {
  const page = await openPage(context, link.href);
  await page.locator('atelier-warranty-activation').getByRole('heading', { name: 'Your warranty is active' }).waitFor();
  return page;
}
