export { serve, type ServeOptions, type ServedApp } from './serve.ts';
export type { ClientErrorCode, ClientErrorRefusal, ProblemBody } from './client-errors.ts';
export type { DrainResult } from './connection-drain.ts';
export { drainIdleConnectionGraceMs } from './limits.ts';
