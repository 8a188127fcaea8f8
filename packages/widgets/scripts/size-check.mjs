// Prints the gzip size of every chunk of the CDN build and fails when what a page with
// <atelier-warranty-activation> downloads before the form can render exceeds the budget: the
// loader, the activation chunk and everything it imports statically (Lit and the kit), and the
// English strings. The validation code and the transport load after the form is drawn: printed too.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const activationBudgetGzipBytes = 30 * 1024;
const loaderSource = 'src/loader.ts';
const activationSource = 'src/components/warranty-activation/warranty-activation.ts';
const englishSource = 'src/components/warranty-activation/locales/en.ts';

const cdnDir = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
let manifest;
try {
  manifest = JSON.parse(readFileSync(`${cdnDir}.vite/manifest.json`, 'utf8'));
} catch {
  console.error('size-check: dist/cdn/.vite/manifest.json is missing; run `pnpm build` first.');
  process.exit(1);
}

const gzipBytes = (file) => gzipSync(readFileSync(`${cdnDir}${file}`), { level: 9 }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

console.log('CDN chunks (gzip):');
for (const chunk of Object.values(manifest).sort((a, b) => a.file.localeCompare(b.file))) {
  console.log(`  ${kib(gzipBytes(chunk.file)).padStart(10)}  ${chunk.file}`);
}

/** Manifest keys of a chunk and of everything it imports statically, transitively. */
function staticClosure(key, into = new Set()) {
  if (into.has(key)) return into;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`size-check: ${key} is not in the CDN build`);
  into.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(imported, into);
  return into;
}

const needed = staticClosure(loaderSource);
staticClosure(activationSource, needed);
// English ships inside the activation chunk today; if it ever becomes its own chunk it still counts.
if (manifest[englishSource]) staticClosure(englishSource, needed);

const files = [...needed].map((key) => manifest[key].file);

/**
 * Modules only other widgets need (the provenance chain, GS1 Digital Link, canonicalize, the
 * provenance schemas): the activation widget must never download them, whatever the chunk rule.
 */
const otherWidgetsOnly = /provenance-chain\.ts$|digital-link\.ts$|\/canonicalize\/|contract\/provenance\.ts$/;
/**
 * The form renders before the validation code and the transport load (activation-connection.ts):
 * if zod or ky ever reached the first render again, the page would pay for them before the buyer sees a field.
 * Nor the country names (forms/countries.ts), which come after it in the buyer's language only.
 */
const afterFirstRenderOnly = /\/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(zod|ky)\/|\/packages\/client\/src\/transport\.ts$|\/forms\/country-names\//;
const strays = files.flatMap((file) =>
  JSON.parse(readFileSync(`${cdnDir}${file}.map`, 'utf8')).sources.filter((source) => otherWidgetsOnly.test(source) || afterFirstRenderOnly.test(source)).map((source) => `${file}: ${source}`),
);
if (strays.length > 0) {
  console.error(`size-check: the activation widget's first render would load modules only other widgets need, or its validation and transport:\n  ${strays.join('\n  ')}`);
  process.exit(1);
}
const total = files.reduce((sum, file) => sum + gzipBytes(file), 0);
console.log(`\nLoader + <atelier-warranty-activation> + English: ${kib(total)} gzip, ${total} B (budget ${kib(activationBudgetGzipBytes)})`);
console.log(`  ${files.join(', ')}`);

/**
 * What the activation widget loads once its form is drawn (activation-connection.ts: the schema that
 * checks the form, the transport, zod and ky; and the country names in English): printed, not budgeted, since the buyer sees and fills
 * the form without it. Locale chunks are left out: a page loads one, and only in that language.
 */
const afterFirstRender = new Set();
for (const imported of manifest[activationSource].dynamicImports ?? []) {
  if (!imported.includes('/locales/')) staticClosure(imported, afterFirstRender);
}
// The country select's names in English (forms/countries.ts loads them once the form is drawn).
staticClosure('src/forms/country-names/en.ts', afterFirstRender);
for (const key of needed) afterFirstRender.delete(key);
const deferredBytes = [...afterFirstRender].reduce((sum, key) => sum + gzipBytes(manifest[key].file), 0);
console.log(`  then, once the form is drawn (validation, transport, country names): ${kib(deferredBytes)}, ${deferredBytes} B; ${total + deferredBytes} B in all`);

/**
 * The development-time contrast check (src/development/) is imported only under Lit's development
 * build: no chunk a widget's page loads, before or after it is drawn, may carry it.
 */
const developmentOnly = /\/src\/development\//;
for (const widget of ['warranty-activation', 'provenance', 'repair-booking', 'service-tracker', 'owner-portal']) {
  const pageKeys = staticClosure(loaderSource);
  staticClosure(`src/components/${widget}/${widget}.ts`, pageKeys);
  for (const imported of manifest[`src/components/${widget}/${widget}.ts`].dynamicImports ?? []) if (!imported.includes('/locales/')) staticClosure(imported, pageKeys);
  const carried = [...pageKeys].filter((key) => JSON.parse(readFileSync(`${cdnDir}${manifest[key].file}.map`, 'utf8')).sources.some((source) => developmentOnly.test(source)));
  if (carried.length > 0) {
    console.error(`size-check: <atelier-${widget}>'s page would load the development-time contrast check: ${carried.map((key) => manifest[key].file).join(', ')}`);
    process.exit(1);
  }
}

/** What every other widget's page downloads before it renders (loader, widget, runtime, English): printed, not budgeted. */
console.log('\nOther pages (gzip):');
for (const widget of ['provenance', 'repair-booking', 'service-tracker', 'owner-portal']) {
  const pageKeys = staticClosure(loaderSource);
  staticClosure(`src/components/${widget}/${widget}.ts`, pageKeys);
  const pageBytes = [...pageKeys].reduce((sum, key) => sum + gzipBytes(manifest[key].file), 0);
  console.log(`  Loader + <atelier-${widget}> + English: ${kib(pageBytes)}, ${pageBytes} B`);
}

/**
 * Lines of each widget class (from `export class` to its closing brace), largest first: a class
 * draws one thing, and issue 14 asks that none grows past about 400 lines.
 */
const componentsDir = fileURLToPath(new URL('../src/components/', import.meta.url));
const classLines = readdirSync(componentsDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .flatMap((file) => {
    const lines = readFileSync(`${componentsDir}${file}`, 'utf8').split('\n');
    return lines.flatMap((line, start) => {
      const name = /^export class (\w+)/.exec(line)?.[1];
      if (!name) return [];
      const end = lines.findIndex((candidate, index) => index > start && candidate === '}');
      return [{ name, file, lines: (end < 0 ? lines.length : end) - start + 1 }];
    });
  })
  .sort((a, b) => b.lines - a.lines);
console.log(`\nLargest widget class: ${classLines[0]?.name ?? 'none'}, ${classLines[0]?.lines ?? 0} lines`);
for (const { name, file, lines } of classLines) console.log(`  ${String(lines).padStart(5)}  ${name} (${file})`);

if (total > activationBudgetGzipBytes) {
  console.error(`size-check: over budget by ${kib(total - activationBudgetGzipBytes)}.`);
  process.exit(1);
}
