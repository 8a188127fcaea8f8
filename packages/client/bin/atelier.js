#!/usr/bin/env node
// The staff CLI. In the repository it runs the TypeScript sources through Node's type stripping;
// installed from npm it runs the compiled dist/ (the package ships src/ too, for source maps, but
// Node never strips types of a file under node_modules).
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  console.error(`atelier needs Node.js 22.13 or newer (this is ${process.versions.node}).`);
  process.exit(2);
}
const installed = realpathSync(fileURLToPath(import.meta.url)).split(/[\\/]/).includes('node_modules');
await import(new URL(installed ? '../dist/cli/main.js' : '../src/cli/main.ts', import.meta.url).href);
