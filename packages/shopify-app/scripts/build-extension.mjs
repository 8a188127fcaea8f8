// Fills the theme app extension's assets/ with the JavaScript it ships:
// - atelier-loader.js: storefront/atelier-loader.js with the map of widget chunks filled in, minified;
// - the chunks of @atelier/widgets' CDN build that the extension's widgets need (each widget, the
//   runtime they share, their locale chunks), copied unchanged so their relative imports still
//   resolve next to each other on Shopify's CDN.
// Every *.js in assets/ is generated here (and ignored by git): the folder is emptied of them first,
// so a chunk renamed by a new widgets build cannot linger and ship.
//
// Usage: node scripts/build-extension.mjs [--rebuild-widgets]
//   --rebuild-widgets  runs the widgets' build first (otherwise only when it has never run).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { assetsDir, extensionWidgets, loaderAssetName, loaderSourcePath, widgetsCdnDir, widgetsDir } from './extension-paths.mjs';

const widgetChunksMarker = '/* atelier:widget-chunks */ {}';
const viteManifestPath = `${widgetsCdnDir}.vite/manifest.json`;
const widgetChunksPath = `${widgetsCdnDir}.vite/widget-chunks.json`;

if (process.argv.includes('--rebuild-widgets') || !existsSync(viteManifestPath) || !existsSync(widgetChunksPath)) {
  console.log('build-extension: building @atelier/widgets (its CDN build is what the extension ships)');
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: widgetsDir, stdio: 'inherit' });
}

const viteManifest = JSON.parse(readFileSync(viteManifestPath, 'utf8'));

/** A chunk's file and, recursively, every chunk it imports statically or dynamically (its locales). */
function chunkFilesOf(manifestKey, files = new Set()) {
  const chunk = viteManifest[manifestKey];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) chunkFilesOf(imported, files);
  return files;
}

/**
 * Per widget tag, its chunks in the order the loader evaluates them, one per task (issue 18: no task
 * of 50 ms at 4×): `now` (shared chunks, the widget's own last) and `later` (what it imports once
 * drawn). The widgets' build computes the order once, for its own loader and for this one.
 */
const stagedChunks = JSON.parse(readFileSync(widgetChunksPath, 'utf8'));

/** Tag name → the files its widget needs in the order the loader evaluates them: `now` (shared chunks, the widget's own last) and `later`. */
const widgetChunks = {};
const filesToShip = new Set();
for (const { tagName, source } of extensionWidgets) {
  const chunk = viteManifest[source];
  if (!chunk) {
    // Not fatal, so the extension can ship while a widget is still being written; its block then
    // says it failed to load (data-atelier-state="failed") instead of breaking the page.
    console.warn(`build-extension: the widgets' CDN build has no ${source}; <${tagName}> will not load on storefronts.`);
    continue;
  }
  if (!stagedChunks[tagName]) throw new Error(`build-extension: the widgets' build wrote no chunk order for <${tagName}>; rebuild them (--rebuild-widgets).`);
  widgetChunks[tagName] = stagedChunks[tagName];
  chunkFilesOf(source, filesToShip);
}

// A fresh clone has no assets/: git keeps no empty folder, and everything in it is generated.
mkdirSync(assetsDir, { recursive: true });
for (const file of readdirSync(assetsDir)) {
  if (file.endsWith('.js')) rmSync(`${assetsDir}${file}`);
}

for (const file of filesToShip) {
  if (file.includes('/')) throw new Error(`build-extension: ${file} is in a subfolder; Shopify's assets/ folder is flat.`);
  copyFileSync(`${widgetsCdnDir}${file}`, `${assetsDir}${file}`);
}

const loaderSource = readFileSync(loaderSourcePath, 'utf8');
if (!loaderSource.includes(widgetChunksMarker)) {
  throw new Error(`build-extension: ${loaderSourcePath} no longer holds ${widgetChunksMarker} for the widget chunks.`);
}
const minified = await minify(loaderSource.replace(widgetChunksMarker, JSON.stringify(widgetChunks)), {
  // A classic script (Shopify includes schema-named JavaScript with a plain deferred <script>).
  module: false,
  ecma: 2020,
  compress: { passes: 2 },
  format: { comments: false },
});
writeFileSync(`${assetsDir}${loaderAssetName}`, `${minified.code}\n`);

const shipped = [loaderAssetName, ...filesToShip];
const totalBytes = shipped.reduce((sum, file) => sum + statSync(`${assetsDir}${file}`).size, 0);
console.log(`build-extension: ${shipped.length} JavaScript files in assets/ (${totalBytes} bytes), widgets: ${Object.keys(widgetChunks).join(', ')}`);
