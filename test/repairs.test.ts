// End to end, a repair as its owner and the service desk live it: the owner of a piece under
// warranty books a full service on the brand site's repair page with the keyboard alone; the
// service desk moves it with the real `atelier` CLI to an estimate; the owner opens the tracker
// from the e-mail and approves the estimate by typing their name; the desk finishes the work and
// returns the piece. Then the piece's public provenance shows the service, verified, and the
// warranty runs the brand's months longer. One demo serves the whole file; the tests run in order
// on the same repair, each picking up where the previous one stopped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, addMonths, format, parseISO } from 'date-fns';
import type { Locator, Page } from 'playwright-core';
import { confirmationLinkFor, openConfirmationLink, openPage, submitActivation, yesterday, type Buyer } from './support/activation.ts';
import { demoStackForThisFile } from './support/demo-stack.ts';
import { tabTo } from './support/keyboard.ts';
import { trackerLink, waitForMessage } from './support/mailbox.ts';
import { runStaffCli, staffCliSucceeds } from './support/staff-cli.ts';

const owner: Buyer = { name: 'Camille Roussel', email: 'camille.roussel@example.com', country: 'FR', retailerLabel: 'Horlogerie du Rhône — Genève' };
const noticed = 'Loses five minutes a day since the summer.';
// The demo seed's Genève centre, as the booking form lists it.
const genevaCentreName = 'Manufacture Aubert — Service';
const diagnosisNote = 'Mainspring worn; balance intact.';
const coveredLine = 'Full service';
const chargedLine = 'Mainspring replacement';
const chargedAmount = '180.00';
const estimateValidityDays = 14;
const mailTimeoutMs = 20_000;
const trackingCodePattern = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;
const verifiedNote = 'Verified: this history is signed by the brand and has not been altered.';

const started = demoStackForThisFile();
let serial: string;
let trackingCode: string;
/** The warranty's coverage end when the repair was booked, before any service extended it. */
let coverageEndBeforeService: string;


function booked(): string {
  assert.ok(trackingCode, 'an earlier test booked the repair');
  return trackingCode;
}

/** A day as the widgets write it in English (they format calendar days in UTC). */
function longDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The step heading reads "Step n of 5" then the step's title. */
function stepHeading(booking: Locator, title: string): Locator {
  return booking.getByRole('heading', { name: new RegExp(`Step \\d of 5\\s*${escapeRegExp(title)}`) });
}

/** Presses the step's primary button (Continue, or Book the service) from the keyboard. */
async function pressPrimary(page: Page, booking: Locator, name: string): Promise<void> {
  await tabTo(page, booking.getByRole('button', { name, exact: true }), `"${name}"`);
  await page.keyboard.press('Enter');
}

async function openTracker(page: Page, code: string): Promise<Locator> {
  const tracker = page.locator('atelier-service-tracker');
  await tracker.getByRole('heading', { name: `Repair ${code}` }).waitFor();
  return tracker;
}

async function currentStage(tracker: Locator): Promise<string> {
  return tracker.locator('[part="timeline"] [aria-current="step"]').innerText();
}

