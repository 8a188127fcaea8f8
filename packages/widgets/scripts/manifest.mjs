// Writes custom-elements.json from the components' source, or with --check fails when the
// checked-in copy differs from what the source produces (someone changed a component's API).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const checkedIn = join(packageDir, 'custom-elements.json');
const check = process.argv.includes('--check');

const outDir = mkdtempSync(join(tmpdir(), 'atelier-cem-'));
try {
  execFileSync('cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs', // The analyzer resolves --outdir against the working directory.
    '--outdir', relative(packageDir, outDir), '--quiet'], {
    cwd: packageDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const generated = readFileSync(join(outDir, 'custom-elements.json'), 'utf8');
  if (!check) {
    writeFileSync(checkedIn, generated);
    console.log('custom-elements.json written.');
  } else {
    let current = '';
    try {
      current = readFileSync(checkedIn, 'utf8');
    } catch {
      // Missing counts as stale.
    }
    if (current !== generated) {
      console.error('custom-elements.json is stale: run `pnpm --filter @atelier/widgets manifest` and commit it.');
      process.exit(1);
    }
    console.log('custom-elements.json is up to date.');
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
