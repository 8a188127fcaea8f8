// Types of the theme app extension's build scripts (plain JavaScript modules of
// @atelier/shopify-app) that the storefront stand-in renders the blocks with.
declare module '@atelier/shopify-app/scripts/render-block.mjs' {
  export interface BlockRenderOptions {
    id?: string;
    settings?: Record<string, string | number>;
    /** The storefront's origin (`request.origin` in Liquid). */
    origin?: string;
    /** The shop's language (`request.locale.iso_code`). */
    locale?: string;
    /** The path the extension's assets are served under (Liquid's `asset_url`). */
    assetBase?: string;
  }
  /** The HTML of one app block of extensions/atelier/blocks/, rendered from its Liquid. */
  export function renderBlock(blockFile: string, options?: BlockRenderOptions): Promise<string>;
}

declare module '@atelier/shopify-app/scripts/extension-paths.mjs' {
  export const packageDir: string;
  export const assetsDir: string;
  export const benchDir: string;
  export const loaderAssetName: string;
}
