/**
 * One JSON line per event on stdout (info) or stderr (error). Callers pass only non-secret,
 * non-personal fields (ids, codes, counts); each process's README says what it never logs.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

function line(level: 'info' | 'error', event: string, fields: LogFields | undefined): string {
  return JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
}

export const consoleLogger: Logger = {
  info: (event, fields) => process.stdout.write(`${line('info', event, fields)}\n`),
  error: (event, fields) => process.stderr.write(`${line('error', event, fields)}\n`),
};

export const silentLogger: Logger = { info: () => {}, error: () => {} };

/** Keeps entries in memory, for tests that assert what was (and was not) logged. */
export function recordingLogger(): Logger & { entries: Array<{ level: string; event: string; fields: LogFields }> } {
  const entries: Array<{ level: string; event: string; fields: LogFields }> = [];
  return {
    entries,
    info: (event, fields = {}) => entries.push({ level: 'info', event, fields }),
    error: (event, fields = {}) => entries.push({ level: 'error', event, fields }),
  };
}
