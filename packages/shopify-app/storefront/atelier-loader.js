/**
 * The storefront loader of the Atelier theme app extension, shipped as `assets/atelier-loader.js`
 * by `scripts/build-extension.mjs` (which fills in `widgetChunks` and minifies it).
 *
 * Shopify includes it as a classic deferred script (the `javascript` key of a block's schema), once
 * per page however many blocks name it. It downloads no widget code by itself: it watches every
 * Atelier block and imports that block's widget only when the block comes near the viewport, so a
 * product page whose blocks sit below the fold pays nothing for them until the shopper scrolls, and
 * never before the page itself has loaded, so a block under the price does not slow its images.
 *
 * Each block reserves its own space in the HTML the theme renders (a min-height on the wrapper):
 * anything a deferred script did to reserve space would come after the first paint and be a layout
 * shift itself. Once the widget is there, the loader gives the reservation back as soon as the
 * block is off-screen, where the widget's real height moves nothing the shopper sees (scroll
 * anchoring keeps the visible part still), so a reservation taller than the widget leaves no gap.
 * It marks each block's progress in `data-atelier-state` (waiting, loading, ready, failed) for
 * themes and tests; a failed block's space is given back at once.
 *
 * When a customer is logged in, the blocks say so (`data-atelier-customer`, rendered by Liquid) and
 * the loader asks the app proxy for that customer once per page, the first time a form that can be
 * prefilled nears the viewport, then sets the form's prefill attributes before importing the widget.
 * The customer's details are fetched rather than rendered into the page so they never sit in HTML a
 * cache or the theme editor could keep; without a logged-in customer, no request is made.
 */
