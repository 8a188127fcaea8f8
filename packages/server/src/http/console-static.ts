/**
 * Serves the console (packages/console, built to its dist/) at `/console/`, on the API's own
 * origin so its session cookie stays first-party and every call is same-origin:
 * - `/console/assets/…`: the build's content-hashed files, cached for a year (a new build has
 *   new names); a missing one is a 404, never the page (a module answered with HTML breaks the app);
 * - any other path under `/console/`: the file if the build has one, else index.html, so the
 *   console's client-side routes (`/console/people`) load, reload and bookmark; never cached,
 *   so a new build is picked up at the next visit;
 * - a Content-Security-Policy of its own (the API's forbids everything a page needs): scripts,
 *   styles and fonts from this origin only, no inline script or style; `data:` for images and
 *   connections because Web Awesome draws its system icons from data: URLs it fetches.
 * Mounted before the API's own security headers, which it replaces for these paths.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './context.ts';
import { problemResponse } from './problem.ts';

export const consoleBasePath = '/console';

/** A year: hashed names change with their content, so a cached asset is never stale. */
const hashedAssetMaxAgeSeconds = 365 * 24 * 60 * 60;
const hashedAssetCacheControl = `public, max-age=${hashedAssetMaxAgeSeconds}, immutable`;
/** The page and unhashed files: revalidated each visit, so a new build shows at once. */
const unhashedCacheControl = 'no-cache';

export const consoleContentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export const consoleNotBuiltMessage = [
  'The Atelier console is not built.',
  'Build it with `pnpm --filter @atelier/console build` (`pnpm demo` builds it at start), then reload this page.',
  '',
].join('\n');

/** The workspace's console build, packages/console/dist: the server runs from this repository, beside it. */
export function defaultConsoleDistDir(): string {
  return fileURLToPath(new URL('../../../console/dist/', import.meta.url));
}

export interface ConsoleRoutesOptions {
  /** Where the built console is; default the workspace's packages/console/dist. */
  distDir?: string | undefined;
}

export function consoleRoutes(options: ConsoleRoutesOptions = {}): Hono<AppEnv> {
  const distDir = options.distDir ?? defaultConsoleDistDir();
  const indexFile = path.join(distDir, 'index.html');
  const withinConsole = (requestPath: string) => requestPath.slice(consoleBasePath.length) || '/';
  const routes = new Hono<AppEnv>();

  routes.use(
    secureHeaders({
      contentSecurityPolicy: consoleContentSecurityPolicy,
      crossOriginResourcePolicy: 'same-origin',
      crossOriginOpenerPolicy: 'same-origin',
      referrerPolicy: 'no-referrer',
    }),
  );
  // The console's routes all live under `/console/`: the bare path gets the slash.
  routes.get('/', (c, next) => (c.req.path === consoleBasePath ? c.redirect(`${consoleBasePath}/`, 308) : next()));
  routes.get('*', (c, next) => (existsSync(indexFile) ? next() : c.text(consoleNotBuiltMessage, 503, { 'Cache-Control': 'no-store' })));
  // Made at the first request that finds a build: serveStatic complains at creation when its folder is missing.
  let servers: { files: MiddlewareHandler; page: MiddlewareHandler } | undefined;
  const staticServers = () =>
    (servers ??= {
      files: serveStatic({ root: distDir, rewriteRequestPath: withinConsole }),
      page: serveStatic({ root: distDir, path: 'index.html' }),
    });
  routes.get(
    '/assets/*',
    cacheControl(hashedAssetCacheControl),
    (c, next) => staticServers().files(c, next),
    () => problemResponse({ code: 'not_found', detail: 'No such file in the console build.', headers: { 'Cache-Control': 'no-store' } }),
  );
  routes.get(
    '*',
    cacheControl(unhashedCacheControl),
    (c, next) => staticServers().files(c, next),
    (c, next) => staticServers().page(c, next),
  );
  return routes;
}

/** Set before the file is served: the static handler builds its response from the headers set so far. */
function cacheControl(value: string): MiddlewareHandler {
  return (c, next) => {
    c.header('Cache-Control', value);
    return next();
  };
}
