// Runs Shopify's Theme Check on the theme app extension with the `theme-check:theme-app-extension`
// configuration (scripts/theme-check.yml), prints every offence, and fails on errors.
// Warnings and suggestions are printed but do not fail, as in Shopify's own CLI.
//
// The blocks name assets/atelier-loader.js, so run scripts/build-extension.mjs first.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Severity, themeCheckRun } from '@shopify/theme-check-node';
import { assetsDir, extensionDir, loaderAssetName, packageDir } from './extension-paths.mjs';

if (!existsSync(`${assetsDir}${loaderAssetName}`)) {
  console.error(`theme-check: assets/${loaderAssetName} is missing; run \`node scripts/build-extension.mjs\` first.`);
  process.exit(1);
}

const severityName = { [Severity.ERROR]: 'error', [Severity.WARNING]: 'warning', [Severity.INFO]: 'info' };

const { theme, offenses } = await themeCheckRun(extensionDir, `${packageDir}scripts/theme-check.yml`);

for (const offense of offenses) {
  const file = relative(extensionDir, fileURLToPath(offense.uri));
  const line = offense.start.line + 1;
  console.log(`${severityName[offense.severity] ?? offense.severity}  ${file}:${line}  ${offense.check}: ${offense.message}`);
}
const errors = offenses.filter((offense) => offense.severity === Severity.ERROR);
console.log(`theme-check: ${theme.length} files checked, ${errors.length} errors, ${offenses.length - errors.length} warnings and suggestions`);
if (errors.length > 0) process.exit(1);
