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
// @atelier/client's package.json points at its compiled dist/ (what npm users get); in this
// repository the server runs on the client's sources, reached through the `@atelier/source` export
// condition. pnpm scripts pass it already (.npmrc); this covers `node bin/atelier-server.js …`.
// A hook holds for this thread only: the server's worker threads are given the condition as an option.
const { registerHooks } = await import('node:module');
const { workspaceSourceCondition } = await import('../src/workspace-sources.ts');
registerHooks({
  resolve: (specifier, context, nextResolve) => nextResolve(specifier, { ...context, conditions: [...context.conditions, workspaceSourceCondition] }),
});
await import('../src/cli.ts');
