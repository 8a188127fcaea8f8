/**
 * The operator's one-off step after upgrading past app migration 0007: gives the units recorded
 * before it their price back from their Shopify orders (`src/sales/price-backfill.ts`). Run with the
 * app's environment, while the app serves or not, and again as often as needed (it resumes where the
 * last run stopped and never asks Shopify twice for a unit it answered for):
 *   pnpm --filter @atelier/shopify-app prices:backfill
 * Prints what it did; exits 1 when some units were left for another run (Shopify or the brand
 * unavailable, the shop's token refused — the merchant opening the app renews it — or the shop not
 * connected to the brand).
 */
import { ConnectionStore } from './connections/connection-store.ts';
import { consoleLogger } from './logger.ts';
import { runOperatorCommand } from './operator-command.ts';
import { PriceBackfill } from './sales/price-backfill.ts';
import { SecretBox } from './secret-box.ts';
import { OfflineTokens } from './sessions/offline-tokens.ts';
import { DatabaseSessionStorage } from './sessions/session-storage.ts';
import { createShopifyApi } from './shopify.ts';

await runOperatorCommand('prices:backfill', async ({ config, db }) => {
  const shopify = createShopifyApi(config);
  const box = new SecretBox(config.encryptionKey);
  const sessions = new DatabaseSessionStorage({ db, box });
  const tokens = new OfflineTokens({ shopify, sessions, logger: consoleLogger });
  const connections = new ConnectionStore({ db, box });
  const summary = await new PriceBackfill({ db, shopify, tokens, connections, logger: consoleLogger }).run();
  process.stdout.write(
    `Prices of units recorded before app migration 0007: ${summary.found} found in their Shopify orders, ${summary.notFound} not found (left as "price not recorded"); ` +
      `${summary.forwarded} sent to the brand, ${summary.refused} refused by the brand (see the log); ${summary.left} left for another run.\n`,
  );
  process.exitCode = summary.left > 0 ? 1 : 0;
});
