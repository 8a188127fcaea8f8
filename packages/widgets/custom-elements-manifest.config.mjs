// The Custom Elements Manifest is made from the components' JSDoc (@summary, @fires, @csspart, @cssprop, @attr),
// completed by the plugins below from the sources that already say the rest: which module defines each
// tag (the `defineElement(tag, Class)` calls), each event's detail type (`AtelierEventDetails`) and each
// custom property's default (the theme tokens). Paths point at the shipped dist/ modules, as tools that
// read the manifest from an installed package (IDEs, Storybook, the framework generator) expect.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const eventsSource = 'src/base/events.ts';
const tokensSource = 'src/themes/tokens.ts';

/** `src/a/b.ts` or `/src/a/b.ts` → `dist/a/b.js`: package-relative, as the manifest's own paths are. */
const shippedPath = (path) => path.replace(/^\/?src\/(.*)\.ts$/, 'dist/$1.js');

function parse(file) {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** Event name → the TypeScript text of its detail type, from `interface AtelierEventDetails`. */
function eventDetailTypes() {
  const details = new Map();
  parse(eventsSource).forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'AtelierEventDetails') return;
    for (const member of node.members) {
      if (ts.isPropertySignature(member) && member.type) details.set(member.name.text, member.type.getText().replace(/\s+/g, ' '));
    }
  });
  if (details.size === 0) throw new Error(`${eventsSource} has no AtelierEventDetails interface`);
  return details;
}

/**
 * Custom property → { light, dark } default, from `var(--atelier-…, <default>)` in the theme tokens: a
 * `light-dark(L, D)` default gives both; a default that is another token (`--atelier-font-text` falls
 * back to `--atelier-font`) names it, and that token's own default is recorded too.
 */
function customPropertyDefaults() {
  const defaults = new Map();
  const tokens = readFileSync(tokensSource, 'utf8');
  const record = (name, value) => {
    const nested = /^var\((--atelier-[\w-]+),\s*(.+)\)$/.exec(value);
    if (nested) {
      record(nested[1], nested[2].trim());
      defaults.set(name, { light: `var(${nested[1]})` });
      return;
    }
    // A private token a default falls back on is named by the public one it stands for.
    if (value === 'var(--_font)') value = 'var(--atelier-font-text)';
    const pair = /^light-dark\((.+?),\s*(.+)\)$/.exec(value);
    defaults.set(name, pair ? { light: pair[1].trim(), dark: pair[2].trim() } : { light: value });
  };
  for (const [, name, value] of tokens.matchAll(/:\s*var\((--atelier-[\w-]+),\s*([^;]+?)\);/g)) {
    if (!defaults.has(name)) record(name, value.trim());
  }
  return defaults;
}

/**
 * `defineElement(someTag, SomeClass)` registers a tag the way `customElements.define` would, which
 * the analyzer only recognises by that name: record it as the module's custom-element-definition.
 */
function defineElementCalls() {
  return {
    name: 'atelier-define-element-calls',
    // The analyzer's own TypeScript made this AST: its SyntaxKind numbers, not those of the import above.
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tagArgument, classArgument] = node.arguments;
      if (!tagArgument || !classArgument || !ts.isIdentifier(classArgument)) return;
      const sourceFile = node.getSourceFile();
      let tagName = ts.isStringLiteral(tagArgument) ? tagArgument.text : undefined;
      const imports = new Map();
      sourceFile.forEachChild((statement) => {
        if (ts.isVariableStatement(statement)) {
          for (const declaration of statement.declarationList.declarations) {
            if (ts.isIdentifier(tagArgument) && declaration.name.getText() === tagArgument.text && declaration.initializer && ts.isStringLiteral(declaration.initializer)) {
              tagName = declaration.initializer.text;
            }
          }
        }
        if (ts.isImportDeclaration(statement) && statement.importClause?.namedBindings && ts.isNamedImports(statement.importClause.namedBindings)) {
          for (const element of statement.importClause.namedBindings.elements) imports.set(element.name.text, statement.moduleSpecifier.text);
        }
      });
      if (!tagName) throw new Error(`${moduleDoc.path}: defineElement() is called with a tag that is not a string constant of this module`);
      const className = classArgument.text;
      const from = imports.get(className);
      const module = from ? new URL(from, `file:///${moduleDoc.path}`).pathname : `/${moduleDoc.path}`;
      moduleDoc.exports = [...(moduleDoc.exports ?? []), { kind: 'custom-element-definition', name: tagName, declaration: { name: className, module } }];
    },
  };
}

/**
 * Keeps what a page can use (the analyzer lists Lit's internal `{ state: true }` properties as
 * attributes too), adds event detail types and custom property defaults, keeps only modules that
 * declare or define an element, and points every path at dist/.
 */
/** The widgets' base classes: their attributes and properties are every widget's, inherited. */
const baseClasses = new Set(['AtelierElement', 'WidgetWithParts']);

function publicApiOnly() {
  return {
    name: 'atelier-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      const details = eventDetailTypes();
      const cssDefaults = customPropertyDefaults();
      // The analyzer lists modules in the order its file search finishes, which varies from run to
      // run; sorted by path, the manifest is the same on every machine and `--check` is reliable.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      const definesTag = (module) => (module.exports ?? []).some((entry) => entry.kind === 'custom-element-definition');
      const declaresElement = (module) => (module.declarations ?? []).some((declaration) => declaration.customElement || declaration.tagName || baseClasses.has(declaration.name));
      customElementsManifest.modules = customElementsManifest.modules.filter((module) => definesTag(module) || declaresElement(module));
      for (const module of customElementsManifest.modules) {
        if (definesTag(module)) {
          // A definition module's other exports (the tag constant, re-exported class) are covered by the class's own module.
          module.declarations = [];
          module.exports = module.exports.filter((entry) => entry.kind === 'custom-element-definition');
        }
        for (const declaration of module.declarations ?? []) {
          const hidden = new Set(
            (declaration.members ?? []).filter((member) => member.privacy && member.privacy !== 'public').map((member) => member.name),
          );
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
          if (declaration.members) declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
          for (const event of declaration.events ?? []) {
            const detail = details.get(event.name);
            if (!detail) throw new Error(`${module.path}: @fires ${event.name} has no detail type in ${eventsSource} (AtelierEventDetails)`);
            event.type = { text: `CustomEvent<${detail}>` };
          }
          for (const property of declaration.cssProperties ?? []) {
            const fallback = cssDefaults.get(property.name);
            if (!fallback?.light) continue;
            property.default = fallback.light;
            if (fallback.dark && fallback.dark !== fallback.light) property.description = `${property.description} Dark theme default: \`${fallback.dark}\`.`;
          }
        }
      }
      const rewrite = (value) => {
        if (Array.isArray(value)) return value.forEach(rewrite);
        if (value === null || typeof value !== 'object') return;
        for (const [key, inner] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = shippedPath(inner);
          else rewrite(inner);
        }
      };
      rewrite(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/components/*/*.ts', 'src/base/atelier-element.ts', 'src/base/widget-with-parts.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/locales/**'],
  litelement: true,
  outdir: '.',
  // scripts/manifest.mjs analyzes into a temporary folder; package.json must keep pointing at the checked-in copy.
  packagejson: false,
  plugins: [defineElementCalls(), publicApiOnly()],
};