test('the owner of a piece under warranty books a full service on the repair page with the keyboard alone', async () => {
  const demo = started();
  await demo.explainFailure(async () => {
    const piece = demo.credentials.samplePieces[0];
    assert.ok(piece, 'the demo seed lists a sample piece');
    serial = piece.serial;
    const ownerContext = await demo.browser.newContext();
    await submitActivation(await openPage(ownerContext, demo.demo.siteUrl), piece, owner, yesterday());
    await openConfirmationLink(ownerContext, await confirmationLinkFor(demo, owner.email));
    const warranty = (await demo.staff.items.get(serial)).warranty;
    assert.equal(warranty?.status, 'active', 'the confirmed warranty is active');
    coverageEndBeforeService = warranty.coverageEnd;

    const page = await openPage(ownerContext, demo.pageUrl('repair.html'));
    const booking = page.locator('atelier-repair-booking');

    await tabTo(page, booking.getByLabel('Serial number'), 'the serial number');
    await page.keyboard.type(serial);
    await page.keyboard.press('Enter');

    await stepHeading(booking, 'The service').waitFor();
    const fullService = booking.getByRole('radio', { name: 'Full service' });
    await tabTo(page, fullService, 'the services');
    await page.keyboard.press('Space');
    assert.ok(await fullService.isChecked(), 'Space chooses the focused service');
    await tabTo(page, booking.getByLabel(/^What have you noticed\?/), 'the description');
    await page.keyboard.type(noticed);
    await pressPrimary(page, booking, 'Continue');

    await stepHeading(booking, 'Service centre and drop-off').waitFor();
    const geneva = booking.getByRole('radio', { name: new RegExp(escapeRegExp(genevaCentreName)) });
    await tabTo(page, geneva, 'the service centres');
    await page.keyboard.press('Space');
    assert.ok(await geneva.isChecked(), 'Space chooses the focused centre');
    const slots = booking.getByRole('region', { name: 'Drop-off time' });
    await slots.getByText('Times are in the centre’s time zone: Central European Time (Europe/Zurich).').waitFor();
    // The days first (their Tab stop the day shown), then that day's times, whose Tab stop is its
    // first free time; the arrow keys move, Enter chooses.
    await tabTo(page, slots.locator('[data-slot-id][tabindex="0"]'), 'the drop-off times');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const chosen = await booking.getByText(/^Chosen: /).innerText();
    await pressPrimary(page, booking, 'Continue');

    await stepHeading(booking, 'Your contact details').waitFor();
    await tabTo(page, booking.getByLabel(/^Full name/), 'the name');
    await page.keyboard.type(owner.name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(owner.email);
    await page.keyboard.press('Enter');

    await stepHeading(booking, 'Review and book').waitFor();
    const review = await booking.getByRole('definition').allInnerTexts();
    for (const expected of [serial, 'Full service', noticed, `${owner.name}, ${owner.email}, English`]) {
      assert.ok(review.includes(expected), `the review shows "${expected}": ${JSON.stringify(review)}`);
    }
    assert.ok(review.some((value) => value.startsWith(`${genevaCentreName}, `)), 'the review shows the centre');
    const chosenTime = chosen.replace(/^Chosen: /, '').replace(/\.$/, '');
    assert.ok(review.some((value) => value.startsWith(chosenTime)), `the review shows the chosen time "${chosenTime}": ${JSON.stringify(review)}`);
    await pressPrimary(page, booking, 'Book the service');

    await booking.getByRole('heading', { name: 'Your service is booked' }).waitFor();
    trackingCode = (await booking.locator('[part="tracking-code"]').innerText()).replace(/\s/g, '');
    assert.match(trackingCode, trackingCodePattern);
    await booking.getByText(`Under warranty until ${longDate(coverageEndBeforeService)}: work the warranty covers costs you nothing.`).waitFor();
    await booking.getByRole('link', { name: 'Add the appointment to your calendar (.ics)' }).waitFor();
    // The page hands the new code to the tracker beside the booking: the owner only adds the e-mail.
    const trackerCode = page.locator('atelier-service-tracker').getByLabel(/^Tracking code/);
    assert.equal(await trackerCode.inputValue(), trackingCode, 'the tracker starts with the code just booked');
    await page.screenshot({ path: '/tmp/repairs-e2e-booked.png', fullPage: true });

    const confirmation = await waitForMessage(demo.mailDir, { to: owner.email, subject: new RegExp(`your repair ${trackingCode} is booked`) }, mailTimeoutMs);
    assert.match(trackerLink(confirmation), new RegExp(`^${escapeRegExp(demo.pageUrl('repair.html'))}#atelier-tracker=${trackingCode}\\.`));
    await ownerContext.close();
  });
});

test('the service desk receives the piece, diagnoses it and sends an estimate with the atelier CLI', async () => {
  const demo = started();
  const code = booked();
  await demo.explainFailure(async () => {
    const received = await staffCliSucceeds(demo, ['repairs', 'advance', code, '--to', 'received']);
    assert.match(received, new RegExp(`^${code} is now received\\.`));
    // The promised date comes from the Genève centre's 30-day turnaround for a full service.
    assert.match(received, /Promised:\s+\d{4}-\d{2}-\d{2}/);
    // The appointment in the centre's own time, as the desk in Genève reads its diary.
    assert.match(received, /Drop-off:\s+boutique, \d{4}-\d{2}-\d{2} \d{2}:\d{2} Europe\/Zurich/);

    const diagnosed = await staffCliSucceeds(demo, ['repairs', 'advance', code, '--to', 'diagnosed', '--note', diagnosisNote]);
    assert.match(diagnosed, new RegExp(`^${code} is now diagnosed\\.`));
    assert.match(diagnosed, new RegExp(escapeRegExp(diagnosisNote)));

    // The state machine refuses a jump, and the CLI says so with the API's error.
    const skipped = await runStaffCli(demo, ['repairs', 'advance', code, '--to', 'in_repair']);
    assert.equal(skipped.exitCode, 1, `a refused move exits with 1: ${skipped.stderr}`);
    assert.match(skipped.stderr, /^atelier: .*\(\w+\)/);

    const validUntil = format(addDays(new Date(), estimateValidityDays), 'yyyy-MM-dd');
    const estimated = await staffCliSucceeds(demo, [
      'repairs', 'advance', code, '--to', 'awaiting_approval',
      '--line', `${coveredLine}:450:covered`,
      '--line', `${chargedLine}:${chargedAmount}`,
      '--currency', 'EUR',
      '--valid-until', validUntil,
    ]);
    assert.match(estimated, new RegExp(`^${code} is now awaiting_approval\\.`));
    assert.match(estimated, new RegExp(`Estimate \\(valid until ${validUntil}, awaiting the owner\\)`));
    assert.match(estimated, new RegExp(`${escapeRegExp(coveredLine)}\\s+.*covered`));
    assert.match(estimated, new RegExp(`Total to pay: .*${escapeRegExp(chargedAmount)}`));

    const shown = await staffCliSucceeds(demo, ['repairs', 'show', code, '--json']);
    const repair = JSON.parse(shown) as { status: string; estimate: { totalMinorUnits: number; currency: string } };
    assert.equal(repair.status, 'awaiting_approval');
    assert.deepEqual({ total: repair.estimate.totalMinorUnits, currency: repair.estimate.currency }, { total: 18_000, currency: 'EUR' });
  });
});

test('the owner opens the tracker from the estimate e-mail and approves the estimate by typing their name', async () => {
  const demo = started();
  const code = booked();
  await demo.explainFailure(async () => {
    const estimateMail = await waitForMessage(demo.mailDir, { to: owner.email, subject: new RegExp(`your estimate for repair ${code} is ready`) }, mailTimeoutMs);
    // A fresh browser, as from a mail client: no e-mail address is typed, the link is the proof.
    const ownerContext = await demo.browser.newContext();
    const page = await openPage(ownerContext, trackerLink(estimateMail));
    const tracker = await openTracker(page, code);
    assert.match(await currentStage(tracker), /^Estimate awaiting your decision/);

    const estimate = tracker.getByRole('table');
    const estimateText = await estimate.innerText();
    assert.match(estimateText, new RegExp(`${escapeRegExp(coveredLine)}\\s+Covered by warranty`));
    assert.match(estimateText, new RegExp(escapeRegExp(chargedLine)));
    assert.match(estimateText, /Total to pay\s+€180\.00/);
    await page.screenshot({ path: '/tmp/repairs-e2e-estimate.png', fullPage: true });

    await tabTo(page, tracker.getByLabel(/^Your full name/), 'the signature');
    await page.keyboard.type(owner.name);
    await tabTo(page, tracker.getByRole('button', { name: 'Approve the estimate' }), 'Approve');
    await page.keyboard.press('Enter');
    await tracker.getByRole('heading', { name: 'Approve this estimate?' }).waitFor();
    assert.match(await tracker.getByRole('group', { name: 'Approve this estimate?' }).innerText(), new RegExp(`€180\\.00, signed ${owner.name}`));
    await tabTo(page, tracker.getByRole('button', { name: 'Yes, approve' }), 'Yes, approve');
    await page.keyboard.press('Enter');

    await tracker.getByText(new RegExp(`Approved by ${owner.name} on `)).waitFor();
    assert.match(await currentStage(tracker), /^Estimate approved/);
    const repair = await demo.staff.repairs.get(code);
    assert.equal(repair.status, 'approved');
    assert.equal(repair.estimate?.decision?.name, owner.name);
    await ownerContext.close();
  });
});

test('once returned, the piece shows the service and the extended warranty, and the tracker asks for a rating', async () => {
  const demo = started();
  const code = booked();
  await demo.explainFailure(async () => {
    for (const status of ['in_repair', 'quality_control', 'ready', 'returned']) {
      assert.match(await staffCliSucceeds(demo, ['repairs', 'advance', code, '--to', status]), new RegExp(`^${code} is now ${status}\\.`));
    }
    const { warrantyPolicy } = await demo.staff.brand.get();
    assert.ok(warrantyPolicy.monthsAddedPerService > 0, 'the demo brand extends warranties after a service');
    const extendedCoverageEnd = format(addMonths(parseISO(coverageEndBeforeService), warrantyPolicy.monthsAddedPerService), 'yyyy-MM-dd');
    assert.equal((await demo.staff.items.get(serial)).warranty?.coverageEnd, extendedCoverageEnd);

    const returnedMail = await waitForMessage(demo.mailDir, { to: owner.email, subject: /is back with you/ }, mailTimeoutMs);
    assert.match(returnedMail.text ?? '', new RegExp(`your warranty is extended to ${escapeRegExp(longDate(extendedCoverageEnd))}`));

    const visitor = await demo.browser.newContext();
    const provenancePage = await openPage(visitor, demo.pageUrl(`provenance.html?serial=${encodeURIComponent(serial)}`));
    const record = provenancePage.locator('atelier-provenance');
    await record.locator('[part="record"]').waitFor();
    await record.getByText(verifiedNote).waitFor();
    assert.match(await record.getByRole('region', { name: 'Services' }).innerText(), /Full service, service centre in Genève/);
    const servicedEvent = record.locator('[part="timeline"] > li').filter({ hasText: 'Serviced' });
    assert.match(await servicedEvent.innerText(), new RegExp(`Full service, warranty until ${escapeRegExp(longDate(extendedCoverageEnd))}$`));
    await provenancePage.screenshot({ path: '/tmp/repairs-e2e-provenance.png', fullPage: true });
    await visitor.close();

    const ownerContext = await demo.browser.newContext();
    const page = await openPage(ownerContext, trackerLink(returnedMail));
    const tracker = await openTracker(page, code);
    assert.match(await currentStage(tracker), /^Returned/);
    const { centre } = await demo.staff.repairs.get(code);
    await tracker.getByText(`${centre.address}, Switzerland`).waitFor();
    await tracker.getByText(`Active, covered until ${longDate(extendedCoverageEnd)}`).waitFor();
    await tracker.getByRole('heading', { name: 'How was our service?' }).waitFor();
    await tracker.getByRole('radio', { name: '5 – Excellent' }).check();
    await tracker.getByRole('button', { name: 'Send my rating' }).click();
    await tracker.getByText('Thank you for your rating: 5 out of 5.').waitFor();
    await page.screenshot({ path: '/tmp/repairs-e2e-returned.png', fullPage: true });
    await ownerContext.close();
  });
});
