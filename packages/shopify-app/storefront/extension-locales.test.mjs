// The theme editor in the merchant's language: every name, label and help text of every block and
// embed schema is a `t:` key, and each key resolves in all seven schema locale files.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { localesDir, schemaLocales } from '../scripts/extension-paths.mjs';
import { readBlockSchemas } from '../scripts/extension-schema.mjs';

const translations = Object.fromEntries(schemaLocales.map((locale) => [locale, JSON.parse(readFileSync(`${localesDir}${locale}.schema.json`, 'utf8'))]));

/** The language options name each language in itself, the same in every editor language. */
const languageEndonyms = ['English', 'Français', 'Deutsch', 'Italiano', '日本語', '简体中文', '繁體中文'];

/** Every merchant-facing string of a schema, with where it is: the block's name, settings' labels, help texts, headers, option labels. */
function shownStrings({ file, schema }) {
  const shown = [{ where: `${file} name`, text: schema.name }];
  for (const setting of schema.settings ?? []) {
    const id = setting.id ?? setting.type;
    for (const key of ['label', 'info', 'content']) if (setting[key] !== undefined) shown.push({ where: `${file} ${id}.${key}`, text: setting[key] });
    for (const option of setting.options ?? []) shown.push({ where: `${file} ${id} option ${option.value}`, text: option.label, option: setting.id });
  }
  return shown;
}

function resolve(tree, key) {
  return key.split('.').reduce((node, part) => (node && typeof node === 'object' ? node[part] : undefined), tree);
}

function leafKeys(tree, prefix = '') {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' ? leafKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

const blocks = readBlockSchemas();

describe('theme editor translations', () => {
  it('has a schema locale file for each of the seven languages, and no other', () => {
    const files = readdirSync(localesDir).filter((file) => file.endsWith('.schema.json')).sort();
    assert.deepEqual(files, schemaLocales.map((locale) => `${locale}.schema.json`).sort());
  });

  it('names every block and embed, and labels and explains every setting, with t: keys (the languages in their own names)', () => {
    const literal = blocks
      .flatMap(shownStrings)
      .filter(({ text, option }) => !text.startsWith('t:') && !(option === 'locale' && languageEndonyms.includes(text)))
      .map(({ where, text }) => `${where}: ${text}`);
    assert.deepEqual(literal, []);
  });

  it('resolves every t: key of every schema to a text in all seven languages', () => {
    const keys = [...new Set(blocks.flatMap(shownStrings).map(({ text }) => text).filter((text) => text.startsWith('t:')))];
    assert.ok(keys.length > 20, 'the schemas use the keys');
    const missing = schemaLocales.flatMap((locale) =>
      keys.filter((key) => {
        const text = resolve(translations[locale], key.slice(2));
        return typeof text !== 'string' || text.trim() === '';
      }).map((key) => `${locale}: ${key}`),
    );
    assert.deepEqual(missing, []);
  });

  it('holds the same keys in every language, none that no schema uses', () => {
    const used = new Set(blocks.flatMap(shownStrings).map(({ text }) => text.slice(2)));
    const english = leafKeys(translations['en.default']).sort();
    assert.deepEqual(english.filter((key) => !used.has(key)), [], 'keys no schema uses');
    for (const locale of schemaLocales) assert.deepEqual(leafKeys(translations[locale]).sort(), english, locale);
  });

  it('keeps block names within the 25 characters Shopify allows, in every language', () => {
    const tooLong = schemaLocales.flatMap((locale) =>
      blocks.map(({ schema }) => resolve(translations[locale], schema.name.slice(2))).filter((name) => [...name].length > 25).map((name) => `${locale}: ${name}`),
    );
    assert.deepEqual(tooLong, []);
  });
});
