// Serves the storefront bench over loopback: a product page shaped like Shopify's Dawn theme
// (storefront-bench/product.html), without and with Atelier, the second as a storefront renders the
// extension: the warranty activation and provenance app blocks in the product information, each
// rendered from the extension's own Liquid (scripts/render-block.mjs), which requests the loader once
// the page has loaded (snippets/atelier-loader-tag.liquid).
//
// Routes: /products/without-atelier, /products/with-atelier(-high|-all), /bench/* (the page's CSS, JS, images;
// the main photo drawn by storefront-bench/hero-photo.mjs),
// /cdn/extensions/atelier/assets/* (the extension's assets, as Shopify's CDN serves them) and
// /apps/atelier/* (where the app proxy would be: a stand-in that answers the brand configuration the
// activation form needs, and "unknown serial" for the provenance lookup, so both widgets draw a
// real state, as small and fast as a proxy on loopback). /products/one-block/<block>/<locale> is the page
// with one block under the price in a shop speaking <locale>. /products/with-atelier-customer is the
// page as a logged-in customer gets it, with the activation and repair booking blocks; the stand-in
// answers /apps/atelier/customer with that customer, as the app proxy would.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, normalize } from 'node:path';
import { assetsDir, benchDir } from './extension-paths.mjs';
import { renderBlock } from './render-block.mjs';
import { heroPhotoPng } from '../storefront-bench/hero-photo.mjs';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Sends `body`, gzipped when the browser accepts it and the type is text, as Shopify's storefront and
 * CDN send pages and assets (compressed). Uncompressed, the page with the blocks' markup (4.4 KB) was
 * 17 KB against 13 KB without: past the first TCP window (~14.6 KB) that Lighthouse's simulated slow
 * link models, so one more round trip (~150 ms) delayed first and largest paint in every placement,
 * including below the fold where no widget code loads — a cost of the bench, not of a storefront.
 */
function send(request, response, headers, body) {
  const compressible = /^(text\/|application\/(json|problem\+json)|image\/svg)/.test(headers['content-type'] ?? '');
  if (compressible && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    response.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(gzipSync(body));
  } else {
    response.writeHead(200, headers).end(body);
  }
}

/** A piece the provenance block shows, as a pre-owned listing would set it. */
const benchSerial = 'AT-100234';
const extensionAssetsPath = '/cdn/extensions/atelier/assets/';

/** What GET /v1/brand answers through the proxy (the contract's BrandConfig). */
const benchBrand = {
  id: 'brand_bench',
  name: 'Maison Horlogère',
  locales: ['en', 'fr', 'de'],
  defaultLocale: 'en',
  warrantyPolicy: { baseMonths: 60, monthsAddedPerService: 24, serviceIntervalMonths: 60 },
  retailers: [
    { id: 'retailer_geneva', name: 'Maison Horlogère Genève', country: 'CH', city: 'Geneva' },
    { id: 'retailer_paris', name: 'Maison Horlogère Paris', country: 'FR', city: 'Paris' },
  ],
};

/** Shopify's `customer` as the Liquid sees it, and what the app proxy's /customer answers for them. */
export const benchCustomer = { name: 'Aiko Tanaka', email: 'aiko.tanaka@example.com', country: 'JP', locale: 'ja' };

async function renderPages(origin) {
  const template = readFileSync(`${benchDir}product.html`, 'utf8');
  const appBlock = async (file, id, settings, customer) =>
    `<div id="shopify-block-${id}" class="shopify-app-block">${await renderBlock(file, { id, origin, settings, customer, assetBase: extensionAssetsPath })}</div>`;
  const atelierBlocks = [
    await appBlock('warranty-activation.liquid', 'activation-1', {}),
    await appBlock('provenance.liquid', 'provenance-1', { serial: benchSerial }),
  ].join('\n');
  return {
    '/products/without-atelier': template,
    // Where a retailer would usually put them: below the buy buttons and the description.
    '/products/with-atelier': template.replace('<!-- atelier:product-blocks -->', atelierBlocks),
    // The worst case: right under the price, near enough to the first screen that the widgets load at once.
    '/products/with-atelier-high': template.replace('<!-- atelier:product-blocks-high -->', atelierBlocks),
    // Every block on one page, right under the price: the most a merchant can put where it costs most.
    '/products/with-atelier-all': template.replace(
      '<!-- atelier:product-blocks-high -->',
      [
        atelierBlocks,
        await appBlock('repair-booking.liquid', 'booking-1', {}),
        await appBlock('service-tracker.liquid', 'tracker-1', {}),
      ].join('\n'),
    ),
    '/products/with-atelier-customer': template.replace(
      '<!-- atelier:product-blocks-high -->',
      [
        await appBlock('warranty-activation.liquid', 'activation-1', {}, { id: 8101, name: benchCustomer.name, email: benchCustomer.email }),
        await appBlock('repair-booking.liquid', 'booking-1', {}, { id: 8101, name: benchCustomer.name, email: benchCustomer.email }),
      ].join('\n'),
    ),
  };
}

