// `pnpm --filter @atelier/example-shopify-storefront start`: a retailer's Shopify storefront with
// the Atelier blocks, on this machine, without Shopify:
//   1. the Atelier server (the brand's registry) on a demo database: migrate, demo seed, start;
//   2. the Shopify app (packages/shopify-app, unchanged) with a local client ID and secret, the shop
//      installed and connected to the brand as its retailer Horlogerie du Rhône, through the app's
//      own admin API;
//   3. the storefront stand-in: the product page with the extension's blocks, its assets, and the
//      app proxy at /apps/atelier/* signed as Shopify signs it.
// Prints where everything is and stops everything on Ctrl-C.
//
// Environment: DATA_DIR (default <repo>/data/shopify-storefront), ATELIER_PORT (8787), APP_PORT
// (8788), STOREFRONT_PORT (9292), SHOPIFY_API_SECRET (the local app secret; a fixed default).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import { createClient } from '@atelier/client';
import { readDemoCredentials, type DemoCredentials } from '@atelier/example-brand-site/demo-credentials';
import { assetsDir, loaderAssetName, packageDir as shopifyAppDir } from '@atelier/shopify-app/scripts/extension-paths.mjs';
import { ensurePortFree, runNodeScript, startNodeScript, stopChild, waitUntilAnswering } from '../src/processes.ts';
import { appEncryptionKey, connectShop, installApp } from '../src/shop-install.ts';
import { startStorefront, type Storefront } from '../src/storefront-server.ts';
import {
  dataDirsOf,
  defaultDataDir,
  defaultExampleApiSecret,
  defaultPorts,
  exampleApiKey,
  exampleRetailerId,
  exampleScopes,
  exampleShop,
  loopbackHost,
  portFromEnvironment,
  productPath,
} from '../src/settings.ts';

// A cold start migrates and seeds 500 pieces before the server listens.
const atelierReadyTimeoutMs = 60_000;
const appReadyTimeoutMs = 30_000;
const samplePiecesToPrint = 3;

const serverCli = fileURLToPath(new URL('../bin/atelier-server.js', import.meta.resolve('@atelier/server')));
const appMain = path.join(shopifyAppDir, 'src', 'main.ts');

/** The extension's assets are generated (and ignored by git): build them once if they are missing. */
async function ensureExtensionAssets(): Promise<void> {
  if (existsSync(path.join(assetsDir, loaderAssetName))) return;
  console.log('Building the theme app extension\'s assets (pnpm --filter @atelier/shopify-app build:extension)…');
  await runNodeScript(path.join(shopifyAppDir, 'scripts', 'build-extension.mjs'), [], process.env);
}

/**
 * The app's embedded admin page loads /admin.js, built from its TypeScript sources (the app's own
 * `start` script does this; the example starts src/main.ts directly). Rebuilt on every start so it
 * never serves a module older than its sources; esbuild takes well under a second.
 */
async function buildAdminScript(): Promise<void> {
  await runNodeScript(path.join(shopifyAppDir, 'scripts', 'build-admin.mjs'), [], process.env);
}

/** The example keeps its data on SQLite files under DATA_DIR, whatever the shell has set for other work. */
function isolatedEnvironment(variables: Record<string, string>): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env, ...variables };
  delete environment['DATABASE_URL'];
  return environment;
}

/** The demo's sample pieces still in stock (an earlier run may have sold some), a few of them. */
async function piecesInStock(atelierApi: string, credentials: DemoCredentials): Promise<DemoCredentials['samplePieces']> {
  const staff = createClient({ baseUrl: atelierApi, secretKey: credentials.secretKey });
  const inStock: DemoCredentials['samplePieces'] = [];
  for (const piece of credentials.samplePieces) {
    if (inStock.length === samplePiecesToPrint) break;
    if ((await staff.items.get(piece.serial)).status === 'in_stock') inStock.push(piece);
  }
  return inStock;
}

