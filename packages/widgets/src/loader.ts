/**
 * The CDN entry: a few hundred bytes that look for atelier-* tags in the page, now and as they
 * are added later, and load only the chunks of the widgets the page uses.
 */
import type { AtelierMessages } from './messages.ts';

export type { AtelierMessages } from './messages.ts';

/**
 * The brand's words for every widget on the page, per locale: the same as the package's
 * `setAtelierMessages` (src/messages.ts), written out here so the loader stays a few hundred bytes
 * and imports nothing a page without widgets would download. Both store the words where the widgets
 * read them (base/message-overrides.ts: `Symbol.for('atelier.messages')` on `globalThis`) and
 * tell them with an `atelier-messages` event, so a call before any widget has loaded counts too.
 */
export function setAtelierMessages(messages: AtelierMessages): void {
  const page = globalThis as { [key: symbol]: AtelierMessages[] | undefined };
  (page[Symbol.for('atelier.messages')] ??= []).push(messages);
  dispatchEvent(new Event('atelier-messages'));
}

const widgetModules: Record<string, () => Promise<unknown>> = {
  'atelier-warranty-activation': () => import('./components/warranty-activation/warranty-activation.ts'),
  'atelier-provenance': () => import('./components/provenance/provenance.ts'),
  'atelier-repair-booking': () => import('./components/repair-booking/repair-booking.ts'),
  'atelier-service-tracker': () => import('./components/service-tracker/service-tracker.ts'),
  'atelier-owner-portal': () => import('./components/owner-portal/owner-portal.ts'),
};

/**
 * Per widget, `now`: the chunks its chunk imports (the runtime, the contract…), each after those it
 * imports, then the widget's own chunk; `later`: what it imports once drawn (the activation form's
 * validation and transport), in the same order. Written in by scripts/build.mjs in the CDN build
 * (this text is its marker; in the npm build it stays, and the app's bundler decides). A page's
 * module graph is otherwise evaluated in one task when the widget is imported, which held the main
 * thread past 50 ms at Lighthouse's 4× CPU slowdown (issue 18): evaluated one chunk per task instead,
 * fetched beforehand (modulepreload, a few per task), so staging adds no round trip.
 */
interface WidgetChunks {
  now: readonly string[];
  later: readonly string[];
}

const widgetChunks: Partial<Record<string, WidgetChunks>> = JSON.parse('{"atelier:shared-chunks":[]}') as Partial<Record<string, WidgetChunks>>;

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

/**
 * How many chunk downloads one task starts. Adding a `modulepreload` link costs the main thread about
 * 2.5 ms (10 ms at Lighthouse's 4× CPU slowdown), and a widget has 11–15 chunks: started in one task,
 * they were the longest task of the page's first render (issue 18, `bench:first-render --profile`).
 */
const preloadsPerTask = 2;

/** Starts fetching `files` a few per task, and gives their URLs in the same order. */
async function preloadInSteps(files: readonly string[]): Promise<string[]> {
  const hrefs: string[] = [];
  for (const file of files) {
    if (hrefs.length > 0 && hrefs.length % preloadsPerTask === 0) await nextTask();
    hrefs.push(preload(file));
  }
  return hrefs;
}

async function importOnePerTask(hrefs: readonly string[]): Promise<void> {
  for (const href of hrefs) {
    await import(/* @vite-ignore */ href);
    await nextTask();
  }
}

async function importInStages(tagName: string, importWidget: () => Promise<unknown>): Promise<void> {
  const chunks = widgetChunks[tagName];
  // The last of `now` is the widget's own chunk: preloaded with the rest, evaluated by `importWidget`.
  const now = await preloadInSteps(chunks?.now ?? []);
  await importOnePerTask(now.slice(0, -1));
  // Announced before the widget is defined: a widget that needs its `later` code at once (the
  // activation form asks for the brand as soon as it is drawn) waits for this rather than import it
  // in one go, which evaluated zod, ky and the contract in one task (base/loader-stages.ts).
  const later = await preloadInSteps(chunks?.later ?? []);
  let laterEvaluated!: () => void;
  loaderStages()[tagName] = new Promise<void>((resolve) => (laterEvaluated = resolve));
  try {
    await importWidget();
    // The widget draws in the next task; then its `later` chunks are evaluated, one per task.
    await nextTask();
    await importOnePerTask(later);
  } finally {
    laterEvaluated();
  }
}

/** Per widget tag, when the loader has evaluated the code that widget loads after its first render (base/loader-stages.ts reads it). */
function loaderStages(): Record<string, Promise<void>> {
  const page = globalThis as { [key: symbol]: Record<string, Promise<void>> | undefined };
  return (page[Symbol.for('atelier.loader-stages')] ??= {});
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
