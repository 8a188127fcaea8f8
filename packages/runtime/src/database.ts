/**
 * Opening a process's database: PostgreSQL when a `DATABASE_URL` is given, otherwise a SQLite
 * file (node:sqlite, WAL) under the data directory, and migrating it. Each process wraps these
 * in its own Kysely dialect and pragmas (the API server adds a statement cache, a page cache and
 * units of work).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationResultSet } from 'kysely/migration';
import pg from 'pg';

/** Where a throwaway SQLite database lives instead of a directory. */
export const inMemoryDataDir = ':memory:';

/** A pool whose idle clients the server may drop (restart, failover) without crashing the process. */
export function openPostgresPool(databaseUrl: string, maxConnections: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: maxConnections });
  // The pool discards a dropped client and the next query opens a fresh connection.
  pool.on('error', () => {});
  return pool;
}

export interface SqliteFileOptions<Connection extends DatabaseSync> {
  /** Directory of the file (created if missing), or `:memory:`. */
  dataDir: string;
  fileName: string;
  /** How long a writer waits for another one before giving up. */
  busyTimeoutMs: number;
  /** A subclass of DatabaseSync to open (the API server's caches its prepared statements). */
  connectionClass?: new (location: string, options: { timeout: number }) => Connection;
}

/** A SQLite connection in WAL mode with foreign keys enforced; `location` is `:memory:` or the file's path. */
export function openSqliteFile<Connection extends DatabaseSync = DatabaseSync>(
  options: SqliteFileOptions<Connection>,
): { connection: Connection; location: string } {
  let location = inMemoryDataDir;
  if (options.dataDir !== inMemoryDataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    location = join(options.dataDir, options.fileName);
  }
  const ConnectionClass = options.connectionClass ?? (DatabaseSync as unknown as new (location: string, options: { timeout: number }) => Connection);
  const connection = new ConnectionClass(location, { timeout: options.busyTimeoutMs });
  connection.exec('PRAGMA journal_mode = WAL');
  connection.exec('PRAGMA foreign_keys = ON');
  return { connection, location };
}

/** Runs the migrations not yet applied, in order; throws the first failure. */
export async function migrateToLatestOf<Database>(db: Kysely<Database>, migrations: Record<string, Migration>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}
