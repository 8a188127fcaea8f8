// End to end, the provenance of a piece as a buyer, the brand and a second-hand buyer see it: a
// buyer activates a warranty on the brand site and confirms it from the e-mail; the brand's back
// office (the secret key) records a service and a modification; anyone scanning the piece's
// Digital Link lands on the public "check before you buy" page and sees them, verified against
// the brand's key. Then the piece is reported stolen and the same page says so, loudly. Also the
// lookup form, the marketplace listing with its fixed piece, and the registration QR code. One
// demo serves the whole file; the first two tests run in order on the same piece.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { buildDigitalLink } from '@atelier/client';
import { listedSerial } from '@atelier/example-brand-site/listed-piece';
import { confirmationLinkFor, openConfirmationLink, openPage, submitActivation, yesterday, type Buyer } from './support/activation.ts';
import { demoStackForThisFile } from './support/demo-stack.ts';

const buyer: Buyer = { name: 'Théo Vasseur', email: 'theo.vasseur@example.com', country: 'CH', retailerLabel: 'Horlogerie du Rhône — Genève' };
const serviceRetailerName = 'Horlogerie du Rhône';
// The demo seed's Genève service centre: centres have no public listing, the back office knows its own.
const genevaServiceCentreId = 'svc_geneve';
const engraving = 'Case back engraved: "T.V. 2026"';
const verifiedNote = 'Verified: this history is signed by the brand and has not been altered.';

const started = demoStackForThisFile();
let serial: string;


/** The provenance widget once it shows a record (its heading is the model's name). */
async function shownRecord(page: Page): Promise<Locator> {
  const widget = page.locator('atelier-provenance');
  await widget.locator('[part="record"]').waitFor();
  return widget;
}

test('a piece activated, serviced and modified shows that history, verified, on its public page', async () => {
  const demo = started();
  await demo.explainFailure(async () => {
    const piece = demo.credentials.samplePieces[0];
    assert.ok(piece, 'the demo seed lists a sample piece');
    serial = piece.serial;
    const buyerContext = await demo.browser.newContext();
    await submitActivation(await openPage(buyerContext, demo.demo.siteUrl), piece, buyer, yesterday());
    await openConfirmationLink(buyerContext, await confirmationLinkFor(demo, buyer.email));
    await buyerContext.close();

    const retailer = (await demo.staff.brand.get()).retailers.find((candidate) => candidate.name === serviceRetailerName);
    assert.ok(retailer, `the demo brand has the retailer ${serviceRetailerName}`);
    await demo.staff.items.recordService(serial, { serviceType: 'full_service', serviceCentreId: genevaServiceCentreId });
    await demo.staff.items.recordModification(serial, { what: engraving, retailerId: retailer.id });

    // A second-hand buyer, another browser profile, scans the warranty card's QR code: the API's
    // Digital Link resolver sends the browser to the brand's provenance page, as the seed set it.
    const visitor = await demo.browser.newContext();
    const { gtin } = await demo.staff.items.get(serial);
    assert.ok(gtin, 'the demo seed gives every piece its model\'s GTIN');
    const page = await openPage(visitor, buildDigitalLink({ gtin, serial, baseUrl: demo.demo.apiBase }));
    assert.equal(page.url(), demo.pageUrl(`provenance.html?serial=${encodeURIComponent(serial)}`));
    const widget = await shownRecord(page);
    await widget.getByText(verifiedNote).waitFor();
    assert.equal(await widget.getByRole('alert').count(), 0, 'neither a stolen warning nor a failed verification');

    const pieceFacts = widget.getByRole('region', { name: 'The piece' });
    assert.match(await pieceFacts.innerText(), new RegExp(serial));
    assert.match(await pieceFacts.innerText(), /First sold\s+\S.*by Horlogerie du Rhône, Genève/);
    assert.match(await pieceFacts.innerText(), /Owners\s+1 owner/);
    const services = widget.getByRole('region', { name: 'Services' });
    assert.match(await services.innerText(), /Full service, service centre in Genève/);
    const modifications = widget.getByRole('region', { name: 'Modifications' });
    assert.match(await modifications.innerText(), new RegExp(`${escapeRegExp(engraving)}, by ${serviceRetailerName}`));
    const timeline = await widget.locator('[part="timeline"]').innerText();
    for (const event of ['Manufactured', 'Sold', 'Warranty activated', 'Serviced', 'Modified']) assert.match(timeline, new RegExp(event));

    // The public page never shows who owns the piece.
    const wholePage = await page.locator('body').innerText();
    assert.doesNotMatch(wholePage, /Vasseur|theo\.vasseur/i);
    assert.doesNotMatch(await widget.innerText(), /Vasseur|theo\.vasseur/i);
    await visitor.close();
  });
});

