// Prints the size of every JavaScript file an app block's or app embed's schema names, and fails
// when one is missing or over Shopify's budget for such files (the storefront downloads them on
// every page that has the block). Widget chunks the loader imports later are listed for reference.
// Run scripts/build-extension.mjs first: assets/*.js are generated.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { assetsDir } from './extension-paths.mjs';
import { namedAssets, readBlockSchemas } from './extension-schema.mjs';

/** Shopify's limit for a JavaScript file named in a block schema (theme check's AssetSizeAppBlockJavaScript). */
export const schemaJavaScriptBudgetBytes = 10_000;

const blocks = readBlockSchemas();
const namedBy = new Map();
for (const { file, schema } of blocks) {
  for (const asset of namedAssets(schema, 'javascript')) namedBy.set(asset, [...(namedBy.get(asset) ?? []), file]);
}

let failed = false;
console.log(`JavaScript named in block schemas (budget ${schemaJavaScriptBudgetBytes} bytes each):`);
for (const [asset, files] of [...namedBy].sort(([a], [b]) => a.localeCompare(b))) {
  if (!existsSync(`${assetsDir}${asset}`)) {
    console.log(`  MISSING  assets/${asset}  (named by ${files.join(', ')}; run scripts/build-extension.mjs)`);
    failed = true;
    continue;
  }
  const bytes = statSync(`${assetsDir}${asset}`).size;
  const overBudget = bytes > schemaJavaScriptBudgetBytes;
  if (overBudget) failed = true;
  console.log(`  ${String(bytes).padStart(7)} B  assets/${asset}  ${overBudget ? 'OVER BUDGET' : 'ok'}  (named by ${files.join(', ')})`);
}

const lazyChunks = readdirSync(assetsDir).filter((file) => file.endsWith('.js') && !namedBy.has(file)).sort();
console.log('Widget chunks the loader imports when a block nears the viewport (not named in a schema):');
for (const file of lazyChunks) console.log(`  ${String(statSync(`${assetsDir}${file}`).size).padStart(7)} B  assets/${file}`);

if (failed) {
  console.error('extension-size-check: failed');
  process.exit(1);
}
