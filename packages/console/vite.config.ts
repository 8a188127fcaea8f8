// The console is built to dist/ and served by the API server at /console/ (packages/server
// src/http/console-static.ts): hashed file names under assets/ (cached for a year), index.html
// for every client-side route. No inline script or style, so the server's CSP needs no 'unsafe-inline'.
import { defaultClientConditions, defineConfig } from 'vite';

/** Where the API server mounts the console; every asset URL in the build starts with it. */
export const consoleBasePath = '/console/';

export default defineConfig({
  base: consoleBasePath,
  // The client's TypeScript sources (its dist/ is built for npm only).
  resolve: { conditions: ['@atelier/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    target: 'es2023',
    // Every browser the console supports preloads modules natively; the polyfill would be an inline script.
    modulePreload: { polyfill: false },
    // Web Awesome's theme fonts and icons stay files (a data: URL inlined in CSS is fine for the CSP, but bloats it).
    assetsInlineLimit: 0,
  },
  server: {
    // `pnpm dev`: the API server on its default port answers the calls, same origin through the proxy.
    proxy: { '/v1': 'http://127.0.0.1:8787' },
  },
});
