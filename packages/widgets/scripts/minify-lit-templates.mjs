// Vite plugin for the CDN build: strips the indentation and comments that Lit `html` and `css`
// tagged templates carry from the source, which otherwise ship to every page byte for byte.
// minify-literals parses the TypeScript itself (so this runs before Vite strips the types) and
// rewrites only the literal parts between `${…}` expressions. The HTML options are the cautious
// subset: whitespace is collapsed to one space but never removed (a space between two bound
// values or inline elements is visible text), and entities, empty attributes and inline scripts
// are left exactly as written so what Lit renders does not change.
import { minifyHTMLLiterals } from 'minify-literals';

const htmlOptions = {
  caseSensitive: true,
  collapseWhitespace: true,
  conservativeCollapse: true,
  removeComments: true,
  decodeEntities: false,
  removeEmptyAttributes: false,
  removeAttributeQuotes: false,
  minifyJS: false,
};

/** Our own TypeScript sources, never tests: tests do not ship and are not built here. */
const widgetSource = /\/src\/.*(?<!\.test)\.ts$/;

/** @returns {import('vite').Plugin} */
export function minifyLitTemplates() {
  return {
    name: 'atelier:minify-lit-templates',
    enforce: 'pre',
    async transform(code, id) {
      if (!widgetSource.test(id) || !/\b(html|css)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id, html: htmlOptions });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
