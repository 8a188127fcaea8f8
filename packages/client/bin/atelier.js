#!/usr/bin/env node
// The staff CLI. In the repository it runs the TypeScript sources through Node's type stripping;
// the published package ships only the compiled dist/.
import { existsSync } from 'node:fs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  console.error(`atelier needs Node.js 22.13 or newer (this is ${process.versions.node}).`);
  process.exit(2);
}
const source = new URL('../src/cli/main.ts', import.meta.url);
await import(existsSync(source) ? source.href : new URL('../dist/cli/main.js', import.meta.url).href);
