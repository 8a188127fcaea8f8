// The storefront loader in Chromium, on the storefront bench's product page (the extension's own
// Liquid and the built assets/): widget code arrives only when a block nears the viewport, and the
// space the block reserves keeps the page still when it does.
// Needs scripts/build-extension.mjs to have run (the package's test script does).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../scripts/chromium.mjs';
import { benchCustomer, startStorefrontBench } from '../scripts/storefront-bench-server.mjs';
import { layoutShiftScore, recordLayoutShifts } from './layout-shift.mjs';

const phoneViewport = { width: 412, height: 823 };
const desktopViewport = { width: 1280, height: 1000 };
/** Tall enough that every block under the price is near the viewport: the activation form alone is ~1,200 px. */
const tallDesktopViewport = { width: 1280, height: 2600 };
/** Layout shift score a shopper cannot see (Google calls anything under 0.1 "good"). */
const negligibleLayoutShift = 0.01;
/** Layout shift score of content visibly jumping. */
const noticeableLayoutShift = 0.05;
const widgetChunk = /\/assets\/(warranty-activation|provenance|atelier-runtime)-[\w-]+\.js$/;

let bench;
let browser;

before(async () => {
  bench = await startStorefrontBench();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await bench?.close();
});

/** A page that records the URLs it requests and the layout shifts it makes. */
async function openPage(url, viewport, { rewriteHtml } = {}) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  if (rewriteHtml) {
    await page.setRequestInterception(true);
    page.on('request', async (request) => {
      if (request.url() !== url) return request.continue();
      const html = await (await fetch(url)).text();
      return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: rewriteHtml(html) });
    });
  }
  await recordLayoutShifts(page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, requested };
}

const blockStates = (page) => page.$$eval('[data-atelier-widget]', (blocks) => blocks.map((block) => block.getAttribute('data-atelier-state')));
const allReady = (page) => page.waitForFunction(() => [...document.querySelectorAll('[data-atelier-widget]')].every((block) => block.getAttribute('data-atelier-state') === 'ready'));

