/**
 * A unit of work: one database transaction that everything a request does joins, so its writes,
 * the answer stored for its `Idempotency-Key` and the e-mails it queues commit together or not at
 * all (http/idempotency.ts, mail/outbox.ts).
 *
 * Features keep writing `deps.db.…` and `deps.db.transaction().execute(…)` as they always did.
 * While a unit runs, the dialect below hands its statements the unit's connection (found through
 * AsyncLocalStorage, so only code called from the unit's callback joins it) and turns the
 * feature's own transactions into savepoints: a transaction that throws still undoes just its own
 * part, exactly as before, and the rest of the request goes on.
 *
 * SQLite begins the unit with `BEGIN IMMEDIATE`: the unit takes the write lock at once, so a read
 * followed by a write can never meet SQLITE_BUSY_SNAPSHOT from a writer thread's commit in
 * between. While the lock is held the writer thread waits (its busy timeout), so code inside a
 * unit must not wait for that thread: procedure-threads.ts runs such calls on the unit itself.
 *
 * Crash points for the test that kills the server mid-request (http/exactly-once.test.ts) are
 * published on diagnostics channels; with no subscriber, which is always the case in production
 * (subscribing takes a module loaded with `node --import`), publishing costs nothing.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { channel } from 'node:diagnostics_channel';
import {
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type TransactionSettings,
} from 'kysely';

/** Published with no message just before a unit commits, and just after. */
export const unitCommittingChannel = channel('atelier:unit-of-work:committing');
export const unitCommittedChannel = channel('atelier:unit-of-work:committed');

interface ActiveUnit {
  driver: UnitOfWorkDriver;
  connection: DatabaseConnection;
  /** Open savepoints: the features' own transactions running inside the unit. */
  savepointDepth: number;
  /** False once committed or rolled back: a statement started later gets a connection of its own. */
  open: boolean;
  afterCommit: Array<() => Promise<void>>;
}

const activeUnits = new AsyncLocalStorage<ActiveUnit>();
/** The units by their connection, so a savepoint finds its unit whatever async context it runs in. */
const unitsByConnection = new WeakMap<DatabaseConnection, ActiveUnit>();

class UnitOfWorkDriver implements Driver {
  readonly #inner: Driver;
  readonly #beginStatement: string;
  #initialized: Promise<void> | undefined;

  constructor(inner: Driver, beginStatement: string) {
    this.#inner = inner;
    this.#beginStatement = beginStatement;
  }

  /** The unit of this driver the caller runs in, if any. */
  activeUnit(): ActiveUnit | undefined {
    const unit = activeUnits.getStore();
    return unit?.driver === this && unit.open ? unit : undefined;
  }

