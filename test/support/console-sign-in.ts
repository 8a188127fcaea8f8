// Signing in to the console as staff do: type the work address, open the e-mailed link in a new
// tab (as a mail client would), land on the console with its main navigation.
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import type { DemoStack } from './demo-stack.ts';
import { waitForMessage } from './mailbox.ts';

const mailTimeoutMs = 15_000;

/** A page of the console, served by the API's origin as `localhost` (a secure context for passkeys). */
export function consoleUrl(stack: DemoStack, path = ''): string {
  const { port } = new URL(stack.demo.apiBase);
  return `http://localhost:${port}/console/${path}`;
}

/** Signs `address` in to the console in `context` (a new one when not given); answers the signed-in page. */
export async function signInToConsole(stack: DemoStack, address: string, context?: BrowserContext): Promise<Page> {
  const browserContext = context ?? (await stack.browser.newContext());
  const signInPage = await browserContext.newPage();
  await signInPage.goto(consoleUrl(stack));
  await signInPage.getByLabel('Work e-mail').fill(address);
  await signInPage.getByRole('button', { name: 'E-mail me a link' }).click();
  await signInPage.getByText('Check your inbox').waitFor();
  const message = await waitForMessage(stack.mailDir, { to: address, subject: /sign-in link/ }, mailTimeoutMs);
  const link = /https?:\/\/\S+#sign-in=[\w-]+/.exec(message.text ?? '')?.[0];
  assert.ok(link, 'the e-mail holds a sign-in link');
  await signInPage.close();
  const page = await browserContext.newPage();
  await page.goto(link);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}