describe('storefront loader', () => {
  it('is requested once, after the page has loaded, however many blocks ask for it', async () => {
    const { page, requested } = await openPage(bench.withAtelierAllUrl, phoneViewport);
    await page.waitForNetworkIdle();
    assert.equal(requested.filter((url) => url.endsWith('/assets/atelier-loader.js')).length, 1, 'four blocks, one request');
    const { loadEventStart, loaderStart } = await page.evaluate(() => ({
      loadEventStart: performance.getEntriesByType('navigation')[0].loadEventStart,
      loaderStart: performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/atelier-loader.js')).startTime,
    }));
    assert.ok(loaderStart >= loadEventStart, `the loader was requested at ${loaderStart} ms, before the load event (${loadEventStart} ms)`);
    await page.close();
  });

  it('downloads no widget code while the blocks are far below the first screen, and loads them as the shopper scrolls', async () => {
    const { page, requested } = await openPage(bench.withAtelierUrl, phoneViewport);
    // The loader ran (every block is watched) and the page is idle: still no widget code.
    await page.waitForNetworkIdle();
    assert.deepEqual(await blockStates(page), ['waiting', 'waiting']);
    assert.deepEqual(requested.filter((url) => widgetChunk.test(url)), []);

    await page.$eval('[data-atelier-widget="atelier-warranty-activation"]', (block) => block.scrollIntoView());
    await allReady(page);
    assert.ok(await page.evaluate(() => Boolean(customElements.get('atelier-warranty-activation') && customElements.get('atelier-provenance'))));
    const chunks = requested.filter((url) => widgetChunk.test(url));
    assert.equal(chunks.filter((url) => url.includes('atelier-runtime')).length, 1, 'the widgets share one runtime download');
    await page.close();
  });

  it('keeps the page still when widgets appear in view, because each block reserved its space', async () => {
    const { page } = await openPage(bench.withAtelierHighUrl, tallDesktopViewport);
    await allReady(page);
    await page.waitForNetworkIdle();
    const score = await layoutShiftScore(page);
    assert.ok(score < negligibleLayoutShift, `layout shift ${score}`);
    await page.close();
  });

  it('leaves no gap under a widget shorter than its reservation once the shopper has scrolled past it', async () => {
    const { page } = await openPage(bench.withAtelierHighUrl, phoneViewport);
    const provenance = '[data-atelier-widget="atelier-provenance"]';
    await page.$eval(provenance, (block) => block.scrollIntoView());
    await allReady(page);
    await page.waitForNetworkIdle();
    // The reservation is a min-height on the widget (its lookup form's measured height); what it draws is its panel.
    const heights = () =>
      page.$eval(provenance, (block) => ({
        block: block.getBoundingClientRect().height,
        drawn: block.firstElementChild.shadowRoot.firstElementChild.getBoundingClientRect().height,
      }));
    const inView = await heights();
    assert.ok(inView.block > inView.drawn + 10, 'while in view, the block keeps its reservation (the bench piece is unknown: a short widget)');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction((selector) => document.querySelector(selector).firstElementChild.style.minHeight === '0px', {}, provenance);
    const offScreen = await heights();
    assert.ok(Math.abs(offScreen.block - offScreen.drawn) < 1, `block ${offScreen.block} px, widget drawn ${offScreen.drawn} px`);
    await page.close();
  });

  it('would shift the page without the reserved space (so the test above can fail)', async () => {
    const { page } = await openPage(bench.withAtelierHighUrl, desktopViewport, {
      rewriteHtml: (html) => html.replaceAll(/<style>\s*#atelier-block-[\s\S]*?<\/style>/g, '').replaceAll(/min-height: \d+px;/g, 'min-height: 0px;'),
    });
    await allReady(page);
    await page.waitForNetworkIdle();
    const score = await layoutShiftScore(page);
    assert.ok(score > noticeableLayoutShift, `layout shift ${score}`);
    await page.close();
  });

  it('prefills the activation and booking forms with the logged-in customer, asking the app proxy once', async () => {
    const { page, requested } = await openPage(bench.withAtelierCustomerUrl, tallDesktopViewport);
    await allReady(page);
    const customerRequests = requested.filter((url) => url.endsWith('/apps/atelier/customer'));
    assert.equal(customerRequests.length, 1, 'one request for the two forms');
    const attributes = await page.$$eval('atelier-warranty-activation, atelier-repair-booking', (widgets) =>
      widgets.map((widget) => Object.fromEntries([...widget.attributes].filter((a) => /^(owner|contact)-/.test(a.name)).map((a) => [a.name, a.value]))),
    );
    assert.deepEqual(attributes, [
      { 'owner-name': benchCustomer.name, 'owner-email': benchCustomer.email, 'owner-country': benchCustomer.country },
      { 'contact-name': benchCustomer.name, 'contact-email': benchCustomer.email },
    ]);
    const ownerName = () => page.$eval('atelier-warranty-activation', (widget) => widget.shadowRoot.querySelector('[name="owner.name"]')?.value);
    await page.waitForFunction(() => document.querySelector('atelier-warranty-activation').shadowRoot.querySelector('[name="owner.name"]'));
    assert.equal(await ownerName(), benchCustomer.name);
    await page.close();
  });

  it('asks nothing about a customer when nobody is logged in', async () => {
    const { page, requested } = await openPage(bench.withAtelierHighUrl, tallDesktopViewport);
    await allReady(page);
    await page.waitForNetworkIdle();
    assert.deepEqual(requested.filter((url) => url.includes('/apps/atelier/customer')), []);
    await page.close();
  });

  it('wakes blocks a section adds later (theme editor), and gives back the space of one whose widget it cannot load', async () => {
    const { page } = await openPage(bench.withoutAtelierUrl, desktopViewport);
    await page.evaluate((loaderUrl) => {
      const script = document.createElement('script');
      script.src = loaderUrl;
      document.head.append(script);
    }, `${bench.origin}/cdn/extensions/atelier/assets/atelier-loader.js`);
    await page.waitForFunction(() => window[Symbol.for('atelier.storefront-loader')] === true);
    // Added after the loader ran, as the theme editor does when a merchant adds a block.
    await page.evaluate(() => {
      const block = document.createElement('div');
      block.setAttribute('data-atelier-widget', 'atelier-not-shipped');
      block.style.minHeight = '300px';
      document.querySelector('.product__title').after(block);
    });
    await page.waitForFunction(() => document.querySelector('[data-atelier-widget]').getAttribute('data-atelier-state') === 'failed');
    assert.equal(await page.$eval('[data-atelier-widget]', (block) => block.getBoundingClientRect().height), 0);
    await page.close();
  });
});