/**
 * The product page with one block right under the price, in a shop whose language is `locale` and
 * with the block's default settings (its space reserved as the extension reserves it by default):
 * what scripts/reserved-heights.mjs measures.
 */
async function oneBlockPage(origin, blockFile, locale) {
  const template = readFileSync(`${benchDir}product.html`, 'utf8');
  const block = `<div id="shopify-block-one" class="shopify-app-block">${await renderBlock(blockFile, { id: 'one', origin, locale, assetBase: extensionAssetsPath })}</div>`;
  return template.replace('<!-- atelier:product-blocks-high -->', block);
}

function serveFile(request, response, directory, relativePath) {
  const safePath = normalize(relativePath).replace(/^(\.\.[/\\])+/, '');
  let body;
  try {
    body = readFileSync(`${directory}${safePath}`);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  // Shopify's CDN and a theme's assets are cached for long; so the runs measure a first visit
  // either way (Lighthouse clears the cache), and a repeated request in a run is not refetched.
  send(request, response, { 'content-type': contentTypes[extname(safePath)] ?? 'application/octet-stream', 'cache-control': 'public, max-age=31536000' }, body);
}

/** Starts the bench server on a free loopback port; `close()` stops it. */
export async function startStorefrontBench() {
  let pages = {};
  const heroPhoto = heroPhotoPng();
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://bench.invalid');
    const oneBlock = /^\/products\/one-block\/([\w-]+)\/([\w-]+)$/.exec(pathname);
    if (pages[pathname]) {
      send(request, response, { 'content-type': contentTypes['.html'], 'cache-control': 'no-cache' }, pages[pathname]);
    } else if (oneBlock) {
      const [, block, locale] = oneBlock;
      oneBlockPage(origin, `${block}.liquid`, locale).then(
        (html) => send(request, response, { 'content-type': contentTypes['.html'], 'cache-control': 'no-cache' }, html),
        (error) => response.writeHead(404, { 'content-type': 'text/plain' }).end(String(error)),
      );
    } else if (pathname === '/bench/images/watch-front.png') {
      response.writeHead(200, { 'content-type': contentTypes['.png'], 'cache-control': 'public, max-age=31536000' }).end(heroPhoto);
    } else if (pathname.startsWith('/bench/')) {
      serveFile(request, response, benchDir, pathname.slice('/bench/'.length));
    } else if (pathname.startsWith(extensionAssetsPath)) {
      serveFile(request, response, assetsDir, pathname.slice(extensionAssetsPath.length));
    } else if (pathname === '/apps/atelier/v1/brand') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(benchBrand));
    } else if (pathname === '/apps/atelier/v1/service-centres') {
      // No centre near yet: the booking's first step is the piece's serial either way.
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ centres: [] }));
    } else if (pathname === '/apps/atelier/customer') {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'private, no-store' }).end(JSON.stringify({ customer: benchCustomer }));
    } else if (pathname.startsWith('/apps/atelier/')) {
      response.writeHead(404, { 'content-type': 'application/problem+json' });
      response.end(JSON.stringify({ type: 'about:blank', title: 'Unknown serial', status: 404, code: 'unknown_serial', detail: 'No piece has this serial number.' }));
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  pages = await renderPages(origin);
  return {
    origin,
    withoutAtelierUrl: `${origin}/products/without-atelier`,
    withAtelierUrl: `${origin}/products/with-atelier`,
    withAtelierHighUrl: `${origin}/products/with-atelier-high`,
    withAtelierAllUrl: `${origin}/products/with-atelier-all`,
    withAtelierCustomerUrl: `${origin}/products/with-atelier-customer`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
