/**
 * Opens the registry's database: PostgreSQL when a `DATABASE_URL` is given, otherwise an
 * embedded SQLite file (node:sqlite, WAL) under the data directory. Both go through Kysely,
 * so every query is written once.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely, PostgresDialect } from 'kysely';
import { Migrator, type MigrationResultSet } from 'kysely/migration';
import { SqliteDialect } from 'kysely-sqlite';
import pg from 'pg';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
export type DatabaseKind = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  /** `postgres://…`; when absent, SQLite under `dataDir`. */
  databaseUrl?: string | undefined;
  /** Directory for the SQLite file; `:memory:` for a throwaway in-memory database. */
  dataDir?: string | undefined;
}

/** How long a SQLite writer waits for another one before giving up. */
const sqliteBusyTimeoutMs = 5_000;
const postgresPoolSize = 10;

export function databaseKind(options: DatabaseOptions): DatabaseKind {
  return options.databaseUrl ? 'postgres' : 'sqlite';
}

export function openDatabase(options: DatabaseOptions): Db {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: postgresPoolSize });
    // An idle client dropped by the server (restart, failover) must not crash the process:
    // the pool discards it and the next query opens a fresh connection.
    pool.on('error', () => {});
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  const dataDir = options.dataDir ?? './data';
  let location = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    location = join(dataDir, 'atelier.sqlite');
  }
  const sqlite = new DatabaseSync(location, { timeout: sqliteBusyTimeoutMs });
  sqlite.exec('PRAGMA journal_mode = WAL');
  sqlite.exec('PRAGMA foreign_keys = ON');
  sqlite.exec('PRAGMA synchronous = NORMAL');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}
