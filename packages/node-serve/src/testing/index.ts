/** Test helpers for servers built on @atelier/node-serve; imported by tests only, never by a server. */
export { RawConnection, type ConnectionEnd, type RawResponse } from './raw-connection.ts';
export { sendUntilClosed, type BusyClientOutcome } from './busy-client.ts';
export { logLine } from './process-log.ts';
