// Where the theme app extension and its inputs live, and which widgets it ships: one home for
// the paths and the list the build, the checks, the tests and the storefront bench share.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const extensionDir = `${packageDir}extensions/atelier/`;
export const assetsDir = `${extensionDir}assets/`;
export const blocksDir = `${extensionDir}blocks/`;
export const localesDir = `${extensionDir}locales/`;

/**
 * The theme editor's languages for the blocks' names, labels and help texts (`t:` keys), one
 * `locales/<name>.schema.json` each: the seven the widgets speak, under Shopify's locale names
 * (Simplified Chinese is zh-CN, Traditional Chinese zh-TW); English is the default.
 */
export const schemaLocales = ['en.default', 'fr', 'de', 'it', 'ja', 'zh-CN', 'zh-TW'];
export const loaderSourcePath = `${packageDir}storefront/atelier-loader.js`;
export const loaderAssetName = 'atelier-loader.js';
export const benchDir = `${packageDir}storefront-bench/`;

/** @atelier/widgets, found the way Node resolves it (a workspace dependency of this package). */
export const widgetsDir = `${dirname(fileURLToPath(import.meta.resolve('@atelier/widgets/custom-elements.json')))}/`;
export const widgetsCdnDir = `${widgetsDir}dist/cdn/`;

/**
 * The widgets that have an app block, with the module of the widgets' CDN build that defines
 * each tag (the key of its chunk in the build's Vite manifest).
 */
export const extensionWidgets = [
  { tagName: 'atelier-warranty-activation', source: 'src/components/warranty-activation/warranty-activation.ts', block: 'warranty-activation.liquid' },
  { tagName: 'atelier-provenance', source: 'src/components/provenance/provenance.ts', block: 'provenance.liquid' },
  { tagName: 'atelier-repair-booking', source: 'src/components/repair-booking/repair-booking.ts', block: 'repair-booking.liquid' },
  { tagName: 'atelier-service-tracker', source: 'src/components/service-tracker/service-tracker.ts', block: 'service-tracker.liquid' },
];
