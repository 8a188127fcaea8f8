// End to end, the owner space as an owner lives it, with nothing mocked: a buyer registers a piece
// and confirms it; later, in a fresh browser, they open the brand site's "Your pieces" page, sign
// in with the code from the e-mail the server wrote, see the piece with its warranty and retailer,
// open its history, start a service booking from it, report it stolen, and the piece's public
// provenance says so at once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import type { ParsedMail } from 'mailparser';
import type { BrowserContext } from 'playwright-core';
import { confirmationLinkFor, openConfirmationLink, openPage, submitActivation, uiTimeoutMs, yesterday, type Buyer } from './support/activation.ts';
import { demoStackForThisFile } from './support/demo-stack.ts';
import { waitForMessage, waitForMessagesTo } from './support/mailbox.ts';

const owner: Buyer = { name: 'Jeanne Aubry', email: 'jeanne.aubry@example.com', country: 'FR', retailerLabel: 'Horlogerie du Rhône — Genève' };
const mailTimeoutMs = 20_000;
const ownerSessionCookie = '__Host-atelier_owner';
const signInLinkPattern = /https?:\/\/\S+#atelier-owner-sign-in=[\w.~-]+/;
const signInSubject = /owner space/;

const started = demoStackForThisFile();

/** Waits until `count` sign-in e-mails to `address` were written; answers them oldest first. */
async function signInMailsTo(mailDir: string, address: string, count: number): Promise<ParsedMail[]> {
  const mailPollIntervalMs = 200;
  const deadline = Date.now() + mailTimeoutMs;
  for (;;) {
    const found = (await waitForMessagesTo(mailDir, address, 1, mailTimeoutMs)).filter((message) => signInSubject.test(message.subject ?? ''));
    if (found.length >= count) return found;
    if (Date.now() > deadline) throw new Error(`${found.length} of ${count} sign-in e-mails to ${address} appeared within ${mailTimeoutMs / 1000} s`);
    await delay(mailPollIntervalMs);
  }
}

