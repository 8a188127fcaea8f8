// Console tests run in the system's Chromium (never a downloaded browser), TypeScript through
// esbuild, like the widgets'. Each test page loads Web Awesome's theme, as index.html does, so
// axe checks the colours a person sees.
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const webAwesomeDir = path.dirname(realpathSync(createRequire(import.meta.url).resolve('@awesome.me/webawesome/package.json')));
const themeHref = `/${path.relative(repoRoot, path.join(webAwesomeDir, 'dist/styles/themes/default.css')).split(path.sep).join('/')}`;

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default {
  // The repository's root, so pnpm's store (where the theme's real file is) is served too.
  rootDir: repoRoot,
  files: ['src/**/*.test.ts'],
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="en"><head><link rel="stylesheet" href="${themeHref}"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  nodeResolve: { exportConditions: ['browser', 'development', '@atelier/source'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2023', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
