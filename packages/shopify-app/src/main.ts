/** Starts the app: `node src/main.ts` (`pnpm start`). Configuration comes from the environment (config.ts). */
import { serve } from '@atelier/node-serve';
import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { migrateToLatest, openDatabase } from './db/database.ts';
import { problemJson } from './http-problem.ts';
import { shutdownDrainTimeoutMs, webhookBodyMaxBytes } from './limits.ts';
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
  const served = serve({
    fetch: app.fetch,
    port: config.port,
    hostname: config.host,
    // The largest body the app reads (a webhook's): a refused body up to it is dropped, keeping the connection.
    maxRequestBodyBytes: webhookBodyMaxBytes,
    problemBody: (refusal) => problemJson(refusal.status, refusal.code, refusal.detail),
  });
  const info = await served.listening;
  consoleLogger.info('listening', { host: info.address, port: info.port, appUrl: config.appUrl.href });
  const maintenance = startMaintenance({ db, logger: consoleLogger });
  const stop = async (signal: string) => {
    consoleLogger.info('shutting_down', { signal, drainTimeoutMs: shutdownDrainTimeoutMs });
    // A prune under way ends after its current batch, while the server drains, before the database closes.
    const maintenanceStopped = maintenance.stop();
    // Requests in flight finish; open connections close after their next answer or when idle (@atelier/node-serve).
    const { connectionsCut } = await served.shutdown({ drainTimeoutMs: shutdownDrainTimeoutMs });
    if (connectionsCut > 0) consoleLogger.error('drain_timeout', { drainTimeoutMs: shutdownDrainTimeoutMs, connectionsCut });
    await maintenanceStopped;
    await db.destroy();
    consoleLogger.info('stopped', {});
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

await main();
