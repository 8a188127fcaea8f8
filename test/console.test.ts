// End to end, as the brand's staff and a retailer live it, in Chromium against the real server
// (`pnpm demo`'s process tree) and the console it serves at /console/: a brand admin signs in with
// an e-mailed link and invites a retailer manager; the manager opens the invitation, adds a
// passkey, signs out and back in with it, and invites an associate; the associate reaches neither
// brand-only pages nor their operations; the admin deactivates the manager, whose open session
// stops working at once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { consoleUrl } from './support/console-sign-in.ts';
import { demoStackForThisFile, type DemoStack } from './support/demo-stack.ts';
import { waitForMessage } from './support/mailbox.ts';
import { addVirtualAuthenticator } from './support/virtual-authenticator.ts';

const mailTimeoutMs = 15_000;
const manager = { name: 'Marie Genève', email: 'marie.geneve@e2e-boutique.example' };
const associate = { email: 'paul.vendeur@e2e-boutique.example' };

const started = demoStackForThisFile();

test('staff and a retailer sign in, invite, use a passkey, and lose access when deactivated', async () => {
  const stack = started();
  await stack.explainFailure(() => staffAndRetailerJourney(stack));
});

/** The sign-in link of the newest e-mail to `address` whose subject matches. */
async function signInLinkFor(stack: DemoStack, address: string, subject: RegExp): Promise<string> {
  const message = await waitForMessage(stack.mailDir, { to: address, subject }, mailTimeoutMs);
  const link = /https?:\/\/\S+#sign-in=[\w-]+/.exec(message.text ?? '')?.[0];
  assert.ok(link, `the e-mail "${message.subject ?? ''}" holds a sign-in link`);
  return link;
}

async function openSignedIn(context: BrowserContext, link: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  assert.ok(!page.url().includes('#sign-in='), 'the token leaves the address bar once used');
  return page;
}

/** The Web Awesome select labelled `label` (its combobox, named with the required marker if any; the listbox bears the label too). */
function select(page: Page, label: string) {
  return page.getByRole('combobox', { name: new RegExp(`^${label}( \\*)?$`) });
}

async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await select(page, label).click();
  await page.getByRole('option', { name: option }).click();
}

async function staffAndRetailerJourney(stack: DemoStack): Promise<void> {
  const adminAddress = stack.credentials.consolePeople?.find((person) => person.role === 'admin')?.email;
  assert.ok(adminAddress, 'the demo seeds a brand admin');

  // The admin asks for a link on the sign-in page and opens it from the e-mail.
  const adminContext = await stack.browser.newContext();
  const signInPage = await adminContext.newPage();
  await signInPage.goto(consoleUrl(stack));
  await signInPage.getByLabel('Work e-mail').fill(adminAddress);
  await signInPage.getByRole('button', { name: 'E-mail me a link' }).click();
  await signInPage.getByText('Check your inbox').waitFor();
  const admin = await openSignedIn(adminContext, await signInLinkFor(stack, adminAddress, /sign-in link/));

  // The admin invites a manager for the first retailer.
  await admin.getByRole('link', { name: 'People' }).click();
  await admin.getByRole('heading', { name: 'People', level: 1 }).waitFor();
  await admin.getByLabel('Work e-mail').fill(manager.email);
  await admin.getByLabel('Full name (optional)').fill(manager.name);
  await choose(admin, 'Role', 'Retailer manager');
  await select(admin, 'Retailer').click();
  await admin.getByRole('option').first().click();
  await admin.getByRole('button', { name: 'Send the invitation' }).click();
  await admin.getByText(`Invitation sent to ${manager.email}.`).waitFor();

  // The manager opens the invitation on a device with a passkey authenticator, and adds a passkey.
  const managerContext = await stack.browser.newContext();
  const managerPage = await managerContext.newPage();
  await addVirtualAuthenticator(managerContext, managerPage);
  await managerPage.goto(await signInLinkFor(stack, manager.email, /invited/));
  await managerPage.getByRole('navigation', { name: 'Main' }).waitFor();
  await managerPage.getByRole('link', { name: 'My account' }).click();
  await managerPage.getByLabel('Name of this passkey (optional)').fill('Boutique laptop');
  await managerPage.getByRole('button', { name: 'Add a passkey' }).click();
  await managerPage.getByText('Passkey added.').waitFor();
  await managerPage.getByText('Boutique laptop', { exact: true }).waitFor();

  // Signs out, and back in with the passkey alone.
  await managerPage.getByRole('button', { name: 'Sign out' }).click();
  await managerPage.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await managerPage.getByRole('navigation', { name: 'Main' }).waitFor();
  assert.match(await managerPage.getByText(/Signed in as/).innerText(), new RegExp(manager.name));

  // Invites an associate of their own boutique (the only role they may give).
  await managerPage.getByRole('link', { name: 'People' }).click();
  await managerPage.getByLabel('Work e-mail').fill(associate.email);
  await managerPage.getByRole('button', { name: 'Send the invitation' }).click();
  await managerPage.getByText(`Invitation sent to ${associate.email}.`).waitFor();

  // The associate sees no brand page, and the API refuses them its brand-only operations.
  const associateContext = await stack.browser.newContext();
  const associatePage = await openSignedIn(associateContext, await signInLinkFor(stack, associate.email, /invited/));
  const links = await associatePage.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts();
  assert.deepEqual(links, ['My account', 'Stock', 'Sales', 'Benchmarks', 'Look up a piece', 'Service', 'Notes']);
  await associatePage.goto(consoleUrl(stack, 'api-keys'));
  await associatePage.getByRole('heading', { name: 'Not available with your role' }).waitFor();
  assert.equal((await associatePage.request.get(consoleUrl(stack).replace('/console/', '/v1/api-keys'))).status(), 403);
  assert.equal((await associatePage.request.get(consoleUrl(stack).replace('/console/', '/v1/audit-log'))).status(), 403);

  // The admin deactivates the manager; the manager's open session stops at its next call.
  await admin.reload();
  await admin.getByRole('row', { name: new RegExp(manager.name) }).getByRole('button', { name: /^Deactivate/ }).click();
  // The dialog's buttons are slotted into its shadow root: found from the element that holds them.
  await admin.locator('wa-dialog[open]').getByRole('button', { name: 'Deactivate', exact: true }).click();
  await admin.getByText(`${manager.name} is deactivated`).waitFor();
  assert.equal((await managerPage.request.get(consoleUrl(stack).replace('/console/', '/v1/me'))).status(), 401);
  await managerPage.getByRole('link', { name: 'My account' }).click();
  await managerPage.getByRole('button', { name: 'E-mail me a link' }).waitFor();

  await Promise.all([adminContext.close(), managerContext.close(), associateContext.close()]);
}
