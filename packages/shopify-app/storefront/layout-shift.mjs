// What the storefront's browser tests measure of a page's stability: the layout shift score a shopper
// would get (CLS's sum, shifts right after an input left out) of what Atelier can move: its blocks and
// what comes after the first of them. A block can only push what follows it; the bench theme's header,
// above every block, moved a few pixels once in a few dozen loads on a busy machine (its menu icon and
// system fonts settling, before the page's load event and before any Atelier code runs), which said
// nothing about the widgets and failed the tests at random.

/** Records `page`'s layout shifts from its next navigation on; call before `goto`. */
export function recordLayoutShifts(page) {
  return page.evaluateOnNewDocument(() => {
    window.layoutShiftScore = 0;
    const movable = Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY;
    /** Whether `node` is an Atelier block, in one, or after the first: what a block's size can move. */
    const atelierCanMove = (node) => {
      const firstBlock = document.querySelector('[data-atelier-widget]');
      return Boolean(node && firstBlock && (node === firstBlock || firstBlock.compareDocumentPosition(node) & movable));
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput && entry.sources.some((source) => atelierCanMove(source.node))) window.layoutShiftScore += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift score recorded so far. */
export function layoutShiftScore(page) {
  return page.evaluate(() => window.layoutShiftScore);
}
