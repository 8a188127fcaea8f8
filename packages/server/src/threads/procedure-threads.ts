/**
 * Where the procedures of thread-procedures.ts run: batched writes (rate-limit counts, lookup
 * audit rows) and the public lookup's read. On a SQLite file each kind runs on a worker thread
 * with its own connection, because node:sqlite is synchronous: a batch commit takes milliseconds,
 * a WAL checkpoint longer, and a read of cold pages tens of microseconds, and on the serving
 * thread every request in flight would wait for them. PostgreSQL is asynchronous already, and an
 * in-memory SQLite database cannot be opened twice, so there they run on the server's own `Db`.
 * Callers see the same interface either way.
 */
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger.ts';
import { workerExecArgv } from '../workspace-sources.ts';
import { setWalAutocheckpoint, sqliteFileOf, type Db } from '../db/database.ts';
import type { CloseRequest, ProcedureCall, ProcedureReplies, ProcedureReply, ProcedureRequest, ProcedureThreadData } from './sqlite-procedure-thread.ts';
import { currentUnitOfWork } from '../db/unit-of-work.ts';
import { threadProcedures, type ProcedureArguments, type ProcedureName, type ProcedureResult } from './thread-procedures.ts';

export interface ProcedureRunner {
  /** Runs a procedure; resolves with its result once done (a write: committed), rejects with its error. */
  run<Name extends ProcedureName>(procedure: Name, args: ProcedureArguments<Name>): Promise<ProcedureResult<Name>>;
  /** Waits for the procedures sent so far and releases the runner; call after the last `run`. */
  close(): Promise<void>;
}

function runOn<Name extends ProcedureName>(db: Db, procedure: Name, args: ProcedureArguments<Name>): Promise<ProcedureResult<Name>> {
  const run = threadProcedures[procedure] as (db: Db, args: ProcedureArguments<Name>) => Promise<ProcedureResult<Name>>;
  return run(db, args);
}

/** Runs the procedures on `db` itself, on the calling thread. */
export function inlineRunner(db: Db): ProcedureRunner {
  return { run: (procedure, args) => runOn(db, procedure, args), close: async () => {} };
}

/**
 * Batches of calls a thread may have been sent and not yet answered: the one it is running and
 * the next, queued, so it never waits for the event loop between two batches.
 */
const maxBatchesInFlight = 2;

interface PendingRun {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

/** Threads that write: while any runs, the serving connection leaves WAL checkpoints to them. */
const writingThreads = new WeakMap<Db, number>();

function countWritingThread(db: Db, change: 1 | -1): void {
  const file = sqliteFileOf(db);
  if (!file) return;
  const count = (writingThreads.get(db) ?? 0) + change;
  writingThreads.set(db, count);
  setWalAutocheckpoint(file.connection, count === 0);
}

/**
 * The procedures run on a worker thread's own connection to the SQLite file. If the thread dies,
 * the runs it had not answered are rejected (a writer's callers keep their rows and retry) and
 * later runs go to the serving connection, logged once: slower, never lost.
 */
class SqliteProcedureThread implements ProcedureRunner {
  readonly #db: Db;
  readonly #name: string;
  readonly #logger: Logger;
  readonly #worker: Worker;
  readonly #writes: boolean;
  readonly #pending = new Map<number, PendingRun>();
  readonly #exited: Promise<void>;
  /** Calls not yet sent: made during this turn of the event loop, or while two batches were out. */
  #outbox: ProcedureCall[] = [];
  /** Whether a send of the outbox is scheduled for the end of this turn of the event loop. */
  #sendScheduled = false;
  /** Batches sent and not yet answered. */
  #batchesInFlight = 0;
  #nextId = 1;
  #failedOver = false;
  #closing = false;

