// Writes the framework bindings from custom-elements.json, so they cannot drift from the elements:
// - src/generated/react.ts   React components (@lit/react: typed props, `on…` event callbacks with a
//                            typed `detail`) and the tags in React's JSX (`@atelier/widgets/react`);
// - src/generated/jsx.ts     the tags' JSX props for Preact (React style) and Solid, to extend a
//                            framework's JSX.IntrinsicElements with (`@atelier/widgets/jsx`);
// - vscode.html-custom-data.json  tags and attributes for VS Code's HTML completion.
// With --check, fails when a checked-in file differs from what the manifest gives (run by the test).
// The build runs it first, so dist/ is always made from the current manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const manifest = JSON.parse(readFileSync(`${packageDir}custom-elements.json`, 'utf8'));

const header = (what) =>
  `// Generated from custom-elements.json by scripts/frameworks.mjs (${what}). Do not edit: change the\n` +
  '// component (its JSDoc, properties or events), then `pnpm --filter @atelier/widgets manifest` and `build`.\n';

/** `dist/a/b.js` (the manifest points at shipped modules) → the source module, relative to src/generated/. */
const sourceModule = (path) => `../${path.replace(/^\/?dist\//, '').replace(/\.js$/, '.ts')}`;
const pascalCase = (kebab) => kebab.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
const doc = (text, indent = '') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');

