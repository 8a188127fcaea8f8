/**
 * Opens the registry's database: PostgreSQL when a `DATABASE_URL` is given, otherwise an
 * embedded SQLite file (node:sqlite, WAL) under the data directory. Both go through Kysely,
 * so every query is written once.
 */
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { migrateToLatestOf, openPostgresPool, openSqliteFile } from '@atelier/runtime';
import { Kysely, PostgresDialect } from 'kysely';
import type { MigrationResultSet } from 'kysely/migration';
import { SqliteDialect } from 'kysely-sqlite';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';
import { registerUnitOfWorkDialect, UnitOfWorkDialect } from './unit-of-work.ts';

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
/**
 * SQLite page cache per connection (a negative `cache_size` is in KiB). The hot pages of a
 * million-piece registry (index interiors, the catalogue) fit; the rest comes from the OS cache.
 */
const sqlitePageCacheKib = 64 * 1024;
/**
 * Pages the WAL may hold before a commit copies them back into the database file (SQLite's
 * default is 1,000). Audit rows dirty random pages of their serial index; a longer WAL lets
 * repeated writes to a page be copied back once, at the cost of a WAL file of up to ~40 MB.
 */
const sqliteWalAutocheckpointPages = 10_000;
/**
 * Prepared statements kept per connection. Kysely compiles each query shape to the same SQL
 * text, so a few dozen statements serve the whole API; the bound only matters for shapes that
 * vary (an `in (…)` list of varying length).
 */
const sqliteStatementCacheSize = 500;

/**
 * node:sqlite with a cache of prepared statements keyed by SQL text. The Kysely dialect prepares
 * every query anew, which costs more than running a small indexed query; a prepared statement is
 * reusable as soon as it has run (node:sqlite runs it synchronously to completion).
 *
 * The dialect also asks each statement for its `columns()` on every run (to choose between `all`
 * and `run`); node:sqlite builds that description anew each time (~13 µs for the public lookup's
 * 22 columns, a third of the query), although a prepared statement's columns never change. So
 * each cached statement answers it from the description read once.
 */
class StatementCachingDatabase extends DatabaseSync {
  readonly #statements = new Map<string, StatementSync>();

  override prepare(sql: string): StatementSync {
    const cached = this.#statements.get(sql);
    if (cached) return cached;
    const statement = super.prepare(sql);
    const columns = statement.columns();
    statement.columns = () => columns;
    if (this.#statements.size >= sqliteStatementCacheSize) {
      // Oldest first: Map iterates in insertion order.
      this.#statements.delete(this.#statements.keys().next().value!);
    }
    this.#statements.set(sql, statement);
    return statement;
  }
}

/** The file and connection behind each SQLite `Db` opened on a file (not `:memory:`). */
const sqliteFiles = new WeakMap<Db, { dataDir: string; connection: DatabaseSync }>();

/**
 * Where a `Db` keeps its SQLite file, for a second connection to it (procedure-threads.ts);
 * undefined for PostgreSQL and in-memory SQLite, which a second connection cannot share.
 */
export function sqliteFileOf(db: Db): { dataDir: string; connection: DatabaseSync } | undefined {
  return sqliteFiles.get(db);
}

/**
 * Whether this connection copies the WAL back into the database file when a commit of its own
 * finds the WAL long (`wal_autocheckpoint`). Turned off on the serving connection while another
 * connection (a writing procedure thread's) does it, so a checkpoint never runs on
 * the event loop.
 */
export function setWalAutocheckpoint(connection: DatabaseSync, enabled: boolean): void {
  connection.exec(`PRAGMA wal_autocheckpoint = ${enabled ? sqliteWalAutocheckpointPages : 0}`);
}

export function databaseKind(options: DatabaseOptions): DatabaseKind {
  return options.databaseUrl ? 'postgres' : 'sqlite';
}

/** A Kysely instance on `dialect` whose statements can join a unit of work (unit-of-work.ts). */
function withUnitsOfWork(dialect: UnitOfWorkDialect): Db {
  const db = new Kysely<Database>({ dialect });
  registerUnitOfWorkDialect(db, dialect);
  return db;
}

export function openDatabase(options: DatabaseOptions): Db {
  if (options.databaseUrl) {
    const pool = openPostgresPool(options.databaseUrl, postgresPoolSize);
    return withUnitsOfWork(new UnitOfWorkDialect(new PostgresDialect({ pool }), { beginStatement: 'begin' }));
  }
  const dataDir = options.dataDir ?? './data';
  const { connection: sqlite, location } = openSqliteFile({
    dataDir,
    fileName: 'atelier.sqlite',
    busyTimeoutMs: sqliteBusyTimeoutMs,
    connectionClass: StatementCachingDatabase,
  });
  // With WAL, NORMAL loses at most the last transactions on power loss, never consistency.
  sqlite.exec('PRAGMA synchronous = NORMAL');
  sqlite.exec(`PRAGMA cache_size = -${sqlitePageCacheKib}`);
  // No memory map (SQLite's default): when another connection commits (the writer thread's,
  // twenty times a second under load), SQLite unmaps the whole file on this connection's next
  // read, and every page touched afterwards costs a page fault. Measured on the benchmark: the
  // lookup query took ~105 µs with a 1 GiB map against ~65 µs reading through the page cache.
  sqlite.exec('PRAGMA temp_store = MEMORY');
  setWalAutocheckpoint(sqlite, true);
  const db = withUnitsOfWork(new UnitOfWorkDialect(new SqliteDialect({ database: sqlite }), { beginStatement: 'begin immediate' }));
  if (location !== ':memory:') sqliteFiles.set(db, { dataDir, connection: sqlite });
  return db;
}

export function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  return migrateToLatestOf(db, migrations);
}
