// The owner's space on the example site's "Your pieces" page: signing in with the e-mailed code,
// as test/owner-portal.test.ts checks it step by step and as other tests need it done.
import assert from 'node:assert/strict';
import type { ParsedMail } from 'mailparser';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { openPage } from './activation.ts';
import type { DemoStack } from './demo-stack.ts';
import { waitForMessages } from './mailbox.ts';

const mailTimeoutMs = 20_000;
/** The sign-in e-mail, in whatever language the owner reads: it links back with the sign-in token. */
const isSignInMail = (message: ParsedMail) => message.text?.includes('#atelier-owner-sign-in=') ?? false;

/** Opens "Your pieces" in `context`, signs `email` in with the code of a new sign-in e-mail; answers the page and the portal. */
export async function signInToOwnerSpace(stack: DemoStack, context: BrowserContext, email: string): Promise<{ page: Page; portal: Locator }> {
  const earlier = (await waitForMessages(stack.mailDir, email, 0, isSignInMail, 0)).length;
  const page = await openPage(context, stack.pageUrl('my-pieces.html'));
  const portal = page.locator('atelier-owner-portal');
  await portal.getByLabel(/^E-mail/).fill(email);
  await portal.getByRole('button', { name: 'Send me a code' }).click();
  await portal.getByRole('heading', { name: 'Check your mail' }).waitFor();
  const signInMails = await waitForMessages(stack.mailDir, email, earlier + 1, isSignInMail, mailTimeoutMs);
  const code = /\b(\d{4} \d{4})\b/.exec(signInMails.at(-1)?.text ?? '')?.[1];
  assert.ok(code, 'the sign-in e-mail holds an 8-digit code');
  await portal.getByLabel(/^Code from the e-mail/).fill(code);
  await portal.getByRole('button', { name: 'Sign in', exact: true }).click();
  await portal.locator('[part="piece"]').first().waitFor();
  return { page, portal };
}
