// The stand-in for the retailer's Shopify storefront, on loopback:
//   /products/navigatrice-bronze      the product page (storefront/product.html) with the Atelier
//                                     blocks as the theme app extension renders them: its own Liquid,
//                                     through @atelier/shopify-app's render-block.mjs
//   /cdn/shop/extensions/atelier/assets/*  the extension's assets, as Shopify's CDN serves them
//   /cdn/shop/t/1/assets/theme.css, /cdn/shop/files/*  the theme's stylesheet and the product photos
//   /apps/atelier/*                   Shopify's app proxy: signed and forwarded to the app (app-proxy.ts)
// What it is not: Shopify. No cart, no checkout, no customer accounts, no theme editor; the page
// is fixed HTML where a theme would render Liquid sections.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { assetsDir, benchDir } from '@atelier/shopify-app/scripts/extension-paths.mjs';
import { renderBlock } from '@atelier/shopify-app/scripts/render-block.mjs';
import { forwardToApp, type AppProxyTarget } from './app-proxy.ts';
import { appProxyPathPrefix, productPath, storefrontTemplateDir } from './settings.ts';

export interface StorefrontOptions {
  host: string;
  port: number;
  shop: string;
  /** The app's origin; Shopify forwards the proxy to `<appUrl>/proxy`. */
  appUrl: string;
  apiSecret: string;
}

export interface Storefront {
  origin: string;
  productUrl: string;
  close(): Promise<void>;
}

const extensionAssetsPath = '/cdn/shop/extensions/atelier/assets/';
/** The theme's files and the product photos come from the app's Dawn-shaped storefront bench. */
const themeStylesheetPath = '/cdn/shop/t/1/assets/theme.css';
const productPhotosPath = '/cdn/shop/files/';
const shopLocale = 'en';

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A file straight under `directory`, by its bare name: no sub-folders, so no way out of it. */
async function fileResponse(directory: string, name: string): Promise<Response> {
  if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) return new Response('Not found', { status: 404 });
  const type = contentTypes[path.extname(name)];
  if (!type) return new Response('Not found', { status: 404 });
  try {
    return new Response(await readFile(path.join(directory, name)), { headers: { 'Content-Type': type, 'Cache-Control': 'public, max-age=3600' } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

/** The product page as the storefront renders it: the theme's HTML around the extension's blocks. */
async function renderProductPage(origin: string): Promise<string> {
  const template = await readFile(path.join(storefrontTemplateDir, 'product.html'), 'utf8');
  // Shopify wraps each app block in a div of its own; the blocks and the app embed (at the end of
  // <body>) request the loader once the page has loaded (the extension's snippets/atelier-loader-tag.liquid).
  const appBlock = async (file: string, id: string) =>
    `<div id="shopify-block-${id}" class="shopify-app-block">${await renderBlock(file, { id, origin, locale: shopLocale, assetBase: extensionAssetsPath })}</div>`;
  const blocks = [await appBlock('warranty-activation.liquid', 'atelier-activation-1'), await appBlock('provenance.liquid', 'atelier-provenance-1')].join('\n');
  const embed = await renderBlock('atelier-embed.liquid', { id: 'atelier-embed', origin, locale: shopLocale, assetBase: extensionAssetsPath });
  return template
    .replace('<!-- atelier:product-blocks -->', blocks)
    .replace('<!-- atelier:body-end -->', embed);
}

export async function startStorefront(options: StorefrontOptions): Promise<Storefront> {
  const origin = `http://${options.host}:${options.port}`;
  const productPage = await renderProductPage(origin);
  const proxyTarget: AppProxyTarget = {
    proxyUrl: new URL('/proxy', options.appUrl).href,
    apiSecret: options.apiSecret,
    shop: options.shop,
    pathPrefix: appProxyPathPrefix,
  };

  const app = new Hono();
  app.get('/', (c) => c.redirect(productPath));
  app.get(productPath, (c) => c.html(productPage, 200, { 'Cache-Control': 'no-cache' }));
  app.get(`${extensionAssetsPath}:name`, (c) => fileResponse(assetsDir, c.req.param('name')));
  app.get(themeStylesheetPath, () => fileResponse(benchDir, 'theme.css'));
  app.get(`${productPhotosPath}:name`, (c) => fileResponse(path.join(benchDir, 'images'), c.req.param('name')));
  app.all(`${appProxyPathPrefix}/*`, async (c) => {
    try {
      return await forwardToApp(c.req.raw, proxyTarget);
    } catch {
      // What Shopify shows when the app does not answer its proxy.
      return c.text('The app is not answering (is the Shopify app running?).', 502);
    }
  });
  app.notFound((c) => c.text('Not found: this stand-in serves one product page.', 404));

  const server = await new Promise<ServerType>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, () => resolve(started));
    started.once('error', (error) => reject(new Error(`the storefront could not listen on ${origin}: ${error.message}`)));
  });
  return {
    origin,
    productUrl: `${origin}${productPath}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
