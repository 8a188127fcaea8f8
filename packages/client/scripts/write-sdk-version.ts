/**
 * Writes src/sdk-version.ts from package.json's `version`, so the `Atelier-Client` header names the
 * version actually published. Run by the build; a test fails when the file is stale. Run:
 * node packages/client/scripts/write-sdk-version.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const sdkVersionPath = fileURLToPath(new URL('../src/sdk-version.ts', import.meta.url));

function sdkVersionModule(): string {
  const { name, version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) throw new Error(`${name}: version ${version} is not a semantic version`);
  return [
    `/** Written from ${name}'s package.json by scripts/write-sdk-version.ts (run by the build); do not edit. */`,
    `export const sdkVersion = '${version}';`,
    '',
  ].join('\n');
}

writeFileSync(sdkVersionPath, sdkVersionModule());
console.log(`Wrote ${sdkVersionPath}`);
