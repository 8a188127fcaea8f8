// Renders the extension's app blocks outside Shopify with LiquidJS, the way a storefront renders
// them: the block's settings (schema defaults, then the merchant's values) and the storefront
// object the blocks read (request). The storefront bench and the tests use it, so the pages
// they measure are what the extension really outputs, not a hand-made copy that could drift.
import { Liquid, Tag } from 'liquidjs';
import { blocksDir, extensionDir } from './extension-paths.mjs';
import { readBlockSchemas } from './extension-schema.mjs';

const engine = new Liquid({
  root: [blocksDir],
  partials: [`${extensionDir}snippets/`],
  extname: '.liquid',
  strictFilters: true,
  // Shopify's render tag isolates snippets the same way (they see only what is passed).
  dynamicPartials: true,
});

// Shopify reads {% schema %} for the theme editor and outputs nothing for it.
engine.registerTag(
  'schema',
  class SchemaTag extends Tag {
    constructor(token, remainTokens, liquid) {
      super(token, remainTokens, liquid);
      for (let next = remainTokens.shift(); next; next = remainTokens.shift()) {
        if (next.name === 'endschema') return;
      }
      throw new Error('{% schema %} without {% endschema %}');
    }
    *render() {}
  },
);

// Shopify's asset_url: where the extension's assets are served. The page that renders the block says
// where that is (`assetBase`: the bench and the storefront example serve them under paths of their own).
engine.registerFilter('asset_url', function assetUrl(name) {
  return `${this.context.globals.atelier_asset_base}${name}`;
});

const schemas = new Map(readBlockSchemas().map((block) => [block.file, block.schema]));

/** The block's settings as Shopify gives them: each schema default, overridden by `settings`. */
export function blockSettings(blockFile, settings = {}) {
  const schema = schemas.get(blockFile);
  if (!schema) throw new Error(`No block blocks/${blockFile}.`);
  const defaults = Object.fromEntries((schema.settings ?? []).filter((setting) => setting.id).map((setting) => [setting.id, setting.default ?? '']));
  return { ...defaults, ...settings };
}

/**
 * The HTML of one app block.
 * @param {string} blockFile e.g. 'provenance.liquid'
 * @param {{ id?: string, settings?: object, origin?: string, locale?: string, customer?: object, assetBase?: string }} [options]
 *   `customer`: Shopify's `customer` object, present when a customer is logged in; `assetBase`: the path
 *   the extension's assets are served under (`asset_url`).
 */
export async function renderBlock(blockFile, options = {}) {
  const { id = 'bench-1', settings, origin = 'https://retailer.example', locale = 'en', customer, assetBase = '/cdn/extensions/atelier/assets/' } = options;
  // Shopify's global objects: visible in snippets too, unlike what a template assigns.
  const globals = { request: { origin, locale: { iso_code: locale } }, atelier_asset_base: assetBase, ...(customer ? { customer } : {}) };
  return engine.renderFile(blockFile, { block: { id, settings: blockSettings(blockFile, settings) } }, { globals });
}
