// Builds, packs and checks every published package, then (with --publish) publishes the tarballs
// and tags the release. Versions and changelogs come first from Changesets (`pnpm version-packages`).
//
// Usage: node scripts/release.ts [--pack-with npm|pnpm] [--publish] [--tag <dist-tag>]
//   --pack-with  which tool packs (default npm). Both give the same package: no `workspace:` range,
//                exports pointing at dist/; the tarballs are checked before anything is published.
//   --publish    `npm publish` each tarball not yet on the registry, dependencies first, then
//                `changeset tag`. Without it the script stops after packing: a dry run.
// Tarballs land in release/ (ignored by git).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packPackage, packTools, publishedPackages, repositoryRoot, tarballProblems, type PackTool } from './published-packages.ts';

const { values: options } = parseArgs({
  options: {
    'pack-with': { type: 'string', default: 'npm' },
    publish: { type: 'boolean', default: false },
    tag: { type: 'string' },
  },
});
const packTool = options['pack-with'] as PackTool;
if (!packTools.includes(packTool)) {
  console.error(`release: --pack-with must be one of ${packTools.join(', ')}.`);
  process.exit(2);
}

const run = (command: string, args: string[], cwd = repositoryRoot) => execFileSync(command, args, { cwd, stdio: 'inherit' });
const packages = publishedPackages();
const releaseDir = join(repositoryRoot, 'release');
rmSync(releaseDir, { recursive: true, force: true });
mkdirSync(releaseDir);

for (const pkg of packages) run('pnpm', ['--filter', pkg.name, 'run', 'build']);

const tarballs = packages.map((pkg) => ({ pkg, tarball: packPackage(pkg, packTool, releaseDir) }));
let failed = false;
for (const { pkg, tarball } of tarballs) {
  const problems = tarballProblems(tarball);
  if (problems.length > 0) {
    failed = true;
    console.error(`release: ${pkg.name}@${pkg.version} (${tarball}):\n  ${problems.join('\n  ')}`);
  } else {
    console.log(`release: ${pkg.name}@${pkg.version} packed with ${packTool}: ${tarball}`);
  }
}
if (failed) process.exit(1);
if (!options.publish) {
  console.log('release: dry run; nothing published (add --publish).');
  process.exit(0);
}

/** Whether this version is already on the registry, so a rerun after a partial publish goes on. */
function isPublished({ name, version }: { name: string; version: string }): boolean {
  try {
    return execFileSync('npm', ['view', `${name}@${version}`, 'version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === version;
  } catch {
    return false;
  }
}

for (const { pkg, tarball } of tarballs) {
  if (isPublished(pkg)) {
    console.log(`release: ${pkg.name}@${pkg.version} is already published; skipped.`);
    continue;
  }
  run('npm', ['publish', tarball, '--access', 'public', ...(options.tag ? ['--tag', options.tag] : [])]);
}
run('pnpm', ['exec', 'changeset', 'tag']);