/** Each tag with its class, the module that defines it and its public API, in tag order. */
const elements = manifest.modules
  .flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => ({ entry, definedIn: module.path })))
  .map(({ entry, definedIn }) => {
    const classModule = manifest.modules.find((module) => module.path === entry.declaration.module.replace(/^\//, ''));
    const declaration = classModule?.declarations?.find((candidate) => candidate.name === entry.declaration.name);
    if (!declaration) throw new Error(`custom-elements.json: ${entry.name} is defined with ${entry.declaration.name}, which no module declares`);
    const attributeFields = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
    return {
      tagName: entry.name,
      className: declaration.name,
      summary: declaration.summary ?? declaration.description ?? '',
      definitionModule: sourceModule(definedIn),
      classModule: sourceModule(classModule.path),
      attributes: (declaration.attributes ?? []).filter((attribute) => attribute.fieldName),
      properties: (declaration.members ?? []).filter(
        (member) => member.kind === 'field' && !member.static && !member.readonly && member.privacy !== 'private' && member.privacy !== 'protected' && !attributeFields.has(member.name),
      ),
      events: declaration.events ?? [],
    };
  })
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

if (elements.length === 0) throw new Error('custom-elements.json defines no tag');

/** `atelier-warranty-activated` → `onWarrantyActivated` (@lit/react's callback prop). */
const reactEventProp = (eventName) => `on${pascalCase(eventName.replace(/^atelier-/, ''))}`;
const detailType = (eventName) => `CustomEvent<AtelierEventDetails['${eventName}']>`;

function jsxModule() {
  let out = header('JSX props of each tag');
  out += `/**
 * The widgets' tags for JSX, React 19 / Preact style (attributes as in HTML, properties without an
 * attribute by name, events as \`on\` + the event's name) and Solid style (\`prop:\`, \`on:\`).
 * \`@atelier/widgets/react\` already adds them to React's JSX. For Preact:
 *
 *     import type { AtelierJsxElements } from '@atelier/widgets/jsx';
 *     declare module 'preact' {
 *       namespace JSX { interface IntrinsicElements extends AtelierJsxElements {} }
 *     }
 *
 * and for Solid, the same with \`AtelierSolidJsxElements\` in \`declare module 'solid-js'\`.
 */\n`;
  out += "import type { AtelierEventDetails } from '../base/events.ts';\n";
  for (const element of elements) out += `import type { ${element.className} } from '${element.classModule}';\n`;
  out += '\n/** JSX attributes every HTML element takes, which the tags accept too. */\n';
  out += 'interface CommonJsxAttributes {\n  id?: string;\n  class?: string;\n  slot?: string;\n  hidden?: boolean;\n  lang?: string;\n  dir?: string;\n  style?: string | Record<string, string | number>;\n}\n';
  for (const element of elements) {
    const name = pascalCase(element.tagName);
    out += `\n${doc(`\`<${element.tagName}>\`: ${element.summary} Attributes, properties and events, React 19 / Preact style.`)}`;
    out += `export interface ${name}JsxProps {\n`;
    for (const attribute of element.attributes) out += `${doc(attribute.description, '  ')}  '${attribute.name}'?: ${element.className}['${attribute.fieldName}'];\n`;
    for (const property of element.properties) out += `${doc(property.description, '  ')}  ${property.name}?: ${element.className}['${property.name}'];\n`;
    for (const event of element.events) out += `${doc(event.description, '  ')}  'on${event.name}'?: (event: ${detailType(event.name)}) => void;\n`;
    out += '}\n';
    out += `\n${doc(`\`<${element.tagName}>\` for Solid: properties through \`prop:\`, events through \`on:\`.`)}`;
    out += `export interface ${name}SolidJsxProps {\n`;
    for (const attribute of element.attributes) out += `${doc(attribute.description, '  ')}  '${attribute.name}'?: ${element.className}['${attribute.fieldName}'];\n`;
    for (const property of element.properties) out += `${doc(property.description, '  ')}  'prop:${property.name}'?: ${element.className}['${property.name}'];\n`;
    for (const event of element.events) out += `${doc(event.description, '  ')}  'on:${event.name}'?: (event: ${detailType(event.name)}) => void;\n`;
    out += '}\n';
  }
  out += '\n/** Every tag with its props (React 19 / Preact style), for `JSX.IntrinsicElements`. */\n';
  out += `export interface AtelierJsxElements {\n${elements.map((element) => `  '${element.tagName}': ${pascalCase(element.tagName)}JsxProps & CommonJsxAttributes;\n`).join('')}}\n`;
  out += '\n/** Every tag with its props (Solid style), for `JSX.IntrinsicElements`. */\n';
  out += `export interface AtelierSolidJsxElements {\n${elements.map((element) => `  '${element.tagName}': ${pascalCase(element.tagName)}SolidJsxProps & CommonJsxAttributes;\n`).join('')}}\n`;
  out += '\n/** Every tag the package defines. */\n';
  out += `export const atelierTagNames = [${elements.map((element) => `'${element.tagName}'`).join(', ')}] as const;\n`;
  return out;
}

function reactModule() {
  let out = header('React components and JSX');
  out += `/**
 * React components for the widgets, made with @lit/react: props are the elements' properties (typed
 * from their classes), events are callbacks (\`onWarrantyActivated\`, …) whose \`event.detail\` is typed.
 * Importing this module registers the elements, and adds the tags to React's JSX so that
 * \`<atelier-provenance serial="…" />\` type-checks too (React 19 sets properties and listens to
 * \`on\` + the event's name on custom elements).
 */\n`;
  out += "import * as React from 'react';\n";
  out += "import { createComponent } from '@lit/react';\n";
  out += "import type { EventName } from '@lit/react';\n";
  out += "import type { AtelierEventDetails } from '../base/events.ts';\n";
  out += `import type { ${elements.map((element) => `${pascalCase(element.tagName)}JsxProps`).join(', ')} } from './jsx.ts';\n`;
  for (const element of elements) out += `import { ${element.className} as ${element.className}Element } from '${element.definitionModule}';\n`;
  for (const element of elements) {
    out += `\n${doc(`\`<${element.tagName}>\` as a React component: ${element.summary}`)}`;
    out += `export const ${element.className} = createComponent({\n`;
    out += `  tagName: '${element.tagName}',\n  elementClass: ${element.className}Element,\n  react: React,\n`;
    out += `  events: {\n${element.events.map((event) => `${doc(event.description, '    ')}    ${reactEventProp(event.name)}: '${event.name}' as EventName<${detailType(event.name)}>,\n`).join('')}  },\n`;
    out += `  displayName: '${element.className}',\n});\n`;
  }
  out += "\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n";
  for (const element of elements) {
    const elementType = `${element.className}Element`;
    out += `      '${element.tagName}': React.DetailedHTMLProps<React.HTMLAttributes<${elementType}>, ${elementType}> & ${pascalCase(element.tagName)}JsxProps;\n`;
  }
  out += '    }\n  }\n}\n';
  return out;
}

function vscodeCustomData() {
  const tags = elements.map((element) => ({
    name: element.tagName,
    description: [
      element.summary,
      element.events.length > 0 ? `Events: ${element.events.map((event) => `\`${event.name}\``).join(', ')}.` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
    attributes: element.attributes.map((attribute) => ({ name: attribute.name, description: attribute.description ?? '' })),
  }));
  return `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`;
}

const outputs = [
  ['src/generated/jsx.ts', jsxModule()],
  ['src/generated/react.ts', reactModule()],
  ['vscode.html-custom-data.json', vscodeCustomData()],
];

const stale = [];
for (const [file, content] of outputs) {
  const path = `${packageDir}${file}`;
  if (!check) {
    writeFileSync(path, content);
    continue;
  }
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // Missing counts as stale.
  }
  if (current !== content) stale.push(file);
}
if (stale.length > 0) {
  console.error(`${stale.join(', ')} ${stale.length === 1 ? 'is' : 'are'} stale: run \`node scripts/frameworks.mjs\` in packages/widgets (the build does) and commit.`);
  process.exit(1);
}
console.log(check ? 'Framework bindings are up to date with custom-elements.json.' : `Framework bindings written: ${outputs.map(([file]) => file).join(', ')}.`);
