// The app blocks as a storefront renders them (LiquidJS standing in for Shopify's Liquid), and the
// promises their schemas make to the theme editor and to the widgets.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { blocksDir, extensionWidgets, loaderAssetName, widgetsDir } from '../scripts/extension-paths.mjs';
import { namedAssets, readBlockSchemas } from '../scripts/extension-schema.mjs';
import { renderBlock } from '../scripts/render-block.mjs';
import { committedHeights, containerWidths } from '../scripts/reserved-heights.mjs';

/** Shopify refuses a range setting with more steps than this. */
const rangeStepsLimit = 101;

const parse = (html) => {
  const wrapper = /<div([^>]*)>\s*<(atelier-[a-z-]+)([^>]*)>/.exec(html);
  assert.ok(wrapper, `no wrapper and widget in:\n${html}`);
  const attributes = (text) => Object.fromEntries([...text.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]));
  return { wrapper: attributes(wrapper[1]), tagName: wrapper[2], widget: attributes(wrapper[3]) };
};

describe('app blocks', () => {
  for (const { tagName, block } of extensionWidgets) {
    it(`${block} renders <${tagName}> in a wrapper the loader finds, with the space the merchant reserves`, async () => {
      const html = await renderBlock(block, { settings: { reserved_height: 640 } });
      const { wrapper, tagName: rendered, widget } = parse(html);
      assert.equal(rendered, tagName);
      assert.equal(wrapper['data-atelier-widget'], tagName);
      assert.match(wrapper.style, /(^|; )min-height: 640px;/);
      assert.doesNotMatch(html, /<style>/, 'no measured reservation on top of the merchant’s');
      assert.equal(widget['api-base'], 'https://retailer.example/apps/atelier');
      assert.match(widget['publishable-key'], /^pk_/);
    });
  }

  it('reserves by default the height measured for the widget in the shop’s language, per width of the block', async () => {
    const committed = committedHeights();
    const reservation = async (locale) => {
      const html = await renderBlock('warranty-activation.liquid', { id: 'b1', locale });
      assert.doesNotMatch(parse(html).wrapper.style, /min-height/);
      const base = /#atelier-block-b1 > atelier-warranty-activation \{ display: block; min-height: (\d+)px; \}/.exec(html);
      const bands = [...html.matchAll(/@container \(min-width: (\d+)px\) \{ #atelier-block-b1 > atelier-warranty-activation \{ min-height: (\d+)px; \} \}/g)];
      assert.ok(base && bands.length === containerWidths.length - 1, html);
      assert.deepEqual(bands.map(([, width]) => Number(width)), containerWidths.slice(1));
      return [Number(base[1]), ...bands.map(([, , height]) => Number(height))];
    };
    const activation = committed['atelier-warranty-activation'];
    assert.deepEqual(await reservation('en'), activation.en);
    assert.deepEqual(await reservation('fr-CA'), activation.fr);
    assert.deepEqual(await reservation('zh-TW'), activation['zh-hant']);
    assert.deepEqual(await reservation('zh-CN'), activation['zh-hans']);
    assert.deepEqual(await reservation('pt-BR'), activation.en, 'a language the widgets do not speak: English');
    assert.notDeepEqual(activation.ja, activation.en);
  });

  it('sets the widgets’ text size from the theme’s, never under 16 px, whatever the theme’s root size', async () => {
    assert.match(parse(await renderBlock('provenance.liquid')).wrapper.style, /--atelier-font-size: max\(1em, 16px\);/);
  });

  it('maps the colour settings to the widgets’ theme tokens and leaves empty ones to the widget', async () => {
    const { wrapper } = parse(
      await renderBlock('warranty-activation.liquid', { settings: { color_accent: '#5b1a1a', color_on_accent: '#fffaf0', color_text: '' } }),
    );
    assert.match(wrapper.style, /--atelier-color-accent: #5b1a1a;/);
    assert.match(wrapper.style, /--atelier-color-on-accent: #fffaf0;/);
    assert.doesNotMatch(wrapper.style, /--atelier-color-text/);
    assert.doesNotMatch(wrapper.style, /--atelier-color-background/);
  });

  it('speaks the shopper’s storefront language unless the merchant fixed one', async () => {
    assert.equal(parse(await renderBlock('provenance.liquid', { locale: 'zh-TW' })).widget.locale, 'zh-TW');
    assert.equal(parse(await renderBlock('provenance.liquid', { locale: 'zh-TW', settings: { locale: 'fr' } })).widget.locale, 'fr');
  });

  it('shows the fixed serial of a provenance block, and cannot be broken out of by it', async () => {
    const { widget } = parse(await renderBlock('provenance.liquid', { settings: { serial: '  AT-100234  ' } }));
    assert.equal(widget.serial, 'AT-100234');
    const hostile = await renderBlock('provenance.liquid', { settings: { serial: '"><script>alert(1)</script>' } });
    // The one script is the block's own loader tag; the serial's stays text in an attribute.
    assert.equal(hostile.match(/<script/g)?.length, 1);
    assert.doesNotMatch(hostile, /<script>alert/);
    assert.equal(parse(await renderBlock('provenance.liquid')).widget.serial, undefined, 'no serial attribute when none is set: the lookup form shows');
  });

  it('tells the loader a customer is logged in, without writing their details into the page', async () => {
    const customer = { id: 8101, name: 'Aiko Tanaka', email: 'aiko.tanaka@example.com' };
    const loggedIn = await renderBlock('warranty-activation.liquid', { customer });
    assert.match(loggedIn, /<div[^>]*\sdata-atelier-customer[\s>]/);
    assert.doesNotMatch(loggedIn, /Aiko|aiko|8101/);
    assert.doesNotMatch(await renderBlock('warranty-activation.liquid'), /data-atelier-customer/);
  });

  it('gives two blocks of one widget on a page distinct wrappers', async () => {
    const first = parse(await renderBlock('provenance.liquid', { id: 'a1' })).wrapper.id;
    const second = parse(await renderBlock('provenance.liquid', { id: 'b2' })).wrapper.id;
    assert.notEqual(first, second);
  });
});

describe('block schemas', () => {
  const blocks = readBlockSchemas();
  const appBlocks = blocks.filter(({ schema }) => schema.target === 'section');

  it('has one app block per widget and one app embed on the body', () => {
    assert.deepEqual(appBlocks.map(({ file }) => file).sort(), extensionWidgets.map(({ block }) => block).sort());
    const embeds = blocks.filter(({ schema }) => schema.target !== 'section');
    assert.deepEqual(embeds.map(({ schema }) => schema.target), ['body']);
  });

  it('makes every block and the embed request the storefront loader once the page has loaded, not from <head>', async () => {
    for (const { file, schema } of blocks) {
      // A schema's "javascript" is included deferred in <head>, before the product photo's paint.
      assert.deepEqual(namedAssets(schema, 'javascript'), [], `${file} names JavaScript Shopify would put in <head>`);
      const html = await renderBlock(file, { assetBase: '/assets/' });
      assert.ok(html.includes(`("/assets/${loaderAssetName}")`), `${file} requests the loader from its asset URL`);
      assert.match(html, /addEventListener\('load', load, \{ once: true \}\)/, `${file} waits for the page's load`);
    }
  });

  it('offers the same language and look settings on every block', () => {
    const lookSettings = ({ schema }) => JSON.stringify(schema.settings.filter((setting) => ['locale', 'theme'].includes(setting.id) || setting.type === 'color'));
    const [first, ...others] = appBlocks;
    for (const block of others) assert.equal(lookSettings(block), lookSettings(first), `${block.file} differs from ${first.file}`);
  });

  it('keeps every range setting within what the theme editor accepts', () => {
    for (const { file, schema } of blocks) {
      for (const setting of schema.settings.filter(({ type }) => type === 'range')) {
        const steps = (setting.max - setting.min) / setting.step;
        assert.ok(Number.isInteger(steps) && steps <= rangeStepsLimit, `${file} ${setting.id}: ${steps} steps`);
        assert.equal((setting.default - setting.min) % setting.step, 0, `${file} ${setting.id}: default off the steps`);
      }
    }
  });

  it('sets only attributes the widgets declare (custom-elements.json)', () => {
    const manifest = JSON.parse(readFileSync(`${widgetsDir}custom-elements.json`, 'utf8'));
    const declared = new Map();
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.tagName) declared.set(declaration.tagName, new Set((declaration.attributes ?? []).map(({ name }) => name)));
      }
    }
    const snippet = readFileSync(`${blocksDir}../snippets/atelier-widget.liquid`, 'utf8');
    const widgetTag = /<\{\{ widget \}\}([\s\S]*?)><\/\{\{ widget \}\}>/.exec(snippet)[1];
    const setAttributes = [...widgetTag.matchAll(/([a-z-]+)="\{\{/g)].map(([, name]) => name);
    for (const { tagName, block } of extensionWidgets) {
      const attributes = declared.get(tagName);
      // A widget still being written is not in the manifest yet; its block is checked once it is.
      if (!attributes) continue;
      const source = readFileSync(`${blocksDir}${block}`, 'utf8');
      for (const name of setAttributes) {
        if (name === 'serial' && !source.includes('serial:')) continue;
        assert.ok(attributes.has(name), `<${tagName}> declares no "${name}" attribute, which ${block} sets`);
      }
    }
  });
});
