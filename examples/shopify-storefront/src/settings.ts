// One home for what the example's processes must agree on: the retailer's shop, the app's
// credentials as the Partner Dashboard would issue them, the product page, ports and folders.
// Nothing here is a real secret: the example never talks to Shopify, and these values only
// open the app and the Atelier server running on this machine's loopback.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The retailer's shop: Horlogerie du Rhône, an authorized retailer in the demo registry. */
export const exampleShop = 'horlogerie-du-rhone.myshopify.com';
/** The demo seed's id for Horlogerie du Rhône; the app checks it with the brand when connecting. */
export const exampleRetailerId = 'rtl_horlogerie_du_rhone';

/** The app's client ID and secret, as the Partner Dashboard would give them; local-only values. */
export const exampleApiKey = 'atelier-example-client-id';
export const defaultExampleApiSecret = 'atelier-example-client-secret-local-only';
/** The scopes of packages/shopify-app/shopify.app.toml. */
export const exampleScopes = ['read_orders', 'read_customers'];

/** Where Shopify forwards `https://<shop>/apps/atelier/*` (shopify.app.toml, [app_proxy]). */
export const appProxyPathPrefix = '/apps/atelier';
export const appProxyTargetPath = '/proxy';

/** The product page of the example: a piece of the demo catalogue, sold by the retailer. */
export const productPath = '/products/navigatrice-bronze';

export const loopbackHost = '127.0.0.1';
export const defaultPorts = { atelier: 8787, app: 8788, storefront: 9292 } as const;

const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const repoRoot = path.resolve(packageDir, '..', '..');
export const defaultDataDir = path.join(repoRoot, 'data', 'shopify-storefront');
export const storefrontTemplateDir = path.join(packageDir, 'storefront');

/** The Atelier server's and the app's data under the example's data directory. */
export function dataDirsOf(dataDir: string): { atelier: string; app: string; mail: string } {
  return { atelier: path.join(dataDir, 'atelier'), app: path.join(dataDir, 'shopify-app'), mail: path.join(dataDir, 'atelier', 'mail') };
}

export function portFromEnvironment(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`${name} must be a port number between 1 and 65535, got "${raw}"`);
  return port;
}

/** The demo brand's name: the vendor of its pieces in the shop's catalogue. */
export const demoBrandName = 'Maison Aubert';
