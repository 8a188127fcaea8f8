// Vite plugin for the CDN build: empties the `summary` and `tags` of the contract's operations.
// They document the API (the OpenAPI document is generated from them) and nothing in a browser
// reads them, yet every operation a widget uses would carry its sentence to every page. Only the
// operation modules are touched, and only string literals, so a change the pattern does not
// recognise leaves the text in (larger, never broken).
const operationModule = /\/packages\/client\/src\/contract\/[a-z-]*operations?\.ts$/;
const stringLiteral = String.raw`(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\`(?:[^\`\\]|\\.)*\`)`;
const summaryProperty = new RegExp(String.raw`\bsummary:\s*${stringLiteral}\s*,`, 'g');
const tagsProperty = new RegExp(String.raw`\btags:\s*\[\s*(?:${stringLiteral}\s*,?\s*)*\]\s*,`, 'g');

/** @returns {import('vite').Plugin} */
export function stripOperationDocs() {
  return {
    name: 'atelier:strip-operation-docs',
    apply: 'build',
    transform(code, id) {
      if (!operationModule.test(id)) return null;
      return { code: code.replace(summaryProperty, "summary: '',").replace(tagsProperty, 'tags: [],'), map: null };
    },
  };
}
