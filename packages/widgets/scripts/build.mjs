// Builds the widgets twice from the same sources:
// - dist/      the npm build: one ES module per source module, every declared runtime dependency
//              (Lit, zod, uqr, @atelier/client and through it ky and canonicalize) left as a bare
//              import for the app's bundler to share and deduplicate, with .d.ts next to each;
// - dist/cdn/  the CDN build: `loader.js` plus chunks, everything bundled, one chunk per widget and
//              per locale and one runtime chunk (Lit, the contract, the transport) that widgets share.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, defaultClientConditions } from 'vite';
import { minifyLitTemplates } from './minify-lit-templates.mjs';
import { terserPass } from './terser-pass.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const distDir = `${packageDir}dist`;
const cdnDir = `${distDir}/cdn`;

/**
 * What every widget needs to draw its first render: Lit, the kit's base, themes and form state,
 * and the few client modules without zod (the locales, how zod issues become field errors, the
 * idempotency key). One chunk every widget's page downloads, so it holds nothing else: the
 * activation page's gzip budget counts it (scripts/size-check.mjs).
 */
const firstRenderRuntime = new RegExp(
  [
    // Lit's directives are not: each widget that uses one (the activation form needs none) carries it.
    String.raw`/node_modules/(\.pnpm/[^/]+/node_modules/)?(lit|lit-html|lit-element|@lit/reactive-element)/(?!(development/)?directive(s|-helpers)?[/.])`,
    String.raw`/packages/client/src/(idempotency-key\.ts|contract/(locales|validation)\.ts)$`,
    // Not the kit's modules only the booking and the tracker use (radio groups and text areas,
    // latest-wins loads, time-zone names, internal elements), nor the field renderers (fields.ts,
    // date-field.ts: a chunk of their own, which imports this one), nor the forms' words in other
    // languages than English: each comes with the locale chunks of the widgets that show it;
    // nor the country names, one chunk per locale loaded after the form is drawn (forms/countries.ts).
    String.raw`/packages/widgets/src/(base|themes|forms)/(?!(choice-fields|date-field|fields|option-list|error-summary|latest-load|time-zone-label|widget-part|widget-with-parts)\.ts$|locales/(?!en\.ts$)|country-names/)`,
  ].join('|'),
);

/**
 * What every widget needs to validate and to call the API: zod, ky, the transport and the
 * contract's modules every widget uses. A chunk of its own, apart from the first-render runtime,
 * because the activation widget loads it after its form is drawn (activation-connection.ts); the
 * other widgets import it from their first render. Whatever else a widget imports from the client
 * (the provenance chain, GS1 Digital Link, canonicalize, the repair schemas) stays in that widget's
 * chunks, so other widgets never download it.
 */
const contractRuntime = new RegExp(String.raw`/packages/client/src/(transport|errors|error-mapping|retry-policy|retry-after|sdk-version)\.ts$`);

/**
 * The contract's modules every other contract module builds on. zod builds a module's schemas when
 * the module is evaluated, so these are a chunk apart from the transport: together with the brand's
 * and the warranties' schemas they were one task of 65–80 ms at Lighthouse's 4× CPU slowdown, the
 * longest of most widgets' first render once those were drawn in parts (issue 18). The brand,
 * signing-key and warranties modules are chunks of their own (`contract-<module>`), as every other.
 */
const contractPrimitives = new RegExp(String.raw`/packages/client/src/contract/(primitives|text-characters|problem|operation|received|headers)\.ts$`);

/** The marker src/loader.ts parses in place of the shared-chunk map, as the minifier writes it. */
const sharedChunksMarker = '{"atelier:shared-chunks":[]}';

/**
 * Per widget tag, the order in which its chunks are evaluated: `now`, the chunks its chunk imports
 * statically, each after those it imports itself, then the widget's own chunk (fetched all at once,
 * evaluated one per task); and `later`, what the widget imports once drawn (the activation's
 * validation and transport), evaluated the same way after it. Written into dist/cdn/loader.js, and
 * as dist/cdn/.vite/widget-chunks.json for the Shopify app's loader, so the order is computed once.
 */
