// Builds the widgets twice from the same sources:
// - dist/      the npm build: one ES module per source module, every declared runtime dependency
//              (Lit, zod, uqr, @atelier/client and through it ky and canonicalize) left as a bare
//              import for the app's bundler to share and deduplicate, with .d.ts next to each;
// - dist/cdn/  the CDN build: `loader.js` plus chunks, everything bundled, one chunk per widget and
//              per locale and one runtime chunk (Lit, the contract, the transport) that widgets share.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, defaultClientConditions } from 'vite';
import { minifyLitTemplates } from './minify-lit-templates.mjs';
import { terserPass } from './terser-pass.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const distDir = `${packageDir}dist`;
const cdnDir = `${distDir}/cdn`;

/**
 * Modules every widget needs: they go into one shared chunk instead of being copied per widget.
 * Only these: whatever else a widget imports (from the client, e.g. the provenance chain, GS1
 * Digital Link, canonicalize) stays in that widget's chunks, so other widgets never download it.
 */
const sharedRuntime = new RegExp(
  [
    // Lit's directives are not: each widget that uses one (the activation form needs none) carries it.
    String.raw`/node_modules/(\.pnpm/[^/]+/node_modules/)?(lit|lit-html|lit-element|@lit/reactive-element|zod|ky)/(?!(development/)?directive(s|-helpers)?[/.])`,
    String.raw`/packages/client/src/(transport|errors|error-mapping|retry-policy|retry-after|idempotency-key|sdk-version)\.ts$`,
    String.raw`/packages/client/src/contract/(primitives|text-characters|problem|validation|operation|received|headers|brand|signing-key|warranties)\.ts$`,
    // The kit's submissions are (every form but the provenance lookup sends through them); not its modules
    // only the booking and the tracker use (fields, error summary, radio groups and text areas,
    // latest-wins loads, time-zone names, internal elements): every widget's page downloads the runtime,
    // and the activation page has no bytes to spare (scripts/size-check.mjs). Nor the forms' words
    // in other languages than English: each comes with the locale chunks of the widgets that show it.
    String.raw`/packages/widgets/src/(base|themes|forms)/(?!(choice-fields|fields|error-summary|latest-load|time-zone-label|widget-part)\.ts$|locales/(?!en\.ts$))`,
  ].join('|'),
);

const { dependencies, peerDependencies } = JSON.parse(readFileSync(`${packageDir}package.json`, 'utf8'));

/**
 * The npm build leaves every declared runtime dependency to the app's package manager, read from
 * package.json so a new dependency cannot end up copied into dist/ under a `.pnpm/…` path. Lit's
 * own packages are reached through `lit`, so they are listed too.
 */
const externalPackages = [...Object.keys(dependencies), ...Object.keys(peerDependencies), 'lit-html', 'lit-element', '@lit/reactive-element'];
const isExternal = (id) => externalPackages.some((name) => id === name || id.startsWith(`${name}/`));

const common = {
  configFile: false,
  root: packageDir,
  logLevel: 'warn',
  mode: 'production',
  // @atelier/client's sources (its dist/ is for npm users): the shared-runtime rule above matches them by path.
  resolve: { conditions: ['@atelier/source', ...defaultClientConditions] },
};

// The React components and JSX types are made from custom-elements.json before they are built.
execFileSync(process.execPath, ['scripts/frameworks.mjs'], { cwd: packageDir, stdio: 'inherit' });

rmSync(distDir, { recursive: true, force: true });

await build({
  ...common,
  build: {
    outDir: distDir,
    emptyOutDir: false,
    target: 'es2023',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        loader: 'src/loader.ts',
        'components/warranty-activation/warranty-activation': 'src/components/warranty-activation/warranty-activation.ts',
        'generated/react': 'src/generated/react.ts',
        'generated/jsx': 'src/generated/jsx.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

// Library mode here too, though everything is bundled: an application build would make the tiny
// loader import Vite's preload helper from the shared runtime chunk, fetching the runtime on every page.
await build({
  ...common,
  plugins: [minifyLitTemplates(), terserPass({ compress: { passes: 3 }, format: { comments: false } })],
  // The CDN build runs in browsers only: the client's Node-only branch (its User-Agent) goes.
  define: { 'globalThis.process': 'undefined' },
  build: {
    outDir: cdnDir,
    emptyOutDir: false,
    target: 'es2023',
    minify: true,
    sourcemap: true,
    manifest: true,
    lib: { entry: { loader: 'src/loader.ts' }, formats: ['es'] },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      // The contract builds its schemas at the top of its modules with zod's factories (`z.object(…)`),
      // which zod declares free of side effects but which the bundler cannot see as such through the
      // `z` namespace: without this, every schema of a contract module a widget imports (and the zod
      // code behind it, which lands in the shared runtime) ships even when no operation uses it.
      treeshake: { manualPureFunctions: ['z'] },
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
        minify: true,
        comments: false,
        codeSplitting: { groups: [{ name: 'atelier-runtime', test: sharedRuntime, includeDependenciesRecursively: false }] },
      },
    },
  },
});

execFileSync('tsc', ['-p', 'tsconfig.build.json'], { cwd: packageDir, stdio: 'inherit' });
