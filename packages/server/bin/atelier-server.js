#!/usr/bin/env node
// The server runs from its TypeScript sources with Node's type stripping: no build step.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  console.error(`atelier-server needs Node.js 22.13 or newer (this is ${process.versions.node}).`);
  process.exit(1);
}
if (!process.features.typescript) {
  console.error('atelier-server runs TypeScript directly: use Node.js 22.18+ or 23.6+, or run node with --experimental-strip-types.');
  process.exit(1);
}
await import('../src/cli.ts');
