// Fails when the npm build (dist/, not dist/cdn/) bundles a copy of a package instead of importing
// it: every import in dist/ must be relative to dist/ or a bare specifier of a declared runtime
// dependency, so the app's package manager installs, shares and deduplicates it.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const distDir = `${packageDir}dist/`;
const { dependencies, peerDependencies } = JSON.parse(readFileSync(`${packageDir}package.json`, 'utf8'));
const declared = [...Object.keys(dependencies), ...Object.keys(peerDependencies ?? {})];

const isDeclared = (specifier) => declared.some((name) => specifier === name || specifier.startsWith(`${name}/`));
/**
 * Static `from '…'`, side-effect `import '…'` and dynamic `import('…')`. A `from` right after a dot
 * is the end of a string such as a field's path (`'quietPeriod.from'`), not an import.
 */
const importSpecifier = /(?:(?<!\.)\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

const problems = [];
const modules = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter(
  (file) => file.endsWith('.js') && !file.startsWith('cdn/'),
);
for (const file of modules) {
  if (file.split('/').includes('node_modules')) {
    problems.push(`${file}: a copy of a package inside dist/`);
    continue;
  }
  for (const [, specifier] of readFileSync(`${distDir}${file}`, 'utf8').matchAll(importSpecifier)) {
    if (specifier.startsWith('./') || specifier.startsWith('../')) {
      if (specifier.includes('node_modules/')) problems.push(`${file}: imports a bundled copy ${specifier}`);
    } else if (!isDeclared(specifier)) {
      problems.push(`${file}: imports ${specifier}, which is not a declared dependency`);
    }
  }
}
if (modules.length === 0) problems.push('dist/ has no modules; run `pnpm build` first.');
if (problems.length > 0) {
  console.error(`npm-dist-check: dist/ must import its dependencies by name:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`npm-dist-check: ${String(modules.length)} modules import only relative paths and declared dependencies.`);