  init(): Promise<void> {
    this.#initialized ??= this.#inner.init().catch((error: unknown) => {
      this.#initialized = undefined;
      throw error;
    });
    return this.#initialized;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return this.activeUnit()?.connection ?? this.#inner.acquireConnection();
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    // The unit gives its connection back itself, once it has ended.
    if (unitsByConnection.has(connection)) return;
    await this.#inner.releaseConnection(connection);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const unit = unitsByConnection.get(connection);
    if (!unit) return this.#inner.beginTransaction(connection, settings);
    unit.savepointDepth += 1;
    await connection.executeQuery(CompiledQuery.raw(`savepoint unit_of_work_${unit.savepointDepth}`));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const unit = unitsByConnection.get(connection);
    if (!unit) return this.#inner.commitTransaction(connection);
    await connection.executeQuery(CompiledQuery.raw(`release savepoint unit_of_work_${unit.savepointDepth}`));
    unit.savepointDepth -= 1;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const unit = unitsByConnection.get(connection);
    if (!unit) return this.#inner.rollbackTransaction(connection);
    const name = `unit_of_work_${unit.savepointDepth}`;
    await connection.executeQuery(CompiledQuery.raw(`rollback to savepoint ${name}`));
    await connection.executeQuery(CompiledQuery.raw(`release savepoint ${name}`));
    unit.savepointDepth -= 1;
  }

  async destroy(): Promise<void> {
    await this.#inner.destroy();
  }

  /** Begins a unit on a connection of its own; the caller runs it (runUnitOfWork). */
  async begin(): Promise<ActiveUnit> {
    await this.init();
    const connection = await this.#inner.acquireConnection();
    const unit: ActiveUnit = { driver: this, connection, savepointDepth: 0, open: true, afterCommit: [] };
    try {
      await connection.executeQuery(CompiledQuery.raw(this.#beginStatement));
    } catch (error) {
      await this.#inner.releaseConnection(connection);
      throw error;
    }
    unitsByConnection.set(connection, unit);
    return unit;
  }

  /** Commits or rolls the unit back, then gives its connection back. */
  async end(unit: ActiveUnit, outcome: 'commit' | 'rollback'): Promise<void> {
    unit.open = false;
    try {
      if (outcome === 'commit') {
        unitCommittingChannel.publish(undefined);
        await unit.connection.executeQuery(CompiledQuery.raw('commit'));
        unitCommittedChannel.publish(undefined);
      } else {
        await unit.connection.executeQuery(CompiledQuery.raw('rollback'));
      }
    } finally {
      unitsByConnection.delete(unit.connection);
      await this.#inner.releaseConnection(unit.connection);
    }
  }
}

/**
 * Wraps a dialect so its Kysely instance can run units of work. The adapter says the database
 * takes several connections even for SQLite: Kysely would otherwise lock its own mutex before
 * asking the driver for a connection, and a statement inside a unit would wait for the unit that
 * holds it. The SQLite driver keeps its own mutex, which the unit holds for its duration.
 */
export class UnitOfWorkDialect implements Dialect {
  readonly #inner: Dialect;
  readonly #beginStatement: string;
  driver: UnitOfWorkDriver | undefined;

  constructor(inner: Dialect, options: { beginStatement: 'begin' | 'begin immediate' }) {
    this.#inner = inner;
    this.#beginStatement = options.beginStatement;
  }

  createDriver(): Driver {
    this.driver = new UnitOfWorkDriver(this.#inner.createDriver(), this.#beginStatement);
    return this.driver;
  }

  createQueryCompiler(): QueryCompiler {
    return this.#inner.createQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    const adapter = this.#inner.createAdapter();
    return new Proxy(adapter, {
      get: (target, property) => (property === 'supportsMultipleConnections' ? true : Reflect.get(target, property, target)),
    });
  }

  createIntrospector(db: Parameters<Dialect['createIntrospector']>[0]): DatabaseIntrospector {
    return this.#inner.createIntrospector(db);
  }
}

const unitDrivers = new WeakMap<Kysely<unknown>, UnitOfWorkDriver>();

/** Called by openDatabase: `db` was built on `dialect`. */
export function registerUnitOfWorkDialect<Schema>(db: Kysely<Schema>, dialect: UnitOfWorkDialect): void {
  if (!dialect.driver) throw new Error('The Kysely instance was not built on this dialect');
  unitDrivers.set(db as Kysely<unknown>, dialect.driver);
}

/** What code running inside a unit may ask of it. */
export interface UnitOfWork {
  /** Runs `callback` once the unit has committed (never if it rolls back); it must not throw. */
  afterCommit(callback: () => Promise<void>): void;
}

/** The unit of `db` the caller runs in, if any. */
export function currentUnitOfWork<Schema>(db: Kysely<Schema>): UnitOfWork | undefined {
  const unit = unitDrivers.get(db as Kysely<unknown>)?.activeUnit();
  return unit && { afterCommit: (callback) => unit.afterCommit.push(callback) };
}

/**
 * Runs `work` as one unit of work on `db`: every statement it makes joins one transaction,
 * committed when `work` resolves and `commitIf(result)` holds, rolled back otherwise (the result
 * is still returned) or when it throws. After the commit, the callbacks registered with
 * `afterCommit` run, in order, before this resolves. Inside a unit already, `work` joins it.
 */
export async function runUnitOfWork<Schema, T>(db: Kysely<Schema>, work: () => Promise<T>, commitIf: (result: T) => boolean = () => true): Promise<T> {
  const driver = unitDrivers.get(db as Kysely<unknown>);
  if (!driver) throw new Error('runUnitOfWork needs a database opened with openDatabase');
  if (driver.activeUnit()) return work();
  const unit = await driver.begin();
  let result: T;
  try {
    result = await activeUnits.run(unit, work);
  } catch (error) {
    // A failed rollback (the connection is gone) says less than the error that caused it.
    await driver.end(unit, 'rollback').catch(() => {});
    throw error;
  }
  const commit = commitIf(result);
  await driver.end(unit, commit ? 'commit' : 'rollback');
  if (commit) for (const callback of unit.afterCommit) await callback();
  return result;
}
