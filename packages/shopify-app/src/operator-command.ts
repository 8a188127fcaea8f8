/**
 * What the operator's commands (`tokens:migrate`, `prices:backfill`) share: the app's environment,
 * checked as at start (a missing or malformed variable: its name on stderr, exit code 2, nothing
 * touched), and the app's database at its latest migration, closed when the step ends.
 */
import { ConfigError, loadConfig, type AppConfig } from './config.ts';
import { migrateToLatest, openDatabase, type Db } from './db/database.ts';

export async function runOperatorCommand(name: string, step: (context: { config: AppConfig; db: Db }) => Promise<void>): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`atelier-shopify-app ${name}: ${error.message}\n`);
    process.exit(2);
  }
  const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(db);
    await step({ config, db });
  } finally {
    await db.destroy();
  }
}