  constructor(db: Db, dataDir: string, options: ProcedureThreadOptions) {
    this.#db = db;
    this.#name = options.name;
    this.#logger = options.logger;
    this.#writes = options.writes;
    this.#worker = new Worker(new URL('./sqlite-procedure-thread.ts', import.meta.url), {
      name: `atelier-sqlite-${options.name}`,
      workerData: { dataDir } satisfies ProcedureThreadData,
      // Resolves @atelier/client as this thread does; without it, a server started as
      // `atelier-server start` (no NODE_OPTIONS) failed to load its threads and answered 500.
      execArgv: workerExecArgv(),
    });
    // Referenced only while a run is outstanding: an idle thread never keeps the process alive.
    this.#worker.unref();
    if (this.#writes) countWritingThread(db, 1);
    this.#worker.on('message', ({ replies }: ProcedureReplies) => {
      this.#batchesInFlight--;
      for (const reply of replies) this.#settle(reply);
      this.#scheduleSend();
    });
    this.#worker.on('error', (error) => this.#failOver(error.message));
    this.#exited = new Promise((resolve) => {
      this.#worker.once('exit', () => {
        this.#failOver('the thread exited');
        resolve();
      });
    });
  }

  run<Name extends ProcedureName>(procedure: Name, args: ProcedureArguments<Name>): Promise<ProcedureResult<Name>> {
    // Inside a unit of work the unit holds the write lock, which the thread would wait for: the
    // call joins the unit instead, as it does on PostgreSQL.
    if (this.#failedOver || currentUnitOfWork(this.#db)) return runOn(this.#db, procedure, args);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      if (this.#pending.size === 0) this.#worker.ref();
      this.#pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      this.#outbox.push({ id, procedure, args });
      this.#scheduleSend();
    });
  }

  /**
   * Calls go in batches, at most `maxBatchesInFlight` at a time: each message wakes the other
   * thread (a system call, and on a busy machine often a context switch that preempts the
   * sender), so while the thread is busy with one batch and has the next one queued, further
   * calls wait in the outbox and leave together when a batch is answered. At low load every turn
   * of the event loop still sends its calls at once; under load batches grow instead of messages
   * multiplying (measured: ~15 lookups per message at 7,000 lookups/s).
   */
  #scheduleSend(): void {
    if (this.#sendScheduled || this.#outbox.length === 0 || this.#batchesInFlight >= maxBatchesInFlight) return;
    this.#sendScheduled = true;
    // At the end of this turn: the calls of every connection that was readable go together.
    setImmediate(() => {
      this.#sendScheduled = false;
      this.#sendOutbox();
    });
  }

  #sendOutbox(): void {
    if (this.#outbox.length === 0 || this.#failedOver) return;
    const calls = this.#outbox;
    this.#outbox = [];
    this.#batchesInFlight++;
    this.#worker.postMessage({ type: 'run', calls } satisfies ProcedureRequest);
  }

  #settle(reply: ProcedureReply): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    this.#pending.delete(reply.id);
    if (this.#pending.size === 0) this.#worker.unref();
    if (reply.ok) pending.resolve(reply.result);
    else pending.reject(new Error(reply.message));
  }

  #failOver(reason: string): void {
    if (this.#failedOver) return;
    this.#failedOver = true;
    if (this.#writes) countWritingThread(this.#db, -1);
    if (!this.#closing) this.#logger.error('sqlite_thread_failed', { thread: this.#name, error: reason, unansweredRuns: this.#pending.size });
    for (const pending of this.#pending.values()) pending.reject(new Error(`Not answered by the ${this.#name} thread: ${reason}`));
    this.#pending.clear();
    this.#outbox = [];
  }

  async close(): Promise<void> {
    if (this.#failedOver) return;
    // The thread finishes the runs queued before this message, then closes its connection and exits.
    this.#closing = true;
    this.#sendOutbox();
    this.#worker.ref();
    this.#worker.postMessage({ type: 'close' } satisfies CloseRequest);
    await this.#exited;
  }
}

export interface ProcedureThreadOptions {
  /** Names the thread in logs (`writer`, `reader`). */
  name: string;
  logger: Logger;
  /** Whether it commits: WAL checkpoints then run on it, not on the serving connection. */
  writes: boolean;
}

/** A runner for `db`: a thread of its own for a SQLite file, inline otherwise. */
export function startProcedureThread(db: Db, options: ProcedureThreadOptions): ProcedureRunner {
  const file = sqliteFileOf(db);
  return file ? new SqliteProcedureThread(db, file.dataDir, options) : inlineRunner(db);
}
