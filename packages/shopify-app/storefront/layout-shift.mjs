// What the storefront's browser tests measure of a page's stability: the layout shift score a shopper
// would get (CLS's sum, shifts right after an input left out), recorded from the page's first paint.

/** Records `page`'s layout shifts from its next navigation on; call before `goto`. */
export function recordLayoutShifts(page) {
  return page.evaluateOnNewDocument(() => {
    window.layoutShiftScore = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShiftScore += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift score recorded so far. */
export function layoutShiftScore(page) {
  return page.evaluate(() => window.layoutShiftScore);
}