test('once the piece is reported stolen, its public page shows the stolen alert', async () => {
  const demo = started();
  assert.ok(serial, 'the previous test activated a piece');
  await demo.explainFailure(async () => {
    const record = await demo.staff.items.reportStolen(serial, { country: 'CH', city: 'Genève' });
    assert.ok(record.stolen, 'the back office sees the piece stolen');

    const visitor = await demo.browser.newContext();
    const page = await openPage(visitor, demo.pageUrl(`provenance.html?serial=${encodeURIComponent(serial)}`));
    const widget = await shownRecord(page);
    const alert = widget.getByRole('alert');
    await alert.waitFor();
    const alertText = await alert.innerText();
    assert.match(alertText, /Reported stolen/i);
    assert.match(alertText, /This piece was reported stolen on /);
    assert.match(alertText, /Do not buy it/);
    // Still the brand's own, signed, record: the warning is not a verification failure.
    await widget.getByText(verifiedNote).waitFor();
    assert.match(await widget.locator('[part="timeline"]').innerText(), /Reported stolen/);
    await visitor.close();
  });
});

test('"check before you buy": typing a stolen serial into the lookup form shows the stolen alert', async () => {
  const demo = started();
  await demo.explainFailure(async () => {
    const stolen = demo.credentials.specialPieces.stolen;
    assert.ok(stolen, 'the demo seed has a stolen piece');
    const visitor = await demo.browser.newContext();
    const page = await openPage(visitor, demo.pageUrl('provenance.html'));
    const widget = page.locator('atelier-provenance');
    await widget.getByLabel('Serial number or Digital Link').fill(stolen);
    await widget.getByRole('button', { name: 'Check' }).click();
    await shownRecord(page);
    assert.match(await widget.getByRole('alert').innerText(), /This piece was reported stolen on /);
    assert.match(await widget.getByRole('region', { name: 'The piece' }).innerText(), new RegExp(stolen));
    await visitor.close();
  });
});

test('the second-hand listing shows its fixed piece with the service and modification the demo recorded', async () => {
  const demo = started();
  await demo.explainFailure(async () => {
    const listed = await listedSerial();
    const record = await demo.staff.provenance.get(listed);
    const [modification] = record.modifications;
    const service = record.services.find((each) => each.serviceType === 'water_resistance_test');
    assert.ok(modification && service, 'the demo gave the listed piece a modification and a pressure test');

    const visitor = await demo.browser.newContext();
    const page = await openPage(visitor, demo.pageUrl('listing.html'));
    const widget = await shownRecord(page);
    assert.equal(await widget.getByLabel('Serial number or Digital Link').count(), 0, 'a listing of one piece has no lookup form');
    await widget.getByText(verifiedNote).waitFor();
    assert.match(await widget.getByRole('region', { name: 'The piece' }).innerText(), new RegExp(listed));
    assert.match(await widget.getByRole('region', { name: 'Modifications' }).innerText(), new RegExp(escapeRegExp(modification.what)));
    // The demo's pressure test (`water_resistance_test`), shown by its English name, never as the code.
    const services = await widget.getByRole('region', { name: 'Services' }).innerText();
    assert.match(services, new RegExp(`Water-resistance test, service centre in ${escapeRegExp(service.centreCity)}`));
    assert.doesNotMatch(services, new RegExp(service.serviceType));
    // From the listing, the buyer can reach the maison's own check page.
    await page.getByRole('link', { name: "Maison Aubert's site" }).click();
    await page.waitForURL(demo.pageUrl('provenance.html'));
    await visitor.close();
  });
});

test("the warranty card's QR code for registration opens the activation form with the serial filled in", async () => {
  const demo = started();
  await demo.explainFailure(async () => {
    const piece = demo.credentials.samplePieces[1];
    assert.ok(piece, 'the demo seed lists a second sample piece');
    const visitor = await demo.browser.newContext();
    const { gtin } = await demo.staff.items.get(piece.serial);
    assert.ok(gtin, 'the demo seed gives every piece its model\'s GTIN');
    const registerLink = buildDigitalLink({ gtin, serial: piece.serial, baseUrl: demo.demo.apiBase, linkType: 'gs1:registerProduct' });
    const page = await openPage(visitor, registerLink);
    assert.equal(page.url(), demo.pageUrl(`?serial=${encodeURIComponent(piece.serial)}`));
    const serialField = page.locator('atelier-warranty-activation').getByLabel('Serial number');
    await serialField.waitFor();
    assert.equal(await serialField.inputValue(), piece.serial);
    await visitor.close();
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
