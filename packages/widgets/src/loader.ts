/**
 * The CDN entry: a few hundred bytes that look for atelier-* tags in the page, now and as they
 * are added later, and load only the chunks of the widgets the page uses.
 */
const widgetModules: Record<string, () => Promise<unknown>> = {
  'atelier-warranty-activation': () => import('./components/warranty-activation/warranty-activation.ts'),
  'atelier-provenance': () => import('./components/provenance/provenance.ts'),
  'atelier-repair-booking': () => import('./components/repair-booking/repair-booking.ts'),
  'atelier-service-tracker': () => import('./components/service-tracker/service-tracker.ts'),
  'atelier-owner-portal': () => import('./components/owner-portal/owner-portal.ts'),
};

const requested = new Set<string>();

function load(tagName: string): void {
  const importWidget = widgetModules[tagName];
  if (!importWidget || requested.has(tagName) || customElements.get(tagName)) return;
  requested.add(tagName);
  importWidget().catch((error: unknown) => {
    requested.delete(tagName);
    console.error(`[atelier] could not load <${tagName}>.`, error);
  });
}

function discover(root: ParentNode): void {
  for (const tagName of Object.keys(widgetModules)) {
    if (root.querySelector(tagName)) load(tagName);
  }
}

function watch(): void {
  discover(document);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) continue;
        const tagName = node.localName;
        if (tagName in widgetModules) load(tagName);
        discover(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch, { once: true });
else watch();
