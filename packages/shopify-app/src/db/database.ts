/**
 * The app's own database: PostgreSQL when `DATABASE_URL` is set, otherwise a SQLite file
 * (node:sqlite, WAL) under the data directory, both through Kysely so each query is written once.
 */
import { migrateToLatestOf, openPostgresPool, openSqliteFile } from '@atelier/runtime';
import { Kysely, PostgresDialect } from 'kysely';
import { SqliteDialect } from 'kysely-sqlite';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** Directory of the SQLite file; `:memory:` for a throwaway database. */
  dataDir?: string | undefined;
}

const sqliteBusyTimeoutMs = 5_000;
const postgresPoolSize = 5;
export const sqliteFileName = 'shopify-app.sqlite';

export function openDatabase(options: DatabaseOptions): Db {
  if (options.databaseUrl) {
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool: openPostgresPool(options.databaseUrl, postgresPoolSize) }) });
  }
  // Foreign keys on: order units cascade with their order, so erasing an order erases its lines.
  const { connection } = openSqliteFile({ dataDir: options.dataDir ?? './data', fileName: sqliteFileName, busyTimeoutMs: sqliteBusyTimeoutMs });
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
}

export async function migrateToLatest(db: Db): Promise<void> {
  await migrateToLatestOf(db, migrations);
}

