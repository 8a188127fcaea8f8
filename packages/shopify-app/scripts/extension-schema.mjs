// Reads the `{% schema %}` of each block of the theme app extension: what the checks, the tests and
// the storefront bench need to know about a block without a Liquid engine.
import { readdirSync, readFileSync } from 'node:fs';
import { blocksDir } from './extension-paths.mjs';

const schemaTag = /\{%-?\s*schema\s*-?%\}([\s\S]*?)\{%-?\s*endschema\s*-?%\}/;

/** Every block file with its parsed schema; throws naming the file when a schema is missing or not JSON. */
export function readBlockSchemas() {
  return readdirSync(blocksDir)
    .filter((file) => file.endsWith('.liquid'))
    .sort()
    .map((file) => {
      const source = readFileSync(`${blocksDir}${file}`, 'utf8');
      const match = schemaTag.exec(source);
      if (!match) throw new Error(`blocks/${file} has no {% schema %}.`);
      try {
        return { file, source, schema: JSON.parse(match[1]) };
      } catch (error) {
        throw new Error(`blocks/${file}: its {% schema %} is not valid JSON (${error.message}).`, { cause: error });
      }
    });
}

/** The asset files a schema names under one key (`javascript` or `stylesheet`), which Shopify allows as one name. */
export function namedAssets(schema, key) {
  const value = schema[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
