// End to end, the example brand site keeps still while its widgets arrive: on every page and deep
// link (the warranty card's QR link, the confirmation e-mail's link, the provenance and booking
// links, a repair e-mail's tracker link, the owner's sign-in link), at a phone's and a computer's width, the layout shift score a
// visitor would get — CLS's sum, recorded from the first paint with a layout-shift observer — is 0
// once every widget has drawn itself (issue 20, "Stable layout"; the widgets README says how a page
// keeps a widget's place).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { demoStackForThisFile } from './support/demo-stack.ts';

const started = demoStackForThisFile();

const viewports = { phone: { width: 412, height: 823 }, computer: { width: 1280, height: 1000 } } as const;

/** Every shift the page makes without an input just before it, from its first paint on. */
async function recordLayoutShifts(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const recorded: { value: number; sources: string[] }[] = [];
    (window as unknown as { layoutShifts: typeof recorded }).layoutShifts = recorded;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
        if (entry.hadRecentInput) continue;
        recorded.push({ value: entry.value, sources: (entry.sources ?? []).map((source) => (source.node instanceof Element ? `${source.node.localName}${source.node.id ? `#${source.node.id}` : ''}` : String(source.node?.nodeName))) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Waits until every widget on the page is defined and has drawn, and the page's requests are done. */
async function widgetsDrawn(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    const widgets = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('atelier-'));
    for (const widget of widgets) {
      await customElements.whenDefined(widget.localName);
      await (widget as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    }
  });
  // Two frames: a shift is reported after the frame that made it.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test('every page and deep link of the brand site keeps still while its widgets arrive, on a phone and a computer', async () => {
  const demo = started();
  await demo.explainFailure(async () => {
    const piece = demo.credentials.samplePieces[0];
    assert.ok(piece, 'the demo seed lists a sample piece');
    const pages = [
      'index.html',
      `index.html?serial=${piece.serial}`,
      'index.html#atelier-confirmation=not-a-real-token',
      'provenance.html',
      `provenance.html?serial=${piece.serial}`,
      'repair.html',
      `repair.html?serial=${piece.serial}`,
      'repair.html#atelier-tracker=AT-R-0000.not-a-real-token',
      'my-pieces.html',
      'my-pieces.html#atelier-owner-sign-in=not-a-real-token',
    ];
    const shifted: string[] = [];
    for (const [device, viewport] of Object.entries(viewports)) {
      const context = await demo.browser.newContext({ viewport });
      await recordLayoutShifts(context);
      for (const path of pages) {
        const page = await context.newPage();
        await page.goto(demo.pageUrl(path));
        await widgetsDrawn(page);
        const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: { value: number; sources: string[] }[] }).layoutShifts);
        const score = shifts.reduce((sum, shift) => sum + shift.value, 0);
        if (score > 0) {
          // The widgets' heights as drawn: what a page's reservation (examples/brand-site/src/styles.css) must hold.
          const heights = await page.$$eval('[class$="-widget"], atelier-owner-portal', (widgets) => widgets.map((widget) => `${widget.localName} ${Math.ceil(widget.getBoundingClientRect().height)} px`));
          shifted.push(`${device} ${path}: ${score.toFixed(4)} (${shifts.map((shift) => `${shift.value.toFixed(4)} moving ${shift.sources.join(', ')}`).join('; ')}; drawn: ${heights.join(', ')})`);
        }
        await page.close();
      }
      await context.close();
    }
    assert.deepEqual(shifted, [], 'no page moves while its widgets arrive');
  });
});
