// The Custom Elements Manifest is made from the components' JSDoc (@summary, @fires, @csspart, @cssprop, @attr).

/**
 * The analyzer reads Lit's `static properties` and lists internal state (`{ state: true }`) as
 * attributes too; a manifest is a public API description, so keep only what a page can use.
 */
function publicApiOnly() {
  return {
    name: 'atelier-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer lists modules in the order its file search finishes, which varies from run to
      // run; sorted by path, the manifest is the same on every machine and `--check` is reliable.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const hidden = new Set(
            (declaration.members ?? []).filter((member) => member.privacy && member.privacy !== 'public').map((member) => member.name),
          );
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
          if (declaration.members) declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.component.ts', 'src/base/atelier-element.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  outdir: '.',
  // scripts/manifest.mjs analyzes into a temporary folder; package.json must keep pointing at the checked-in copy.
  packagejson: false,
  plugins: [publicApiOnly()],
};
