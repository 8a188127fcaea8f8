// The workspace's published packages (every package.json under packages/ not marked private), how
// to pack one with npm or pnpm, and what a packed tarball must hold to install and work outside
// this workspace. Shared by the release script and the outside-the-workspace test, so what is
// checked before a release is what the test checks.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

export type PackTool = 'npm' | 'pnpm';

interface PackageManifest {
  name: string;
  version: string;
  private?: boolean;
  main?: string;
  types?: string;
  bin?: string | Record<string, string>;
  exports?: unknown;
  license?: string;
  repository?: unknown;
  dependencies?: Record<string, string>;
}

export interface PublishedPackage {
  name: string;
  version: string;
  dir: string;
  manifest: PackageManifest;
}

/** The tools a release may pack with: both must produce the same installable package. */
export const packTools: readonly PackTool[] = ['npm', 'pnpm'];

const dependencyFields = ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies'];

/** Published packages in dependency order (a package after the ones it depends on). */
export function publishedPackages(): PublishedPackage[] {
  const packagesDir = join(repositoryRoot, 'packages');
  const found = readdirSync(packagesDir)
    .map((name) => join(packagesDir, name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageManifest }))
    .filter(({ manifest }) => !manifest.private)
    .map(({ dir, manifest }) => ({ name: manifest.name, version: manifest.version, dir, manifest }));
  const ordered: PublishedPackage[] = [];
  const visit = (pkg: PublishedPackage): void => {
    if (ordered.includes(pkg)) return;
    for (const dependency of Object.keys(pkg.manifest.dependencies ?? {})) {
      const other = found.find((candidate) => candidate.name === dependency);
      if (other) visit(other);
    }
    ordered.push(pkg);
  };
  for (const pkg of found) visit(pkg);
  return ordered;
}

/** Packs one package with `npm pack` or `pnpm pack` into `destination`; returns the tarball's path. */
export function packPackage(pkg: PublishedPackage, tool: PackTool, destination: string): string {
  if (!packTools.includes(tool)) throw new Error(`pack tool must be one of ${packTools.join(', ')}, not ${tool}`);
  const output = execFileSync(tool, ['pack', '--json', '--pack-destination', destination], {
    cwd: pkg.dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // npm prints an array of results, pnpm one object; both name the tarball's file.
  const result = ([JSON.parse(output)] as unknown[]).flat()[0] as { filename: string };
  const file = result.filename;
  return file.startsWith('/') ? file : join(destination, file);
}

/** Unpacks a tarball into a temporary folder; the caller removes it. */
function unpack(tarball: string): string {
  const into = mkdtempSync(join(tmpdir(), 'atelier-unpacked-'));
  execFileSync('tar', ['-xzf', tarball, '-C', into]);
  return join(into, 'package');
}

/** Every file path an `exports` value points at (conditions flattened, patterns left out). */
function exportTargets(exportsField: unknown): string[] {
  if (typeof exportsField === 'string') return exportsField.includes('*') ? [] : [exportsField];
  if (exportsField === null || typeof exportsField !== 'object') return [];
  return Object.values(exportsField).flatMap(exportTargets);
}

/**
 * What is wrong with a packed package, as sentences (empty when nothing is): a `workspace:`
 * dependency npm cannot install, a file package.json points at that is not in the tarball, a missing
 * or different LICENSE, a source map whose sources neither ship nor travel inside it.
 */
export function tarballProblems(tarball: string): string[] {
  const root = unpack(tarball);
  const problems: string[] = [];
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageManifest & Record<string, unknown>;
    for (const field of dependencyFields) {
      for (const [name, range] of Object.entries((manifest[field] ?? {}) as Record<string, string>)) {
        if (String(range).startsWith('workspace:')) problems.push(`${field}.${name} is "${range}", which only pnpm inside this workspace understands`);
      }
    }
    const pointedAt = [
      manifest.main,
      manifest.types,
      ...Object.values(typeof manifest.bin === 'string' ? { bin: manifest.bin } : (manifest.bin ?? {})),
      ...exportTargets(manifest.exports),
    ].filter((target): target is string => typeof target === 'string');
    for (const target of new Set(pointedAt)) {
      if (!existsSync(join(root, target))) problems.push(`package.json points at ${target}, which is not in the tarball`);
    }
    const license = join(root, 'LICENSE');
    if (!existsSync(license)) problems.push('no LICENSE file');
    else if (readFileSync(license, 'utf8') !== readFileSync(join(repositoryRoot, 'LICENSE'), 'utf8')) problems.push('LICENSE differs from the repository’s');
    if (!manifest.license) problems.push('no "license" field');
    if (!manifest.repository) problems.push('no "repository" field');
    problems.push(...sourceMapProblems(root));
  } finally {
    rmSync(dirname(root), { recursive: true, force: true });
  }
  return problems;
}

function sourceMapProblems(root: string): string[] {
  const problems: string[] = [];
  const maps = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.map'));
  for (const mapFile of maps) {
    const map = JSON.parse(readFileSync(join(root, mapFile), 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[]; sourceRoot?: string };
    const unresolved = map.sources.filter((source, index) => {
      if (typeof map.sourcesContent?.[index] === 'string') return false;
      const resolved = normalize(join(dirname(join(root, mapFile)), map.sourceRoot ?? '', source));
      return relative(root, resolved).startsWith('..') || !existsSync(resolved);
    });
    if (unresolved.length > 0) problems.push(`${mapFile}: sources neither shipped nor embedded: ${unresolved.join(', ')}`);
  }
  return problems;
}