function printBanner(options: { storefront: Storefront; atelierApi: string; appUrl: string; dataDir: string; samples: DemoCredentials['samplePieces']; appPort: number }): void {
  const { storefront, atelierApi, appUrl, dataDir, samples, appPort } = options;
  const first = samples[0];
  const lines = [
    '',
    'Atelier on a Shopify storefront (local stand-in, no Shopify) is running',
    `  Storefront product page:   ${storefront.productUrl}`,
    `  App proxy (as Shopify):    ${storefront.origin}/apps/atelier/…  →  ${appUrl}/proxy/…`,
    `  Shopify app:               ${appUrl}  (shop ${exampleShop}, connected as retailer ${exampleRetailerId})`,
    `  Atelier API:               ${atelierApi}/v1`,
    `  E-mails (.eml files):      ${dataDirsOf(dataDir).mail}`,
    '',
    '  Sell a piece (a signed orders/paid webhook, as Shopify sends it when the order is paid):',
    `    APP_PORT=${appPort} pnpm --filter @atelier/example-shopify-storefront order -- ${first?.serial ?? '<serial>'} buyer@example.com "Inès Moreau"`,
    '  then activate it on the product page with the same e-mail, or follow the link in the e-mail.',
    '',
    '  Pieces in stock (serial, warranty-card code):',
    ...samples.map((sample) => `    ${sample.serial}  ${sample.cardCode}  ${sample.model}`),
    '',
    'Press Ctrl-C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const ports = {
    atelier: portFromEnvironment('ATELIER_PORT', defaultPorts.atelier),
    app: portFromEnvironment('APP_PORT', defaultPorts.app),
    storefront: portFromEnvironment('STOREFRONT_PORT', defaultPorts.storefront),
  };
  const dataDir = path.resolve(process.env['DATA_DIR'] || defaultDataDir);
  const dirs = dataDirsOf(dataDir);
  const apiSecret = process.env['SHOPIFY_API_SECRET'] || defaultExampleApiSecret;
  const atelierApi = `http://${loopbackHost}:${ports.atelier}`;
  const appUrl = `http://${loopbackHost}:${ports.app}`;
  const storefrontOrigin = `http://${loopbackHost}:${ports.storefront}`;
  await ensurePortFree(loopbackHost, ports.atelier, 'ATELIER_PORT');
  await ensurePortFree(loopbackHost, ports.app, 'APP_PORT');
  await ensurePortFree(loopbackHost, ports.storefront, 'STOREFRONT_PORT');
  await mkdir(dirs.atelier, { recursive: true });
  await mkdir(dirs.app, { recursive: true });
  await ensureExtensionAssets();
  await buildAdminScript();

  const children: ChildProcess[] = [];
  let storefront: Storefront | undefined;
  let stopping: Promise<never> | undefined;
  const stop = (exitCode: number): Promise<never> =>
    (stopping ??= Promise.allSettled([storefront?.close(), ...children.map(stopChild)]).then(() => process.exit(exitCode)));
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  const watch = (name: string, child: ChildProcess) => {
    children.push(child);
    child.once('exit', (status, signal) => {
      if (stopping) return;
      console.error(`${name} stopped unexpectedly (${signal ?? `exit code ${status}`}).`);
      void stop(1);
    });
    return child;
  };

  try {
    const atelierEnvironment = isolatedEnvironment({
      DATA_DIR: dirs.atelier,
      PORT: String(ports.atelier),
      HOST: loopbackHost,
      // The confirmation e-mail brings the buyer back to the page that hosts the activation block.
      PUBLIC_URL: `${storefrontOrigin}${productPath}`,
    });
    await runNodeScript(serverCli, ['migrate'], atelierEnvironment);
    await runNodeScript(serverCli, ['seed', '--demo'], atelierEnvironment);
    const credentials = await readDemoCredentials(dirs.atelier);
    const atelier = watch('The Atelier server', startNodeScript(serverCli, ['start'], atelierEnvironment));
    await waitUntilAnswering('The Atelier server', `${atelierApi}/readyz`, atelier, atelierReadyTimeoutMs);

    const encryptionKey = await appEncryptionKey(dirs.app);
    await installApp({ appDataDir: dirs.app, encryptionKey, shop: exampleShop, scopes: exampleScopes });
    const app = watch(
      'The Shopify app',
      startNodeScript(
        appMain,
        [],
        isolatedEnvironment({
          PORT: String(ports.app),
          HOST: loopbackHost,
          SHOPIFY_API_KEY: exampleApiKey,
          SHOPIFY_API_SECRET: apiSecret,
          SHOPIFY_APP_URL: appUrl,
          SCOPES: exampleScopes.join(','),
          ENCRYPTION_KEY: encryptionKey,
          DATA_DIR: dirs.app,
          ATELIER_API_URL: atelierApi,
        }),
      ),
    );
    await waitUntilAnswering('The Shopify app', `${appUrl}/healthz`, app, appReadyTimeoutMs);
    const retailerKey = credentials.retailerKeys?.find((k) => k.retailerId === exampleRetailerId)?.key;
    if (!retailerKey) throw new Error(`The demo seed wrote no retailer key for ${exampleRetailerId}.`);
    await connectShop({ appUrl, shop: exampleShop, apiKey: exampleApiKey, apiSecret, atelierApiUrl: atelierApi, retailerKey });

    storefront = await startStorefront({ host: loopbackHost, port: ports.storefront, shop: exampleShop, appUrl, apiSecret });
    printBanner({ storefront, atelierApi, appUrl, dataDir, samples: await piecesInStock(atelierApi, credentials), appPort: ports.app });
  } catch (error) {
    console.error(`Could not start the example: ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
}

try {
  await main();
} catch (error) {
  console.error(`Could not start the example: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
