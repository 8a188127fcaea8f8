// The space each block keeps for its widget (snippets/atelier-reserved-height.liquid) matches the
// widget as it renders, in every language and at every width the snippet knows, and keeps the page
// still on a phone and on a computer: measured again here, in Chromium, from the built assets/.
// Needs scripts/build-extension.mjs to have run (the package's test script does).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../scripts/chromium.mjs';
import { extensionWidgets } from '../scripts/extension-paths.mjs';
import { committedHeights, containerWidths, measureWidgetHeights, reservedHeightLanguages } from '../scripts/reserved-heights.mjs';
import { startStorefrontBench } from '../scripts/storefront-bench-server.mjs';
import { layoutShiftScore, recordLayoutShifts } from './layout-shift.mjs';

/** A pixel either way: text metrics round differently from one layout to the next. */
const tolerancePx = 2;
const viewports = { phone: { width: 412, height: 823 }, computer: { width: 1280, height: 1000 } };

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

describe('reserved heights', () => {
  it('reserve what each widget measures, in every language, at every width band', async () => {
    const measured = await measureWidgetHeights(browser, bench.origin);
    const committed = committedHeights();
    const stale = [];
    for (const { tagName } of extensionWidgets) {
      for (const { language } of reservedHeightLanguages) {
        const now = measured[tagName][language];
        const reserved = committed[tagName]?.[language] ?? [];
        containerWidths.forEach((width, index) => {
          if (!(Math.abs((reserved[index] ?? 0) - now[index]) <= tolerancePx)) stale.push(`${tagName} ${language} at ${width} px: reserves ${reserved[index]}, measures ${now[index]}`);
        });
      }
    }
    assert.deepEqual(stale, [], 'the snippet is out of date: run `node scripts/reserved-heights.mjs` in packages/shopify-app');
  });

  for (const [device, viewport] of Object.entries(viewports)) {
    it(`keeps the page still on a ${device} when any widget appears under the price, in every language`, async () => {
      const shifts = [];
      for (const { tagName, block } of extensionWidgets) {
        for (const { shopLocale } of reservedHeightLanguages) {
          const page = await browser.newPage();
          await page.setViewport(viewport);
          await recordLayoutShifts(page);
          await page.goto(`${bench.origin}/products/one-block/${block.replace(/\.liquid$/, '')}/${shopLocale}`, { waitUntil: 'load' });
          await page.waitForFunction(() => document.querySelector('[data-atelier-widget]')?.getAttribute('data-atelier-state') === 'ready', { timeout: 60_000 });
          await page.waitForNetworkIdle({ idleTime: 300 });
          const score = await layoutShiftScore(page);
          if (score > 0) shifts.push(`${tagName} in ${shopLocale}: ${score.toFixed(4)}`);
          await page.close();
        }
      }
      assert.deepEqual(shifts, []);
    });
  }
});
