// End to end, issue 16 as an owner and the brand's customer care live it, with nothing mocked:
// a French-speaking owner registers two pieces and confirms them. On a phone, with the keyboard,
// they sign in to the owner space with the e-mailed code, see a piece and its history, download
// its signed resale dossier (which the client verifies) and make their calendar address (whose
// feed parses, with display alarms only). Three years on (the server's own `care sweep
// --as-of`), the concierge drafts their service reminders; customer care sends one from the
// console; it arrives in French and its link opens a booking with the piece filled in. The owner
// then chooses "care only": the brand's next invitation is not e-mailed to them, while the next
// care reminder is.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { createInvitation, getInvitation, sendInvitation } from '@atelier/client/contract';
import { verifyProvenanceRecord } from '@atelier/client';
import type { ParsedMail } from 'mailparser';
import type { Locator, Page } from 'playwright-core';
import { confirmationLinkFor, openConfirmationLink, openPage, submitActivation, type Buyer } from './support/activation.ts';
import { accessibilityViolations } from './support/axe.ts';
import { signInToConsole } from './support/console-sign-in.ts';
import { demoStackForThisFile, type DemoStack } from './support/demo-stack.ts';
import { tabTo } from './support/keyboard.ts';
import { confirmationLink, waitForMessages } from './support/mailbox.ts';
import { signInToOwnerSpace } from './support/owner-space.ts';
import { serverCliSucceeds } from './support/server-cli.ts';

const owner: Buyer = { name: 'Agathe Roussel', email: 'agathe.roussel@e2e-owner.example', country: 'FR', retailerLabel: 'Horlogerie du Rhône — Genève', language: 'fr' };
const phoneViewport = { width: 375, height: 740 };
const millisecondsPerDay = 86_400_000;
/** The French care reminder: "Maison Aubert : votre <modèle> attend <soin>". */
const frenchReminderSubject = /votre .+ attend /;

const started = demoStackForThisFile();

function daysAgo(days: number): string {
  return new Date(Date.now() - days * millisecondsPerDay).toISOString().slice(0, 10);
}

/** `date` plus whole years, as the brand's 36-month service interval counts them. */
function yearsAfter(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}

const isCareReminder = (serial: string) => (message: ParsedMail) => frenchReminderSubject.test(message.subject ?? '') && (message.text ?? '').includes(serial);

/** Presses Enter on `control` after reaching it with Tab: what a keyboard user does. */
async function pressWithKeyboard(page: Page, control: Locator, what: string): Promise<void> {
  await tabTo(page, control, what);
  await page.keyboard.press('Enter');
}

test('an owner keeps their piece\'s papers and is reminded of its care in French; after "care only", an invitation is not e-mailed while care still is', async () => {
  const demo = started();
  await demo.explainFailure(() => ownerAndConcierge(demo));
});

