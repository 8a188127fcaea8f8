// End to end, the component gallery of the example site (gallery.html): every widget reaches each
// of its states in the chosen theme and language, against the real demo server, and showing the
// states that answer a submission changes nothing in the brand's registry.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, uiTimeoutMs } from './support/activation.ts';
import { demoStackForThisFile, type DemoStack } from './support/demo-stack.ts';

// The piece the gallery's "registered" state types in (examples/brand-site/src/gallery.ts).
const gallerySerial = 'MA-240003';

const started = demoStackForThisFile();


/** Opens the gallery and waits until every card has reached its state (or said why not). */
async function openGallery(demo: DemoStack, query: string): Promise<Page> {
  const page = await openPage(await demo.browser.newContext(), demo.pageUrl(`gallery.html${query}`));
  await page.waitForSelector('body[data-gallery-complete]', { timeout: uiTimeoutMs * 2 });
  return page;
}

/** The visible text of one card's widget, through its shadow root. */
function widgetText(page: Page, cardId: string): Promise<string> {
  return page.locator(`#${cardId} > :last-child`).evaluate((widget) => (widget.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
}

test('every widget reaches each of its states, in English and the light theme', async () => {
  const demo = started();
  await demo.explainFailure(async () => {
    const page = await openGallery(demo, '');
    const cards = await page.$$eval('.gallery-card', (found) => found.map((card) => ({ id: card.id, ready: card.hasAttribute('data-gallery-ready'), error: card.getAttribute('data-gallery-error') })));
    assert.ok(cards.length >= 16, `the gallery shows the states (${cards.length})`);
    for (const card of cards) assert.ok(card.ready, `${card.id} reached its state${card.error ? `: ${card.error}` : ''}`);
    const widgets = new Set(await page.$$eval('.gallery-card > :last-child', (found) => found.map((widget) => widget.localName)));
    assert.deepEqual([...widgets].sort(), ['atelier-owner-portal', 'atelier-provenance', 'atelier-repair-booking', 'atelier-service-tracker', 'atelier-warranty-activation']);

    assert.match(await widgetText(page, 'activation-field-errors'), /Please correct \d+ fields:.*This field is required\./);
    assert.match(await widgetText(page, 'activation-sent'), /Almost done: check your inbox.*MA-240003/);
    assert.match(await widgetText(page, 'activation-offline'), /We could not reach the server.*Your answers are kept/);
    assert.match(await widgetText(page, 'provenance-stolen'), /Verified.*Reported stolen/);
    assert.match(await widgetText(page, 'provenance-unknown'), /MA-999999/);
    assert.match(await widgetText(page, 'tracker-estimate'), /690\.00/);
    assert.match(await widgetText(page, 'tracker-not-found'), /We found no repair for this tracking code/);
    assert.match(await widgetText(page, 'portal-check-mail'), /Check your mail.*If lea\.martin@example\.com belongs to an owner of our pieces/);
    assert.match(await widgetText(page, 'portal-pieces'), /Méridienne Date.*Horlogerie du Rhône, Genève \(Switzerland\)/);
    assert.match(await widgetText(page, 'portal-report-stolen'), /will show as stolen in its public history/);
    assert.match(await widgetText(page, 'portal-offline'), /We could not reach the server/);
    assert.match(await widgetText(page, 'portal-preferences'), /Your preferences.*Only the care of my pieces and my repairs.*What you read:.*Horlogerie du Rhône, Genève \(Switzerland\).*Stop sharing with Horlogerie du Rhône/);
    assert.match(await widgetText(page, 'portal-erase'), /Erase your account now\?.*you can no longer sign in here.*keep their public history and their warranty/);
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page is back at its top once the states are reached');

    const piece = await demo.staff.items.get(gallerySerial);
    assert.equal(piece.warranty, null, 'the gallery\'s registered state changed nothing in the registry');
  });
});

test('opening the gallery tries no tracking code against the API, so switching its look never ends in "Too many attempts"', async () => {
  const demo = started();
  await demo.explainFailure(async () => {
    const context = await demo.browser.newContext();
    const lookups: string[] = [];
    context.on('request', (request) => {
      if (new URL(request.url()).pathname === '/v1/repairs/lookup') lookups.push(request.url());
    });
    const page = await openPage(context, demo.pageUrl('gallery.html'));
    await page.waitForSelector('body[data-gallery-complete]', { timeout: uiTimeoutMs * 2 });
    assert.match(await widgetText(page, 'tracker-not-found'), /We found no repair for this tracking code/);
    assert.deepEqual(lookups, [], 'the tracker\'s states answer from stand-ins');
  });
});

test('the theme and language chosen at the top apply to every widget', async () => {
  const demo = started();
  await demo.explainFailure(async () => {
    const page = await openGallery(demo, '?theme=dark&locale=fr&house=off');
    assert.match(await widgetText(page, 'activation-form'), /Activez votre garantie/);
    assert.match(await widgetText(page, 'tracker-form'), /Suivez votre réparation/);
    assert.match(await widgetText(page, 'portal-sign-in'), /Connectez-vous à vos pièces/);
    const themes = await page.$$eval('.gallery-card > :last-child', (found) => [...new Set(found.map((widget) => widget.getAttribute('theme')))]);
    assert.deepEqual(themes, ['dark']);
    // Dark: light text on the widget's own surface.
    const textColour = await page.locator('#activation-form > :last-child').evaluate((widget) => getComputedStyle(widget.shadowRoot!.querySelector('h2')!).color);
    const [red, green, blue] = textColour.match(/\d+/g)!.map(Number);
    assert.ok(red! + green! + blue! > 500, `the dark theme's headings are light (${textColour})`);
    assert.equal(await page.locator('#gallery-look select[name="locale"]').inputValue(), 'fr', 'the picker shows the language in use');
  });
});

test('a house style from the widgets README dresses every widget in the dark scheme, with no contrast warning', async () => {
  const demo = started();
  await demo.explainFailure(async () => {
    const page = await (await demo.browser.newContext()).newPage();
    page.setDefaultTimeout(uiTimeoutMs);
    const contrastWarnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' && /^\[atelier\] <atelier-[\w-]+>: --atelier-color-/.test(message.text())) contrastWarnings.push(message.text());
    });
    await page.goto(demo.pageUrl('gallery.html?theme=dark&house=perle'));
    await page.waitForSelector('body[data-gallery-complete]', { timeout: uiTimeoutMs * 2 });
    const cards = await page.$$eval('.gallery-card', (found) => found.map((card) => ({ id: card.id, ready: card.hasAttribute('data-gallery-ready'), error: card.getAttribute('data-gallery-error') })));
    for (const card of cards) assert.ok(card.ready, `${card.id} reached its state${card.error ? `: ${card.error}` : ''}`);
    // Perle's dark background (examples/brand-site/src/house-styles/perle.css), on every widget.
    const backgrounds = await page.$$eval('.gallery-card > :last-child', (found) => [...new Set(found.map((widget) => getComputedStyle(widget).backgroundColor))]);
    assert.deepEqual(backgrounds, ['rgb(29, 23, 25)']);
    // Its pill buttons, through ::part(primary-button).
    const radius = await page.locator('#activation-form > :last-child').evaluate((widget) => getComputedStyle(widget.shadowRoot!.querySelector('button[type="submit"]')!).borderTopLeftRadius);
    assert.equal(radius, '999px');
    assert.deepEqual(contrastWarnings, [], 'the development build checked every widget’s colours');
    assert.equal(await page.locator('#gallery-look select[name="house"]').inputValue(), 'perle', 'the picker shows the style in use');
  });
});
