import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, loadEnv } from 'vite';
import { siteHeaderAndFooter } from './site-partials.ts';

// The publishable key and API base reach the pages through Vite's %VITE_*% replacement, in
// `vite` (dev) and `vite build` alike: `pnpm demo` sets VITE_ATELIER_PUBLISHABLE_KEY and
// VITE_ATELIER_API_BASE from the demo seed; otherwise set them in the environment or in
// examples/brand-site/.env.local (dev) / .env.production.local (build). Vite leaves a placeholder
// whose variable is unset as it is, which would ship pages with `publishable-key="%VITE_…%"`, so
// the config refuses to start without them.
//
// The page paths are the ones the demo seed writes into the brand's settings for the GS1 Digital
// Link resolver (`/provenance.html?serial=…`, `/?serial=…`, `/repair.html?serial=…`).
const siteRoot = fileURLToPath(new URL('.', import.meta.url));
const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));

const settingsPrefix = 'VITE_ATELIER_';

/** Why each setting is wrong, or nothing when all are usable in a public page. */
function settingProblems(env: Record<string, string>): string[] {
  const problems: string[] = [];
  const key = env['VITE_ATELIER_PUBLISHABLE_KEY'] ?? '';
  const apiBase = env['VITE_ATELIER_API_BASE'] ?? '';
  if (key === '') problems.push('VITE_ATELIER_PUBLISHABLE_KEY is not set: the brand’s publishable key (pk_…).');
  // Everything in the HTML is public: a secret key here would be published with the pages.
  else if (!key.startsWith('pk_')) problems.push('VITE_ATELIER_PUBLISHABLE_KEY must be a publishable key (pk_…), never a secret key.');
  if (apiBase === '') problems.push('VITE_ATELIER_API_BASE is not set: the URL of the Atelier API, e.g. https://api.example.com.');
  else if (!URL.canParse(apiBase) || !/^https?:$/.test(new URL(apiBase).protocol)) {
    problems.push(`VITE_ATELIER_API_BASE must be an http(s) URL, not "${apiBase}".`);
  }
  return problems;
}

export default defineConfig(({ command, mode, isPreview }) => {
  // `vite preview` serves a finished build, whose pages already hold the settings.
  const problems = isPreview ? [] : settingProblems(loadEnv(mode, siteRoot, settingsPrefix));
  if (problems.length > 0) {
    const how =
      command === 'build'
        ? 'VITE_ATELIER_PUBLISHABLE_KEY=pk_… VITE_ATELIER_API_BASE=https://… pnpm --filter @atelier/example-brand-site build'
        : '`pnpm demo`, or put both in examples/brand-site/.env.local';
    throw new Error(`The brand site needs its Atelier settings (see examples/brand-site/README.md):\n  ${problems.join('\n  ')}\nFor example: ${how}`);
  }
  return {
    appType: 'mpa',
    // The widgets and the client from their TypeScript sources (their package.json points at dist/ for npm).
    resolve: { conditions: ['@atelier/source', ...defaultClientConditions] },
    plugins: [siteHeaderAndFooter()],
    server: { strictPort: true },
    preview: { strictPort: true },
    build: {
      // Browsers with CSS light-dark() (the widgets need them too): for older ones, Vite's CSS minifier
      // (Lightning CSS) rewrites light-dark() into variables that only the page's own color-scheme
      // rules set, so the house styles' colours (src/house-styles/) would be lost inside the widgets.
      cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
      rolldownOptions: {
        input: {
          home: page('index.html'),
          provenance: page('provenance.html'),
          repair: page('repair.html'),
          myPieces: page('my-pieces.html'),
          listing: page('listing.html'),
          gallery: page('gallery.html'),
        },
      },
    },
  };
});