(() => {
  // A theme can name the loader twice (an app embed and a block, or a copied snippet): run once.
  const loaderRegistryKey = Symbol.for('atelier.storefront-loader');
  if (window[loaderRegistryKey]) return;
  window[loaderRegistryKey] = true;

  /**
   * Tag name → the files of the widget's code, next to this file: `now`, the chunks it shares with
   * other widgets (the runtime, the contract…), each after those it imports, then its own chunk;
   * `later`, what it imports once drawn (the activation form's validation and transport). Filled in at
   * build time (scripts/build-extension.mjs).
   */
  const widgetChunks = /* atelier:widget-chunks */ {};

  /**
   * How far outside the viewport a block starts loading: about one phone screen ahead, so the
   * widget is usually ready by the time it scrolls into view.
   */
  const preloadDistance = '600px 0px';

  const blockSelector = '[data-atelier-widget]';

  /** Tag name → the attribute each field of the app proxy's `/customer` answer prefills. */
  const customerPrefills = {
    'atelier-warranty-activation': { name: 'owner-name', email: 'owner-email', country: 'owner-country' },
    'atelier-repair-booking': { name: 'contact-name', email: 'contact-email' },
  };

  // `import()` in a classic script resolves against the page, not the script: chunks are found
  // next to the loader's own URL instead (the extension's asset folder on Shopify's CDN). Should a
  // theme ever include it as a module, where there is no currentScript, the tag is found by name.
  const loaderScript = document.currentScript || document.querySelector('script[src*="/atelier-loader.js"]');
  const assetBase = new URL('.', loaderScript ? loaderScript.src : document.baseURI);

  /** One import per widget, shared by every block of that widget on the page. */
  const widgetImports = new Map();

  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
  const preloaded = new Set();

  function preload(file) {
    const href = new URL(file, assetBase).href;
    if (!preloaded.has(href)) {
      preloaded.add(href);
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.append(link);
    }
    return href;
  }

  /**
   * How many chunk downloads one task starts: adding a `modulepreload` link costs the main thread
   * about 2.5 ms (10 ms at Lighthouse's 4× CPU slowdown), and a widget has 11–15 chunks (issue 18).
   */
  const preloadsPerTask = 2;

  /** Starts fetching `files` a few per task, and gives their URLs in the same order. */
  async function preloadInSteps(files) {
    const hrefs = [];
    for (const file of files) {
      if (hrefs.length > 0 && hrefs.length % preloadsPerTask === 0) await nextTask();
      hrefs.push(preload(file));
    }
    return hrefs;
  }

  async function importOnePerTask(hrefs) {
    for (const href of hrefs) {
      await import(href);
      await nextTask();
    }
  }

  /**
   * Fetches the widget's files, a few per task (modulepreload: downloaded and compiled, not run), then runs
   * them one per task, the widget's own last, and what it needs once drawn after it: one task running
   * them all held the shopper's main thread past 50 ms at Lighthouse's 4× CPU slowdown (issue 18).
   */
  async function importInStages(tagName, { now, later }) {
    const hrefs = await preloadInSteps(now);
    await importOnePerTask(hrefs.slice(0, -1));
    // Announced before the widget is defined: a widget that needs its `later` code at once (the
    // activation form asks for the brand when drawn) waits for it rather than import it in one go,
    // one task running zod, ky and the contract (the widgets' base/loader-stages.ts reads this).
    let laterEvaluated;
    const stages = (globalThis[Symbol.for('atelier.loader-stages')] ??= {});
    stages[tagName] = new Promise((resolve) => (laterEvaluated = resolve));
    let widget;
    try {
      widget = await import(hrefs[hrefs.length - 1]);
    } catch (error) {
      laterEvaluated();
      throw error;
    }
    // The widget draws in the next task; then what it imports once drawn is run in steps.
    nextTask()
      .then(() => preloadInSteps(later))
      .then(importOnePerTask)
      .catch(() => {
        // The widget loads what it needs itself, and says so if it cannot.
      })
      .finally(laterEvaluated);
    return widget;
  }

  function importWidget(tagName) {
    let pending = widgetImports.get(tagName);
    if (!pending) {
      pending = Object.hasOwn(widgetChunks, tagName)
        ? importInStages(tagName, widgetChunks[tagName])
        : Promise.reject(new Error(`this version of the Atelier app does not ship <${tagName}>`));
      // A failed download (offline, a blocked request) may work on the next block that asks.
      pending.catch(() => widgetImports.delete(tagName));
      widgetImports.set(tagName, pending);
    }
    return pending;
  }

  /** The logged-in customer (or null), asked of the app proxy once per page, on first need. */
  let pendingCustomer;

  function loggedInCustomer(apiBase) {
    // Same origin with its cookies: Shopify adds the signed logged_in_customer_id only then.
    if (pendingCustomer) return pendingCustomer;
    pendingCustomer = fetch(`${apiBase}/customer`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : { customer: null }))
      .then((answer) => answer.customer || null)
      // A form without a prefill still works: never let this hold a widget back.
      .catch(() => null);
    return pendingCustomer;
  }

  /** Sets the widget's prefill attributes from the logged-in customer; the theme's own values win. */
  function prefillCustomer(block, tagName) {
    const widget = block.querySelector(tagName);
    const prefills = customerPrefills[tagName];
    if (!widget || !prefills || !block.hasAttribute('data-atelier-customer')) return Promise.resolve();
    return loggedInCustomer(widget.getAttribute('api-base') || '/apps/atelier').then((customer) => {
      for (const [field, attribute] of Object.entries(prefills)) {
        if (customer && customer[field] && !widget.hasAttribute(attribute)) widget.setAttribute(attribute, customer[field]);
      }
    });
  }

  function setState(block, state) {
    block.setAttribute('data-atelier-state', state);
  }

  function releaseReservedSpace(block) {
    // The merchant's height is on the block; the measured one (snippets/atelier-reserved-height.liquid) on the widget.
    block.style.minHeight = '0';
    if (block.firstElementChild) block.firstElementChild.style.minHeight = '0';
  }

  const offScreen = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) continue;
      offScreen.unobserve(entry.target);
      releaseReservedSpace(entry.target);
    }
  });

  /**
   * The longest the loader waits for the page's load event: a theme whose last image or third-party
   * script never finishes must not keep the blocks empty.
   */
  const pageLoadWaitLimitMs = 4000;

  /**
   * Settles once the page has loaded (its images, the theme's scripts) and the browser is idle after
   * it. No widget downloads or runs before: under slow mobile networks the widgets' chunks otherwise
   * share the link with the product image, and the storefront bench measured its largest contentful
   * paint 230–370 ms later with blocks under the price (issue 18: at most 1 point of score lost).
   */
  const pageSettled = new Promise((resolve) => {
    // After the frame that paints the loaded page (its largest image often paints only then), once idle.
    const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 0));
    const afterIdle = () => requestAnimationFrame(() => setTimeout(whenIdle, 0));
    if (document.readyState === 'complete') return afterIdle();
    window.addEventListener('load', afterIdle, { once: true });
    setTimeout(resolve, pageLoadWaitLimitMs);
  });

  function loadBlock(block) {
    const tagName = block.getAttribute('data-atelier-widget');
    setState(block, 'loading');
    pageSettled
      .then(() => prefillCustomer(block, tagName))
      .then(() => importWidget(tagName))
      .then(() => customElements.whenDefined(tagName))
      .then(() => {
        setState(block, 'ready');
        offScreen.observe(block);
      })
      .catch((error) => {
        setState(block, 'failed');
        // An empty reserved box helps nobody once the widget cannot come.
        releaseReservedSpace(block);
        console.error(`[atelier] could not load <${tagName}>:`, error);
      });
  }

  const nearViewport = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        nearViewport.unobserve(entry.target);
        loadBlock(entry.target);
      }
    },
    { rootMargin: preloadDistance },
  );

  function watchBlocks(root) {
    const blocks = root.matches && root.matches(blockSelector) ? [root] : [];
    for (const block of root.querySelectorAll(blockSelector)) blocks.push(block);
    for (const block of blocks) {
      if (block.hasAttribute('data-atelier-state')) continue;
      setState(block, 'waiting');
      nearViewport.observe(block);
    }
  }

  watchBlocks(document);
  // The theme editor re-renders a section when a merchant adds a block or changes a setting, and
  // some themes render sections after load (quick view, infinite scroll): watch those blocks too.
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) watchBlocks(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
