/** Starts the app: `node src/main.ts` (`pnpm start`). Configuration comes from the environment (config.ts). */
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { migrateToLatest, openDatabase } from './db/database.ts';
import { consoleLogger } from './logger.ts';
import { startMaintenance } from './maintenance.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`atelier-shopify-app: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(db);
  const { app } = createApp({ config, db, logger: consoleLogger });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    consoleLogger.info('listening', { host: info.address, port: info.port, appUrl: config.appUrl.href });
  });
  const maintenance = startMaintenance({ db, logger: consoleLogger });
  const stop = () => {
    // A prune under way ends after its current batch, while the server drains, before the database closes.
    const maintenanceStopped = maintenance.stop();
    server.close(() => void maintenanceStopped.then(() => db.destroy()).then(() => process.exit(0)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