async function ownerAndConcierge(demo: DemoStack): Promise<void> {
  const [first, second] = [demo.credentials.samplePieces[0], demo.credentials.samplePieces[1]];
  assert.ok(first && second, 'the demo seed lists sample pieces');
  // The first bought yesterday; the second three weeks earlier, so its service falls due first.
  const firstPurchase = daysAgo(1);
  const buyerContext = await demo.browser.newContext();
  await submitActivation(await openPage(buyerContext, demo.demo.siteUrl), first, owner, firstPurchase);
  await openConfirmationLink(buyerContext, await confirmationLinkFor(demo, owner.email));
  await submitActivation(await openPage(buyerContext, demo.demo.siteUrl), second, owner, daysAgo(21));
  const confirmations = await waitForMessages(demo.mailDir, owner.email, 2, (message) => message.text?.includes('#atelier-confirmation=') ?? false);
  await openConfirmationLink(buyerContext, new URL(confirmationLink(confirmations[1]!)));
  await buyerContext.close();

  // ——— The owner space, on a phone ———
  const ownerContext = await demo.browser.newContext({ viewport: phoneViewport, acceptDownloads: true });
  const { page, portal } = await signInToOwnerSpace(demo, ownerContext, owner.email);
  const card = portal.locator('[part="piece"]').filter({ hasText: first.serial });
  await pressWithKeyboard(page, card.getByRole('button', { name: /^History of / }), 'the piece\'s history');
  await portal.getByRole('heading', { name: 'Its history' }).waitFor();
  assert.match(await portal.locator('[part="timeline"]').innerText(), /Warranty registered/);
  assert.deepEqual(await accessibilityViolations(page), [], 'a piece in the owner space: axe finds no violation');

  // The signed resale dossier verifies with the client, offline, against the brand's key.
  const [download] = await Promise.all([page.waitForEvent('download'), pressWithKeyboard(page, portal.getByRole('button', { name: 'Download the signed data (JSON)' }), 'the dossier download')]);
  const dossier = JSON.parse(await readFile(await download.path(), 'utf8')) as Parameters<typeof verifyProvenanceRecord>[0];
  const { signingKey } = await demo.staff.brand.get();
  assert.ok(signingKey, 'the brand publishes its signing key');
  assert.deepEqual(await verifyProvenanceRecord(dossier, signingKey), { verified: true }, 'the dossier verifies');
  assert.ok(JSON.stringify(dossier).includes(first.serial));
  assert.ok(!JSON.stringify(dossier).includes(owner.email), 'the dossier names nobody');

  // The private calendar feed: the piece's dates, all-day, with display alarms only.
  await pressWithKeyboard(page, portal.getByRole('button', { name: 'Create my calendar address' }), 'the calendar address');
  const feedUrl = await portal.getByLabel('Your private calendar address').inputValue();
  const feed = await fetch(feedUrl);
  assert.equal(feed.status, 200);
  assert.match(feed.headers.get('content-type') ?? '', /^text\/calendar/);
  const ics = await feed.text();
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /END:VCALENDAR\r\n?$/);
  const events = ics.split('BEGIN:VEVENT').slice(1);
  assert.ok(events.length >= 2, 'a warranty end and a care date per piece');
  assert.ok(events.every((event) => /DTSTART;VALUE=DATE:\d{8}/.test(event)), 'all-day events');
  const actions = [...ics.matchAll(/^ACTION:(\w+)/gm)].map((match) => match[1]);
  assert.ok(actions.length > 0 && actions.every((action) => action === 'DISPLAY'), `display alarms only: ${actions.join(', ')}`);
  assert.ok(ics.replace(/\r\n[ \t]/g, '').includes(first.serial), 'the feed names the piece');

  // ——— Three years on ———
  const threeYearsOn = yearsAfter(firstPurchase, 3);
  const swept = await serverCliSucceeds(demo, ['care', 'sweep', '--as-of', threeYearsOn]);
  assert.match(swept, /^Maison Aubert: [1-9]\d* care reminders? drafted as of /m);

  // Customer care sends the first piece's reminder from the console.
  const conciergeAddress = demo.credentials.consolePeople?.find((person) => person.role === 'concierge')?.email;
  assert.ok(conciergeAddress, 'the demo seeds a concierge');
  const care = await signInToConsole(demo, conciergeAddress);
  await sendReminderFromConsole(care, first.serial);
  assert.deepEqual(await accessibilityViolations(care), [], "customer care's queue: axe finds no violation");

  const [reminder] = await waitForMessages(demo.mailDir, owner.email, 1, isCareReminder(first.serial));
  assert.ok(reminder);
  // As written, unfolded (a long header continues on the next line after a space).
  const headerLine = (key: string) => (reminder.headerLines.find((line) => line.key === key)?.line ?? '').replace(/\r\n[ \t]+/g, ' ');
  assert.match(headerLine('list-unsubscribe'), /^List-Unsubscribe: <https?:\/\/\S+>/, 'one-click unsubscribe (RFC 8058)');
  assert.equal(headerLine('list-unsubscribe-post'), 'List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  const bookingLink = /https?:\/\/\S+\/repair\.html\?serial=[^\s>]+/.exec(reminder.text ?? '')?.[0];
  assert.ok(bookingLink, `the reminder links to a booking:\n${reminder.text ?? ''}`);
  const booking = (await openPage(ownerContext, bookingLink)).locator('atelier-repair-booking');
  await booking.getByLabel(/^Serial number/).waitFor();
  assert.equal(await booking.getByLabel(/^Serial number/).inputValue(), first.serial, 'the booking starts with the piece');

  // ——— "Care only" ———
  await pressWithKeyboard(page, portal.getByRole('button', { name: 'Preferences' }), 'the preferences');
  await portal.getByRole('heading', { name: 'Your preferences' }).waitFor();
  const careOnly = portal.getByRole('radio', { name: 'Only the care of my pieces and my repairs' });
  await tabTo(page, careOnly.or(portal.getByRole('radio', { checked: true }).first()), 'the e-mail choices');
  await careOnly.check();
  await pressWithKeyboard(page, portal.getByRole('button', { name: 'Save my preferences' }), 'saving the preferences');
  await portal.getByText('Your preferences are saved.').waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'the preferences: axe finds no violation');

  // The brand invites its French clients: our owner is invited (they see it in their space) but not e-mailed.
  const starts = new Date(Date.now() + 30 * millisecondsPerDay).toISOString().slice(0, 10);
  const invitation = await demo.staff.call(createInvitation, {
    body: {
      texts: { en: { title: 'An evening at the manufacture', description: 'Meet our watchmakers.' }, fr: { title: 'Une soirée à la manufacture', description: 'Rencontrez nos horlogers.' } },
      place: { name: 'Manufacture Aubert', city: 'Genève', country: 'CH' },
      startsAt: { date: starts, time: '18:30', timeZone: 'Europe/Zurich' },
      capacity: 40,
      audience: { filter: { kind: 'country', in: ['FR'] } },
    },
  });
  await demo.staff.call(sendInvitation, { params: { invitationId: invitation.id } });
  const figures = (await demo.staff.call(getInvitation, { params: { invitationId: invitation.id } })).figures;
  assert.ok(figures.invited >= 1 && figures.notEmailed >= 1, `our owner is invited, not e-mailed: ${JSON.stringify(figures)}`);

  // The next care reminder still goes out to them.
  await sendReminderFromConsole(care, second.serial);
  await waitForMessages(demo.mailDir, owner.email, 1, isCareReminder(second.serial));
  const toOwner = await waitForMessages(demo.mailDir, owner.email, 0, () => true, 0);
  assert.ok(!toOwner.some((message) => /manufacture/i.test(message.subject ?? '')), `no invitation e-mail to the owner: ${toOwner.map((message) => message.subject).join(' | ')}`);
  await ownerContext.close();
}

/** On the console's Care page, reviews the piece's drafted reminder and sends it now. */
async function sendReminderFromConsole(care: Page, serial: string): Promise<void> {
  await care.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Care' }).click();
  await care.getByRole('heading', { name: 'Care', level: 1 }).waitFor();
  await care.getByRole('button', { name: `Review the reminder for ${serial}` }).click();
  await care.getByRole('heading', { name: new RegExp(`^Reminder for .*${serial}$`) }).waitFor();
  await care.getByRole('button', { name: 'Send now' }).click();
  await care.getByText('Sent to the owner.').waitFor();
}
