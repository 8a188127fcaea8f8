/**
 * Inside this repository the server runs on @atelier/client's TypeScript sources, reached through
 * this export condition (the client's package.json points at its compiled dist/, for npm users).
 * bin/atelier-server.js adds it with a module hook; a module hook holds for its own thread only,
 * so every worker thread the server starts is given it too (threads/procedure-threads.ts).
 */
export const workspaceSourceCondition = '@atelier/source';

/**
 * Node options for a worker thread: the condition, on top of the options a worker inherits from
 * its parent anyway. Not the parent's `process.execArgv`: process-wide ones among them (the test
 * runner's, e.g. `--stack-trace-limit`) make `new Worker` throw.
 */
export function workerExecArgv(): string[] {
  return [`--conditions=${workspaceSourceCondition}`];
}
