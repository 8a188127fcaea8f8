/**
 * The app's own database: PostgreSQL when `DATABASE_URL` is set, otherwise a SQLite file
 * (node:sqlite, WAL) under the data directory, both through Kysely so each query is written once.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely, PostgresDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { SqliteDialect } from 'kysely-sqlite';
import pg from 'pg';
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
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: postgresPoolSize });
    // An idle client dropped by the server must not crash the process; the pool reconnects.
    pool.on('error', () => {});
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  const dataDir = options.dataDir ?? './data';
  let location = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    location = join(dataDir, sqliteFileName);
  }
  const sqlite = new DatabaseSync(location, { timeout: sqliteBusyTimeoutMs });
  sqlite.exec('PRAGMA journal_mode = WAL');
  // Order units cascade with their order: erasing an order must erase its lines.
  sqlite.exec('PRAGMA foreign_keys = ON');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
}