function writeWidgetChunks() {
  const manifest = JSON.parse(readFileSync(`${cdnDir}/.vite/manifest.json`, 'utf8'));
  const loaderPath = `${cdnDir}/loader.js`;
  const loaderSource = readFileSync(loaderPath, 'utf8');
  const tagOfModule = Object.fromEntries([...readFileSync(`${packageDir}src/loader.ts`, 'utf8').matchAll(/'(atelier-[\w-]+)': \(\) => import\('\.\/(components\/[^']+)'\)/g)].map(([, tag, path]) => [`src/${path}`, tag]));
  const widgetChunks = {};
  for (const [key, tag] of Object.entries(tagOfModule)) {
    if (!manifest[key]) throw new Error(`build: ${key} (<${tag}>) is not in the CDN build`);
    // Two chunks that import each other cannot be evaluated one after the other: said, not looped on
    // (a module of the kit left in the runtime while what it imports is not, for instance).
    const visit = (chunkKey, into, skip = [], path = []) => {
      if (into.includes(chunkKey) || skip.includes(chunkKey)) return;
      if (path.includes(chunkKey)) throw new Error(`build: chunks import each other: ${[...path, chunkKey].map((chunk) => manifest[chunk].file).join(' → ')}`);
      for (const imported of manifest[chunkKey].imports ?? []) visit(imported, into, skip, [...path, chunkKey]);
      into.push(chunkKey);
    };
    const now = [];
    for (const imported of manifest[key].imports ?? []) visit(imported, now);
    // The widget's own chunk last of `now`: preloaded with the others, evaluated by the loader's own import of it.
    now.push(key);
    // What the widget imports once drawn, not its locales, nor another widget it may open on demand
    // (the owner portal's booking): that one loads only on demand.
    const later = [];
    for (const imported of manifest[key].dynamicImports ?? []) if (!imported.includes('/locales/') && !tagOfModule[imported]) visit(imported, later, now);
    widgetChunks[tag] = { now: now.map((chunkKey) => manifest[chunkKey].file), later: later.map((chunkKey) => manifest[chunkKey].file) };
  }
  const markerAt = loaderSource.indexOf(sharedChunksMarker);
  if (markerAt < 0 || Object.keys(widgetChunks).length === 0) throw new Error('build: dist/cdn/loader.js has no shared-chunks marker, or no widget was found');
  const relative = (files) => files.map((file) => `./${file}`);
  const loaderMap = Object.fromEntries(Object.entries(widgetChunks).map(([tag, { now, later }]) => [tag, { now: relative(now), later: relative(later) }]));
  writeFileSync(loaderPath, loaderSource.replace(sharedChunksMarker, JSON.stringify(loaderMap)));
  writeFileSync(`${cdnDir}/.vite/widget-chunks.json`, `${JSON.stringify(widgetChunks, null, 2)}\n`);
}

/**
 * zod and ky, in chunks of their own that the contract's chunk imports: the loader evaluates one
 * chunk per task, and zod's classes and the contract's schemas together were one task of ~50 ms at
 * Lighthouse's 4× CPU slowdown (issue 18). zod itself is three chunks, each evaluated in its own
 * task: its base (utilities, errors, checks, parsing), its schema classes, and the zod/mini
 * factories; ky is the fourth. One zod chunk was one task of 50–90 ms at 4× (`bench:first-render --tasks`).
 */
const validationBase = new RegExp(String.raw`/node_modules/(\.pnpm/[^/]+/node_modules/)?zod/v4/core/(?!schemas\.js$|api\.js$)`);
const validationSchemas = new RegExp(String.raw`/node_modules/(\.pnpm/[^/]+/node_modules/)?zod/v4/core/(schemas|api)\.js$`);
const transportLibrary = new RegExp(String.raw`/node_modules/(\.pnpm/[^/]+/node_modules/)?ky/`);
/** `contract-<module>` for a module of the client's contract (src/contract/<module>.ts), else null (not this group's). */
function contractModuleChunkName(moduleId) {
  const match = /\/packages\/client\/src\/contract\/([\w-]+)\.ts$/.exec(moduleId);
  return match ? `contract-${match[1]}` : null;
}

const validationLibraries = new RegExp(String.raw`/node_modules/(\.pnpm/[^/]+/node_modules/)?zod/`);

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
        codeSplitting: {
          groups: [
            { name: 'atelier-runtime', test: firstRenderRuntime, includeDependenciesRecursively: false },
            { name: 'atelier-contract', test: contractRuntime, includeDependenciesRecursively: false },
            { name: 'atelier-contract-primitives', test: contractPrimitives, includeDependenciesRecursively: false },
            { name: 'atelier-zod-base', test: validationBase, includeDependenciesRecursively: false },
            { name: 'atelier-zod-schemas', test: validationSchemas, includeDependenciesRecursively: false },
            { name: 'atelier-zod', test: validationLibraries, includeDependenciesRecursively: false },
            { name: 'atelier-ky', test: transportLibrary, includeDependenciesRecursively: false },
            // Every other module of the contract a chunk of its own, named after it: each builds its
            // schemas when evaluated, and the loader evaluates one chunk per task, so no widget's chunk
            // builds the schemas of several contract modules in one task (the owner space's chunk built
            // its whole contract in one: 185 ms of main thread at 4×, `bench:first-render --tasks`).
            { name: contractModuleChunkName, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
});

writeWidgetChunks();

execFileSync('tsc', ['-p', 'tsconfig.build.json'], { cwd: packageDir, stdio: 'inherit' });
