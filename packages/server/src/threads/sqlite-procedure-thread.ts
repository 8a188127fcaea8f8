/**
 * A SQLite thread (procedure-threads.ts): its own connection to the database file, on which it
 * runs the procedures the serving thread sends (thread-procedures.ts), one at a time and in
 * order. A writer's batch commits and WAL checkpoints (this connection's `wal_autocheckpoint`;
 * the serving connection's is off) and a reader's page reads so happen on another core, while
 * the event loop goes on serving requests.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/database.ts';
import { threadProcedures, type ProcedureName } from './thread-procedures.ts';

export interface ProcedureCall {
  id: number;
  procedure: ProcedureName;
  args: unknown;
}

/** The calls made during one turn of the serving thread's event loop, sent as one message. */
export interface ProcedureRequest {
  type: 'run';
  calls: ProcedureCall[];
}

export interface CloseRequest {
  type: 'close';
}

export type ProcedureReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string };

/** The answers to one request's calls, in one message: every message wakes the other thread up. */
export interface ProcedureReplies {
  replies: ProcedureReply[];
}

export interface ProcedureThreadData {
  dataDir: string;
}

const port = parentPort;
if (!port) throw new Error('sqlite-procedure-thread.ts runs as a worker thread (see procedure-threads.ts)');
const db = openDatabase({ dataDir: (workerData as ProcedureThreadData).dataDir });

/** One procedure at a time: the connection is one, and writes keep their order. */
let queue: Promise<void> = Promise.resolve();

port.on('message', (request: ProcedureRequest | CloseRequest) => {
  if (request.type === 'close') {
    queue = queue.then(async () => {
      await db.destroy();
      port.close();
    });
    return;
  }
  queue = queue.then(async () => {
    const replies: ProcedureReply[] = [];
    for (const call of request.calls) {
      try {
        const procedure = threadProcedures[call.procedure] as (db: unknown, args: unknown) => Promise<unknown>;
        replies.push({ id: call.id, ok: true, result: await procedure(db, call.args) });
      } catch (error) {
        replies.push({ id: call.id, ok: false, message: (error as Error).message });
      }
    }
    port.postMessage({ replies } satisfies ProcedureReplies);
  });
});
