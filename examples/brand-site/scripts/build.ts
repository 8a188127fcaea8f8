// `pnpm build` of the brand site (and of the workspace): the pages carry the brand's publishable key
// and API base, written in at build time (vite.config.ts). Given in the environment or in
// .env.production.local, they are used. Otherwise, once `pnpm demo` has seeded the demo registry,
// the demo's key and API base are (the pages then work against the local demo). Otherwise there is
// nothing to build the pages for: the build says how to give the settings and exits 0, so
// `pnpm build` works on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEnv } from 'vite';
import { demoCredentialsFileName, readDemoCredentials } from './demo-credentials.ts';

const siteRoot = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = path.resolve(siteRoot, '..', '..');
/** Where and how `pnpm demo` serves the API by default (scripts/demo.ts). */
const demoApiBase = `http://127.0.0.1:${process.env.PORT || '8787'}`;
const demoDataDir = path.resolve(process.env.DATA_DIR || path.join(repoRoot, 'data', 'demo'));

const given = { ...loadEnv('production', siteRoot, 'VITE_ATELIER_'), ...process.env };
const environment: NodeJS.ProcessEnv = { ...process.env };
if (!given['VITE_ATELIER_PUBLISHABLE_KEY'] && !given['VITE_ATELIER_API_BASE']) {
  if (!existsSync(path.join(demoDataDir, demoCredentialsFileName))) {
    console.log(
      [
        'examples/brand-site: not built, its pages need the brand\'s Atelier settings, written into them at build time.',
        '  Either run `pnpm demo` once (later builds then use the demo\'s key and API base),',
        '  or give them: VITE_ATELIER_PUBLISHABLE_KEY=pk_… VITE_ATELIER_API_BASE=https://… pnpm --filter @atelier/example-brand-site build',
        '  (or put both in examples/brand-site/.env.production.local; see examples/brand-site/README.md).',
      ].join('\n'),
    );
    process.exit(0);
  }
  const credentials = await readDemoCredentials(demoDataDir);
  environment['VITE_ATELIER_PUBLISHABLE_KEY'] = credentials.publishableKey;
  environment['VITE_ATELIER_API_BASE'] = demoApiBase;
  console.log(`examples/brand-site: building with the demo's settings (${path.relative(repoRoot, demoDataDir)}, API ${demoApiBase}).`);
}
// One setting given without the other is a mistake the config names, so it goes to vite as is.
const vite = spawnSync('vite', ['build'], { cwd: siteRoot, env: environment, stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(vite.status ?? 1);
