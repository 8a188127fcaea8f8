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

/**
 * The chunks each widget's chunk imports (the runtime, the contract…), each after those it imports,
 * then the widget's own chunk:
 * written in by scripts/build.mjs in the CDN build (this text is its marker; in the npm build it
 * stays, and the app's bundler decides). Evaluated one per task before the widget's own chunk, so
 * no single task evaluates them all (issue 18: no task of 50 ms at Lighthouse's 4× CPU slowdown);
 * fetched at once beforehand (modulepreload), so staging them adds no round trip.
 */
const sharedChunks: Partial<Record<string, readonly string[]>> = JSON.parse('{"atelier:shared-chunks":[]}') as Partial<Record<string, readonly string[]>>;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const preloaded = new Set<string>();

function preload(file: string): string {
  const href = new URL(file, import.meta.url).href;
  if (!preloaded.has(href)) {
    preloaded.add(href);
    document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
  }
  return href;
}

async function importInStages(tagName: string, importWidget: () => Promise<unknown>): Promise<unknown> {
  // The last is the widget's own chunk: preloaded with the rest, evaluated by `importWidget`.
  const hrefs = (sharedChunks[tagName] ?? []).map(preload).slice(0, -1);
  for (const href of hrefs) {
    await import(/* @vite-ignore */ href);
    await nextTask();
  }
  return importWidget();
}

const requested = new Set<string>();

function load(tagName: string): void {
  const importWidget = widgetModules[tagName];
  if (!importWidget || requested.has(tagName) || customElements.get(tagName)) return;
  requested.add(tagName);
  importInStages(tagName, importWidget).catch((error: unknown) => {
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
