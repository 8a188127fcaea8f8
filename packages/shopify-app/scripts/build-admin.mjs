// Builds the embedded admin page's module (src/admin/browser/main.ts) into dist/admin/admin.js,
// which the app serves as /admin.js: one ES module, minified, for the browsers Shopify's admin supports.
// `node scripts/build-admin.mjs` builds it; the admin page's tests import buildAdminScript().
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const adminScriptEntry = fileURLToPath(new URL('../src/admin/browser/main.ts', import.meta.url));
export const adminScriptFile = fileURLToPath(new URL('../dist/admin/admin.js', import.meta.url));

export async function buildAdminScript() {
  await build({
    entryPoints: [adminScriptEntry],
    outfile: adminScriptFile,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return adminScriptFile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAdminScript();
  console.log(`build-admin: ${adminScriptFile}`);
}
