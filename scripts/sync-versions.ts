// After `changeset version` bumps package.json versions: writes each version the code carries as a
// constant (the widgets compare theirs when a page loads them twice), so a release cannot ship a
// stale one. Run by `pnpm version-packages`; the widgets' tests check the two agree.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const versionConstants = [
  { packageDir: 'packages/widgets', file: 'src/base/version.ts', constant: 'widgetsVersion' },
  // The client's Atelier-Client / User-Agent header; the client's tests check the two agree.
  { packageDir: 'packages/client', file: 'src/sdk-version.ts', constant: 'sdkVersion' },
];

const root = fileURLToPath(new URL('..', import.meta.url));
for (const { packageDir, file, constant } of versionConstants) {
  const { version } = JSON.parse(readFileSync(`${root}${packageDir}/package.json`, 'utf8')) as { version: string };
  const path = `${root}${packageDir}/${file}`;
  const source = readFileSync(path, 'utf8');
  const declaration = new RegExp(`(export const ${constant} = )'[^']*'`);
  if (!declaration.test(source)) throw new Error(`${packageDir}/${file} no longer declares ${constant} = '…'`);
  writeFileSync(path, source.replace(declaration, `$1'${version}'`));
  console.log(`${packageDir}/${file}: ${constant} = '${version}'`);
}