test('an owner signs in with the e-mailed code, sees their piece and its history, reports it stolen, and the public history says so', async () => {
  const demo = started();
  await demo.explainFailure(async () => {
    const piece = demo.credentials.samplePieces[2];
    assert.ok(piece, 'the demo seed lists sample pieces');
    const buyerContext = await demo.browser.newContext();
    await submitActivation(await openPage(buyerContext, demo.demo.siteUrl), piece, owner, yesterday());
    await openConfirmationLink(buyerContext, await confirmationLinkFor(demo, owner.email));
    await buyerContext.close();

    // Another day, another browser: nothing carries over from the registration.
    const ownerContext: BrowserContext = await demo.browser.newContext();
    const page = await openPage(ownerContext, demo.pageUrl('my-pieces.html'));
    const portal = page.locator('atelier-owner-portal');
    await portal.getByRole('heading', { name: 'Sign in to your pieces' }).waitFor();
    await portal.getByLabel(/^E-mail/).fill(owner.email);
    await portal.getByRole('button', { name: 'Send me a code' }).click();
    await portal.getByRole('heading', { name: 'Check your mail' }).waitFor();

    const signInMail = await waitForMessage(demo.mailDir, { to: owner.email, subject: signInSubject }, mailTimeoutMs);
    const code = /\b(\d{4} \d{4})\b/.exec(signInMail.text ?? '')?.[1];
    assert.ok(code, `the sign-in e-mail holds an 8-digit code:\n${signInMail.text ?? ''}`);
    assert.match(signInMail.text ?? '', /my-pieces\.html#atelier-owner-sign-in=/, 'its link leads back to this page, the token in the fragment');

    await portal.getByLabel(/^Code from the e-mail/).fill(code);
    await portal.getByRole('button', { name: 'Sign in', exact: true }).click();
    await portal.getByRole('heading', { name: 'Your pieces' }).waitFor();
    await portal.getByText(`Signed in as ${owner.name}`).waitFor();

    // The session is a cookie on the API's origin that no script of the page can read.
    const cookies = await ownerContext.cookies(demo.demo.apiBase);
    const session = cookies.find((cookie) => cookie.name === ownerSessionCookie);
    assert.ok(session, 'the API set the owner session cookie');
    assert.equal(session.httpOnly, true);
    assert.equal(session.secure, true);
    assert.equal(await page.evaluate(() => document.cookie.includes('atelier_owner')), false);

    const card = portal.locator('[part="piece"]').filter({ hasText: piece.serial });
    await card.waitFor();
    const cardText = await card.innerText();
    assert.match(cardText, /Warranty\s+Active, until /);
    assert.match(cardText, /Service\s+Due on /);
    assert.match(cardText, /Horlogerie du Rhône, Genève \(Switzerland\)/);

    await card.getByRole('button', { name: /^History of / }).click();
    await portal.getByRole('heading', { name: 'Its history' }).waitFor();
    const history = await portal.locator('[part="timeline"]').innerText();
    assert.match(history, /Sold/);
    assert.match(history, /Warranty registered/);

    // A service booked from the piece starts with the piece and the owner as the contact.
    await portal.getByRole('button', { name: 'Book a service' }).click();
    const booking = portal.locator('atelier-repair-booking');
    await booking.getByLabel(/^Serial number/).waitFor();
    assert.equal(await booking.getByLabel(/^Serial number/).inputValue(), piece.serial);
    await portal.getByRole('button', { name: 'Close the booking' }).click();

    await portal.getByRole('button', { name: 'Report it stolen' }).click();
    await portal.getByLabel(/^Country/).selectOption('FR');
    await portal.getByLabel(/^City/).fill('Lyon');
    await portal.getByRole('button', { name: 'Continue' }).click();
    await portal.getByRole('heading', { name: 'Report it stolen now?' }).waitFor();
    await portal.getByRole('button', { name: 'Yes, report it stolen' }).click();
    await portal.getByText('Reported stolen. If it turns up, come back here and report it found.').waitFor();
    assert.match(await portal.locator('[part="timeline"]').innerText(), /Reported stolen\s+Lyon, France/);

    // Anyone checking the piece before buying it now sees it is stolen.
    const visitor = await demo.browser.newContext();
    const provenancePage = await openPage(visitor, demo.pageUrl(`provenance.html?serial=${encodeURIComponent(piece.serial)}`));
    const stolenAlert = provenancePage.locator('atelier-provenance').getByRole('alert');
    await stolenAlert.waitFor({ timeout: uiTimeoutMs });
    assert.match(await stolenAlert.innerText(), /This piece was reported stolen on /);
    assert.ok((await demo.staff.provenance.get(piece.serial)).stolen, 'the public record holds the theft report');

    await portal.getByRole('button', { name: 'Sign out everywhere' }).click();
    await portal.getByText('You are signed out on every device.').waitFor();
    await visitor.close();
    await ownerContext.close();
  });
});

test('the e-mailed link signs the owner in on the page it opens, and leaves no token in the address bar', async () => {
  const demo = started();
  await demo.explainFailure(async () => {
    const context = await demo.browser.newContext();
    const page = await openPage(context, demo.pageUrl('my-pieces.html'));
    const portal = page.locator('atelier-owner-portal');
    await portal.getByLabel(/^E-mail/).fill(owner.email);
    await portal.getByRole('button', { name: 'Send me a code' }).click();
    await portal.getByRole('heading', { name: 'Check your mail' }).waitFor();

    // The first test's sign-in e-mail came before this one: the second is the newest.
    const signInMails = await signInMailsTo(demo.mailDir, owner.email, 2);
    const link = signInLinkPattern.exec(signInMails[1]?.text ?? '')?.[0];
    assert.ok(link, 'the sign-in e-mail holds a link');

    // Opened from the mail client, in a new tab of the same browser.
    const linked = await openPage(context, link);
    const linkedPortal = linked.locator('atelier-owner-portal');
    await linkedPortal.getByRole('heading', { name: 'Your pieces' }).waitFor();
    assert.equal(new URL(linked.url()).hash, '', 'the token is gone from the address bar');
    assert.equal(new URL(linked.url()).pathname, '/my-pieces.html');
    // The first test reported the piece stolen: the owner's list says so.
    await linkedPortal.getByText('Reported stolen').first().waitFor();

    // The link works once: opening it again asks to sign in another way.
    const again = await openPage(await demo.browser.newContext(), link);
    await again.locator('atelier-owner-portal').getByText(/This sign-in link no longer works/).waitFor();
    await context.close();
  });
});
