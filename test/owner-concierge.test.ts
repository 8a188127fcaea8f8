// End to end, issue 16 as an owner and the brand's customer care live it, with nothing mocked: a
// French-speaking owner registers two pieces and confirms them; on a phone, they sign in to the
// owner space with the e-mailed code and see a piece with its history. Three years on (the
// server's own `care sweep --as-of`), the concierge drafts their service reminders.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { confirmationLinkFor, openConfirmationLink, openPage, submitActivation, type Buyer } from './support/activation.ts';
import { demoStackForThisFile } from './support/demo-stack.ts';
import { confirmationLink, waitForMessages } from './support/mailbox.ts';
import { signInToOwnerSpace } from './support/owner-space.ts';
import { serverCliSucceeds } from './support/server-cli.ts';

const owner: Buyer = { name: 'Agathe Roussel', email: 'agathe.roussel@e2e-owner.example', country: 'FR', retailerLabel: 'Horlogerie du Rhône — Genève', language: 'fr' };
const phoneViewport = { width: 375, height: 740 };
const millisecondsPerDay = 86_400_000;

const started = demoStackForThisFile();

function daysAgo(days: number): string {
  return new Date(Date.now() - days * millisecondsPerDay).toISOString().slice(0, 10);
}

/** `date` plus whole years, as the brand's 36-month service interval counts them. */
function yearsAfter(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}

test('an owner sees their piece and its story; three years on the concierge drafts their service reminders', async () => {
  const demo = started();
  await demo.explainFailure(async () => {
    const [first, second] = [demo.credentials.samplePieces[0], demo.credentials.samplePieces[1]];
    assert.ok(first && second, 'the demo seed lists sample pieces');
    // The first bought yesterday; the second three weeks earlier, so its service falls due first.
    const firstPurchase = daysAgo(1);
    const buyerContext = await demo.browser.newContext();
    await submitActivation(await openPage(buyerContext, demo.demo.siteUrl), first, owner, firstPurchase);
    await openConfirmationLink(buyerContext, await confirmationLinkFor(demo, owner.email));
    await buyerContext.close();
    const secondContext = await demo.browser.newContext();
    await submitActivation(await openPage(secondContext, demo.demo.siteUrl), second, owner, daysAgo(21));
    const confirmations = await waitForMessages(demo.mailDir, owner.email, 2, (message) => message.text?.includes('#atelier-confirmation=') ?? false);
    await openConfirmationLink(secondContext, new URL(confirmationLink(confirmations[1]!)));
    await secondContext.close();

    const ownerContext = await demo.browser.newContext({ viewport: phoneViewport });
    const { portal } = await signInToOwnerSpace(demo, ownerContext, owner.email);
    const card = portal.locator('[part="piece"]').filter({ hasText: first.serial });
    await card.waitFor();
    await card.getByRole('button', { name: /^History of / }).click();
    await portal.getByRole('heading', { name: 'Its history' }).waitFor();
    assert.match(await portal.locator('[part="timeline"]').innerText(), /Warranty registered/);

    // Three years on: the service interval (36 months) has passed for both pieces.
    const threeYearsOn = yearsAfter(firstPurchase, 3);
    const swept = await serverCliSucceeds(demo, ['care', 'sweep', '--as-of', threeYearsOn]);
    assert.match(swept, /^Maison Aubert: [1-9]\d* care reminders? drafted as of /m);
    await ownerContext.close();
  });
});
