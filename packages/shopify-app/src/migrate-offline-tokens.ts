/**
 * The operator's migration step to expiring offline access tokens, for shops that never open the
 * app (a shop that does is moved over on its next visit): every stored non-expiring offline token is
 * exchanged for an expiring one. Run with the app's environment, while the app serves or not:
 *   pnpm --filter @atelier/shopify-app tokens:migrate
 * Prints what it did; exits 1 when some shops were left as they were (Shopify unavailable): run it
 * again. Shops Shopify refused are marked as needing the merchant to open the app (and logged).
 */
import { consoleLogger } from './logger.ts';
import { runOperatorCommand } from './operator-command.ts';
import { SecretBox } from './secret-box.ts';
import { OfflineTokens } from './sessions/offline-tokens.ts';
import { DatabaseSessionStorage } from './sessions/session-storage.ts';
import { createShopifyApi } from './shopify.ts';

await runOperatorCommand('tokens:migrate', async ({ config, db }) => {
  const sessions = new DatabaseSessionStorage({ db, box: new SecretBox(config.encryptionKey) });
  const tokens = new OfflineTokens({ shopify: createShopifyApi(config), sessions, logger: consoleLogger });
  const summary = await tokens.migrateNonExpiring();
  process.stdout.write(
    `Expiring offline tokens: ${summary.migrated} shop(s) migrated, ${summary.reauthorizationNeeded} refused by Shopify (the merchant must open the app), ${summary.failed} left for another run.\n`,
  );
  process.exitCode = summary.failed > 0 ? 1 : 0;
});
